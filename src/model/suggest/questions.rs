//! Question rules, precision first: explicit questions, embedded ones after a cue of
//! uncertainty, stated concerns and non-answers.
//!
//! Spans follow the seed's house style (research note §3): the open content, not the frame.
//! An explicit question starts at its wh-word when a frame precedes it ("The first was what
//! …") and splits at "and whether"; a question answered by the next sentence ("Is it over?
//! No.") is rhetorical and skipped. An embedded question runs from its wh-word to the clause
//! end; when that is under [`SHORT`] words the whole clause is taken, with a leading "if …"
//! clause, since such short questions are marked with their frame.

use std::ops::Range;

use super::lexicon::{has, NEGATIONS, WH};
use super::reason::{Found, ReasonKind};
use super::sentences::Sentence;
use super::tokens::{Quote, Token};
use super::units::{clause_end, n_words, phrase_len, strip_lead, trim};
use crate::model::category::Category;

/// Embedded questions shorter than this many words take their whole clause.
const SHORT: usize = 6;

/// Words opening a sentence that answers the question before it.
const ANSWERS: &[&str] = &[
    "absolutely",
    "because",
    "certainly",
    "clearly",
    "hardly",
    "no",
    "not",
    "nope",
    "of course",
    "perhaps",
    "probably",
    "the answer",
    "yes",
];

/// Cues after which a wh-clause is an open question, with their base confidence.
const CUES: &[(&str, i32)] = &[
    ("unclear", 75),
    ("not clear", 75),
    ("uncertain", 70),
    ("unknown", 70),
    ("not known", 70),
    ("remains to be seen", 75),
    ("remain to be seen", 75),
    ("hard to see", 70),
    ("difficult to see", 70),
    ("hard to know", 70),
    ("too early to tell", 70),
    ("hard to tell", 70),
    ("questions", 60),
    ("question", 60),
    ("dilemma", 65),
    ("mystery", 65),
    ("wonder", 60),
    ("wondered", 60),
    ("wonders", 60),
    ("depends on", 60),
    ("hinges on", 60),
    ("decide", 55),
    ("decided", 50),
    ("know", 50),
    ("asked", 50),
    ("asking", 50),
    ("ask", 50),
    ("say", 45),
    ("said", 40),
    ("explain", 45),
    ("specify", 45),
    ("disclose", 45),
];

/// Verbs of telling that signal a question only when negated or refused.
const NEEDS_NEGATION: &[&str] = &["disclose", "explain", "know", "said", "say", "specify"];

/// Non-answer formulas that mark their whole clause.
const NON_ANSWERS: &[&str] = &[
    "declined to comment",
    "refused to comment",
    "did not respond",
    "did not immediately respond",
    "has not responded",
    "have not responded",
    "could not be reached",
    "did not return",
    "has yet to say",
    "has yet to explain",
    "has yet to decide",
    "have yet to decide",
    "has yet to confirm",
    "has yet to respond",
    "remains unresolved",
    "remain unresolved",
];

/// Nouns of worry in "the concern is that …".
const CONCERNS: &[&str] = &["concern", "danger", "fear", "risk", "worry"];

/// Questions found in sentence `idx` of a paragraph.
pub fn find(tokens: &[Token], sentences: &[Sentence], idx: usize) -> Vec<Found> {
    let Some(sentence) = sentences.get(idx) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if sentence.question {
        let answered = sentences.get(idx + 1).is_some_and(|next| {
            let r = next.tokens.clone();
            n_words(tokens, &r) <= 2
                || ANSWERS
                    .iter()
                    .any(|a| phrase_len(tokens, r.start, r.end, a).is_some())
        });
        if !answered {
            explicit(tokens, sentence, &mut out);
        }
    }
    embedded(tokens, sentence, &mut out);
    out
}

/// The question before the sentence's last "?", from its wh-word if a frame precedes it,
/// split at "and/or" + wh-word.
fn explicit(tokens: &[Token], sentence: &Sentence, out: &mut Vec<Found>) {
    let r = sentence.tokens.clone();
    let Some(mark) = (r.start..r.end).rev().find(|&i| tokens[i].is_mark('?')) else {
        return;
    };
    // A quoted question ("“Why now?” he asked") is the quote's content.
    let open = (r.start..mark)
        .rev()
        .find(|&i| tokens[i].quote != Quote::No);
    let start = match open {
        Some(o) if tokens[o].quote == Quote::Open => o + 1,
        _ => r.start,
    };
    let mut body = strip_lead(tokens, start..mark);
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
    let mut piece_start = body.start;
    for i in body.start + 1..=body.end {
        let split = i < body.end
            && matches!(tokens[i].norm.as_str(), "and" | "or")
            && tokens
                .get(i + 1)
                .is_some_and(|n| has(WH, &n.norm) && n.norm != "if");
        if i == body.end || split {
            push(
                tokens,
                piece_start..i,
                mark..mark + 1,
                80,
                ReasonKind::ExplicitQuestion,
                out,
            );
            piece_start = i + 1;
        }
    }
}

fn push(
    tokens: &[Token],
    range: Range<usize>,
    cue: Range<usize>,
    score: i32,
    kind: ReasonKind,
    out: &mut Vec<Found>,
) {
    let Some(range) = trim(tokens, strip_lead(tokens, range)) else {
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

/// True when a negation (or "declined/refused to") comes within three words before `at`.
fn negated(tokens: &[Token], from: usize, at: usize) -> bool {
    (at.saturating_sub(3).max(from)..at).any(|i| {
        has(NEGATIONS, &tokens[i].norm)
            || matches!(tokens[i].norm.as_str(), "declined" | "refused" | "let")
    }) || (at >= 2 && tokens[at - 2].is("to") && tokens[at - 1].norm.starts_with("want"))
}

/// Embedded questions, concerns and non-answers in one sentence.
fn embedded(tokens: &[Token], sentence: &Sentence, out: &mut Vec<Found>) {
    let r = sentence.tokens.clone();
    let mut i = r.start;
    while i < r.end {
        let cue = CUES
            .iter()
            .find_map(|(c, s)| phrase_len(tokens, i, r.end, c).map(|n| (n, *s)));
        if let Some((n, score)) = cue {
            let needs = has(NEEDS_NEGATION, &tokens[i].norm);
            if !needs || negated(tokens, r.start, i) {
                if let Some(end) = wh_question(tokens, &r, i, n, score, out) {
                    i = end;
                    continue;
                }
            }
        }
        if let Some(n) = NON_ANSWERS
            .iter()
            .find_map(|c| phrase_len(tokens, i, r.end, c))
        {
            let start = clause_start(tokens, r.start, i);
            let end = clause_end(tokens, i + n, r.end);
            push(tokens, start..end, i..i + n, 55, ReasonKind::NonAnswer, out);
        }
        if has(CONCERNS, &tokens[i].norm)
            && matches!(
                tokens.get(i + 1).map(|t| t.norm.as_str()),
                Some("is" | "was")
            )
            && tokens.get(i + 2).is_some_and(|t| t.is("that"))
        {
            let end = clause_end(tokens, i + 3, r.end);
            push(tokens, i + 3..end, i..i + 3, 55, ReasonKind::Concern, out);
        }
        i += 1;
    }
}

/// The wh-clause after the cue at `at` (of `n` tokens), if one follows within a few words;
/// returns where it ends.
fn wh_question(
    tokens: &[Token],
    r: &Range<usize>,
    at: usize,
    n: usize,
    score: i32,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let limit = clause_end(tokens, at + n, r.end).min(at + n + 12);
    let wh = (at + n..limit).find(|&w| has(WH, &tokens[w].norm))?;
    let end = clause_end(tokens, wh + 1, r.end);
    let mut start = wh;
    if n_words(tokens, &(wh..end)) < SHORT {
        start = clause_start(tokens, r.start, at);
    }
    let cue = if wh - (at + n) <= 2 {
        at..wh + 1
    } else {
        wh..wh + 1
    };
    push(
        tokens,
        start..end,
        cue,
        score,
        ReasonKind::OpenQuestion,
        out,
    );
    Some(end)
}

/// The start of the clause holding token `at`: after the last comma or mark before it, or an
/// "if" clause before that.
fn clause_start(tokens: &[Token], from: usize, at: usize) -> usize {
    let mark = (from..at)
        .rev()
        .find(|&i| matches!(tokens[i].mark(), Some(',' | ';' | ':' | '–' | '—')));
    match mark {
        None => from,
        Some(m) => {
            let before = (from..m)
                .rev()
                .find(|&i| matches!(tokens[i].mark(), Some(',' | ';' | ':' | '–' | '—')));
            let if_start = before.map_or(from, |b| b + 1);
            let lead = strip_lead(tokens, if_start..m);
            if tokens
                .get(lead.start)
                .is_some_and(|t| t.is("if") || t.is("unless"))
            {
                lead.start
            } else {
                m + 1
            }
        }
    }
}
