//! Question rules, precision first: explicit questions, embedded ones after a cue of
//! uncertainty, stated concerns and non-answers that name what went unanswered.
//!
//! Spans are the open content, not the frame (research note §3, seed house style): an explicit
//! question starts at its wh-word when a frame precedes it ("The first was what …") and splits
//! at "and whether"; one answered by the next sentence ("Is it over? No.") is rhetorical and
//! skipped. An embedded question runs from its wh-word to the clause end, split at "or when";
//! the frame is kept only for cues that are the clause's own subject ("Trump's dilemma is how
//! …", "it is hard to see how …", with a leading "if" clause). A bare "did not respond to a
//! request for comment" is boilerplate, not a question.

mod embedded;

use std::ops::Range;

use super::lexicon::{has, WH};
use super::reason::{Found, ReasonKind};
use super::sentences::Sentence;
use super::tokens::{Quote, Token};
use super::words::{longest_at, n_words, strip_lead, trim};
use crate::model::category::Category;
use embedded::embedded;

/// Words opening a sentence that answers the question before it.
#[rustfmt::skip]
const ANSWERS: &[&str] = &[
    "absolutely", "because", "certainly", "clearly", "hardly", "it does not", "it doesn't",
    "it is not", "it isn't", "it will not", "it won't", "no", "not", "of course", "perhaps",
    "probably", "the answer", "yes",
];
/// Questions found in sentence `idx` of a paragraph.
pub fn find(tokens: &[Token], sentences: &[Sentence], idx: usize) -> Vec<Found> {
    let Some(sentence) = sentences.get(idx) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if sentence.question {
        let answered = sentences.get(idx + 1).is_some_and(|next| {
            let r = strip_lead(tokens, next.tokens.clone());
            n_words(tokens, &r) <= 2 || longest_at(tokens, r.start, r.end, ANSWERS).is_some()
        });
        if !answered {
            explicit(tokens, sentence, &mut out);
        }
    }
    embedded(tokens, sentence, &mut out);
    out
}

/// The question before the sentence's last "?", from its wh-word if a frame precedes it.
fn explicit(tokens: &[Token], sentence: &Sentence, out: &mut Vec<Found>) {
    let r = sentence.tokens.clone();
    let Some(mark) = (r.start..r.end).rev().find(|&i| tokens[i].is_mark('?')) else {
        return;
    };
    // A quoted question (“Why now?” he asked) is the quote's content.
    let open = (r.start..mark)
        .rev()
        .find(|&i| tokens[i].quote != Quote::No);
    let start = match open {
        Some(o) if tokens[o].quote == Quote::Open => o + 1,
        _ => r.start,
    };
    let mut body = if has(WH, &tokens[start].norm) {
        start..mark
    } else {
        strip_lead(tokens, start..mark)
    };
    // "The first was what …": the question starts at the wh-word after a copula.
    if let Some(w) = (body.start + 1..body.end).find(|&i| {
        has(WH, &tokens[i].norm)
            && matches!(
                tokens[i - 1].norm.as_str(),
                "is" | "was" | "are" | "were" | "remains"
            )
    }) {
        body.start = w;
    }
    split_push(
        tokens,
        body,
        mark..mark + 1,
        80,
        ReasonKind::ExplicitQuestion,
        out,
    );
}

/// Pushes `body`, split where "and"/"or" opens another wh-clause ("… and whether …").
pub(super) fn split_push(
    tokens: &[Token],
    body: Range<usize>,
    cue: Range<usize>,
    score: i32,
    kind: ReasonKind,
    out: &mut Vec<Found>,
) {
    let mut piece_start = body.start;
    for i in body.start + 1..=body.end {
        let split = i < body.end
            && matches!(tokens[i].norm.as_str(), "and" | "or")
            && tokens
                .get(i + 1)
                .is_some_and(|n| has(WH, &n.norm) && !n.is("if"));
        if i == body.end || split {
            push(tokens, piece_start..i, cue.clone(), score, kind, out);
            piece_start = i + 1;
        }
    }
}

pub(super) fn push(
    tokens: &[Token],
    range: Range<usize>,
    cue: Range<usize>,
    score: i32,
    kind: ReasonKind,
    out: &mut Vec<Found>,
) {
    let Some(range) = trim(tokens, range) else {
        return;
    };
    if n_words(tokens, &range) >= 3 {
        out.push(Found {
            tokens: range,
            category: Category::Question,
            kind,
            cue,
            score,
        });
    }
}
