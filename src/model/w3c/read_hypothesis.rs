//! Reading Hypothesis API JSON: a search result `{"rows": […], "total": n}`, one row, or an array of rows.
//!
//! A row is `{id, created, updated, user, uri, text, tags, target: [{source, selector: […]}], …}`
//! (h API v1/v2). It maps onto an annotation as follows:
//! - `id` (URL-safe base64, not a URI) becomes `urn:x-hypothesis:<id>`;
//! - `text` becomes the note, kept as plain text (Hypothesis renders it as Markdown; here it is
//!   shown as typed);
//! - the category is the first tag naming one (`claim`, `demand`, `question`, their labels or
//!   plurals, any case). A row without such a tag is **rejected** with the reason "no
//!   claim/demand/question tag": guessing a category would put words in the annotator's mouth,
//!   and tagging the row in Hypothesis and exporting again fixes it;
//! - the first TextQuoteSelector is required. Hypothesis positions count UTF-16 code units of
//!   the whole web page, not code points of this article, so a TextPositionSelector is kept only
//!   as a hint that placement verifies against the quote, never trusted alone. RangeSelectors
//!   and the other DOM selectors are skipped silently (every row has them);
//! - replies (rows with `references`) annotate an annotation, not the text, and are rejected;
//! - `created` and `updated` become `created` and `modified`.

use serde_json::Value;

use super::parse::Problem;
use super::read_w3c::{bounded_str, read_selectors, timestamp, truncate};
use crate::model::annotation::{Annotation, AnnotationId, Origin, TextTarget};
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

/// True for an object shaped like a Hypothesis row: no `type`, a `target`, and a row key.
pub fn looks_like_row(value: &Value) -> bool {
    value.get("type").is_none()
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

/// Reads one Hypothesis row; `Err` is the reason it is rejected.
pub fn parse_row(
    value: &Value,
    path: &str,
    origin: Origin,
    warnings: &mut Vec<Problem>,
) -> Result<Annotation, String> {
    let raw_id = match value.get("id") {
        Some(Value::String(raw)) => raw,
        Some(_) => return Err("`id` must be a string".into()),
        None => return Err("`id` is missing".into()),
    };
    let id_ok = (1..=64).contains(&raw_id.len())
        && raw_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
    let id = id_ok
        .then(|| AnnotationId::parse(&format!("urn:x-hypothesis:{raw_id}")))
        .flatten()
        .ok_or_else(|| {
            format!(
                "`id` {:?} is not a Hypothesis id (letters, digits, - and _)",
                truncate(raw_id, 60)
            )
        })?;
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
    let category = tags
        .iter()
        .find_map(|tag| category_of_tag(tag))
        .ok_or_else(|| {
            let shown: Vec<String> = tags.iter().take(5).map(|tag| truncate(tag, 30)).collect();
            format!("no claim/demand/question tag (tags: {shown:?})")
        })?;
    let note = bounded_str(value.get("text"), "`text`")?
        .unwrap_or_default()
        .to_string();
    let (quote, position) = read_selectors(value.get("target"), path, DOM_SELECTORS, warnings)?;
    let quote = quote.ok_or(
        "no TextQuoteSelector: Hypothesis positions count UTF-16 units of the whole page, so they cannot place it alone",
    )?;
    Ok(Annotation {
        id,
        category,
        origin,
        note,
        target: TextTarget { quote, position },
        created: timestamp(value, "created", path, warnings),
        modified: timestamp(value, "updated", path, warnings),
    })
}
