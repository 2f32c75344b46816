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

use super::words::words;
use crate::model::anchor::CONTEXT_LEN;
use crate::model::utf8::count_chars;

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
    let mut out = String::with_capacity(32 + 3 * exact.len().min(120));
    push_directive(&mut out, exact, prefix, suffix).then_some(out)
}

/// Appends the directive for a quote to `out`; false (and nothing appended) if the quote has
/// no words. The exporter reuses one buffer for every annotation.
pub fn push_directive(out: &mut String, exact: &str, prefix: &str, suffix: &str) -> bool {
    let mut lines = exact
        .split('\n')
        .filter(|line| words(line).next().is_some());
    let Some(first) = lines.next() else {
        return false;
    };
    let last = lines.next_back();
    out.push_str(":~:text=");
    if let Some((paragraph, skip, take)) = context_words(prefix, true) {
        push_words(out, paragraph, skip, take);
        out.push_str("-,");
    }
    // Only the edges of a long quote are read, from each end.
    if last.is_none() && words(first).nth(MAX_WHOLE_WORDS).is_none() {
        push_words(out, first, 0, MAX_WHOLE_WORDS);
    } else {
        push_words(out, first, 0, EDGE_WORDS);
        out.push(',');
        let last = last.unwrap_or(first);
        let n_words = words(last).count();
        push_words(out, last, n_words.saturating_sub(EDGE_WORDS), EDGE_WORDS);
    }
    if let Some((paragraph, skip, take)) = context_words(suffix, false) {
        out.push_str(",-");
        push_words(out, paragraph, skip, take);
    }
    true
}

/// Appends `take` words of `text` after the first `skip` as one encoded term, separated by
/// encoded spaces.
fn push_words(out: &mut String, text: &str, skip: usize, take: usize) {
    for (idx, word) in words(text).skip(skip).take(take).enumerate() {
        if idx > 0 {
            out.push_str("%20");
        }
        encode_into(out, word);
    }
}

/// A link to the passage: `source#:~:text=…` when `source` is an http(s) URL (its own
/// fragment, if any, is kept before the directive); `None` for URNs and other schemes, which
/// browsers cannot open: the exporter then writes the directive alone.
pub fn text_fragment_link(source: &str, directive: &str) -> Option<String> {
    let joiner = link_joiner(source)?;
    Some(format!("{source}{joiner}{directive}"))
}

/// What goes between `source` and a directive to link to a passage (`#`, or nothing when the
/// URL has a fragment already), or `None` when `source` is not a clean http(s) URL. Checked
/// once per export, not once per annotation.
pub fn link_joiner(source: &str) -> Option<&'static str> {
    let lower = source.get(..8).unwrap_or(source).to_ascii_lowercase();
    let is_web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !source.chars().any(|c| c.is_whitespace() || c.is_control());
    (is_web && clean).then_some(if source.contains('#') { "" } else { "#" })
}

/// The context words next to the quote inside its paragraph: the last (prefix) or first
/// (suffix) [`CONTEXT_WORDS`] whole words, if there are any, as the paragraph's part of the
/// context and how many words to skip and to take.
fn context_words(context: &str, is_prefix: bool) -> Option<(&str, usize, usize)> {
    let same_paragraph = if is_prefix {
        context.rsplit('\n').next()
    } else {
        context.split('\n').next()
    }
    .unwrap_or_default();
    // A full-length window may begin (prefix) or end (suffix) in the middle of a word.
    let maybe_cut = !context.contains('\n') && count_chars(context.as_bytes()) >= CONTEXT_LEN;
    let cut_first = maybe_cut && is_prefix && !context.starts_with(char::is_whitespace);
    let cut_last = maybe_cut && !is_prefix && !context.ends_with(char::is_whitespace);
    let n_words = words(same_paragraph).count();
    let lo = usize::from(cut_first);
    let hi = n_words.saturating_sub(usize::from(cut_last));
    let (lo, hi) = if is_prefix {
        (lo.max(hi.saturating_sub(CONTEXT_WORDS)), hi)
    } else {
        (lo, hi.min(lo + CONTEXT_WORDS))
    };
    (lo < hi).then_some((same_paragraph, lo, hi - lo))
}

/// Percent-encodes a term onto `out`: ASCII letters, digits and `._~!*'()` stay, every other
/// byte becomes `%XX`.
fn encode_into(out: &mut String, term: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // Runs of safe bytes are copied whole: one call per run, not per byte.
    let mut run_start = 0;
    for (at, &byte) in term.as_bytes().iter().enumerate() {
        if matches!(byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'~' | b'!' | b'*' | b'\'' | b'(' | b')')
        {
            continue;
        }
        // Safe bytes are ASCII, so a run always ends on a char boundary.
        out.push_str(term.get(run_start..at).unwrap_or_default());
        let escaped = [
            b'%',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 15)],
        ];
        out.push_str(std::str::from_utf8(&escaped).unwrap_or_default());
        run_start = at + 1;
    }
    out.push_str(term.get(run_start..).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::{encode_into, text_directive, text_fragment_link};

    fn encode(term: &str) -> String {
        let mut out = String::new();
        encode_into(&mut out, term);
        out
    }

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
