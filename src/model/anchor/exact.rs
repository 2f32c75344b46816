//! Exact quote search: every occurrence of the quote, scored by context agreement and nearness.
//!
//! Scoring follows Hypothesis's `match-quote.ts` in spirit: an occurrence whose surroundings
//! agree with the recorded prefix and suffix beats one that merely has the same words, and the
//! position hint only breaks ties. Everything is measured at byte offsets; the caller converts
//! the winner alone to code points, since a short quote can occur thousands of times.

use super::index::Finder;
use super::rank::{Ranked, Ranking};
use super::TextQuote;
use crate::model::utf8::{common_prefix_chars, common_suffix_chars};

/// Occurrences scored per quote at most; a one-letter quote in a huge article must stay cheap.
const MAX_CANDIDATES: usize = 1 << 16;

/// Occurrences of the whole recorded window (prefix, quote, suffix) considered at most.
const MAX_WINDOW_HITS: usize = 1 << 10;

/// Code points of the recorded prefix and suffix that agree with the text around `start..end`
/// (byte offsets on char boundaries), counted outwards from the quote.
pub fn context_agreement(text: &str, quote: &TextQuote, start: usize, end: usize) -> usize {
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    common_suffix_chars(before, &quote.prefix) + common_prefix_chars(after, &quote.suffix)
}

/// Code points of context recorded around the quote: the most `context_agreement` can return.
pub fn context_available(quote: &TextQuote) -> usize {
    quote.prefix.chars().count() + quote.suffix.chars().count()
}

/// The best exact occurrence (its first byte), ranked by context agreement, then nearness.
pub fn search(
    finder: &Finder<'_>,
    text: &str,
    quote: &TextQuote,
    hint_byte: Option<usize>,
) -> Option<Ranked<usize>> {
    let mut hits = Vec::new();
    // Fast path: the whole recorded window, which is rare even when the quote is one common
    // word. Any occurrence of it agrees fully with the context, so none elsewhere can beat it.
    if !quote.prefix.is_empty() || !quote.suffix.is_empty() {
        let window = [
            quote.prefix.as_str(),
            quote.exact.as_str(),
            quote.suffix.as_str(),
        ]
        .concat();
        finder.find(window.as_bytes(), MAX_WINDOW_HITS, &mut hits);
        for hit in &mut hits {
            *hit += quote.prefix.len();
        }
    }
    if hits.is_empty() {
        finder.find(quote.exact.as_bytes(), MAX_CANDIDATES, &mut hits);
    }
    let mut ranking = Ranking::default();
    for start in hits {
        let context = context_agreement(text, quote, start, start + quote.exact.len());
        let distance = hint_byte.map_or(0, |hint| hint.abs_diff(start));
        ranking.offer(context as i64, distance, start);
    }
    ranking.into_best()
}

#[cfg(test)]
mod tests {
    use super::{context_agreement, search};
    use crate::model::anchor::index::{Finder, TextIndex};
    use crate::model::TextQuote;

    fn quote(prefix: &str, exact: &str, suffix: &str) -> TextQuote {
        TextQuote {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn agreement_counts_code_points_outwards() {
        let text = "the 😀 talks failed";
        let start = text.find("talks").expect("present");
        let cases = [
            (quote("😀 ", "talks", " failed"), 9),
            (quote("x 😀 ", "talks", " fail"), 8),
            (quote("", "talks", ""), 0),
            (quote("a", "talks", "b"), 0),
        ];
        for (q, want) in cases {
            assert_eq!(context_agreement(text, &q, start, start + 5), want, "{q:?}");
        }
    }

    #[test]
    fn search_prefers_context_then_nearness() {
        let text = "peace now. war now. peace later. peace now.";
        let index = TextIndex::new(text).expect("small");
        let finder = Finder {
            hay: text.as_bytes(),
            index: Some(&index),
        };
        // (quote, hint byte, winner, tied)
        let cases = [
            (quote("war now. ", "peace", " later"), None, 20, 1),
            (quote("", "peace", " now"), None, 0, 2),
            (quote("", "peace", " now"), Some(40), 33, 2),
            (quote("", "peace", ""), Some(19), 20, 3),
        ];
        for (q, hint, want, tied) in cases {
            let best = search(&finder, text, &q, hint).expect("found");
            assert_eq!((best.item, best.n_tied), (want, tied), "{q:?} {hint:?}");
        }
    }
}
