//! Token-range helpers every rule shares: verb tests, phrase matching, edge trimming, lead
//! markers and where a clause ends.

use std::ops::Range;

use super::lexicon::{has, ABBREVIATIONS, LEAD_MARKERS};
use super::tokens::{Quote, Token};

/// A finite verb form: an auxiliary, a listed verb or a regular past tense.
pub fn is_finite_verb(token: &Token) -> bool {
    token.finite
}

/// A verb form of any kind at `at`: a finite verb, or a participle not used as an adjective
/// after a determiner or a number ("a signing bonus", "the ruling group").
pub fn verb_at(tokens: &[Token], at: usize) -> bool {
    let Some(t) = tokens.get(at) else {
        return false;
    };
    let after_determiner = at.checked_sub(1).is_some_and(|p| {
        let w = tokens[p].norm.as_str();
        DETERMINERS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    is_finite_verb(t) || (is_participle(t) && !after_determiner)
}

/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "any", "every", "her", "his", "its", "my", "no", "our", "some", "that", "the",
    "their", "these", "this", "those", "your",
];

/// A word ending in -ing (a participle or gerund).
pub fn is_participle(token: &Token) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "according",
        "concerning",
        "during",
        "excluding",
        "following",
        "including",
        "pending",
        "regarding",
    ];
    token.norm.len() >= 5
        && token.norm.ends_with("ing")
        && !PREPOSITIONS.contains(&token.norm.as_str())
}

/// Number of words in `range`.
pub fn n_words(tokens: &[Token], range: &Range<usize>) -> usize {
    tokens
        .get(range.clone())
        .map_or(0, |ts| ts.iter().filter(|t| t.is_word()).count())
}

/// Tokens taken by `phrase` (words separated by spaces) matched from `at`, if it is there.
pub fn phrase_len(tokens: &[Token], at: usize, end: usize, phrase: &str) -> Option<usize> {
    // Most tokens differ from a phrase in their first byte: skip splitting the phrase then.
    if tokens.get(at)?.norm.as_bytes().first() != phrase.as_bytes().first() {
        return None;
    }
    let mut idx = at;
    for word in phrase.split(' ') {
        if idx >= end || !tokens.get(idx)?.is(word) {
            return None;
        }
        idx += 1;
    }
    Some(idx - at)
}

/// The longest of `phrases` that starts at `at`, in tokens.
pub fn longest_at(tokens: &[Token], at: usize, end: usize, phrases: &[&str]) -> Option<usize> {
    phrases
        .iter()
        .filter_map(|p| phrase_len(tokens, at, end, p))
        .max()
}

/// `range` without marks at its edges, except quote marks and brackets whose partner is
/// inside, and without the marks of a quotation it wholly is; `None` when no word is left.
pub fn trim(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    let (mut a, mut b) = (range.start, range.end.min(tokens.len()));
    while a < b {
        let first = &tokens[a];
        let paired =
            first.quote == Quote::Open && tokens[a + 1..b].iter().any(|t| t.quote == Quote::Close);
        if first.is_word() || paired {
            break;
        }
        a += 1;
    }
    while b > a {
        let last = &tokens[b - 1];
        let inside = &tokens[a..b - 1];
        let paired = (last.quote == Quote::Close && inside.iter().any(|t| t.quote == Quote::Open))
            || (last.is_mark(')') && inside.iter().any(|t| t.is_mark('(')));
        if last.is_word() || paired {
            break;
        }
        b -= 1;
    }
    // Content wholly inside one quotation is marked without its quote marks.
    let wholly_quoted = b > a + 2
        && tokens[a].quote == Quote::Open
        && tokens[b - 1].quote == Quote::Close
        && !tokens[a + 1..b - 1].iter().any(|t| t.quote != Quote::No);
    if wholly_quoted {
        return trim(tokens, a + 1..b - 1);
    }
    (a < b).then_some(a..b)
}

/// `range` without leading discourse markers ("Yet", "In other words") and a complementiser
/// "that" (lower case: a capital "That" opens a sentence as a pronoun).
pub fn strip_lead(tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    loop {
        while tokens.get(range.start).is_some_and(|t| t.is_mark(',')) && range.start < range.end {
            range.start += 1;
        }
        let Some(first) = tokens.get(range.start).filter(|_| range.start < range.end) else {
            return range;
        };
        if first.is("that") && first.capital {
            return range;
        }
        match longest_at(tokens, range.start, range.end, LEAD_MARKERS) {
            Some(n) => range.start += n,
            None => return range,
        }
    }
}

/// True for a period that belongs to an abbreviation or an initial ("U.S.", "J.").
pub fn is_abbreviation_period(tokens: &[Token], at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|w| {
            w.is_word()
                && !tokens[at].space_before
                && (has(ABBREVIATIONS, &w.norm) || (w.end - w.start == 1 && w.capital))
        })
}

/// True for a dash or a spaced hyphen: the edge of an aside.
pub fn is_dash(tokens: &[Token], at: usize) -> bool {
    match tokens[at].mark() {
        Some('–' | '—') => true,
        Some('-') => tokens[at].space_before && tokens.get(at + 1).is_some_and(|n| n.space_before),
        _ => false,
    }
}

/// Where the clause running from `from` ends (exclusive), at most at `end`: at a strong mark
/// or dash, at a sentence's final mark, or at a comma before a tail (a participle, "which",
/// "but", "as", "according to").
pub fn clause_end(tokens: &[Token], from: usize, end: usize) -> usize {
    let mut idx = from;
    while idx < end {
        let t = &tokens[idx];
        let stop = match t.mark() {
            Some(';' | ':' | '(' | '[' | '?' | '!' | '…') => true,
            Some('.') => !is_abbreviation_period(tokens, idx),
            Some('–' | '—' | '-') => is_dash(tokens, idx),
            Some(',') => tokens.get(idx + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "which" | "but" | "while" | "although" | "though" | "as" | "according"
                ) || is_participle(n)
            }),
            _ => false,
        };
        if stop {
            return idx;
        }
        idx += 1;
    }
    end
}
