//! `IndexedText`: a string with a sparse index from code-point offsets to byte offsets.
//!
//! Rust strings index by UTF-8 byte; the model counts code points. Walking the whole string for
//! every lookup would make anchoring 10,000 annotations on a 1 MB article quadratic, and a full
//! per-char table would cost 8 bytes a character. A checkpoint every `STRIDE` code points keeps
//! lookups to a binary search plus a scan of at most `STRIDE` characters.

use super::span::Span;

/// Code points between two checkpoints; a power of two keeps the division cheap.
const STRIDE: usize = 64;

/// Immutable text plus the index that converts between code points and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexedText {
    text: String,
    /// Byte offset of code point `i * STRIDE`, for every such code point in the text.
    checkpoints: Vec<usize>,
    n_chars: usize,
}

impl IndexedText {
    /// Indexes `text`; O(n) once.
    pub fn new(text: String) -> IndexedText {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut n_chars = 0;
        for (byte_idx, _) in text.char_indices() {
            if n_chars % STRIDE == 0 {
                checkpoints.push(byte_idx);
            }
            n_chars += 1;
        }
        IndexedText {
            text,
            checkpoints,
            n_chars,
        }
    }

    /// The whole text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    pub fn n_chars(&self) -> usize {
        self.n_chars
    }

    /// Byte offset of code point `char_idx`; `char_idx == n_chars` maps to the end.
    pub fn byte_of(&self, char_idx: usize) -> Option<usize> {
        if char_idx > self.n_chars {
            return None;
        }
        if char_idx == self.n_chars {
            return Some(self.text.len());
        }
        if self.text.len() == self.n_chars {
            return Some(char_idx); // ASCII-only text: bytes are code points.
        }
        let base = *self.checkpoints.get(char_idx / STRIDE)?;
        // A byte scan, not `char_indices().nth()`: it decodes nothing, which matters in the
        // size-optimised wasm build where every decoded char is a call.
        Some(super::utf8::forward_chars(
            &self.text,
            base,
            char_idx % STRIDE,
        ))
    }

    /// Code-point offset of a byte offset that lies on a char boundary (else `None`).
    pub fn char_of(&self, byte_idx: usize) -> Option<usize> {
        if !self.text.is_char_boundary(byte_idx) {
            return None;
        }
        if self.text.len() == self.n_chars {
            return Some(byte_idx);
        }
        // The last checkpoint at or before `byte_idx`.
        let cp_idx = self
            .checkpoints
            .partition_point(|&b| b <= byte_idx)
            .saturating_sub(1);
        let base = *self.checkpoints.get(cp_idx)?;
        Some(cp_idx * STRIDE + self.text[base..byte_idx].chars().count())
    }

    /// The text under `span`, or `None` if the span runs past the end.
    pub fn slice(&self, span: Span) -> Option<&str> {
        let start = self.byte_of(span.start())?;
        let end = self.byte_of(span.end())?;
        Some(&self.text[start..end])
    }

    /// Up to `n` code points ending at code point `end` (clamped at the text's start).
    pub fn before(&self, end: usize, n: usize) -> &str {
        let end_byte = self
            .byte_of(end.min(self.n_chars))
            .unwrap_or(self.text.len());
        let start_byte = self.byte_of(end.saturating_sub(n)).unwrap_or(0);
        &self.text[start_byte.min(end_byte)..end_byte]
    }

    /// Up to `n` code points starting at code point `start` (clamped at the text's end).
    pub fn after(&self, start: usize, n: usize) -> &str {
        let start_byte = self
            .byte_of(start.min(self.n_chars))
            .unwrap_or(self.text.len());
        let end_byte = self
            .byte_of(start.saturating_add(n).min(self.n_chars))
            .unwrap_or(self.text.len());
        &self.text[start_byte..end_byte]
    }
}

#[cfg(test)]
mod tests {
    use super::{IndexedText, STRIDE};
    use crate::model::Span;

    fn check_round_trip(text: &str) {
        let indexed = IndexedText::new(text.to_string());
        assert_eq!(indexed.n_chars(), text.chars().count());
        for (char_idx, (byte_idx, _)) in text.char_indices().enumerate() {
            assert_eq!(
                indexed.byte_of(char_idx),
                Some(byte_idx),
                "{text:?} char {char_idx}"
            );
            assert_eq!(
                indexed.char_of(byte_idx),
                Some(char_idx),
                "{text:?} byte {byte_idx}"
            );
        }
        assert_eq!(indexed.byte_of(indexed.n_chars()), Some(text.len()));
        assert_eq!(indexed.byte_of(indexed.n_chars() + 1), None);
    }

    #[test]
    fn conversions_round_trip_across_checkpoints() {
        let long_mixed: String = "aé😀\u{0301}ب".repeat(STRIDE);
        for text in [
            "",
            "plain ascii",
            "café",
            "👩‍👩‍👧 family",
            "مرحبا بالعالم",
            &long_mixed,
        ] {
            check_round_trip(text);
        }
    }

    #[test]
    fn char_of_refuses_inside_a_character() {
        let indexed = IndexedText::new("é".to_string());
        assert_eq!(indexed.char_of(1), None);
    }

    #[test]
    fn slices_and_context_count_code_points() {
        let indexed = IndexedText::new("ab😀cd".to_string());
        assert_eq!(indexed.slice(Span::new(1, 3).unwrap()), Some("b😀"));
        assert_eq!(indexed.slice(Span::new(4, 6).unwrap()), None);
        assert_eq!(indexed.before(3, 2), "b😀");
        assert_eq!(indexed.before(1, 5), "a");
        assert_eq!(indexed.after(2, 2), "😀c");
        assert_eq!(indexed.after(4, 9), "d");
    }
}
