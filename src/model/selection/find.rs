//! `find_next`: the next occurrence of typed words in the article, forgiving the way readers type: case, accents, quote styles, dashes and spacing.
//!
//! Both sides are folded (`fold.rs`) into tokens: characters, and separators (a run of spaces
//! and dashes; "dash-only" when it holds no space). A separator matches any separator, so
//! "peace - not war" finds "peace — not war" and "30 day" finds "30-day"; a dash-only separator
//! may also be skipped on either side, so "wellknown" finds "well-known" and "well-known" finds
//! "wellknown". A space never disappears: "the rapist" does not find "therapist". The match is
//! a plain left-to-right walk (nothing to backtrack: a separator meeting a character either
//! skips a dash or fails), reported in code points of the original text.

use super::super::span::Span;
use super::super::text::IndexedText;
use super::fold::{fold, Fold};

/// A separator that holds whitespace (never skipped).
const SPACE: char = ' ';
/// A separator of dashes only (optional).
const DASH: char = '-';

/// Folded tokens, each with the code point where its source character starts.
struct Tokens {
    chars: Vec<char>,
    starts: Vec<usize>,
}

impl Tokens {
    fn new(text: &str) -> Tokens {
        let mut out = Tokens {
            chars: Vec::with_capacity(text.len()),
            starts: Vec::with_capacity(text.len()),
        };
        // The separator being collected: where it starts and whether it holds a space.
        let mut separator: Option<(usize, bool)> = None;
        for (at, c) in text.chars().enumerate() {
            let folded = fold(c);
            let chars: &[char] = match folded {
                Fold::Drop => continue,
                Fold::Space | Fold::Dash => {
                    let start = separator.map_or(at, |(start, _)| start);
                    let spaced = separator.is_some_and(|(_, s)| s) || folded == Fold::Space;
                    separator = Some((start, spaced));
                    continue;
                }
                Fold::One(a) => &[a],
                Fold::Two(a, b) => &[a, b],
                Fold::Ellipsis => &['.', '.', '.'],
            };
            if let Some((start, spaced)) = separator.take() {
                out.push(if spaced { SPACE } else { DASH }, start);
            }
            for &folded in chars {
                out.push(folded, at);
            }
        }
        if let Some((start, spaced)) = separator {
            out.push(if spaced { SPACE } else { DASH }, start);
        }
        out
    }

    fn push(&mut self, c: char, start: usize) {
        self.chars.push(c);
        self.starts.push(start);
    }

    /// Where token `k`'s source ends: the start of the next token from a later character
    /// (dropped marks after it, such as combining accents, belong to it).
    fn end(&self, k: usize, n_chars: usize) -> usize {
        let start = self.starts[k];
        self.starts[k + 1..]
            .iter()
            .copied()
            .find(|&s| s > start)
            .unwrap_or(n_chars)
    }
}

fn is_separator(c: char) -> bool {
    c == SPACE || c == DASH
}

/// The last text token of a match of `needle` starting at text token `j`, if it matches.
fn match_at(needle: &[char], text: &[char], mut j: usize) -> Option<usize> {
    let (mut i, mut last) = (0, j);
    while let Some(&a) = needle.get(i) {
        let b = *text.get(j)?;
        match (is_separator(a), is_separator(b)) {
            (false, false) if a != b => return None,
            (true, false) if a == DASH => i += 1,
            (false, true) if b == DASH => j += 1,
            (true, false) | (false, true) => return None,
            _ => {
                (i, last, j) = (i + 1, j, j + 1);
            }
        }
    }
    Some(last)
}

/// The next occurrence of `phrase` starting at or after code point `from`, wrapping round to
/// the start; how keyboard readers pick words in a host's article in place, where there is no
/// caret to move. Case, accents (Latin, Greek, Cyrillic; Arabic vowel marks), curly versus
/// straight quotes and apostrophes, dash styles, optional dashes and runs of whitespace are
/// all forgiven; the span covers whole characters of the original text.
pub fn find_next(text: &IndexedText, phrase: &str, from: usize) -> Option<Span> {
    let needle = Tokens::new(phrase.trim()).chars;
    let needle = trim_separators(&needle);
    if needle.is_empty() {
        return None;
    }
    let haystack = Tokens::new(text.as_str());
    let first = haystack.starts.partition_point(|&s| s < from);
    let candidates = (first..haystack.chars.len()).chain(0..first);
    for j in candidates {
        let c = haystack.chars[j];
        if is_separator(c) || c != needle[0] {
            continue;
        }
        if let Some(last) = match_at(needle, &haystack.chars, j) {
            let end = haystack.end(last, text.n_chars());
            return Span::new(haystack.starts[j], end);
        }
    }
    None
}

/// `tokens` without separators at either end (a leading "-" is optional anyway).
fn trim_separators(tokens: &[char]) -> &[char] {
    let start = tokens.iter().position(|&c| !is_separator(c));
    let end = tokens.iter().rposition(|&c| !is_separator(c));
    match (start, end) {
        (Some(start), Some(end)) => &tokens[start..=end],
        _ => &[],
    }
}
