//! Grapheme clusters for the model: UAX #29 tables natively, the browser's segmenter in the wasm.
//!
//! `unicode-segmentation`'s grapheme tables cost the reader's wasm 11 KB gzipped, while
//! every browser the widget supports already carries the same rules as `Intl.Segmenter`. So the
//! crate is a native-only dependency (CLI, tests, benches), and in the wasm the browser shell
//! installs a function that segments with the browser ([`install`]; `crate::dom::graphemes`).
//! The desk's wasm keeps the tables (feature `grapheme-tables`): its suggester segments the
//! whole article at start-up, where building an `Intl.Segmenter` costs 18-30 ms in Chromium.
//! The model stays pure: it only holds a plain function pointer, and checks what it returns.
//!
//! Where nothing is installed, or the browser lacks `Intl.Segmenter` (Firefox before 125),
//! [`fallback_ends`] approximates: a code point per grapheme, with combining marks, variation
//! selectors, skin tones, tag characters and zero-width joiners attached to the character
//! before them, the character after a zero-width joiner attached too, regional indicators
//! paired into flags and CR LF kept together. Scripts whose clusters need more (Devanagari
//! conjuncts, Hangul jamo, Thai vowel signs) split per code point there, which only makes a
//! selection edge finer, never drops text.

use std::cell::Cell;

/// A segmenter the browser shell installs: the byte offsets where `text`'s grapheme clusters
/// end, the last being `text.len()`.
pub type ClusterEnds = fn(&str) -> Vec<usize>;

thread_local! {
    // The wasm has one thread; a thread-local keeps the model free of locks and `unsafe`.
    static INSTALLED: Cell<Option<ClusterEnds>> = const { Cell::new(None) };
}

/// Makes `ends` the wasm's grapheme segmenter (natively the UAX #29 tables always win).
pub fn install(ends: ClusterEnds) {
    INSTALLED.with(|cell| cell.set(Some(ends)));
}

/// The grapheme clusters of `text`, in order; together they are `text`.
#[cfg(any(not(target_arch = "wasm32"), feature = "grapheme-tables"))]
pub fn graphemes(text: &str) -> impl Iterator<Item = &str> {
    unicode_segmentation::UnicodeSegmentation::graphemes(text, true)
}

/// The grapheme clusters of `text`, in order; together they are `text`.
#[cfg(all(target_arch = "wasm32", not(feature = "grapheme-tables")))]
pub fn graphemes(text: &str) -> impl Iterator<Item = &str> {
    // Most paragraphs need no call out to the browser: below U+0300 the fallback is exact.
    if is_simple(text) {
        return slices(text, fallback_ends(text));
    }
    let installed = INSTALLED.with(Cell::get).map(|ends| ends(text));
    let ends = match installed {
        Some(ends) if are_cluster_ends(text, &ends) => ends,
        _ => fallback_ends(text),
    };
    slices(text, ends)
}

/// True when every character of `text` is below U+0300 (ASCII, Latin-1, Latin Extended-A and
/// B, IPA: most European text with precomposed accents). None of them extends or joins a
/// cluster, so each is a cluster of its own, but CR LF, exactly as [`fallback_ends`] cuts
/// (checked against the UAX #29 tables for every pair in `simple_text_needs_no_segmenter`).
pub fn is_simple(text: &str) -> bool {
    text.chars().all(|c| c < '\u{300}')
}

/// True when `ends` rise strictly, fall on character boundaries and end at `text`'s end: a
/// segmenter that gets this wrong is ignored rather than allowed to split a character.
pub fn are_cluster_ends(text: &str, ends: &[usize]) -> bool {
    ends.windows(2).all(|pair| pair[0] < pair[1])
        && ends.first().is_none_or(|&end| end > 0)
        && ends.iter().all(|&end| text.is_char_boundary(end))
        && ends.last().copied().unwrap_or(0) == text.len()
}

/// The clusters' byte ranges, each ending where the next starts.
#[cfg_attr(
    any(not(target_arch = "wasm32"), feature = "grapheme-tables"),
    allow(dead_code)
)]
fn slices(text: &str, ends: Vec<usize>) -> impl Iterator<Item = &str> {
    let mut start = 0;
    ends.into_iter().map(move |end| {
        // Checked ends (`are_cluster_ends`): never empty here.
        let piece = text.get(start..end).unwrap_or_default();
        start = end;
        piece
    })
}

/// Byte offsets where `text`'s clusters end by the approximate rules in the module doc.
pub fn fallback_ends(text: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    // A regional indicator waiting for the second letter of its flag.
    let mut open_flag = false;
    for (byte, c) in text.char_indices() {
        let closes_flag = open_flag && is_regional(c);
        let joins = closes_flag
            || prev.is_some_and(|p| (p == '\r' && c == '\n') || p == '\u{200D}' || is_extend(c));
        if !joins && byte > 0 {
            ends.push(byte);
        }
        open_flag = is_regional(c) && !closes_flag;
        prev = Some(c);
    }
    if !text.is_empty() {
        ends.push(text.len());
    }
    ends
}

/// Characters that never start a cluster in the fallback: common combining marks, joiners,
/// variation selectors, emoji skin tones and tag characters.
fn is_extend(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{064B}'..='\u{065F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// Regional indicator letters: two make a flag.
fn is_regional(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        text: &'static str,
        /// Cluster end offsets in code points.
        ends: &'static [usize],
    }

    fn in_code_points(text: &str, byte_ends: &[usize]) -> Vec<usize> {
        byte_ends
            .iter()
            .map(|&b| text[..b].chars().count())
            .collect()
    }

    #[test]
    fn fallback_table() {
        let cases = [
            Case {
                text: "",
                ends: &[],
            },
            Case {
                text: "ab",
                ends: &[1, 2],
            },
            Case {
                text: "e\u{301}x",
                ends: &[2, 3],
            },
            Case {
                text: "👩‍👩‍👧!",
                ends: &[5, 6],
            },
            Case {
                text: "🇺🇦🇫🇷",
                ends: &[2, 4],
            },
            Case {
                text: "🇺🇦🇫",
                ends: &[2, 3],
            },
            Case {
                text: "a\r\nb",
                ends: &[1, 3, 4],
            },
            Case {
                text: "👍🏽 ok",
                ends: &[2, 3, 4, 5],
            },
            // Beyond the fallback: a Devanagari conjunct splits per code point.
            Case {
                text: "क्ष",
                ends: &[1, 2, 3],
            },
        ];
        for case in cases {
            let ends = in_code_points(case.text, &fallback_ends(case.text));
            assert_eq!(ends, case.ends, "{:?}", case.text);
        }
    }

    #[test]
    fn simple_text_needs_no_segmenter() {
        // Every pair of characters below U+0300, and each alone: the fallback cuts as UAX #29.
        let simple: Vec<char> = ('\0'..'\u{300}').collect();
        let mut text = String::new();
        for &a in &simple {
            for &b in &simple {
                text.clear();
                text.extend([a, b]);
                assert!(is_simple(&text));
                let native: Vec<usize> = graphemes(&text)
                    .scan(0, |end, piece| {
                        *end += piece.len();
                        Some(*end)
                    })
                    .collect();
                assert_eq!(fallback_ends(&text), native, "{text:?}");
            }
        }
        assert!(!is_simple("e\u{301}"));
    }

    #[test]
    fn cluster_ends_are_checked() {
        struct EndsCase {
            text: &'static str,
            ends: &'static [usize],
            valid: bool,
        }
        let cases = [
            EndsCase {
                text: "",
                ends: &[],
                valid: true,
            },
            EndsCase {
                text: "ab",
                ends: &[1, 2],
                valid: true,
            },
            EndsCase {
                text: "ab",
                ends: &[],
                valid: false,
            },
            EndsCase {
                text: "ab",
                ends: &[0, 2],
                valid: false,
            },
            EndsCase {
                text: "ab",
                ends: &[2, 1, 2],
                valid: false,
            },
            EndsCase {
                text: "ab",
                ends: &[1],
                valid: false,
            },
            // Inside the two-byte "é".
            EndsCase {
                text: "é",
                ends: &[1, 2],
                valid: false,
            },
        ];
        for case in cases {
            assert_eq!(
                are_cluster_ends(case.text, case.ends),
                case.valid,
                "{:?} {:?}",
                case.text,
                case.ends
            );
        }
    }

    #[test]
    fn slices_cover_the_text() {
        let text = "e\u{301}👩‍👩‍👧🇺🇦";
        let pieces: Vec<&str> = slices(text, fallback_ends(text)).collect();
        assert_eq!(pieces, ["e\u{301}", "👩‍👩‍👧", "🇺🇦"]);
    }
}
