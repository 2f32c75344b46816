//! Conversions between the DOM's UTF-16 code units, the model's code points and grapheme edges.
//!
//! Browsers report selection offsets in UTF-16 code units; the W3C model counts code points.
//! These functions work on one DOM text node's string at a time and are the only offset
//! conversions the browser shell may use.

use super::graphemes::graphemes;
use super::span::Span;
use super::text::IndexedText;

/// Code points in `text` before UTF-16 offset `utf16_offset`.
///
/// An offset inside a surrogate pair (half an emoji) rounds down to the start of that
/// character; an offset past the end clamps to the end.
pub fn code_points_before_utf16(text: &str, utf16_offset: usize) -> usize {
    let mut n_units = 0;
    for (n_chars, c) in text.chars().enumerate() {
        let next = n_units + c.len_utf16();
        if next > utf16_offset {
            return n_chars;
        }
        n_units = next;
    }
    text.chars().count()
}

/// UTF-16 code units in `text` before code point `code_point_offset` (clamped to the end).
pub fn utf16_before_code_points(text: &str, code_point_offset: usize) -> usize {
    text.chars()
        .take(code_point_offset)
        .map(char::len_utf16)
        .sum()
}

/// Moves a code-point offset back to the nearest grapheme-cluster boundary at or before it.
///
/// Selections must not split "e" from its combining accent, or a family emoji into people.
pub fn floor_to_grapheme(text: &str, code_point_offset: usize) -> usize {
    let mut n_chars = 0;
    for grapheme in graphemes(text) {
        let next = n_chars + grapheme.chars().count();
        if next > code_point_offset {
            return n_chars;
        }
        n_chars = next;
    }
    n_chars
}

/// Moves a code-point offset forward to the nearest grapheme-cluster boundary at or after it.
pub fn ceil_to_grapheme(text: &str, code_point_offset: usize) -> usize {
    let mut n_chars = 0;
    for grapheme in graphemes(text) {
        if n_chars >= code_point_offset {
            return n_chars;
        }
        n_chars += grapheme.chars().count();
    }
    n_chars
}

/// Byte offsets where `text`'s grapheme clusters end, from the UTF-16 offsets where they
/// start, as `Intl.Segmenter` reports them (`dom::graphemes`).
///
/// Offsets that are out of order, past the end or inside a surrogate pair are skipped, so a
/// misbehaving segmenter can only merge clusters, never split a character or lose text.
pub fn utf16_starts_to_ends(text: &str, starts: &[u32]) -> Vec<usize> {
    let mut ends = Vec::with_capacity(starts.len());
    let mut wanted = starts.iter().map(|&s| s as usize).peekable();
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        while wanted.next_if(|&s| s < units).is_some() {}
        if byte > 0 && wanted.next_if_eq(&units).is_some() {
            ends.push(byte);
        }
        units += c.len_utf16();
    }
    if !text.is_empty() {
        ends.push(text.len());
    }
    ends
}

/// Position hints counted in UTF-16 code units (Hypothesis, Recogito, anything built on DOM
/// offsets) read as code points of a whole text: its astral characters (one code point, two
/// units) are listed once, then each offset is a binary search away.
#[derive(Debug)]
pub struct Utf16Map {
    astral: Vec<usize>,
}

impl Utf16Map {
    /// Lists the astral characters of `text`.
    pub fn new(text: &IndexedText) -> Utf16Map {
        let astral = text
            .as_str()
            .chars()
            .enumerate()
            .filter(|(_, c)| c.len_utf16() == 2)
            .map(|(idx, _)| idx)
            .collect();
        Utf16Map { astral }
    }

    /// True when UTF-16 units and code points count the same in this text.
    pub fn is_trivial(&self) -> bool {
        self.astral.is_empty()
    }

    /// The code point at UTF-16 offset `unit`; `None` inside a surrogate pair.
    fn code_point(&self, unit: usize) -> Option<usize> {
        // The k-th astral character (code point a_k) starts at unit a_k + k. Those starting
        // before `unit` each count one unit more than one code point.
        let (mut lo, mut hi) = (0, self.astral.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.astral.get(mid).is_some_and(|a| a + mid < unit) {
                true => lo = mid + 1,
                false => hi = mid,
            }
        }
        let n_before = lo;
        let code_point = unit.checked_sub(n_before)?;
        // Inside a pair: the unit just after the start of an astral character.
        let inside =
            n_before > 0 && self.astral.get(n_before - 1).map(|a| a + n_before) == Some(unit);
        (!inside).then_some(code_point)
    }

    /// `span` read as UTF-16 units, in code points.
    pub fn span(&self, span: Span) -> Option<Span> {
        Span::new(self.code_point(span.start())?, self.code_point(span.end())?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, utf16 offset, code points before it)
    const UTF16_CASES: &[(&str, usize, usize)] = &[
        ("abc", 2, 2),
        ("😀x", 2, 1), // after the surrogate pair
        ("😀x", 1, 0), // inside the pair: rounds down
        ("😀x", 3, 2),
        ("😀x", 99, 2),      // clamps
        ("e\u{301}t", 2, 2), // combining mark is its own code point and UTF-16 unit
        ("שָׁלוֹם", 3, 3),      // RTL with points: logical order, one unit each
        ("👩‍👩‍👧", 5, 3),        // ZWJ sequence: woman, ZWJ, woman... counted by code point
    ];

    #[test]
    fn utf16_to_code_points_table() {
        for &(text, utf16, want) in UTF16_CASES {
            assert_eq!(
                code_points_before_utf16(text, utf16),
                want,
                "{text:?} @ {utf16}"
            );
        }
    }

    #[test]
    fn code_points_to_utf16_inverts_on_char_boundaries() {
        for text in ["abc", "😀x😀", "e\u{301}t", "مرحبا", "👩‍👩‍👧 ok"] {
            let n_chars = text.chars().count();
            for cp in 0..=n_chars {
                let units = utf16_before_code_points(text, cp);
                assert_eq!(
                    code_points_before_utf16(text, units),
                    cp,
                    "{text:?} cp {cp}"
                );
            }
            assert_eq!(
                utf16_before_code_points(text, n_chars + 5),
                text.encode_utf16().count()
            );
        }
    }

    #[test]
    fn grapheme_snapping_table() {
        // (text, offset, floor, ceil)
        let cases: &[(&str, usize, usize, usize)] = &[
            ("abc", 1, 1, 1),
            ("e\u{301}x", 1, 0, 2), // between e and its accent
            ("👩‍👩‍👧!", 2, 0, 5),       // inside a ZWJ family
            ("👩‍👩‍👧!", 5, 5, 5),
            ("ab", 9, 2, 2),
        ];
        for &(text, offset, floor, ceil) in cases {
            assert_eq!(
                floor_to_grapheme(text, offset),
                floor,
                "floor {text:?} {offset}"
            );
            assert_eq!(
                ceil_to_grapheme(text, offset),
                ceil,
                "ceil {text:?} {offset}"
            );
        }
    }

    #[test]
    fn utf16_starts_table() {
        struct Utf16Case {
            text: &'static str,
            starts: &'static [u32],
            ends: &'static [usize],
        }
        let cases = [
            Utf16Case {
                text: "",
                starts: &[],
                ends: &[],
            },
            Utf16Case {
                text: "ab",
                starts: &[0, 1],
                ends: &[1, 2],
            },
            // "😀" is two UTF-16 units; its cluster starts at 0, the next at 2.
            Utf16Case {
                text: "😀x",
                starts: &[0, 2],
                ends: &[1, 2],
            },
            // Inside a surrogate pair, repeated, out of order, past the end: skipped.
            Utf16Case {
                text: "😀x",
                starts: &[0, 1, 2, 2, 0, 9],
                ends: &[1, 2],
            },
            // A segmenter that reports nothing: one cluster.
            Utf16Case {
                text: "abc",
                starts: &[],
                ends: &[3],
            },
        ];
        for case in cases {
            let ends: Vec<usize> = utf16_starts_to_ends(case.text, case.starts)
                .iter()
                .map(|&b| case.text[..b].chars().count())
                .collect();
            assert_eq!(ends, case.ends, "{:?} {:?}", case.text, case.starts);
        }
    }

    #[test]
    fn utf16_spans_of_a_whole_text_agree_with_the_scan() {
        let text = IndexedText::new("a😀b🇺🇦c\ne\u{301}😀😀".to_string());
        let map = Utf16Map::new(&text);
        assert!(!map.is_trivial());
        let n_units: usize = text.as_str().chars().map(char::len_utf16).sum();
        for start in 0..n_units {
            for end in start + 1..=n_units {
                let Some(span) = Span::new(start, end) else {
                    continue;
                };
                // Inside a surrogate pair: no code point starts at this unit.
                let inside = |unit: usize| {
                    let before = code_points_before_utf16(text.as_str(), unit);
                    utf16_before_code_points(text.as_str(), before) != unit
                };
                let want = match inside(start) || inside(end) {
                    true => None,
                    false => Span::new(
                        code_points_before_utf16(text.as_str(), start),
                        code_points_before_utf16(text.as_str(), end),
                    ),
                };
                assert_eq!(map.span(span), want, "{start}..{end}");
            }
        }
        assert!(Utf16Map::new(&IndexedText::new("plain".into())).is_trivial());
    }
}
