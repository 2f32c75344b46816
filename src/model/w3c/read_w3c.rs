//! Reading one W3C Web Annotation (ours, Recogito's or any other tool's) from a JSON value.
//!
//! The category comes from the first body that names one: a `SpecificResource` or `TextualBody`
//! with purpose `classifying` or `tagging` (Recogito's tags), or any body that is the
//! category's IRI, given as a string (`"body": "urn:article-annotator:category:claim"`) or
//! as an object's `id` or `source`. The note is `bodyValue` or the first other `TextualBody`.
//! Ids are read by `ids.rs` (Recogito's `#uuid` and bare UUIDs become `urn:uuid:`). Positions
//! are only hints that placement checks against the quote (Recogito's count UTF-16 units;
//! `import.rs` recognises those).

use crate::model::json::Value;

use super::fields::{bounded_str, has_type, one_or_many, timestamp};
use super::ids::{harmless, read_id};
use super::item::{Context, Refusal};
use super::selectors::read_selectors;
use crate::model::anchor::TextQuote;
use crate::model::annotation::{Annotation, TextTarget};
use crate::model::category::{Category, CATEGORY_IRI_PREFIX};

/// The category whose IRI `iri` is (not a bare token: an IRI is unambiguous).
fn category_iri(iri: &str) -> Option<Category> {
    iri.trim()
        .strip_prefix(CATEGORY_IRI_PREFIX)
        .and_then(Category::parse)
}

/// The category and the note the bodies give (before `bodyValue` is considered).
fn read_bodies(value: &Value, path: &str) -> Result<(Option<Category>, Option<String>), String> {
    let mut category = None;
    let mut note = None;
    for (idx, body) in one_or_many(value.get("body")).into_iter().enumerate() {
        let named = match body {
            Value::String(iri) => category_iri(iri),
            _ => ["id", "source"]
                .iter()
                .find_map(|key| body.get(key).and_then(Value::as_str).and_then(category_iri)),
        };
        let purpose = body.get("purpose").and_then(Value::as_str);
        let classifies = matches!(purpose, Some("classifying" | "tagging"));
        if named.is_some() {
            category = category.or(named);
        } else if has_type(body, "SpecificResource") && classifies {
            let source = body.get("source").and_then(Value::as_str);
            category = category.or_else(|| source.and_then(Category::parse));
        } else if has_type(body, "TextualBody") {
            let what = format!("{path}.body[{idx}].value");
            let text = bounded_str(body.get("value"), &what)?.unwrap_or_default();
            if classifies {
                category = category.or_else(|| Category::parse(text));
            } else if note.is_none() {
                note = Some(text.to_string());
            }
        }
    }
    Ok((category, note))
}

/// Reads one W3C annotation.
pub fn parse_annotation(
    value: &Value,
    path: &str,
    ctx: &mut Context<'_>,
) -> Result<Annotation, Refusal> {
    if has_type(value, "AnnotationPage") {
        return Err("an AnnotationPage needs an embedded `items` array".into());
    }
    if has_type(value, "AnnotationCollection") {
        return Err("an AnnotationCollection needs an embedded `first` page".into());
    }
    if !has_type(value, "Annotation") {
        return Err("`type` must be \"Annotation\"".into());
    }
    let (category, body_note) = read_bodies(value, path)?;
    let note = bounded_str(value.get("bodyValue"), "`bodyValue`")?
        .map(str::to_string)
        .or(body_note);
    let category = category.ok_or("no body names a category (claim, demand or question)")?;
    if value.get("target").is_none_or(Value::is_null) {
        return Err("`target` is missing".into());
    }
    let (quote, position) = read_selectors(value.get("target"), path, &[], ctx)?;
    let target = match (quote, position) {
        (Some(quote), position) => TextTarget { quote, position },
        // A bare position is accepted: it is placed only as fuzzy, for the reader to confirm.
        (None, Some(position)) => TextTarget {
            quote: TextQuote::default(),
            position: Some(position),
        },
        (None, None) => {
            return Err("the target has no TextQuoteSelector or TextPositionSelector".into())
        }
    };
    let (id, replaced) = read_id(value, path, false, ctx);
    let via = replaced.or_else(|| {
        let raw = value.get("via").and_then(Value::as_str)?;
        harmless(raw)
    });
    Ok(Annotation {
        id,
        category,
        origin: ctx.origin,
        note: note.unwrap_or_default(),
        target,
        created: timestamp(value, "created", path, ctx),
        modified: timestamp(value, "modified", path, ctx),
        via,
    })
}
