//! The W3C Web Annotation (JSON-LD) adapter: the only place that knows the exchange format.
//!
//! Seeds, exports and imports share one shape (README.md, "Data format"): an
//! `AnnotationCollection` whose embedded first page lists annotations with a classifying
//! `SpecificResource` body naming the category IRI, an optional commenting `TextualBody`, and a
//! target carrying a `TextQuoteSelector` plus a `TextPositionSelector` in code points.

mod export;
mod parse;

pub use export::{annotation_to_jsonld, collection_to_jsonld};
pub use parse::{parse_document, ImportError, ImportReport, Problem, MAX_IMPORT_BYTES};

/// The JSON-LD context every document names.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The motivation of every annotation this widget writes: it classifies a passage.
pub const MOTIVATION: &str = "classifying";
