//! What leaves the widget as JSON text, written once: the reader's annotations as one
//! collection (storage, the change event, the host's export) and one annotation on its own
//! (create/update/delete/select events, the host's API), each with its `@context`.

use super::export::{collection_to_json, Export};
use super::ANNO_CONTEXT;
use crate::model::json::write::JsonWriter;
use crate::model::{Article, Origin, Placed};

/// The label of the reader's collection.
const READER_LABEL: &str = "Reader annotations";

/// Room for one annotation, so the writer seldom grows its buffer.
const BYTES_PER_ANNOTATION: usize = 1024;

/// The reader's own annotations among `annotations` as one W3C AnnotationCollection (compact
/// JSON text): what storage keeps and what the host's change event carries.
pub fn reader_collection<'a>(
    article: &Article,
    annotations: impl IntoIterator<Item = &'a Placed>,
) -> String {
    let mine = annotations
        .into_iter()
        .filter(|placed| placed.annotation.origin == Origin::Reader);
    collection_to_json(article, READER_LABEL, mine, false)
}

/// One annotation on its own, with its `@context` (first, as a collection has it), as compact
/// JSON text: written straight out, never through a `serde_json::Value`.
pub fn standalone_annotation_json(article: &Article, placed: &Placed) -> String {
    let mut w = JsonWriter::new(BYTES_PER_ANNOTATION, false);
    Export::new(article).annotation(&mut w, placed);
    let object = w.finish();
    // The writer opened the object; the context goes in as its first entry.
    match object.strip_prefix('{') {
        Some(rest) => format!("{{\"@context\":\"{ANNO_CONTEXT}\",{rest}"),
        None => object,
    }
}
