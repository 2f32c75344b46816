//! An imported annotation's id: kept when it is a safe `urn:`, `http:` or `https:` URI, made
//! `urn:uuid:` when it is a bare or `#`-prefixed UUID (Recogito), and otherwise replaced by a
//! minted `urn:uuid:` id, the original kept as `via` when it is harmless text.
//!
//! Ids end up in attributes, events and other tools' files, so schemes that run or embed
//! something (`javascript:`, `data:`, `vbscript:`, …) are never kept, not even as `via`, and
//! are reported. A missing or relative id is ordinary (many tools leave ids to the server).

use crate::model::json::Value;

use super::fields::truncate;
use super::item::Context;
use crate::model::annotation::{is_uri_text, AnnotationId};

/// Schemes whose URIs are never kept, even as `via`: they run script or carry a document.
const REFUSED_SCHEMES: &[&str] = &[
    "javascript",
    "vbscript",
    "data",
    "blob",
    "file",
    "filesystem",
    "about",
];

/// A RFC 4122 UUID in its usual 36-character spelling.
fn is_uuid(raw: &str) -> bool {
    raw.len() == 36
        && raw.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// The scheme of `raw` as a browser would read it (ASCII whitespace and controls dropped,
/// lowercased), if it has one.
fn scheme_of(raw: &str) -> Option<String> {
    let (scheme, _) = raw.split_once(':')?;
    let scheme: String = scheme
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// `raw` when it may be kept as text (`via`): no refused scheme, no character that could
/// break out of an attribute, a bounded length.
pub fn harmless(raw: &str) -> Option<String> {
    let refused = scheme_of(raw).is_some_and(|s| REFUSED_SCHEMES.contains(&s.as_str()));
    (!refused && is_uri_text(raw)).then(|| raw.to_string())
}

/// Reads `value.id` (for a Hypothesis row, `urn:x-hypothesis:` + its id); returns the id and
/// the original to keep as `via` when the id had to change.
pub fn read_id(
    value: &Value,
    path: &str,
    hypothesis: bool,
    ctx: &mut Context<'_>,
) -> (AnnotationId, Option<String>) {
    let raw = match value.get("id") {
        None | Some(Value::Null) => return (ctx.minter.mint(), None),
        Some(Value::String(raw)) => raw.as_str(),
        Some(_) => {
            ctx.warn(
                &format!("{path}.id"),
                "`id` is not a string; a new id was given",
            );
            return (ctx.minter.mint(), None);
        }
    };
    let bare = raw.strip_prefix('#').unwrap_or(raw);
    let kept = if hypothesis {
        let ok = (1..=64).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        ok.then(|| AnnotationId::parse(&format!("urn:x-hypothesis:{raw}")))
            .flatten()
    } else if is_uuid(bare) {
        let id = AnnotationId::parse(&format!("urn:uuid:{}", bare.to_ascii_lowercase()));
        return match id {
            Some(id) => (id, Some(raw.to_string())),
            None => (ctx.minter.mint(), None),
        };
    } else {
        AnnotationId::parse(raw)
    };
    if let Some(id) = kept {
        return (id, None);
    }
    let via = harmless(raw);
    let shown = truncate(raw, 60);
    let scheme = scheme_of(raw);
    let reason = match (&scheme, &via) {
        (_, None) => Some(format!(
            "`id` {shown:?} is not allowed (ids are urn:, http: or https: URIs without quotes, spaces or angle brackets); a new id was given"
        )),
        (_, Some(_)) if hypothesis => Some(format!(
            "`id` {shown:?} is not a Hypothesis id (letters, digits, - and _); a new id was given, the original kept as `via`"
        )),
        (Some(scheme), Some(_)) => Some(format!(
            "`id` {shown:?} uses the scheme {scheme:?} (ids are urn:, http: or https: URIs); a new id was given, the original kept as `via`"
        )),
        _ => None,
    };
    if let Some(reason) = reason {
        ctx.warn(&format!("{path}.id"), reason);
    }
    (ctx.minter.mint(), via)
}
