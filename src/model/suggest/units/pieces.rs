//! Cutting a sentence into raw pieces: at clause marks (commas inside a quotation excepted,
//! save the one that closes it), before "but", before "and" + verb or "that", before
//! "while/although" and before a condition.

use std::ops::Range;

use super::{Cut, CONDITIONS, MIN_WORDS};
use crate::model::suggest::sentences::Sentence;
use crate::model::suggest::tokens::{Quote, Token};
use crate::model::suggest::words::{is_dash, is_finite_verb, n_words, phrase_len, verb_at};

pub struct Piece {
    pub range: Range<usize>,
    pub cut: Cut,
    /// The piece follows a closing quotation mark.
    pub after_quote: bool,
    /// A relative clause (", which …", ", who …"): part of a subject, or else left out.
    pub relative: bool,
}

fn mark_cut(tokens: &[Token], idx: usize) -> Option<Cut> {
    match tokens[idx].mark()? {
        ',' => Some(Cut::Comma),
        ';' | ':' => Some(Cut::Strong),
        '(' | ')' | '[' | ']' => Some(Cut::Aside),
        _ if is_dash(tokens, idx) => Some(Cut::Aside),
        _ => None,
    }
}

/// True when a clause should start at word `idx` (a conjunction, subordinator or condition).
fn word_cut(tokens: &[Token], piece_start: usize, idx: usize) -> bool {
    // Not after a word that needs what follows ("the", "of") or an opening mark.
    let prev_ok = tokens
        .get(idx.wrapping_sub(1))
        .is_some_and(|p| match p.mark() {
            None => !matches!(
                p.norm.as_str(),
                "that" | "to" | "of" | "and" | "or" | "the" | "a" | "an"
            ),
            Some(m) => p.quote == Quote::Close || matches!(m, '%' | ')' | ']' | '.'),
        });
    let before = piece_start..idx;
    if !prev_ok || n_words(tokens, &before) < 3 {
        return false;
    }
    let next = tokens.get(idx + 1);
    match tokens[idx].norm.as_str() {
        "but" => true,
        "and" => next.is_some_and(|n| n.is("that") || is_finite_verb(n)),
        "while" | "whereas" | "although" | "though" => {
            n_words(tokens, &before) >= MIN_WORDS && before.clone().any(|i| verb_at(tokens, i))
        }
        _ => CONDITIONS
            .iter()
            .any(|c| phrase_len(tokens, idx, tokens.len(), c).is_some()),
    }
}

/// The raw pieces of a sentence: ranges between cuts, with what opened each.
pub fn pieces(tokens: &[Token], sentence: &Sentence) -> Vec<Piece> {
    let mut out = Vec::new();
    let (mut start, mut cut, mut after_quote) = (sentence.tokens.start, Cut::Start, false);
    let mut in_quote = false;
    for idx in sentence.tokens.clone() {
        let t = &tokens[idx];
        in_quote = match t.quote {
            Quote::Open => true,
            Quote::Close => false,
            Quote::No => in_quote,
        };
        // “…,” she said: a comma just inside the closing mark ends the quoted clause.
        let closing =
            t.is_mark(',') && tokens.get(idx + 1).is_some_and(|n| n.quote == Quote::Close);
        let found = if closing {
            Some((idx, idx + 2, Cut::Comma))
        } else if let Some(c) = mark_cut(tokens, idx).filter(|c| !(in_quote && *c == Cut::Comma)) {
            Some((idx, idx + 1, c))
        } else if t.is_word() && idx > start && word_cut(tokens, start, idx) {
            Some((idx, idx, Cut::Word))
        } else {
            None
        };
        if let Some((end, next, c)) = found {
            if end < start {
                continue;
            }
            out.push(Piece {
                range: start..end,
                cut,
                after_quote,
                relative: false,
            });
            // Only a comma cut can leave an attribution tail after a quotation.
            after_quote =
                c == Cut::Comma && (closing || (end > 0 && tokens[end - 1].quote == Quote::Close));
            (start, cut) = (next, c);
            if closing {
                in_quote = false;
            }
        }
    }
    out.push(Piece {
        range: start..sentence.tokens.end,
        cut,
        after_quote,
        relative: false,
    });
    out
}
