//! `Annotation` and its parts: id, origin, target (quote plus position hint) and timestamps.

use std::fmt;
use std::rc::Rc;

use super::anchor::TextQuote;
use super::category::Category;
use super::span::Span;

/// An annotation's identity: an absolute URI such as `urn:uuid:…`, cheap to clone.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnnotationId(Rc<str>);

impl AnnotationId {
    /// Accepts an absolute `urn:`, `http:` or `https:` URI (scheme in any case) that
    /// [`is_uri_text`].
    ///
    /// Ids end up in `data-` attributes, element ids, events and other tools' files, so
    /// anything that could break out of an attribute or a CSS selector, or a scheme that runs
    /// or embeds something (`javascript:`, `data:`), is refused here rather than escaped later.
    pub fn parse(value: &str) -> Option<AnnotationId> {
        let (scheme, rest) = value.split_once(':')?;
        let scheme_ok = ["urn", "http", "https"]
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed));
        (scheme_ok && !rest.is_empty() && is_uri_text(value)).then(|| AnnotationId(Rc::from(value)))
    }

    /// A `urn:uuid:` id built from 128 random bits supplied by the caller (the model owns no RNG).
    pub fn from_uuid_bits(bits: u128) -> AnnotationId {
        // Set the version (4) and variant (RFC 4122) bits so the result is a valid v4 UUID.
        let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
        let hex = format!("{bits:032x}");
        AnnotationId(Rc::from(format!(
            "urn:uuid:{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )))
    }

    /// The URI.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// True for text that may sit in an attribute or a CSS selector unescaped: at most 2048
/// printable ASCII characters, none of `"'<>\\` and the backtick.
pub fn is_uri_text(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 2048
        && value.bytes().all(|b| {
            b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`')
        })
}

/// Who made an annotation: decides whether the reader may edit it and what "my annotations" means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Shipped by the newsroom with the article; read-only for readers.
    Editorial,
    /// Made by this reader in this browser.
    Reader,
}

/// An ISO 8601 / RFC 3339 date-time string such as `2026-11-25T10:00:00Z`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(Rc<str>);

impl Timestamp {
    /// Accepts `YYYY-MM-DDTHH:MM:SS` followed by an optional fraction and a `Z` or `±HH:MM`
    /// offset, when it names a real moment: months 1–12, days that month has (leap years
    /// as the Gregorian calendar counts them), hours 0–23, minutes and seconds 0–59.
    pub fn parse(value: &str) -> Option<Timestamp> {
        let bytes = value.as_bytes();
        let number = |range| number_in(bytes, range);
        let separators = bytes.len() >= 20
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && matches!(bytes[10], b'T' | b't')
            && bytes[13] == b':'
            && bytes[16] == b':';
        if !separators {
            return None;
        }
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let month_days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > month_days || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        // Bytes 0..19 are ASCII here, so 19 is a char boundary.
        let mut rest = value.get(19..)?;
        if let Some(fraction) = rest.strip_prefix('.') {
            let n_digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if n_digits == 0 {
                return None;
            }
            rest = fraction.get(n_digits..)?;
        }
        let zone = rest.as_bytes();
        let offset_ok = || {
            let hours = number_in(zone, 1..3).filter(|h| *h <= 23);
            let minutes = number_in(zone, 4..6).filter(|m| *m <= 59);
            zone.len() == 6
                && matches!(zone[0], b'+' | b'-')
                && zone[3] == b':'
                && hours.is_some()
                && minutes.is_some()
        };
        (matches!(rest, "Z" | "z") || offset_ok()).then(|| Timestamp(Rc::from(value)))
    }

    /// 1970-01-01T00:00:00Z, for when no clock is available.
    pub fn epoch() -> Timestamp {
        Timestamp(Rc::from("1970-01-01T00:00:00Z"))
    }

    /// The date-time string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The decimal number written in `bytes[range]`, if all of it is digits.
fn number_in(bytes: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    bytes.get(range)?.iter().try_fold(0_u32, |acc, d| {
        d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
    })
}

/// Where an annotation points: the quote with its context, plus where it was last seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextTarget {
    /// The quoted text with up to 32 code points of context on each side.
    pub quote: TextQuote,
    /// The code-point span the quote was recorded at: a hint, trusted only if the text still matches.
    pub position: Option<Span>,
}

/// One annotation: a category and an optional note attached to a passage of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    /// Stable identity, kept through export and import.
    pub id: AnnotationId,
    /// Claim, demand or question.
    pub category: Category,
    /// Editorial (read-only) or the reader's own.
    pub origin: Origin,
    /// Plain text; never interpreted as HTML.
    pub note: String,
    /// The passage it marks.
    pub target: TextTarget,
    /// When it was made, if known.
    pub created: Option<Timestamp>,
    /// When it was last changed, if known.
    pub modified: Option<Timestamp>,
    /// The id it had in the file it was imported from, when that id could not be kept (a
    /// relative or `#` id, another scheme), as W3C `via`; `None` otherwise.
    pub via: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::{AnnotationId, Timestamp};

    #[test]
    fn ids_must_be_safe_absolute_uris() {
        let cases = [
            ("urn:uuid:123e4567-e89b-42d3-a456-426614174000", true),
            ("https://example.org/anno/1", true),
            ("no-scheme", false),
            ("1urn:x", false),
            ("urn:", false),
            ("urn:a b", false),
            ("urn:x\"]{}<script>", false),
            ("javascript:alert('x')", false),
            ("data:text/html,x", false),
            ("vbscript:x", false),
            ("tag:example.org,2026:1", false),
            ("HTTPS://example.org/a", true),
            ("URN:x:1", true),
        ];
        for (value, ok) in cases {
            assert_eq!(AnnotationId::parse(value).is_some(), ok, "{value}");
        }
    }

    #[test]
    fn uuid_ids_are_version_4() {
        let id = AnnotationId::from_uuid_bits(u128::MAX);
        assert_eq!(id.as_str(), "urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = AnnotationId::from_uuid_bits(0);
        assert_eq!(id.as_str(), "urn:uuid:00000000-0000-4000-8000-000000000000");
        assert!(AnnotationId::parse(id.as_str()).is_some());
    }

    #[test]
    fn timestamps_table() {
        let cases = [
            ("2026-11-25T10:00:00Z", true),
            ("2026-11-25T10:00:00.123Z", true),
            ("2026-11-25T10:00:00+01:00", true),
            ("2026-11-25 10:00:00Z", false),
            ("2026-11-25T10:00:00", false),
            ("2026-11-25T10:00:00.Z", false),
            ("2026-99-99T99:99:99Z", false),
            ("2026-02-29T10:00:00Z", false),
            ("2028-02-29T10:00:00Z", true),
            ("2000-02-29T10:00:00Z", true),
            ("1900-02-29T10:00:00Z", false),
            ("2026-04-31T10:00:00Z", false),
            ("2026-12-31T23:59:59Z", true),
            ("2026-12-31T24:00:00Z", false),
            ("2026-12-31T23:60:00Z", false),
            ("2026-12-31T23:59:60Z", false),
            ("2026-00-10T10:00:00Z", false),
            ("2026-01-00T10:00:00Z", false),
            ("2026-11-25T10:00:00+24:00", false),
            ("2026-11-25T10:00:00-05:60", false),
            ("2026-11-25T10:00:00+05:30", true),
            ("yesterday", false),
            ("", false),
        ];
        for (value, ok) in cases {
            assert_eq!(Timestamp::parse(value).is_some(), ok, "{value}");
        }
    }
}
