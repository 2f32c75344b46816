//! Parsing W3C Web Annotation JSON-LD (one annotation, an array, a page or a collection).
//!
//! Input is untrusted: every problem becomes a [`Problem`] naming the JSON path and the reason,
//! one bad annotation never spoils the others, and nothing here can panic on any input.
//! serde_json's recursion limit turns absurd nesting into an ordinary parse error.

use serde_json::Value;

use crate::model::anchor::TextQuote;
use crate::model::annotation::{Annotation, AnnotationId, Origin, TextTarget, Timestamp};
use crate::model::category::Category;
use crate::model::span::Span;

/// Largest document accepted, checked before parsing: 5 MiB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Annotations read from one document at most; the rest are reported, not parsed.
const MAX_ANNOTATIONS: usize = 50_000;

/// Longest quote or note accepted, in bytes.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Embedded collection pages followed at most (guards against `next` chains).
const MAX_PAGES: usize = 1_000;

/// Why a whole document was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not parsed at all.
    TooLarge { n_bytes: usize },
    /// Not JSON; line and column are 1-based, as editors show them.
    InvalidJson { line: usize, column: usize, message: String },
    /// JSON, but not an annotation, array, page or collection.
    NotAnnotations { reason: String },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { n_bytes } => write!(
                f,
                "The file is {:.1} MB; the limit is {} MB.",
                *n_bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::InvalidJson { line, column, message } => {
                write!(f, "Not valid JSON at line {line}, column {column}: {message}.")
            }
            ImportError::NotAnnotations { reason } => write!(f, "No annotations found: {reason}."),
        }
    }
}

/// One rejected annotation or one skipped part of an accepted one, located by JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `$.first.items[3].target.selector[1]`.
    pub path: String,
    /// What is wrong, as a sentence for the reader.
    pub reason: String,
}

/// What a document yielded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations that parsed, in document order.
    pub annotations: Vec<Annotation>,
    /// Annotations that could not be used, with the reason.
    pub rejected: Vec<Problem>,
    /// Parts that were skipped (unknown selector types, bad dates) without rejecting the annotation.
    pub warnings: Vec<Problem>,
}

/// Parses a document; every annotation found is given `origin`.
pub fn parse_document(json: &str, origin: Origin) -> Result<ImportReport, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { n_bytes: json.len() });
    }
    let root: Value = serde_json::from_str(json).map_err(|error| ImportError::InvalidJson {
        line: error.line(),
        column: error.column(),
        message: error.to_string().split(" at line").next().unwrap_or_default().to_string(),
    })?;
    let mut report = ImportReport::default();
    let mut n_seen = 0;
    match &root {
        Value::Array(items) => {
            for (idx, item) in items.iter().enumerate() {
                visit(item, &format!("$[{idx}]"), origin, &mut report, &mut n_seen);
            }
        }
        Value::Object(_) => visit(&root, "$", origin, &mut report, &mut n_seen),
        _ => {
            return Err(ImportError::NotAnnotations {
                reason: "the document is neither an object nor an array".into(),
            })
        }
    }
    if n_seen == 0 {
        return Err(ImportError::NotAnnotations {
            reason: "expected an Annotation, an array of them, an AnnotationPage or an AnnotationCollection".into(),
        });
    }
    if n_seen > MAX_ANNOTATIONS {
        report.rejected.push(Problem {
            path: "$".into(),
            reason: format!("only the first {MAX_ANNOTATIONS} of {n_seen} annotations were read"),
        });
    }
    Ok(report)
}

/// Opens pages and collections, parses annotations, and counts what it saw.
fn visit(value: &Value, path: &str, origin: Origin, report: &mut ImportReport, n_seen: &mut usize) {
    if has_type(value, "AnnotationCollection") {
        let mut page = value.get("first");
        let mut page_path = format!("{path}.first");
        for _ in 0..MAX_PAGES {
            let Some(current) = page.filter(|p| p.is_object()) else { break };
            visit_page(current, &page_path, origin, report, n_seen);
            page = current.get("next");
            page_path.push_str(".next");
        }
    } else if has_type(value, "AnnotationPage") {
        visit_page(value, path, origin, report, n_seen);
    } else if value.is_object() {
        *n_seen += 1;
        if *n_seen > MAX_ANNOTATIONS {
            return;
        }
        match parse_annotation(value, path, origin, &mut report.warnings) {
            Ok(annotation) => report.annotations.push(annotation),
            Err(reason) => report.rejected.push(Problem { path: path.into(), reason }),
        }
    } else {
        report.rejected.push(Problem {
            path: path.into(),
            reason: "not an annotation object".into(),
        });
        *n_seen += 1;
    }
}

fn visit_page(page: &Value, path: &str, origin: Origin, report: &mut ImportReport, n_seen: &mut usize) {
    match page.get("items") {
        Some(Value::Array(items)) => {
            for (idx, item) in items.iter().enumerate() {
                visit(item, &format!("{path}.items[{idx}]"), origin, report, n_seen);
            }
        }
        _ => report.rejected.push(Problem {
            path: format!("{path}.items"),
            reason: "an AnnotationPage needs an `items` array".into(),
        }),
    }
}

/// True when `value.type` is `wanted` or an array containing it.
fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A field that may hold one object or an array of them, as JSON-LD allows.
fn one_or_many(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    }
}

fn bounded_str<'a>(value: Option<&'a Value>, what: &str) -> Result<Option<&'a str>, String> {
    match value {
        None => Ok(None),
        Some(Value::String(s)) if s.len() <= MAX_TEXT_BYTES => Ok(Some(s)),
        Some(Value::String(_)) => Err(format!("{what} is longer than {} KB", MAX_TEXT_BYTES / 1024)),
        Some(_) => Err(format!("{what} must be a string")),
    }
}

fn parse_annotation(value: &Value, path: &str, origin: Origin, warnings: &mut Vec<Problem>) -> Result<Annotation, String> {
    if !has_type(value, "Annotation") {
        return Err("`type` must be \"Annotation\"".into());
    }
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .and_then(AnnotationId::parse)
        .ok_or("`id` is missing or not a safe absolute URI")?;
    let mut category = None;
    let mut note = bounded_str(value.get("bodyValue"), "`bodyValue`")?.map(str::to_string);
    for (idx, body) in one_or_many(value.get("body")).into_iter().enumerate() {
        let purpose = body.get("purpose").and_then(Value::as_str);
        let classifies = matches!(purpose, Some("classifying" | "tagging"));
        if has_type(body, "SpecificResource") && classifies {
            category = category.or_else(|| body.get("source").and_then(Value::as_str).and_then(Category::parse));
        } else if has_type(body, "TextualBody") {
            let text = bounded_str(body.get("value"), &format!("body[{idx}].value"))?.unwrap_or_default();
            if classifies {
                category = category.or_else(|| Category::parse(text));
            } else if note.is_none() {
                note = Some(text.to_string());
            }
        }
    }
    let category = category.ok_or("no body names a category (claim, demand or question)")?;
    let target = parse_target(value, path, warnings)?;
    let timestamp = |key: &str, warnings: &mut Vec<Problem>| {
        let raw = value.get(key)?;
        let parsed = raw.as_str().and_then(Timestamp::parse);
        if parsed.is_none() {
            warnings.push(Problem {
                path: format!("{path}.{key}"),
                reason: "not an ISO 8601 date-time; ignored".into(),
            });
        }
        parsed
    };
    let created = timestamp("created", warnings);
    let modified = timestamp("modified", warnings);
    Ok(Annotation {
        id,
        category,
        origin,
        note: note.unwrap_or_default(),
        target,
        created,
        modified,
    })
}

fn parse_target(value: &Value, path: &str, warnings: &mut Vec<Problem>) -> Result<TextTarget, String> {
    let mut quote: Option<TextQuote> = None;
    let mut position: Option<Span> = None;
    for (t_idx, target) in one_or_many(value.get("target")).into_iter().enumerate() {
        for (s_idx, selector) in one_or_many(target.get("selector")).into_iter().enumerate() {
            let here = format!("{path}.target[{t_idx}].selector[{s_idx}]");
            let kind = selector.get("type").and_then(Value::as_str).unwrap_or("(no type)");
            match kind {
                "TextQuoteSelector" if quote.is_none() => {
                    let exact = bounded_str(selector.get("exact"), "`exact`")?.unwrap_or_default();
                    if exact.is_empty() {
                        return Err(format!("{here}: TextQuoteSelector needs a non-empty `exact`"));
                    }
                    quote = Some(TextQuote {
                        exact: exact.to_string(),
                        prefix: bounded_str(selector.get("prefix"), "`prefix`")?.unwrap_or_default().to_string(),
                        suffix: bounded_str(selector.get("suffix"), "`suffix`")?.unwrap_or_default().to_string(),
                    });
                }
                "TextPositionSelector" if position.is_none() => {
                    let start = selector.get("start").and_then(Value::as_u64);
                    let end = selector.get("end").and_then(Value::as_u64);
                    match (start, end) {
                        (Some(start), Some(end)) => match Span::new(start as usize, end as usize) {
                            Some(span) => position = Some(span),
                            None => warnings.push(Problem {
                                path: here,
                                reason: "TextPositionSelector with end not after start; ignored".into(),
                            }),
                        },
                        _ => warnings.push(Problem {
                            path: here,
                            reason: "TextPositionSelector needs non-negative integer `start` and `end`; ignored".into(),
                        }),
                    }
                }
                "TextQuoteSelector" | "TextPositionSelector" => {}
                other => warnings.push(Problem {
                    path: here,
                    reason: format!("selector type {:?} is not supported; skipped", truncate(other, 40)),
                }),
            }
        }
    }
    match (quote, position) {
        (Some(quote), position) => Ok(TextTarget { quote, position }),
        // A bare position is accepted: it is placed only as fuzzy, for the reader to confirm.
        (None, Some(position)) => Ok(TextTarget {
            quote: TextQuote::default(),
            position: Some(position),
        }),
        (None, None) => Err("the target has no TextQuoteSelector or TextPositionSelector".into()),
    }
}

fn truncate(text: &str, n_chars: usize) -> String {
    text.chars().take(n_chars).collect()
}
