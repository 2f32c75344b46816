//! The reader's saved value, without any IO: the keys it lives under, what the widget writes
//! (the reader's W3C collection led by a small head: the format and a hash of the text the
//! annotations were made on), and what a value found in storage yields: the annotations placed
//! in today's text, whether that text changed since, and whether anything in it could not be
//! read (such a value is set aside, never overwritten). `dom::storage` reads and writes;
//! `hooks::use_widget_state` decides when.

use super::import::error_msg;
use crate::model::i18n::Msg;
use crate::model::w3c::parse_stored;
use crate::model::{place_all, Article, Origin, Placed};

/// The format this version writes; a value naming a higher one was written by a newer version.
pub const FORMAT: u32 = 2;

/// Every key the widget writes starts with this.
pub const NAMESPACE: &str = "article-annotator:";

/// How a value of format 2 or later starts: the head, before the collection's own entries.
const HEAD_START: &str = "{\"articleAnnotator\":";

/// How a value the first version wrote starts (no head; the text hash was in its key).
const V1_START: &str = "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"label\":\"Reader annotations\"";

/// The key of an article's saved annotations: its identity (id and canonical URL), not its
/// text, so a corrected article finds the annotations made on the text before.
pub fn article_key(article: &Article) -> String {
    let meta = &article.meta;
    let source = identity(&meta.source);
    format!("{NAMESPACE}v2:{}:{}", meta.id.as_str(), fnv(&source))
}

/// Query parameters that say how a reader arrived, not which article it is.
const TRACKING: [&str; 6] = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid"];

/// The article's URL as an identity: without a fragment, and without tracking parameters
/// (`utm_*`, `fbclid`, …), so a reader arriving from a newsletter finds the same notes; other
/// parameters stay (`?p=123` names the article on some sites).
pub fn identity(source: &str) -> String {
    let source = source.split('#').next().unwrap_or_default();
    let Some((base, query)) = source.split_once('?') else {
        return source.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !(name.is_empty() || name.starts_with("utm_") || TRACKING.contains(&name))
        })
        .collect();
    match kept.is_empty() {
        true => base.to_string(),
        false => format!("{base}?{}", kept.join("&")),
    }
}

/// The start of the first version's keys for this article (`…:v1:<id>:<text hash>`).
pub fn v1_prefix(article: &Article) -> String {
    format!("{NAMESPACE}v1:{}:", article.meta.id.as_str())
}

/// The key used for a host's `storage-key`: in the widget's namespace, so a host value under
/// the same name (`host-settings`) is never read as annotations nor written over.
pub fn host_key(key: &str) -> String {
    match key.starts_with(NAMESPACE) {
        true => key.to_string(),
        false => format!("{NAMESPACE}key:{key}"),
    }
}

/// The side key an unreadable value is copied to.
pub fn aside_key(key: &str, stamp: &str) -> String {
    format!("{key}:corrupt:{stamp}")
}

/// True for side keys (never read as annotations, never removed).
pub fn is_aside(key: &str) -> bool {
    crate::model::scan::contains(key, ":corrupt:")
}

/// What the widget writes: the reader's collection (`collection`, JSON text as
/// `model::w3c::reader_collection` writes it) led by the head.
pub fn stored_value(collection: &str, text_hash: &str) -> String {
    let entries = collection.strip_prefix('{').unwrap_or(collection);
    // `text_hash` is hexadecimal (`Article::text_hash`): nothing to escape.
    format!("{HEAD_START}{{\"format\":{FORMAT},\"textHash\":\"{text_hash}\"}},{entries}")
}

/// The head of a saved value.
#[derive(Debug, Default, PartialEq, Eq)]
struct Head {
    format: u32,
    text_hash: Option<String>,
}

/// The head, read without reading the collection after it: its object's `format` (digits) and
/// `textHash` (hexadecimal) entries, in any order, other entries ignored (a scan, not a JSON
/// parser: the head is small and flat, and serde's machinery for it cost kilobytes of wasm).
fn head(raw: &str) -> Option<Head> {
    let rest = raw.strip_prefix(HEAD_START)?.strip_prefix('{')?;
    let object = &rest[..rest.find('}')?];
    let value = |key: &str| {
        let at = crate::model::scan::find(object, key)? + key.len();
        let after = object[at..].trim_start().strip_prefix(':')?.trim_start();
        let end = after.find([',', '}']).unwrap_or(after.len());
        Some(after[..end].trim())
    };
    let format = value("\"format\"")?.parse().ok()?;
    let text_hash = value("\"textHash\"")
        .and_then(|v| v.strip_prefix('"')?.strip_suffix('"'))
        .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string);
    Some(Head { format, text_hash })
}

/// True when `raw` is a value this widget (any version) wrote: only such a value under a
/// host's own key is taken over.
pub fn is_ours(raw: &str) -> bool {
    head(raw).is_some() || raw.starts_with(V1_START)
}

/// What could not be read in a saved value.
#[derive(Debug, PartialEq, Eq)]
pub enum Damage {
    /// Nothing: every item was read.
    None,
    /// Some items (`n_unread`) could not be read; the others were.
    Partial { n_unread: usize },
    /// Nothing could be read, for `reason` (the import's words for a refused document).
    Whole { reason: Msg },
    /// A newer version wrote it (`format`); what this version could read was read.
    Newer { format: u32 },
}

/// What a saved value yields.
#[derive(Debug, PartialEq)]
pub struct Reading {
    /// The reader's annotations, placed in today's text (orphans kept).
    pub annotations: Vec<Placed>,
    /// True when the annotations were made on another text than today's (a correction).
    pub revised: bool,
    /// What could not be read.
    pub damage: Damage,
}

/// Reads a saved value for `article`; `made_on` is the text hash a first-version key named.
pub fn read_value(raw: &str, article: &Article, made_on: Option<&str>) -> Reading {
    let head = head(raw);
    let format = head.as_ref().map_or(1, |h| h.format);
    let made_on = head
        .as_ref()
        .and_then(|h| h.text_hash.as_deref())
        .or(made_on);
    let revised = made_on.is_some_and(|hash| hash != article.text_hash());
    let (annotations, damage) = match parse_stored(raw, Origin::Reader) {
        Ok(report) => {
            let n_unread = report.rejected.len() + report.n_over_cap;
            let damage = match (format > FORMAT, n_unread) {
                (true, _) => Damage::Newer { format },
                (false, 0) => Damage::None,
                (false, n_unread) => Damage::Partial { n_unread },
            };
            (place_all(article, report.annotations), damage)
        }
        Err(_) if format > FORMAT => (Vec::new(), Damage::Newer { format }),
        Err(error) => (
            Vec::new(),
            Damage::Whole {
                reason: error_msg(&error),
            },
        ),
    };
    Reading {
        annotations,
        revised,
        damage,
    }
}

/// FNV-1a, 64 bit, as hexadecimal: stable across builds, like `Article::text_hash`.
fn fnv(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::{head, stored_value, Head, FORMAT};

    #[test]
    fn the_head_is_read_alone() {
        let value = stored_value("{\"type\":\"AnnotationCollection\",\"total\":0}", "00ff");
        let want = Head {
            format: FORMAT,
            text_hash: Some("00ff".into()),
        };
        assert_eq!(head(&value), Some(want));
        assert_eq!(head("{\"articleAnnotator\":{\"format\":9}, garbage"), {
            Some(Head {
                format: 9,
                text_hash: None,
            })
        });
        assert_eq!(head("{\"@context\":1}"), None);
    }
}
