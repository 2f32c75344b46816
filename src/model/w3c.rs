//! The W3C Web Annotation (JSON-LD) adapter: the only place that knows the exchange formats.
//!
//! Seeds, exports and imports share one shape (README.md, "Data format"): an
//! `AnnotationCollection` whose embedded first page lists annotations with a classifying
//! `SpecificResource` body naming the category IRI, an optional commenting `TextualBody`, and a
//! target carrying a `TextQuoteSelector`, a `TextPositionSelector` in code points and a
//! `FragmentSelector` with a Text Fragment directive (plus the full link as the target's `id`
//! when the article has an http(s) URL), and a `generator` naming this software and version.
//!
//! Imports also read other tools' files: any W3C annotation (Recogito's `#uuid` and bare UUID
//! ids become `urn:uuid:`), JSON-LD `@graph` documents, and Hypothesis API JSON
//! (`read_hypothesis.rs` documents the mapping). Every position read is only a hint that
//! placement checks against the quote.
//!
//! The reader, from the outside in: `parse.rs` (entry points) → `decode.rs` (bytes to text) →
//! `json/lexer.rs` (JSON grammar) → `reader.rs` (containers, streamed) → `build.rs` (one item's
//! value, bounded) → `sink.rs` (collects) → `read_w3c.rs` / `read_hypothesis.rs` (one item,
//! with `ids.rs`, `selectors.rs`, `fields.rs`, `item.rs`); `report.rs` holds what they share
//! with callers. Each only imports files to its right.

mod build;
mod collection;
mod decode;
mod export;
mod fields;
mod fragment;
mod ids;
mod item;
mod parse;
mod publish;
mod read_hypothesis;
mod read_w3c;
mod reader;
mod report;
mod selectors;
mod sink;
mod suggestions;
mod words;

pub use crate::model::json::lexer::MAX_NESTING;
pub use build::MAX_ITEM_DEPTH;
pub use collection::{reader_collection, standalone_annotation_json};
pub use export::{
    annotation_to_jsonld, collection_to_json, collection_to_jsonld, standalone_annotation_jsonld,
    GENERATOR_ID, GENERATOR_NAME,
};
pub use fragment::{text_directive, text_fragment_link, TEXT_FRAGMENT_SPEC};
pub use parse::{parse_bytes, parse_document, parse_document_with, parse_stored};
pub use publish::{editorial_layer_to_json, DESK_GENERATOR_ID, DESK_GENERATOR_NAME};
pub use report::{
    check_size, megabytes, ImportError, ImportOptions, ImportReport, Problem, MAX_ANNOTATIONS,
    MAX_IMPORT_BYTES, MAX_WARNINGS,
};
pub use suggestions::{
    suggestion_id, suggestions_to_json, Generator, AUTOMATIC_TAG, SUGGESTER_ID, SUGGESTER_NAME,
};

/// The JSON-LD context every document names.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The motivation of every annotation this widget writes: it classifies a passage.
pub const MOTIVATION: &str = "classifying";
