//! Text Fragment links (`#:~:text=…`, WICG "URL Fragment Text Directives") for exported annotations.
//!
//! A text directive is `text=[prefix-,]textStart[,textEnd][,-suffix]`. Browsers match each
//! term case-insensitively, on word boundaries and within one block (a paragraph here), and
//! only whitespace may separate the prefix from `textStart`. So the directive is built from
//! whole words: a short one-line quote becomes `textStart`; a long quote, or one spanning
//! paragraphs, becomes `textStart,textEnd` of [`EDGE_WORDS`] words each; up to
//! [`CONTEXT_WORDS`] words of the same paragraph's context become prefix and suffix (a context
//! word the 32-code-point window may have cut in half is dropped). Terms are percent-encoded:
//! everything but ASCII letters, digits and `._~!*'()`, so `-`, `,` and `&` (the syntax) and
//! all non-ASCII text are always escaped. A quote that starts or ends inside a word cannot be
//! matched by browsers at all; its directive is still written, for tools that read it.

use crate::model::anchor::CONTEXT_LEN;

/// Words of a one-line quote written out whole; longer quotes use `textStart,textEnd`.
pub const MAX_WHOLE_WORDS: usize = 8;

/// Words in each of `textStart` and `textEnd` when the quote is written as a range.
pub const EDGE_WORDS: usize = 4;

/// Words of prefix and of suffix at most.
pub const CONTEXT_WORDS: usize = 3;

/// The `conformsTo` IRI of the FragmentSelector that carries the directive.
pub const TEXT_FRAGMENT_SPEC: &str = "https://wicg.github.io/scroll-to-text-fragment/";

/// The fragment directive `:~:text=…` for a quote (no `#`), or `None` if the quote has no words.
pub fn text_directive(exact: &str, prefix: &str, suffix: &str) -> Option<String> {
    let lines: Vec<Vec<&str>> = exact
        .split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .filter(|words| !words.is_empty())
        .collect();
    let (first, last) = (lines.first()?, lines.last()?);
    let (start, end) = if lines.len() == 1 && first.len() <= MAX_WHOLE_WORDS {
        (first.join(" "), None)
    } else {
        let n_first = first.len().min(EDGE_WORDS);
        let n_last = last.len().min(EDGE_WORDS);
        (
            first[..n_first].join(" "),
            Some(last[last.len() - n_last..].join(" ")),
        )
    };
    let mut out = String::from(":~:text=");
    if let Some(prefix) = context_words(prefix, true) {
        out.push_str(&encode(&prefix));
        out.push_str("-,");
    }
    out.push_str(&encode(&start));
    if let Some(end) = end {
        out.push(',');
        out.push_str(&encode(&end));
    }
    if let Some(suffix) = context_words(suffix, false) {
        out.push_str(",-");
        out.push_str(&encode(&suffix));
    }
    Some(out)
}

/// A link to the passage: `source#:~:text=…` when `source` is an http(s) URL (its own
/// fragment, if any, is kept before the directive); `None` for URNs and other schemes, which
/// browsers cannot open: the exporter then writes the directive alone.
pub fn text_fragment_link(source: &str, directive: &str) -> Option<String> {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    let is_web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !source.chars().any(|c| c.is_whitespace() || c.is_control());
    if !(is_web && clean) {
        return None;
    }
    let joiner = if source.contains('#') { "" } else { "#" };
    Some(format!("{source}{joiner}{directive}"))
}

/// The context words next to the quote inside its paragraph: the last (prefix) or first
/// (suffix) [`CONTEXT_WORDS`] whole words.
fn context_words(context: &str, is_prefix: bool) -> Option<String> {
    let same_paragraph = if is_prefix {
        context.rsplit('\n').next()
    } else {
        context.split('\n').next()
    }
    .unwrap_or_default();
    // A full-length window may begin (prefix) or end (suffix) in the middle of a word.
    let maybe_cut = !context.contains('\n') && context.chars().count() >= CONTEXT_LEN;
    let mut words: Vec<&str> = same_paragraph.split_whitespace().collect();
    if maybe_cut {
        if is_prefix && !context.starts_with(char::is_whitespace) && !words.is_empty() {
            words.remove(0);
        } else if !is_prefix && !context.ends_with(char::is_whitespace) {
            words.pop();
        }
    }
    let n = words.len().min(CONTEXT_WORDS);
    let kept = if is_prefix {
        &words[words.len() - n..]
    } else {
        &words[..n]
    };
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// Percent-encodes a term: ASCII letters, digits and `._~!*'()` stay, every other byte is `%XX`.
pub fn encode(term: &str) -> String {
    let mut out = String::with_capacity(term.len() * 3 / 2);
    for &byte in term.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"._~!*'()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{encode, text_directive, text_fragment_link};

    #[test]
    fn encoding_escapes_the_syntax_and_everything_non_ascii() {
        let cases = [
            ("plain words", "plain%20words"),
            ("30-day, a&b", "30%2Dday%2C%20a%26b"),
            ("“deal” 😀", "%E2%80%9Cdeal%E2%80%9D%20%F0%9F%98%80"),
            ("it's (so)!", "it's%20(so)!"),
            ("100% #1 a=b", "100%25%20%231%20a%3Db"),
        ];
        for (term, want) in cases {
            assert_eq!(encode(term), want, "{term}");
        }
    }

    #[test]
    fn directive_table() {
        let long_prefix = "ut a full window of context: the"; // 32 code points, first word cut
        assert_eq!(long_prefix.chars().count(), 32);
        let cases = [
            (
                "one short quote",
                "",
                "",
                Some(":~:text=one%20short%20quote"),
            ),
            (
                "Kyiv",
                "said ",
                " today.",
                Some(":~:text=said-,Kyiv,-today."),
            ),
            (
                "Kyiv",
                long_prefix,
                "",
                Some(":~:text=of%20context%3A%20the-,Kyiv"),
            ),
            (
                "Kyiv",
                "first para.\nThen ",
                " went\nnext",
                Some(":~:text=Then-,Kyiv,-went"),
            ),
            (
                "a b c d e f g h i j",
                "",
                "",
                Some(":~:text=a%20b%20c%20d,g%20h%20i%20j"),
            ),
            (
                "end of one.\nStart of two",
                "",
                "",
                Some(":~:text=end%20of%20one.,Start%20of%20two"),
            ),
            (
                "30-day truce",
                "a ",
                "",
                Some(":~:text=a-,30%2Dday%20truce"),
            ),
            ("   \n  ", "", "", None),
        ];
        for (exact, prefix, suffix, want) in cases {
            assert_eq!(
                text_directive(exact, prefix, suffix).as_deref(),
                want,
                "{exact:?}"
            );
        }
    }

    #[test]
    fn links_only_for_web_sources() {
        let d = ":~:text=Kyiv";
        let cases = [
            (
                "https://news.example/story",
                Some("https://news.example/story#:~:text=Kyiv"),
            ),
            (
                "HTTP://news.example/story",
                Some("HTTP://news.example/story#:~:text=Kyiv"),
            ),
            (
                "https://news.example/story#part",
                Some("https://news.example/story#part:~:text=Kyiv"),
            ),
            ("urn:article-annotator:article:x", None),
            ("javascript:alert(1)", None),
            ("https://bad example", None),
        ];
        for (source, want) in cases {
            assert_eq!(text_fragment_link(source, d).as_deref(), want, "{source}");
        }
    }
}
