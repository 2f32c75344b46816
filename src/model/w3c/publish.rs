//! Publishing the editor's desk: the draft editorial layer written in the widget's own export
//! shape (`export.rs`: selectors, Text Fragment, classifying and commenting bodies), with the
//! editor as every annotation's `creator` (a `Person`), the desk as its `generator` and the
//! moment of publishing as `generated`. A reader widget loads the file as its editorial layer
//! (`annotations=`) as it is. Only the desk's bundle calls this.

use super::export::collection_to_jsonld;
use crate::model::annotation::Timestamp;
use crate::model::article::Article;
use crate::model::json::Value;
use crate::model::placement::Placed;

/// IRI of the desk (this version) in every published annotation's `generator`.
pub const DESK_GENERATOR_ID: &str = concat!(
    "urn:article-annotator:software:desk:",
    env!("CARGO_PKG_VERSION")
);

/// Name of the desk in `generator`.
pub const DESK_GENERATOR_NAME: &str = concat!("article-annotator desk ", env!("CARGO_PKG_VERSION"));

/// The editorial layer `items` (accepted drafts, placed) of `article` as an indented
/// AnnotationCollection, each annotation by `editor` and generated at `generated`.
pub fn editorial_layer_to_json(
    article: &Article,
    items: &[Placed],
    editor: &str,
    generated: &Timestamp,
) -> String {
    let label = format!("Editorial annotations: {}", article.meta.title);
    let mut document = collection_to_jsonld(article, &label, items);
    let creator = Value::object([("type", "Person".into()), ("name", editor.into())]);
    let generator = Value::object([
        ("id", DESK_GENERATOR_ID.into()),
        ("type", "Software".into()),
        ("name", DESK_GENERATOR_NAME.into()),
    ]);
    let annotations = document
        .get_mut("first")
        .and_then(|first| first.get_mut("items"))
        .and_then(Value::as_array_mut);
    for annotation in annotations.into_iter().flatten() {
        if let Value::Object(map) = annotation {
            map.insert("creator".into(), creator.clone());
            map.insert("generator".into(), generator.clone());
            map.insert("generated".into(), Value::from(generated.as_str()));
        }
    }
    document.to_pretty_string()
}
