//! The draft as saved in `localStorage`: every item with its decision, span, note and the
//! proposal it came from, plus the editor's name. A private format (the exchange format is
//! W3C, written at Publish); read back strictly against the article it was made on, an item
//! at a time, so one damaged item costs only itself.

use std::rc::Rc;

use super::{DeskState, Item, Proposal, Status};
use crate::model::json::{self, Value};
use crate::model::{AnnotationId, Article, Category, Span, Timestamp};

/// What `format` says in every saved draft.
const FORMAT: &str = "article-annotator-desk-draft";

/// The saved draft, read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The editor's name.
    pub editor: String,
    /// Every item, as saved.
    pub items: Vec<Item>,
    /// Items that could not be read (a span outside this text, a bad id).
    pub n_skipped: usize,
}

/// Why a saved value could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftError(pub String);

/// An optional string member: absent or `null` is `Some(None)`, another type `None`.
fn optional<'a>(value: &'a Value, key: &str) -> Option<Option<&'a str>> {
    match value.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(Value::String(s)) => Some(Some(s)),
        Some(_) => None,
    }
}

/// A required string member.
fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key)?.as_str()
}

/// A required whole-number member.
fn number(value: &Value, key: &str) -> Option<usize> {
    usize::try_from(value.get(key)?.as_u64()?).ok()
}

/// The state's draft as JSON text: `{format, version, editor, items}`, each item with its
/// `id`, `status`, `category`, `start`, `end`, `note`, `created`, `modified` (`null` when
/// unknown) and the `proposal` it came from (or `null`).
pub fn encode_draft(state: &DeskState) -> String {
    let stamp = |t: &Option<Timestamp>| Value::from(t.as_ref().map(Timestamp::as_str));
    let items = state
        .items
        .iter()
        .map(|item| {
            let proposal = item.proposal.as_ref().map(|p| {
                Value::object([
                    ("category", p.category.token().into()),
                    ("start", p.span.start().into()),
                    ("end", p.span.end().into()),
                    ("reason", p.reason.as_str().into()),
                    ("rule", p.rule.as_str().into()),
                    ("confidence", u64::from(p.confidence).into()),
                ])
            });
            Value::object([
                ("id", item.id.to_string().into()),
                ("status", item.status.token().into()),
                ("category", item.category.token().into()),
                ("start", item.span.start().into()),
                ("end", item.span.end().into()),
                ("note", item.note.as_str().into()),
                ("created", stamp(&item.created)),
                ("modified", stamp(&item.modified)),
                ("proposal", proposal.into()),
            ])
        })
        .collect::<Vec<_>>();
    Value::object([
        ("format", FORMAT.into()),
        ("version", 1_u64.into()),
        ("editor", state.editor.as_str().into()),
        ("items", items.into()),
    ])
    .to_string()
}

/// A span inside `article`.
fn span_in(article: &Article, start: usize, end: usize) -> Option<Span> {
    Span::new(start, end).filter(|s| s.end() <= article.text().n_chars())
}

/// One saved item, or `None` when any member is missing, of the wrong type or out of place.
fn item_from(article: &Article, raw: &Value) -> Option<Item> {
    let proposal = match raw.get("proposal") {
        None | Some(Value::Null) => None,
        Some(p) => Some(Rc::new(Proposal {
            category: Category::parse(text(p, "category")?)?,
            span: span_in(article, number(p, "start")?, number(p, "end")?)?,
            reason: text(p, "reason")?.chars().take(400).collect(),
            rule: text(p, "rule")?.chars().take(80).collect(),
            confidence: u8::try_from(p.get("confidence")?.as_u64()?).ok()?.min(99),
        })),
    };
    let stamp = |key: &str| optional(raw, key).map(|s| s.and_then(Timestamp::parse));
    Some(Item {
        id: AnnotationId::parse(text(raw, "id")?)?,
        span: span_in(article, number(raw, "start")?, number(raw, "end")?)?,
        category: Category::parse(text(raw, "category")?)?,
        note: optional(raw, "note")?.unwrap_or_default().to_string(),
        status: Status::parse(text(raw, "status")?)?,
        proposal,
        created: stamp("created")?,
        modified: stamp("modified")?,
    })
}

/// Reads a saved draft made on `article` (the storage key holds the text's hash, so spans
/// mean the same words); items that do not fit are skipped and counted.
pub fn decode_draft(json: &str, article: &Article) -> Result<Draft, DraftError> {
    let fail = |what: String| DraftError(format!("not a saved draft: {what}"));
    let raw = json::from_str(json).map_err(|e| fail(e.to_string()))?;
    let format = text(&raw, "format").ok_or_else(|| fail("`format` must be a string".into()))?;
    let version = raw
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| fail("`version` must be a whole number".into()))?;
    if format != FORMAT || version != 1 {
        return Err(DraftError(format!(
            "not a saved draft of this version ({} {version})",
            format.chars().take(60).collect::<String>(),
        )));
    }
    let editor =
        optional(&raw, "editor").ok_or_else(|| fail("`editor` must be a string".into()))?;
    let saved = raw
        .get("items")
        .and_then(Value::as_array)
        .ok_or_else(|| fail("`items` must be an array".into()))?;
    let mut items: Vec<Item> = Vec::with_capacity(saved.len());
    let mut n_skipped = 0;
    for value in saved {
        let item =
            item_from(article, value).filter(|item| items.iter().all(|known| known.id != item.id));
        match item {
            Some(item) => items.push(item),
            None => n_skipped += 1,
        }
    }
    Ok(Draft {
        editor: editor
            .unwrap_or_default()
            .trim()
            .chars()
            .take(200)
            .collect(),
        items,
        n_skipped,
    })
}
