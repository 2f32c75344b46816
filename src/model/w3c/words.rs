//! `Words`: `str::split_whitespace` on bytes, for the Text Fragment directive of every exported annotation.
//!
//! The standard iterator decodes each character and asks `char::is_whitespace`; in the
//! size-optimised wasm build each of those is a call, on every code point of every quote and
//! context window of an export. Whitespace is recognised here from the bytes (ASCII, or the
//! few multi-byte sequences of Unicode `White_Space`), with the same result.

/// Byte length of the whitespace character starting at `bytes[at]`, or 0 if there is none:
/// exactly the characters for which `char::is_whitespace` is true.
fn space_len(bytes: &[u8], at: usize) -> usize {
    let next_two = || bytes.get(at + 1..at + 3);
    match bytes.get(at) {
        Some(b'\t'..=b'\r' | b' ') => 1,
        // U+0085, U+00A0.
        Some(0xc2) if matches!(bytes.get(at + 1), Some(0x85 | 0xa0)) => 2,
        // U+1680.
        Some(0xe1) if next_two() == Some(&[0x9a, 0x80]) => 3,
        // U+2000..U+200A, U+2028, U+2029, U+202F, U+205F.
        Some(0xe2) => match next_two() {
            Some([0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf] | [0x81, 0x9f]) => 3,
            _ => 0,
        },
        // U+3000.
        Some(0xe3) if next_two() == Some(&[0x80, 0x80]) => 3,
        _ => 0,
    }
}

/// [`space_len`] with its common cases answered inline (the size-optimised build would
/// otherwise call a function per byte): ASCII bytes directly, only four lead bytes by a call.
#[inline(always)]
fn space_at(bytes: &[u8], at: usize, byte: u8) -> usize {
    match byte {
        b'\t'..=b'\r' | b' ' => 1,
        0xc2 | 0xe1..=0xe3 => space_len(bytes, at),
        _ => 0,
    }
}

/// The whitespace-separated words of a string, as `split_whitespace` gives them.
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// The words of `text`.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        loop {
            let Some(&byte) = bytes.get(at) else {
                self.at = at;
                return None;
            };
            match space_at(bytes, at, byte) {
                0 => break,
                n => at += n,
            }
        }
        let start = at;
        // Continuation bytes never start a space, so stepping a byte at a time is safe.
        while let Some(&byte) = bytes.get(at) {
            if space_at(bytes, at, byte) > 0 {
                break;
            }
            at += 1;
        }
        self.at = at;
        self.text.get(start..at)
    }
}

#[cfg(test)]
mod tests {
    use super::{space_len, words};

    #[test]
    fn spaces_are_exactly_the_unicode_white_space_characters() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let encoded = c.encode_utf8(&mut buf);
            let len = space_len(encoded.as_bytes(), 0);
            assert_eq!(len > 0, c.is_whitespace(), "{:04x}", u32::from(c));
            assert!(len == 0 || len == c.len_utf8());
        }
    }

    #[test]
    fn words_equal_split_whitespace() {
        let cases = [
            "",
            "   ",
            "one",
            " two  words ",
            "a\u{a0}b\u{2003}c\u{3000}d\u{85}e\u{1680}f",
            "tab\tand\nnew\r\nline\u{b}\u{c}",
            "Zürich “deal” 😀 e\u{301}\u{2028}x\u{2029}\u{202f}y\u{205f}z",
            "\u{2027}\u{200b}\u{e1}\u{e2}\u{e3}",
        ];
        for text in cases {
            let got: Vec<&str> = words(text).collect();
            let want: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
