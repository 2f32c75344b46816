//! Reading one W3C Web Annotation (ours, Recogito's or any other tool's) from a JSON value.
//!
//! Recogito writes bare UUIDs as ids (`uuidv4()`), which are not URIs: they are read as
//! `urn:uuid:…`. Its tags are `TextualBody`s with purpose `tagging`, read as categories; its
//! positions count UTF-16 units, which does no harm, since every position is only a hint that
//! placement checks against the quote. The selector reader is shared with the Hypothesis reader.

use serde_json::Value;

use super::fragment::TEXT_FRAGMENT_SPEC;
use super::parse::Problem;
use crate::model::anchor::TextQuote;
use crate::model::annotation::{Annotation, AnnotationId, Origin, TextTarget, Timestamp};
use crate::model::category::Category;
use crate::model::span::Span;

/// Longest quote, context or note accepted, in bytes.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// True when `value.type` is `wanted` or an array containing it.
pub fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A field that may hold one object or an array of them, as JSON-LD allows.
pub fn one_or_many(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    }
}

/// An optional string field of bounded length.
pub fn bounded_str<'a>(value: Option<&'a Value>, what: &str) -> Result<Option<&'a str>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() <= MAX_TEXT_BYTES => Ok(Some(s)),
        Some(Value::String(_)) => Err(format!(
            "{what} is longer than {} KB",
            MAX_TEXT_BYTES / 1024
        )),
        Some(_) => Err(format!("{what} must be a string")),
    }
}

/// The first `n_chars` characters of `text`, for quoting bad input in a message.
pub fn truncate(text: &str, n_chars: usize) -> String {
    text.chars().take(n_chars).collect()
}

/// A date-time field; a bad one is ignored with a warning.
pub fn timestamp(
    value: &Value,
    key: &str,
    path: &str,
    warnings: &mut Vec<Problem>,
) -> Option<Timestamp> {
    let raw = value.get(key).filter(|raw| !raw.is_null())?;
    let parsed = raw.as_str().and_then(Timestamp::parse);
    if parsed.is_none() {
        warnings.push(Problem {
            path: format!("{path}.{key}"),
            reason: "not an ISO 8601 date-time; ignored".into(),
        });
    }
    parsed
}

/// The annotation's id: a safe absolute URI, or a bare UUID (Recogito), made `urn:uuid:`.
fn read_id(value: &Value) -> Result<AnnotationId, String> {
    let raw = match value.get("id") {
        None | Some(Value::Null) => return Err("`id` is missing".into()),
        Some(Value::String(raw)) => raw,
        Some(_) => return Err("`id` must be a string".into()),
    };
    let is_uuid = raw.len() == 36
        && raw.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        });
    let id = if is_uuid {
        AnnotationId::parse(&format!("urn:uuid:{}", raw.to_ascii_lowercase()))
    } else {
        AnnotationId::parse(raw)
    };
    id.ok_or_else(|| format!("`id` {:?} is not a safe absolute URI", truncate(raw, 60)))
}

/// Reads one W3C annotation; `Err` is the reason it is rejected.
pub fn parse_annotation(
    value: &Value,
    path: &str,
    origin: Origin,
    warnings: &mut Vec<Problem>,
) -> Result<Annotation, String> {
    for (kind, reason) in [
        (
            "AnnotationPage",
            "an AnnotationPage needs an embedded `items` array",
        ),
        (
            "AnnotationCollection",
            "an AnnotationCollection needs an embedded `first` page",
        ),
    ] {
        if has_type(value, kind) {
            return Err(reason.into());
        }
    }
    if !has_type(value, "Annotation") {
        return Err("`type` must be \"Annotation\"".into());
    }
    let id = read_id(value)?;
    let mut category = None;
    let mut note = bounded_str(value.get("bodyValue"), "`bodyValue`")?.map(str::to_string);
    for (idx, body) in one_or_many(value.get("body")).into_iter().enumerate() {
        let purpose = body.get("purpose").and_then(Value::as_str);
        let classifies = matches!(purpose, Some("classifying" | "tagging"));
        if has_type(body, "SpecificResource") && classifies {
            category = category.or_else(|| {
                body.get("source")
                    .and_then(Value::as_str)
                    .and_then(Category::parse)
            });
        } else if has_type(body, "TextualBody") {
            let text =
                bounded_str(body.get("value"), &format!("body[{idx}].value"))?.unwrap_or_default();
            if classifies {
                category = category.or_else(|| Category::parse(text));
            } else if note.is_none() {
                note = Some(text.to_string());
            }
        }
    }
    let category = category.ok_or("no body names a category (claim, demand or question)")?;
    if value.get("target").is_none_or(Value::is_null) {
        return Err("`target` is missing".into());
    }
    let (quote, position) = read_selectors(value.get("target"), path, &[], warnings)?;
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
    Ok(Annotation {
        id,
        category,
        origin,
        note: note.unwrap_or_default(),
        target,
        created: timestamp(value, "created", path, warnings),
        modified: timestamp(value, "modified", path, warnings),
    })
}

/// The first TextQuoteSelector and TextPositionSelector of the targets. Selector types in
/// `quiet` are skipped silently, our own Text Fragment selector too; other unknown ones warn.
pub fn read_selectors(
    targets: Option<&Value>,
    path: &str,
    quiet: &[&str],
    warnings: &mut Vec<Problem>,
) -> Result<(Option<TextQuote>, Option<Span>), String> {
    let mut quote: Option<TextQuote> = None;
    let mut position: Option<Span> = None;
    for (t_idx, target) in one_or_many(targets).into_iter().enumerate() {
        for (s_idx, selector) in one_or_many(target.get("selector")).into_iter().enumerate() {
            let here = format!("{path}.target[{t_idx}].selector[{s_idx}]");
            let mut warn = |reason: &str| {
                warnings.push(Problem {
                    path: here.clone(),
                    reason: reason.into(),
                })
            };
            let kind = selector
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("(no type)");
            match kind {
                "TextQuoteSelector" if quote.is_none() => {
                    let exact = bounded_str(selector.get("exact"), "`exact`")?.unwrap_or_default();
                    if exact.is_empty() {
                        return Err(format!(
                            "{here}: TextQuoteSelector needs a non-empty `exact`"
                        ));
                    }
                    quote = Some(TextQuote {
                        exact: exact.to_string(),
                        prefix: bounded_str(selector.get("prefix"), "`prefix`")?
                            .unwrap_or_default()
                            .to_string(),
                        suffix: bounded_str(selector.get("suffix"), "`suffix`")?
                            .unwrap_or_default()
                            .to_string(),
                    });
                }
                "TextPositionSelector" if position.is_none() => {
                    let offset = |key: &str| {
                        selector
                            .get(key)
                            .and_then(Value::as_u64)
                            .and_then(|n| usize::try_from(n).ok())
                    };
                    match (offset("start"), offset("end")) {
                        (Some(start), Some(end)) => match Span::new(start, end) {
                            Some(span) => position = Some(span),
                            None => warn("TextPositionSelector with end not after start; ignored"),
                        },
                        _ => warn("TextPositionSelector needs non-negative integer `start` and `end`; ignored"),
                    }
                }
                "TextQuoteSelector" | "TextPositionSelector" => {}
                "FragmentSelector"
                    if selector.get("conformsTo").and_then(Value::as_str)
                        == Some(TEXT_FRAGMENT_SPEC) => {}
                other if quiet.contains(&other) => {}
                other => warn(&format!(
                    "selector type {:?} is not supported; skipped",
                    truncate(other, 40)
                )),
            }
        }
    }
    Ok((quote, position))
}
