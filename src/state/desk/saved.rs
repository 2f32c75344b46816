//! The draft as saved in `localStorage`: every item with its decision, span, note and the
//! proposal it came from, plus the editor's name. A private format (the exchange format is
//! W3C, written at Publish); read back strictly against the article it was made on, an item
//! at a time, so one damaged item costs only itself.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{DeskState, Item, Proposal, Status};
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

#[derive(Serialize, Deserialize)]
struct RawDraft {
    format: String,
    version: u32,
    #[serde(default)]
    editor: String,
    items: Vec<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct RawItem {
    id: String,
    status: String,
    category: String,
    start: usize,
    end: usize,
    #[serde(default)]
    note: String,
    #[serde(default)]
    created: Option<String>,
    #[serde(default)]
    modified: Option<String>,
    #[serde(default)]
    proposal: Option<RawProposal>,
}

#[derive(Serialize, Deserialize)]
struct RawProposal {
    category: String,
    start: usize,
    end: usize,
    reason: String,
    rule: String,
    confidence: u8,
}

/// The state's draft as JSON text.
pub fn encode_draft(state: &DeskState) -> String {
    let items = state
        .items
        .iter()
        .map(|item| {
            let raw = RawItem {
                id: item.id.to_string(),
                status: item.status.token().into(),
                category: item.category.token().into(),
                start: item.span.start(),
                end: item.span.end(),
                note: item.note.clone(),
                created: item.created.as_ref().map(|t| t.as_str().to_string()),
                modified: item.modified.as_ref().map(|t| t.as_str().to_string()),
                proposal: item.proposal.as_ref().map(|p| RawProposal {
                    category: p.category.token().into(),
                    start: p.span.start(),
                    end: p.span.end(),
                    reason: p.reason.clone(),
                    rule: p.rule.clone(),
                    confidence: p.confidence,
                }),
            };
            serde_json::to_value(raw).unwrap_or_default()
        })
        .collect();
    let raw = RawDraft {
        format: FORMAT.into(),
        version: 1,
        editor: state.editor.clone(),
        items,
    };
    serde_json::to_string(&raw).unwrap_or_default()
}

/// A span inside `article`.
fn span_in(article: &Article, start: usize, end: usize) -> Option<Span> {
    Span::new(start, end).filter(|s| s.end() <= article.text().n_chars())
}

fn item_from(article: &Article, raw: RawItem) -> Option<Item> {
    let proposal = match raw.proposal {
        None => None,
        Some(p) => Some(Rc::new(Proposal {
            category: Category::parse(&p.category)?,
            span: span_in(article, p.start, p.end)?,
            reason: p.reason.chars().take(400).collect(),
            rule: p.rule.chars().take(80).collect(),
            confidence: p.confidence.min(99),
        })),
    };
    let stamp = |s: Option<String>| s.as_deref().and_then(Timestamp::parse);
    Some(Item {
        id: AnnotationId::parse(&raw.id)?,
        span: span_in(article, raw.start, raw.end)?,
        category: Category::parse(&raw.category)?,
        note: raw.note,
        status: Status::parse(&raw.status)?,
        proposal,
        created: stamp(raw.created),
        modified: stamp(raw.modified),
    })
}

/// Reads a saved draft made on `article` (the storage key holds the text's hash, so spans
/// mean the same words); items that do not fit are skipped and counted.
pub fn decode_draft(json: &str, article: &Article) -> Result<Draft, DraftError> {
    let raw: RawDraft =
        serde_json::from_str(json).map_err(|e| DraftError(format!("not a saved draft: {e}")))?;
    if raw.format != FORMAT || raw.version != 1 {
        return Err(DraftError(format!(
            "not a saved draft of this version ({} {})",
            raw.format.chars().take(60).collect::<String>(),
            raw.version
        )));
    }
    let mut items: Vec<Item> = Vec::with_capacity(raw.items.len());
    let mut n_skipped = 0;
    for value in raw.items {
        let item = serde_json::from_value::<RawItem>(value)
            .ok()
            .and_then(|r| item_from(article, r))
            .filter(|item| items.iter().all(|known| known.id != item.id));
        match item {
            Some(item) => items.push(item),
            None => n_skipped += 1,
        }
    }
    Ok(Draft {
        editor: raw.editor.trim().chars().take(200).collect(),
        items,
        n_skipped,
    })
}
