//! Embedded questions: a wh-clause after a cue of uncertainty or a refusal ("it is unclear
//! whether", "declined to say how"), a wh-clause used as a subject ("Whether … remains to be
//! seen"), stated concerns ("the concern is that …") and non-answers naming their object.

use std::ops::Range;

use super::{push, split_push};
use crate::model::suggest::lexicon::{has, NEGATIONS, WH};
use crate::model::suggest::reason::{Found, ReasonKind};
use crate::model::suggest::sentences::Sentence;
use crate::model::suggest::tokens::Token;
use crate::model::suggest::words::{clause_end, longest_at, n_words, phrase_len, strip_lead};

/// A cue after which a wh-clause is an open question.
struct Cue {
    phrase: &'static str,
    score: i32,
    /// Only when negated or refused ("did not say", "nobody can tell").
    negated: bool,
    /// The cue is the clause's subject and is kept in the span.
    keep_frame: bool,
}

const fn cue(phrase: &'static str, score: i32, negated: bool, keep_frame: bool) -> Cue {
    Cue {
        phrase,
        score,
        negated,
        keep_frame,
    }
}

const CUES: &[Cue] = &[
    cue("unclear", 75, false, false),
    cue("clear", 75, true, false),
    cue("uncertain", 70, false, false),
    cue("unknown", 70, false, false),
    cue("known", 65, true, false),
    cue("remains to be seen", 75, false, false),
    cue("remain to be seen", 75, false, false),
    cue("hard to see", 70, false, true),
    cue("difficult to see", 70, false, true),
    cue("hard to know", 70, false, true),
    cue("too early to tell", 70, false, false),
    cue("left open", 70, false, false),
    cue("leaves open", 70, false, false),
    cue("split on", 65, false, false),
    cue("divided on", 65, false, false),
    cue("divided over", 65, false, false),
    cue("question", 60, false, false),
    cue("questions", 60, false, false),
    cue("dilemma", 65, false, true),
    cue("mystery", 65, false, true),
    cue("wonder", 60, false, false),
    cue("wondered", 60, false, false),
    cue("depends on", 60, false, false),
    cue("hinges on", 60, false, false),
    cue("unsure", 65, false, false),
    cue("undecided", 60, false, false),
    cue("uncertainty", 60, false, false),
    cue("doubts", 55, false, false),
    cue("indication", 55, true, false),
    cue("decide", 55, false, false),
    cue("decision", 55, true, false),
    cue("word", 50, true, false),
    cue("asked", 55, false, false),
    cue("asking", 55, false, false),
    cue("know", 55, true, false),
    cue("knows", 55, true, false),
    cue("knew", 50, true, false),
    cue("tell", 55, true, false),
    cue("say", 60, true, false),
    cue("said", 55, true, false),
    cue("explain", 60, true, false),
    cue("specify", 60, true, false),
    cue("disclose", 60, true, false),
    cue("confirm", 55, true, false),
];

/// Non-answers that count only with what they leave unanswered ("… comment on X").
#[rustfmt::skip]
const NON_ANSWERS: &[&str] = &[
    "could not comment on", "declined to answer", "declined to comment on", "did not answer",
    "refused to answer", "refused to comment on", "would not answer",
    "would not comment on", "would not be drawn on",
];

/// Cues that close a clause about something not known ("The cause of the fire is unknown").
#[rustfmt::skip]
const UNKNOWN_END: &[&str] = &[
    "not clear", "not known", "not yet clear", "not yet known", "under investigation",
    "unclear", "unknown", "yet to be confirmed", "yet to be determined",
];

/// Cues that follow a wh-clause used as a subject ("Whether it will … remains to be seen").
#[rustfmt::skip]
const AFTER_SUBJECT: &[&str] = &[
    "is an open question", "remains an open question", "is anyone's guess", "is not clear", "is not known", "is uncertain",
    "is unclear", "is unknown", "remains to be seen", "remains unclear", "remains uncertain",
];

/// Nouns of worry in "the concern is that …".
const CONCERNS: &[&str] = &["concern", "danger", "fear", "risk", "worry"];

/// True when a negation, "declined/refused to" or "let" comes within three words before `at`.
fn negated(tokens: &[Token], from: usize, at: usize) -> bool {
    (at.saturating_sub(3).max(from)..at).any(|i| {
        let w = tokens[i].norm.as_str();
        has(NEGATIONS, w) || matches!(w, "declined" | "refused" | "let" | "nobody")
    }) || (at >= 2 && tokens[at - 1].is("to") && tokens[at - 2].norm.starts_with("want"))
}

/// Embedded questions, concerns and non-answers in one sentence.
pub fn embedded(tokens: &[Token], sentence: &Sentence, out: &mut Vec<Found>) {
    let r = sentence.tokens.clone();
    subject_question(tokens, &r, out);
    let mut i = r.start;
    while i < r.end {
        let found = CUES
            .iter()
            .filter_map(|c| Some((c, phrase_len(tokens, i, r.end, c.phrase)?)))
            .max_by_key(|(_, n)| *n);
        if let Some((cue, n)) = found {
            if !cue.negated || negated(tokens, r.start, i) {
                if let Some(end) = wh_question(tokens, &r, i, n, cue, out) {
                    i = end;
                    continue;
                }
            }
        }
        if let Some(n) = longest_at(tokens, i, r.end, NON_ANSWERS) {
            let end = clause_end(tokens, i + n, r.end);
            if n_words(tokens, &(i + n..end)) >= 2 {
                push(
                    tokens,
                    i..end,
                    i..i + n - usize::from(tokens[i + n - 1].is("on")),
                    55,
                    ReasonKind::NonAnswer,
                    out,
                );
            }
        }
        if let Some(n) = longest_at(tokens, i, r.end, UNKNOWN_END) {
            // Nothing after the cue in its clause, and a subject before it.
            let start = strip_lead(tokens, clause_start_plain(tokens, r.start, i)..i).start;
            let ends = i + n >= r.end || !tokens[i + n].is_word();
            let pronoun = tokens
                .get(start)
                .is_some_and(|t| matches!(t.norm.as_str(), "it" | "this" | "that"));
            if ends && !pronoun && n_words(tokens, &(start..i)) >= 3 {
                push(
                    tokens,
                    start..i + n,
                    i..i + n,
                    55,
                    ReasonKind::OpenQuestion,
                    out,
                );
            }
        }
        if CONCERNS.contains(&tokens[i].norm.as_str())
            && tokens.get(i + 1).is_some_and(|t| t.is("is") || t.is("was"))
            && tokens.get(i + 2).is_some_and(|t| t.is("that"))
        {
            let end = clause_end(tokens, i + 3, r.end);
            push(tokens, i + 3..end, i..i + 3, 55, ReasonKind::Concern, out);
        }
        i += 1;
    }
}

/// "Whether it will offer relief remains to be seen": the wh-clause before the cue.
fn subject_question(tokens: &[Token], r: &Range<usize>, out: &mut Vec<Found>) {
    let body = strip_lead(tokens, r.clone());
    if !tokens
        .get(body.start)
        .is_some_and(|t| has(WH, &t.norm) && !t.is("if"))
    {
        return;
    }
    if let Some(at) = (body.start + 2..body.end)
        .find(|&i| longest_at(tokens, i, body.end, AFTER_SUBJECT).is_some())
    {
        let n = longest_at(tokens, at, body.end, AFTER_SUBJECT).unwrap_or(1);
        push(
            tokens,
            body.start..at,
            at..at + n,
            75,
            ReasonKind::OpenQuestion,
            out,
        );
    }
}

/// The wh-clause after the cue at `at` (of `n` tokens), if one follows within a few words;
/// returns where it ends.
fn wh_question(
    tokens: &[Token],
    r: &Range<usize>,
    at: usize,
    n: usize,
    cue: &Cue,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let limit = clause_end(tokens, at + n, r.end).min(at + n + 12);
    let wh = (at + n..limit).find(|&w| has(WH, &tokens[w].norm))?;
    // "asking that when the guns fall silent …": a wh-word inside a that-clause asks nothing.
    if tokens[at + n..wh].iter().any(|t| t.is("that")) {
        return None;
    }
    let mut end = clause_end(tokens, wh + 1, r.end);
    // "Asked whether she would resign, Ms Whitfield …": an opening participle clause ends at
    // its comma.
    if strip_lead(tokens, r.clone()).start == at {
        end = (wh + 1..end)
            .find(|&j| tokens[j].is_mark(','))
            .unwrap_or(end);
    }
    let cue_range = if wh - (at + n) <= 2 {
        at..wh + 1
    } else {
        wh..wh + 1
    };
    if cue.keep_frame {
        let start = clause_start(tokens, r.start, at);
        push(
            tokens,
            start..end,
            cue_range,
            cue.score,
            ReasonKind::OpenQuestion,
            out,
        );
    } else {
        split_push(
            tokens,
            wh..end,
            cue_range,
            cue.score,
            ReasonKind::OpenQuestion,
            out,
        );
    }
    Some(end)
}

/// The start of the clause holding token `at`, after lead markers; a leading "if" clause
/// before it is included.
fn clause_start(tokens: &[Token], from: usize, at: usize) -> usize {
    let is_cut = |i: &usize| matches!(tokens[*i].mark(), Some(',' | ';' | ':' | '–' | '—'));
    let Some(mark) = (from..at).rev().find(is_cut) else {
        return strip_lead(tokens, from..at).start;
    };
    let before = (from..mark).rev().find(is_cut).map_or(from, |b| b + 1);
    let lead = strip_lead(tokens, before..mark);
    if tokens.get(lead.start).is_some_and(|t| t.is("if")) {
        lead.start
    } else {
        strip_lead(tokens, mark + 1..at).start
    }
}

/// The start of the clause holding token `at`: after the last clause mark before it.
fn clause_start_plain(tokens: &[Token], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| matches!(tokens[i].mark(), Some(',' | ';' | ':' | '–' | '—')))
        .map_or(from, |m| m + 1)
}
