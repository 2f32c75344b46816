//! Demands put as conditions ("only if", "unless", "if X agrees to") and as obligations on an
//! actor ("the council must publish …"), with the traps that look like them.

use std::ops::Range;

use super::push;
use crate::model::suggest::lexicon::{has, REPORTING};
use crate::model::suggest::reason::{Found, ReasonKind};
use crate::model::suggest::tokens::Token;
use crate::model::suggest::units::CONDITIONS;
use crate::model::suggest::words::{clause_end, is_finite_verb, longest_at, n_words, phrase_len};

/// Verbs that, after "if <party>", make the clause a condition put to that party.
#[rustfmt::skip]
const CONCEDING: &[&str] = &[
    "accept", "accepts", "agree", "agrees", "comply", "complies", "don't", "doesn't", "drop",
    "drops", "end", "ends", "fail", "fails", "halt", "halts", "meet", "meets", "refuse",
    "refuses", "release", "releases", "stop", "stops", "withdraw", "withdraws",
];

/// Modals of obligation, as phrases.
const OBLIGATIONS: &[&str] = &[
    "has to", "have to", "must", "need to", "needs to", "ought to", "should",
];

/// Subjects that make "must"/"should" epistemic or generic rather than addressed to an actor.
const NOT_ACTORS: &[&str] = &[
    "i", "that", "there", "this", "what", "which", "who", "will", "would", "you",
];

/// "only if X", "unless X", "provided they …", "if Putin agrees to X", "If we don't hear
/// back …": a condition put to a party.
pub fn condition(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) {
    // "provided" alone opens a condition only after a comma (", provided they disclose …").
    let after_comma = at > r.start && tokens[at - 1].is_mark(',');
    let provided = (tokens[at].is("provided") || tokens[at].is("providing")) && after_comma;
    let n = longest_at(tokens, at, r.end, CONDITIONS).or(provided.then_some(1));
    let conceding = tokens[at].is("if")
        && (at + 1..(at + 5).min(r.end)).any(|j| {
            CONCEDING.contains(&tokens[j].norm.as_str())
                || (tokens[j].is("not") && tokens[j - 1].norm.starts_with("do"))
        });
    let (score, n) = match n {
        Some(n) => (55, n),
        None if conceding => (60, 1),
        None => return,
    };
    // "provided by", "as long as it takes": not conditions.
    let after = tokens
        .get(at + n)
        .map(|t| t.norm.as_str())
        .unwrap_or_default();
    let idiom = phrase_len(tokens, at, r.end, "as long as it takes").is_some();
    if idiom
        || (tokens[at].norm.starts_with("provid")
            && matches!(
                after,
                "by" | "to" | "for" | "with" | "in" | "on" | "at" | "from" | "as"
            ))
    {
        return;
    }
    // A condition ends at the first comma ("If we don't hear back by Friday, we will …").
    let end = clause_end(tokens, at + n, r.end);
    let end = (at + n..end)
        .find(|&j| tokens[j].is_mark(','))
        .unwrap_or(end);
    if n_words(tokens, &(at..end)) >= 5 {
        push(
            tokens,
            at..end,
            at..at + n,
            score,
            ReasonKind::Condition,
            out,
        );
    }
}

/// "<actor> must/should/needs to <verb> …": from the actor to the clause end.
pub fn obligation(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) {
    let Some(n) = longest_at(tokens, at, r.end, OBLIGATIONS) else {
        return;
    };
    let verb = tokens.get(at + n).filter(|_| at + n < r.end);
    let after_not = tokens
        .get(at + n + 1)
        .filter(|_| verb.is_some_and(|v| v.is("not")));
    let epistemic = verb.is_some_and(|v| v.is("have")) || after_not.is_some_and(|v| v.is("have"));
    let subject = at
        .checked_sub(1)
        .filter(|&p| p >= r.start)
        .map(|p| &tokens[p]);
    let generic_it = subject.is_some_and(|s| s.is("it")) && verb.is_some_and(|v| v.is("be"));
    let actor = subject.is_none_or(|s| {
        !(NOT_ACTORS.contains(&s.norm.as_str())
            || (s.is_word() && is_finite_verb(s) && !s.is("and")))
    });
    if epistemic || generic_it || !actor || !verb.is_some_and(Token::is_word) {
        return;
    }
    // The actor: back over words to a mark, "that", "and" or a reporting verb; after a comma
    // that closes an aside ("The council, which must approve …, should") the whole clause.
    let mut start = at;
    while start > r.start {
        let p = &tokens[start - 1];
        if !p.is_word() || p.is("that") || p.is("and") || has(REPORTING, &p.norm) {
            break;
        }
        start -= 1;
    }
    if start == at && start > r.start && tokens[start - 1].is_mark(',') {
        start = r.start;
    }
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
