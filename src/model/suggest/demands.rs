//! Demand rules, precision first: requests and calls, conditions, named demands, proposals,
//! obligations put on an actor and quoted commands.
//!
//! The span is the demanded content (research note §3): after "called for", "urged X to",
//! "a key condition … was", or the "if X agrees to …" clause of an offer. When that content
//! is under [`SHORT`] words, the frame is taken too ("Putin was asking that …"). Epistemic
//! "must" ("it must have been") and "will need to" (a prediction) are not obligations, and a
//! "so-called" proposal is not one.

use std::ops::Range;

use super::lexicon::{has, DEMAND_NOUNS, DIRECTIVE, PROPOSAL_NOUNS};
use super::reason::{Found, ReasonKind};
use super::sentences::Sentence;
use super::tokens::{Quote, Token};
use super::units::{clause_end, is_finite_verb, n_words, phrase_len, strip_lead, trim};
use crate::model::category::Category;

/// Demanded content shorter than this many words takes its frame too.
const SHORT: usize = 5;

/// Connectors that open a condition clause.
const CONDITIONS: &[&str] = &[
    "as long as",
    "in exchange for",
    "in return for",
    "on condition that",
    "only if",
    "provided that",
    "providing that",
    "unless",
];

/// Verbs that, after "if <party>", make the clause a condition put to that party.
const CONCEDING: &[&str] = &[
    "accept",
    "accepts",
    "agree",
    "agrees",
    "comply",
    "complies",
    "drop",
    "drops",
    "end",
    "ends",
    "halt",
    "halts",
    "meet",
    "meets",
    "release",
    "releases",
    "stop",
    "stops",
    "withdraw",
    "withdraws",
];

/// Modals of obligation, as phrases.
const OBLIGATIONS: &[&str] = &[
    "has to", "have to", "must", "need to", "needs to", "ought to", "should",
];

/// Subjects that make "must"/"should" epistemic or generic rather than addressed to an actor.
const NOT_ACTORS: &[&str] = &["i", "it", "that", "there", "this", "what", "which", "you"];

/// Verbs that open a quoted command.
const IMPERATIVES: &[&str] = &[
    "act", "ban", "bring", "cancel", "drop", "end", "fix", "give", "halt", "leave", "let",
    "listen", "pay", "protect", "publish", "release", "resign", "restore", "return", "reverse",
    "save", "scrap", "show", "stop", "withdraw",
];

/// Demands found in one sentence.
pub fn find(tokens: &[Token], sentence: &Sentence) -> Vec<Found> {
    let r = sentence.tokens.clone();
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        let t = &tokens[i];
        let next_i = has(DIRECTIVE, &t.norm)
            .then(|| directive(tokens, &r, i, &mut out))
            .flatten()
            .or_else(|| {
                has(DEMAND_NOUNS, &t.norm)
                    .then(|| named(tokens, &r, i, &mut out))
                    .flatten()
            })
            .or_else(|| {
                has(PROPOSAL_NOUNS, &t.norm)
                    .then(|| proposal(tokens, &r, i, &mut out))
                    .flatten()
            });
        if let Some(next_i) = next_i {
            i = next_i.max(i + 1);
            continue;
        }
        condition(tokens, &r, i, &mut out);
        obligation(tokens, &r, i, &mut out);
        if t.quote == Quote::Open
            && tokens
                .get(i + 1)
                .is_some_and(|n| has(IMPERATIVES, &n.norm) && n.capital)
        {
            let close = (i + 1..r.end)
                .find(|&j| tokens[j].quote == Quote::Close)
                .unwrap_or(r.end);
            push(
                tokens,
                i + 1..close,
                i + 1..i + 2,
                55,
                ReasonKind::Imperative,
                &mut out,
            );
        }
        i += 1;
    }
    out
}

fn push(
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
            category: Category::Demand,
            kind,
            cue,
            score,
        });
    }
}

/// The start of the clause holding `at`, after lead markers: the frame of a short demand.
fn frame_start(tokens: &[Token], r: &Range<usize>, at: usize) -> usize {
    let mark = (r.start..at)
        .rev()
        .find(|&i| matches!(tokens[i].mark(), Some(',' | ';' | ':' | '–' | '—')));
    strip_lead(tokens, mark.map_or(r.start, |m| m + 1)..at).start
}

/// "asked that X", "called for X", "urged Y to X", "demanded X": X, or the whole clause when short.
fn directive(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) -> Option<usize> {
    let w = tokens[at].norm.as_str();
    let after = at + 1;
    let next = tokens.get(after).filter(|_| after < r.end)?;
    let (content, cue_end) = match next.norm.as_str() {
        "that" => (after + 1, after + 1),
        "for" => (after + 1, after + 1),
        "on" if w.starts_with("call") || w.starts_with("insist") => (after + 1, after + 1),
        _ if w.starts_with("demand") && next.is_word() && !is_finite_verb(next) => (after, after),
        _ => {
            // "urged the government to act": the party and the act.
            let to = (after..clause_end(tokens, after, r.end).min(after + 8))
                .find(|&j| tokens[j].is("to"))?;
            let verb = tokens.get(to + 1)?;
            if !verb.is_word() || to == after || w.starts_with("insist") {
                return None;
            }
            (after, to + 1)
        }
    };
    let end = clause_end(tokens, content, r.end);
    let start = if n_words(tokens, &(content..end)) < SHORT {
        frame_start(tokens, r, at)
    } else {
        content
    };
    push(
        tokens,
        start..end,
        at..cue_end,
        70,
        ReasonKind::Request,
        out,
    );
    Some(end)
}

/// "a key condition … was X", "their demands are X", "the demand that X", "the demand for X".
fn named(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) -> Option<usize> {
    let limit = clause_end(tokens, at + 1, r.end);
    let pivot = (at + 1..limit.min(at + 10)).find(|&j| {
        matches!(
            tokens[j].norm.as_str(),
            "is" | "was" | "are" | "were" | "include" | "included" | "that"
        ) || (j == at + 1 && matches!(tokens[j].norm.as_str(), "for" | "to"))
    })?;
    let end = clause_end(tokens, pivot + 1, r.end);
    let cue_start = match at.checked_sub(1).map(|p| &tokens[p]) {
        Some(p)
            if p.is_word()
                && !matches!(
                    p.norm.as_str(),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                ) =>
        {
            at - 1
        }
        _ => at,
    };
    push(
        tokens,
        pivot + 1..end,
        cue_start..at + 1,
        65,
        ReasonKind::Condition,
        out,
    );
    Some(end)
}

/// "the proposal by X for Y": from the noun phrase to the clause end; "the 30-day ceasefire
/// proposal agreed …": the noun phrase only.
fn proposal(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) -> Option<usize> {
    let determiners = [
        "a", "an", "the", "this", "that", "its", "their", "his", "her", "our",
    ];
    let mut start = at;
    while start > r.start
        && tokens[start - 1].is_word()
        && !determiners.contains(&tokens[start - 1].norm.as_str())
        && !is_finite_verb(&tokens[start - 1])
    {
        start -= 1;
    }
    if start >= 2 && tokens[start - 1].is("so-called") {
        return None;
    }
    let follows = tokens
        .get(at + 1)
        .is_some_and(|n| matches!(n.norm.as_str(), "by" | "for" | "to" | "that" | "from"));
    let end = if follows {
        clause_end(tokens, at + 1, r.end)
    } else {
        at + 1
    };
    let start = if follows && start > r.start {
        start - 1
    } else {
        start
    };
    push(
        tokens,
        start..end,
        at..at + 1,
        50,
        ReasonKind::Proposal,
        out,
    );
    Some(end)
}

/// "only if X", "unless X", "if Putin agrees to X" (a condition put to a party).
fn condition(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) {
    let n = CONDITIONS
        .iter()
        .find_map(|c| phrase_len(tokens, at, r.end, c));
    let conceding = tokens[at].is("if")
        && (at + 1..(at + 5).min(r.end)).any(|j| has(CONCEDING, &tokens[j].norm));
    let (score, n) = match n {
        Some(n) => (55, n),
        None if conceding => (60, 1),
        None => return,
    };
    let end = clause_end(tokens, at + n, r.end);
    push(
        tokens,
        at..end,
        at..at + n,
        score,
        ReasonKind::Condition,
        out,
    );
}

/// "<actor> must/should/needs to <verb> …": the clause, from its subject.
fn obligation(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) {
    let Some(n) = OBLIGATIONS
        .iter()
        .find_map(|o| phrase_len(tokens, at, r.end, o))
    else {
        return;
    };
    let subject = at.checked_sub(1).map(|p| &tokens[p]);
    let verb = tokens.get(at + n).filter(|_| at + n < r.end);
    let epistemic = verb.is_some_and(|v| {
        v.is("have") || (v.is("not") && tokens.get(at + n + 1).is_some_and(|x| x.is("have")))
    });
    let actor = subject.is_some_and(|s| {
        s.is_word() && !has(NOT_ACTORS, &s.norm) && !s.is("will") && !s.is("would")
    });
    if epistemic || !actor || !verb.is_some_and(Token::is_word) {
        return;
    }
    let start = frame_start(tokens, r, at);
    let end = clause_end(tokens, at + n, r.end);
    push(
        tokens,
        start..end,
        at..at + n,
        50,
        ReasonKind::Obligation,
        out,
    );
}
