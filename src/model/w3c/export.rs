//! Serialising placed annotations to W3C Web Annotation JSON-LD values.

use serde_json::{json, Map, Value};

use super::{ANNO_CONTEXT, MOTIVATION};
use crate::model::anchor::{describe, TextQuote};
use crate::model::annotation::Origin;
use crate::model::article::Article;
use crate::model::placement::Placed;

/// One annotation as a JSON-LD object (without `@context`, which the collection carries).
///
/// The quote is refreshed from the article where the annotation is placed, so an export always
/// describes the text the reader saw; orphans keep their stored selectors unchanged.
pub fn annotation_to_jsonld(article: &Article, placed: &Placed) -> Value {
    let annotation = &placed.annotation;
    let (quote, position) = match placed.placement.span {
        Some(span) => (
            describe(article.text(), span).unwrap_or_else(|| annotation.target.quote.clone()),
            Some(span),
        ),
        None => (annotation.target.quote.clone(), annotation.target.position),
    };
    let mut body = vec![json!({
        "type": "SpecificResource",
        "purpose": "classifying",
        "source": annotation.category.iri(),
    })];
    if !annotation.note.is_empty() {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": annotation.note,
            "format": "text/plain",
        }));
    }
    let mut selectors = vec![quote_selector(&quote)];
    if let Some(span) = position {
        selectors.push(json!({"type": "TextPositionSelector", "start": span.start(), "end": span.end()}));
    }
    let mut object = Map::new();
    object.insert("id".into(), json!(annotation.id.as_str()));
    object.insert("type".into(), json!("Annotation"));
    object.insert("motivation".into(), json!(MOTIVATION));
    if let Some(created) = &annotation.created {
        object.insert("created".into(), json!(created.as_str()));
    }
    if let Some(modified) = &annotation.modified {
        object.insert("modified".into(), json!(modified.as_str()));
    }
    if annotation.origin == Origin::Editorial {
        object.insert(
            "creator".into(),
            json!({"id": "urn:article-annotator:agent:editorial-desk", "type": "Organization", "name": "Editorial desk"}),
        );
    }
    object.insert("body".into(), Value::Array(body));
    object.insert(
        "target".into(),
        json!({"source": article.meta.source, "selector": selectors}),
    );
    Value::Object(object)
}

/// A whole `AnnotationCollection` with one embedded page holding `items`.
pub fn collection_to_jsonld<'a>(
    article: &Article,
    label: &str,
    items: impl IntoIterator<Item = &'a Placed>,
) -> Value {
    let items: Vec<Value> = items
        .into_iter()
        .map(|placed| annotation_to_jsonld(article, placed))
        .collect();
    json!({
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    })
}

fn quote_selector(quote: &TextQuote) -> Value {
    json!({
        "type": "TextQuoteSelector",
        "exact": quote.exact,
        "prefix": quote.prefix,
        "suffix": quote.suffix,
    })
}
