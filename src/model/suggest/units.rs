//! The clause unitiser: cuts a sentence into the clause- and phrase-sized pieces editors mark.
//!
//! Measured on the seed (research note §0), span shape decides the score more than vocabulary:
//! a whole sentence cannot match a label under half its length. So a sentence is cut at
//! `, ; : – — ( )`, before "but", before "and" when a new verb follows it, and before a
//! subordinator (after, before, when, while, because, although) once the clause before it has
//! a verb. Leading discourse markers and "that" are stripped; a comma piece without a verb (an
//! apposition, a list item, "for now") or under four words is merged into its neighbour, while
//! a piece between dashes or brackets stands alone; participial tails (", leaving it …") are
//! dropped, except that ", suggesting that X" keeps X.

use std::ops::Range;

use super::lexicon::{has, ABBREVIATIONS, AUXILIARIES, DIRECTIVE, LEAD_MARKERS, REPORTING, VERBS};
use super::sentences::Sentence;
use super::tokens::{Quote, Token};

/// What opened a piece of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The sentence's start.
    Start,
    /// A comma.
    Comma,
    /// A semicolon or colon.
    Strong,
    /// A dash or a bracket: the piece is an aside.
    Aside,
    /// A conjunction or subordinator (kept in the piece).
    Word,
}

/// One clause unit: a token range of its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Tokens, edges trimmed.
    pub tokens: Range<usize>,
    /// What opened it.
    pub opened_by: Cut,
}

/// Minimum words of a unit that stands alone.
pub const MIN_WORDS: usize = 4;

/// A finite verb form: an auxiliary, a listed verb or a regular past tense.
pub fn is_finite_verb(token: &Token) -> bool {
    let w = token.norm.as_str();
    token.is_word()
        && (has(AUXILIARIES, w)
            || has(VERBS, w)
            || has(REPORTING, w)
            || has(DIRECTIVE, w)
            || (w.len() >= 5 && w.ends_with("ed")))
}

/// A verb form of any kind, participles included.
pub fn is_verb(token: &Token) -> bool {
    is_finite_verb(token) || (token.norm.len() >= 5 && token.norm.ends_with("ing"))
}

/// Number of words in `range`.
pub fn n_words(tokens: &[Token], range: &Range<usize>) -> usize {
    tokens
        .get(range.clone())
        .map_or(0, |ts| ts.iter().filter(|t| t.is_word()).count())
}

/// The length in words of the lead marker at `at`, if one starts there.
pub fn lead_marker_at(tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    LEAD_MARKERS
        .iter()
        .filter_map(|m| phrase_len(tokens, at, end, m))
        .max()
}

/// Tokens taken by `phrase` (words separated by spaces) matched from `at`, if it is there.
pub fn phrase_len(tokens: &[Token], at: usize, end: usize, phrase: &str) -> Option<usize> {
    let mut idx = at;
    for word in phrase.split(' ') {
        if idx >= end || !tokens.get(idx)?.is(word) {
            return None;
        }
        idx += 1;
    }
    Some(idx - at)
}

/// `range` without marks at its edges, except quote marks and brackets whose partner is
/// inside; `None` when no word is left.
pub fn trim(tokens: &[Token], range: Range<usize>) -> Option<Range<usize>> {
    let (mut a, mut b) = (range.start, range.end.min(tokens.len()));
    loop {
        let first = tokens.get(a).filter(|_| a < b)?;
        let keep = first.is_word()
            || (first.quote == Quote::Open
                && tokens[a + 1..b].iter().any(|t| t.quote == Quote::Close));
        if keep {
            break;
        }
        a += 1;
    }
    while b > a {
        let last = &tokens[b - 1];
        let keep = last.is_word()
            || (last.quote == Quote::Close
                && tokens[a..b - 1].iter().any(|t| t.quote == Quote::Open))
            || (last.is_mark(')') && tokens[a..b - 1].iter().any(|t| t.is_mark('(')));
        if keep {
            break;
        }
        b -= 1;
    }
    (a < b).then_some(a..b)
}

/// Strips leading discourse markers and "that" from `range`.
pub fn strip_lead(tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    while let Some(n) = lead_marker_at(tokens, range.start, range.end) {
        range.start += n;
        while tokens.get(range.start).is_some_and(|t| t.is_mark(',')) {
            range.start += 1;
        }
    }
    range
}

fn cut_of(tokens: &[Token], idx: usize) -> Option<Cut> {
    let t = &tokens[idx];
    let spaced = t.space_before && tokens.get(idx + 1).is_some_and(|n| n.space_before);
    match t.mark()? {
        ',' => Some(Cut::Comma),
        ';' | ':' => Some(Cut::Strong),
        '–' | '—' | '(' | ')' | '[' | ']' => Some(Cut::Aside),
        '-' if spaced => Some(Cut::Aside),
        _ => None,
    }
}

/// True when a clause should start at word `idx` (a conjunction or subordinator).
fn word_cut(tokens: &[Token], piece_start: usize, idx: usize) -> bool {
    let t = &tokens[idx];
    let before = &(piece_start..idx);
    let prev_ok = idx
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| {
            p.is_word() && !matches!(p.norm.as_str(), "that" | "to" | "of" | "and" | "or" | "the")
        });
    if !prev_ok || n_words(tokens, before) < 3 {
        return false;
    }
    let has_verb = tokens[piece_start..idx].iter().any(is_verb);
    match t.norm.as_str() {
        "but" => true,
        "and" => tokens
            .get(idx + 1)
            .is_some_and(|n| is_finite_verb(n) && !has(AUXILIARIES, &n.norm)),
        "after" | "before" | "when" | "while" | "whereas" | "although" | "though" | "because" => {
            has_verb && n_words(tokens, before) >= MIN_WORDS
        }
        _ => false,
    }
}

/// The raw pieces of a sentence: ranges between cut marks, with what opened each.
fn pieces(tokens: &[Token], sentence: &Sentence) -> Vec<(Range<usize>, Cut)> {
    let mut out = Vec::new();
    let (mut start, mut opened) = (sentence.tokens.start, Cut::Start);
    for idx in sentence.tokens.clone() {
        if let Some(cut) = cut_of(tokens, idx) {
            out.push((start..idx, opened));
            (start, opened) = (idx + 1, cut);
        } else if tokens[idx].is_word() && idx > start && word_cut(tokens, start, idx) {
            out.push((start..idx, opened));
            (start, opened) = (idx, Cut::Word);
        }
    }
    out.push((start..sentence.tokens.end, opened));
    out
}

/// The clause units of one sentence, in order.
pub fn units(tokens: &[Token], sentence: &Sentence) -> Vec<Unit> {
    let mut merged: Vec<Unit> = Vec::new();
    // A piece too small to stand alone waits here to be joined to the next one.
    let mut pending: Option<usize> = None;
    let raw = pieces(tokens, sentence);
    for (range, opened_by) in raw {
        let range = strip_lead(tokens, range);
        let Some(range) = trim(tokens, range) else {
            continue;
        };
        let small = n_words(tokens, &range) < MIN_WORDS;
        let verbless = !tokens[range.clone()].iter().any(is_verb);
        // Asides and clauses after a conjunction stand alone even without a verb ("– a 30-day
        // halt to attacks –"); a verbless comma piece is an apposition or a list item.
        let stands = !(small || (verbless && matches!(opened_by, Cut::Start | Cut::Comma)));
        let start = pending.take().unwrap_or(range.start);
        match merged.last_mut() {
            Some(last) if !stands && opened_by != Cut::Start => last.tokens.end = range.end,
            _ if !stands => pending = Some(start),
            _ => merged.push(Unit {
                tokens: start..range.end,
                opened_by,
            }),
        }
    }
    merged.retain(|u| n_words(tokens, &u.tokens) >= MIN_WORDS);
    merged
}

/// Where the clause running from `from` ends (exclusive), at most at `end`: at a strong mark
/// or dash, at a sentence's final mark, or at a comma before a participle, "which", "but" or
/// "while" (a tail, not part of the clause).
pub fn clause_end(tokens: &[Token], from: usize, end: usize) -> usize {
    let mut idx = from;
    while idx < end {
        let t = &tokens[idx];
        let stop = match t.mark() {
            Some(';' | ':' | '–' | '—' | '(' | '[' | '?' | '!' | '…') => true,
            // A period after "U.S" or an initial is inside the sentence.
            Some('.') => !idx.checked_sub(1).is_some_and(|p| {
                tokens[p].is_word()
                    && (has(ABBREVIATIONS, &tokens[p].norm) || tokens[p].end - tokens[p].start == 1)
            }),
            Some('-') => cut_of(tokens, idx).is_some(),
            Some(',') => tokens.get(idx + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "which" | "but" | "while" | "although" | "though"
                ) || (n.norm.len() >= 5 && n.norm.ends_with("ing"))
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
