//! Substring search and line-ending normalisation by plain byte scans.
//!
//! `str::find`, `contains` and `replace` with a `&str` pattern pull in core's two-way searcher
//! (about 2 KB of wasm); the needles here are a few bytes long and the texts are searched once, so
//! a naive scan costs nothing that matters.

/// The byte offset of the first occurrence of `needle` in `hay`, as `hay.find(needle)` gives.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// True if `needle` occurs in `hay`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// CRLF and lone CR turned into LF, as `text.replace("\r\n", "\n").replace('\r', "\n")`.
pub fn unix_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\r') {
        out.push_str(&rest[..at]);
        out.push('\n');
        rest = &rest[at + 1..];
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_matches_str_find() {
        for (hay, needle) in [
            ("a//b", "//"),
            ("", "x"),
            ("abc", ""),
            ("ab", "abc"),
            ("x:corrupt:1", ":corrupt:"),
            ("ééé//", "//"),
            ("aaab", "aab"),
        ] {
            assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            assert_eq!(contains(hay, needle), hay.contains(needle));
        }
    }

    #[test]
    fn unix_lines_matches_replace() {
        for text in [
            "",
            "a\r\nb",
            "a\rb",
            "a\r\r\nb\n\r",
            "\r",
            "\r\n\r\n",
            "plain é",
        ] {
            let want = text.replace("\r\n", "\n").replace('\r', "\n");
            assert_eq!(unix_lines(text), want, "{text:?}");
        }
    }
}
