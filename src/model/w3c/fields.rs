//! Helpers shared by the item readers: types, one-or-many fields, bounded strings, dates.

use crate::model::json::Value;

use super::item::Context;
use crate::model::annotation::Timestamp;

/// Longest quote, context or note accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// True when `value.type` is `wanted` or an array containing it.
pub fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A field that may hold one value or an array of them, as JSON-LD allows.
pub fn one_or_many(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
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

/// A date-time field; a bad one (wrong shape or no such date) is dropped with a warning.
pub fn timestamp(value: &Value, key: &str, path: &str, ctx: &mut Context<'_>) -> Option<Timestamp> {
    let raw = value.get(key).filter(|raw| !raw.is_null())?;
    let parsed = raw.as_str().and_then(Timestamp::parse);
    if parsed.is_none() {
        let shown = raw.as_str().map(|s| truncate(s, 40)).unwrap_or_default();
        ctx.warn(
            &format!("{path}.{key}"),
            format!("{shown:?} is not an ISO 8601 date-time (or no such date); ignored"),
        );
    }
    parsed
}
