//! Fuzzy search: where an edited copy of a quote sits, by Myers' matching over a few regions.
//!
//! **Error bound.** A copy may differ from the quote by at most one edit per five bytes of
//! quote (20 %, at least 1): enough for one changed word in a six-word quote, too little for a
//! look-alike sentence. Quotes under 5 bytes or over [`MAX_FUZZY_BYTES`] are not searched.
//!
//! **Regions.** Running Myers over a whole 1 MB article per quote is too slow, so only a few
//! regions are verified: the neighbourhood of the position hint, and the places a pigeonhole
//! filter points at. The quote is cut into `k + 1` pieces (`k` the error bound; at least 4
//! bytes each, at most 32 pieces); a copy with at most `k` edits keeps one piece intact, and
//! every exact occurrence of a piece (found through the q-gram index) votes for the start it
//! implies. Windows of starts that collect the most distinct pieces are verified first, at most
//! [`MAX_REGIONS`]. Pieces are looked up rarest first within a vote budget, so a copy whose only
//! intact pieces are very common words can be missed: the price of a bounded cost.
//!
//! **Ranking.** Fewer edits and more context agreement win (each edit costs two code points of
//! context); the hint breaks ties, as for exact matches.

use super::exact::context_agreement;
use super::index::{Finder, Q};
use super::myers::best_match;
use super::rank::{Ranked, Ranking};
use super::TextQuote;
use crate::model::order::{sort_by_key, sort_pairs};

/// Longest quote searched fuzzily, in bytes; longer ones are orphaned when edited.
pub const MAX_FUZZY_BYTES: usize = 4096;

/// Regions verified with Myers per quote at most (the hint's neighbourhood comes on top).
pub const MAX_REGIONS: usize = 48;

/// Pieces the quote is cut into at most.
const MAX_PIECES: usize = 32;

/// Piece occurrences collected per quote at most.
const VOTE_BUDGET: usize = 1 << 14;

/// Bytes searched on each side of the hint beyond the quote's own length.
const HINT_SLACK: usize = 256;

/// How far a match's edge moves to reach a word edge, in bytes.
const MAX_WORD_SNAP: usize = 64;

/// One approximate occurrence: byte offsets on char boundaries, edits and context agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuzzyHit {
    /// First byte.
    pub start: usize,
    /// First byte after.
    pub end: usize,
    /// Byte edits between the quote and the text here.
    pub errors: usize,
}

/// Edits tolerated for a quote of `n_bytes`; `None` when it is too short or long to search.
pub fn max_errors(n_bytes: usize) -> Option<usize> {
    (n_bytes <= MAX_FUZZY_BYTES)
        .then_some(n_bytes / 5)
        .filter(|&k| k > 0)
}

/// The best approximate occurrence of `quote.exact`, if any is within the error bound.
pub fn search(
    finder: &Finder<'_>,
    text: &str,
    quote: &TextQuote,
    hint_byte: Option<usize>,
) -> Option<Ranked<FuzzyHit>> {
    let pattern = quote.exact.as_bytes();
    let k = max_errors(pattern.len())?;
    let mut ranking = Ranking::default();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for (lo, hi) in regions(finder, pattern, k, hint_byte) {
        let Some(region) = text.as_bytes().get(lo..hi) else {
            continue;
        };
        let Some(hit) = best_match(pattern, region, k) else {
            continue;
        };
        let (start, end) = snap(text, quote, lo + hit.start, lo + hit.end);
        if seen.contains(&(start, end)) {
            continue;
        }
        seen.push((start, end));
        let context = context_agreement(text, quote, start, end) as i64;
        let distance = hint_byte.map_or(0, |hint| hint.abs_diff(start));
        ranking.offer(
            context - 2 * hit.errors as i64,
            distance,
            FuzzyHit {
                start,
                end,
                errors: hit.errors,
            },
        );
    }
    ranking.into_best()
}

/// Byte ranges to verify: the hint's neighbourhood, then the best-voted windows.
fn regions(
    finder: &Finder<'_>,
    pattern: &[u8],
    k: usize,
    hint_byte: Option<usize>,
) -> Vec<(usize, usize)> {
    let m = pattern.len();
    let text_len = finder.hay.len();
    let mut out = Vec::new();
    if let Some(hint) = hint_byte {
        let reach = m + k + HINT_SLACK;
        out.push((
            hint.saturating_sub(reach),
            hint.saturating_add(m + reach).min(text_len),
        ));
    }
    let n_pieces = (k + 1).min(m / Q).clamp(1, MAX_PIECES);
    let piece_len = m / n_pieces;
    let piece = |i: usize| {
        let end = if i + 1 == n_pieces {
            m
        } else {
            (i + 1) * piece_len
        };
        (i * piece_len, &pattern[i * piece_len..end])
    };
    let mut order: Vec<(usize, usize)> = (0..n_pieces)
        .map(|i| (finder.estimate(piece(i).1), i))
        .collect();
    sort_pairs(&mut order);
    // Each vote is (implied start, piece number).
    let mut votes: Vec<(usize, usize)> = Vec::new();
    let mut found = Vec::new();
    let mut n_used = 0;
    for (n, &(estimate, i)) in order.iter().enumerate() {
        let room = VOTE_BUDGET.saturating_sub(votes.len());
        if n > 0 && estimate > room {
            break;
        }
        let (offset, needle) = piece(i);
        found.clear();
        finder.find(needle, room.max(1), &mut found);
        n_used += 1;
        votes.extend(
            found
                .iter()
                .filter_map(|&at| Some((at.checked_sub(offset)?, i))),
        );
    }
    // Each piece's votes arrive sorted, and a stable sort merges such runs in near-linear time.
    sort_pairs(&mut votes);
    // Slide a window of width 2k over the implied starts, counting distinct pieces in it.
    let start_of = |v: (usize, usize)| v.0;
    let min_votes = n_used.min(2);
    let mut windows: Vec<(usize, usize, usize)> = Vec::new(); // (distinct pieces, first, last)
    let mut counts = [0u32; MAX_PIECES];
    let (mut distinct, mut j) = (0, 0);
    for i in 0..votes.len() {
        while j < votes.len() && start_of(votes[j]) <= start_of(votes[i]) + 2 * k {
            let c = &mut counts[votes[j].1];
            distinct += usize::from(*c == 0);
            *c += 1;
            j += 1;
        }
        // With two pieces or more looked up, a window with one vote is noise: keep it out of
        // the sort.
        if distinct >= min_votes {
            windows.push((distinct, start_of(votes[i]), start_of(votes[j - 1])));
        }
        let c = &mut counts[votes[i].1];
        *c -= 1;
        distinct -= usize::from(*c == 0);
    }
    let nearness = |at: usize| hint_byte.map_or(0, |hint| hint.abs_diff(at));
    sort_by_key(&mut windows, |&(n, first, _)| {
        (std::cmp::Reverse(n), nearness(first), first)
    });
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (_, first, last) in windows {
        if taken.len() == MAX_REGIONS {
            break;
        }
        if taken.iter().any(|&(a, b)| first >= a && first <= b) {
            continue;
        }
        taken.push((first, last));
        out.push((
            first.saturating_sub(k),
            last.saturating_add(m + k).min(text_len),
        ));
    }
    out
}

/// Moves a match's edges to char boundaries, and out to word edges when the quote had its
/// edges at word edges: an edited first or last word is then covered whole, not in part.
fn snap(text: &str, quote: &TextQuote, mut start: usize, mut end: usize) -> (usize, usize) {
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let wordy = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if wordy(quote.exact.chars().next())
        && !wordy(quote.prefix.chars().next_back())
        && wordy(text[start..].chars().next())
    {
        start = word_start(text, start);
    }
    if wordy(quote.exact.chars().next_back())
        && !wordy(quote.suffix.chars().next())
        && wordy(text[..end].chars().next_back())
    {
        end = word_end(text, end);
    }
    (start, end)
}

/// The start of the word running through byte `at`, unless it is longer than a word can be.
fn word_start(text: &str, at: usize) -> usize {
    let mut edge = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !c.is_alphanumeric() {
            break;
        }
        if at - i > MAX_WORD_SNAP {
            return at;
        }
        edge = i;
    }
    edge
}

/// The end of the word running through byte `at`, unless it is longer than a word can be.
fn word_end(text: &str, at: usize) -> usize {
    for (i, c) in text[at..].char_indices() {
        if i > MAX_WORD_SNAP {
            return at;
        }
        if !c.is_alphanumeric() {
            return at + i;
        }
    }
    if text.len() - at > MAX_WORD_SNAP {
        at
    } else {
        text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::{max_errors, search};
    use crate::model::anchor::index::{Finder, TextIndex};
    use crate::model::TextQuote;

    #[test]
    fn error_bound_table() {
        for (n_bytes, want) in [
            (0, None),
            (4, None),
            (5, Some(1)),
            (40, Some(8)),
            (4096, Some(819)),
            (4097, None),
        ] {
            assert_eq!(max_errors(n_bytes), want, "{n_bytes}");
        }
    }

    #[test]
    fn finds_edited_copies_and_snaps_to_word_edges() {
        let text = "Intro words here. After a long call, Vladimir rejected an immediate ceasefire on Tuesday.";
        let index = TextIndex::new(text).expect("small");
        let finder = Finder {
            hay: text.as_bytes(),
            index: Some(&index),
        };
        // (exact, hint byte, expected text of the match)
        let cases = [
            (
                "Putin rejected an immediate ceasefire",
                None,
                "Vladimir rejected an immediate ceasefire",
            ),
            (
                "rejected an immediate truce",
                None,
                "rejected an immediate ceasefire",
            ),
            (
                "rejected an immediate cease-fire",
                Some(40),
                "rejected an immediate ceasefire",
            ),
            (
                "Putin rejected an immediate ceasefire",
                Some(0),
                "Vladimir rejected an immediate ceasefire",
            ),
        ];
        for (exact, hint, want) in cases {
            let quote = TextQuote {
                exact: exact.into(),
                prefix: String::new(),
                suffix: String::new(),
            };
            let best = search(&finder, text, &quote, hint).expect("found");
            assert_eq!(&text[best.item.start..best.item.end], want, "{exact}");
        }
    }
}
