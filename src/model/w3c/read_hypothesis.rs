//! Reading Hypothesis API JSON: a search result `{"rows": […], "total": n}`, one row, or an array of rows.
//!
//! A row is `{id, created, updated, user, uri, text, tags, target: [{source, selector: […]}], …}`
//! (h API v1/v2; `"type": null` in some exports). It maps onto an annotation as follows:
//! - `id` (URL-safe base64, not a URI) becomes `urn:x-hypothesis:<id>`;
//! - `text` becomes the note, kept as plain text (Hypothesis renders it as Markdown; here it is
//!   shown as typed);
//! - the category is the first tag naming one (`claim`, `demand`, `question`, their labels or
//!   plurals, any case). Most real rows have no such tag: they are *untagged*, given the
//!   category the caller chose ([`ImportOptions::untagged`](super::ImportOptions)) or left out
//!   and counted, so the reader can be asked; guessing would put words in the annotator's mouth;
//! - the first TextQuoteSelector is required. Hypothesis positions count UTF-16 code units of
//!   the page, so a TextPositionSelector is kept only as a hint that placement verifies against
//!   the quote (`import.rs` also tries it as UTF-16 units of this article). RangeSelectors and
//!   the other DOM selectors are skipped silently (every row has them);
//! - replies (rows with `references`) annotate an annotation, not the text, and are rejected;
//! - `created` and `updated` become `created` and `modified`.

use crate::model::json::Value;

use super::fields::{bounded_str, timestamp, truncate};
use super::ids::read_id;
use super::item::{Context, Refusal};
use super::selectors::read_selectors;
use crate::model::annotation::{Annotation, TextTarget};
use crate::model::category::Category;

/// Selectors Hypothesis writes that address the original page's DOM; skipped without a word.
const DOM_SELECTORS: &[&str] = &[
    "RangeSelector",
    "XPathSelector",
    "CssSelector",
    "FragmentSelector",
    "PageSelector",
    "EPUBContentSelector",
];

/// Keys only Hypothesis rows have (W3C annotations carry a `type` instead).
const ROW_KEYS: &[&str] = &[
    "uri",
    "user",
    "tags",
    "text",
    "links",
    "group",
    "permissions",
    "document",
];

/// True for an object shaped like a Hypothesis row: no `type` (or a null one), a `target`,
/// and a row key.
pub fn looks_like_row(value: &Value) -> bool {
    value.get("type").is_none_or(Value::is_null)
        && value.get("target").is_some()
        && ROW_KEYS.iter().any(|key| value.get(key).is_some())
}

/// The category a tag names, if any: token, label or plural, any case.
fn category_of_tag(tag: &str) -> Option<Category> {
    let tag = tag.trim();
    Category::ALL.into_iter().find(|category| {
        [category.token(), category.label(), category.plural()]
            .iter()
            .any(|name| name.eq_ignore_ascii_case(tag))
    })
}

/// Reads one Hypothesis row.
pub fn parse_row(value: &Value, path: &str, ctx: &mut Context<'_>) -> Result<Annotation, Refusal> {
    if value
        .get("references")
        .and_then(Value::as_array)
        .is_some_and(|refs| !refs.is_empty())
    {
        return Err("a reply to another annotation, not an annotation of the text".into());
    }
    let tags: Vec<&str> = match value.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(tags)) => tags.iter().filter_map(Value::as_str).collect(),
        Some(_) => return Err("`tags` must be an array of strings".into()),
    };
    let note = bounded_str(value.get("text"), "`text`")?
        .unwrap_or_default()
        .to_string();
    let (quote, position) = read_selectors(value.get("target"), path, DOM_SELECTORS, ctx)?;
    let quote = quote.ok_or(
        "no TextQuoteSelector: Hypothesis positions count UTF-16 units of the whole page, so they cannot place it alone",
    )?;
    let tagged = tags.iter().find_map(|tag| category_of_tag(tag));
    let category = match (tagged, ctx.untagged) {
        (Some(category), _) | (None, Some(category)) => category,
        (None, None) => {
            let shown: Vec<String> = tags.iter().take(5).map(|tag| truncate(tag, 30)).collect();
            return Err(Refusal::Untagged(format!(
                "no claim/demand/question tag (tags: {shown:?}); left out until a category is chosen for untagged rows"
            )));
        }
    };
    let (id, via) = read_id(value, path, true, ctx);
    Ok(Annotation {
        id,
        category,
        origin: ctx.origin,
        note,
        target: TextTarget { quote, position },
        created: timestamp(value, "created", path, ctx),
        modified: timestamp(value, "updated", path, ctx),
        via,
    })
}
