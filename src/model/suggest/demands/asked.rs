//! Demands a party puts into words: directive verbs (with who asks), named demands and
//! conditions ("a key condition … was"), proposals and offers.

use std::ops::Range;

use super::push;
use crate::model::suggest::lexicon::{has, REPORTING};
use crate::model::suggest::reason::{Found, ReasonKind};
use crate::model::suggest::tokens::Token;
use crate::model::suggest::units::Unit;
use crate::model::suggest::words::{
    clause_end, is_dash, is_finite_verb, is_participle, DETERMINERS,
};

/// Where the party asking starts: the unit's start, or after a reporting verb (and "that")
/// inside the unit before `at`.
fn asker_start(tokens: &[Token], units: &[Unit], at: usize) -> Option<usize> {
    let unit = units.iter().find(|u| u.tokens.contains(&at))?;
    let reported = (unit.tokens.start..at)
        .rev()
        .find(|&j| has(REPORTING, &tokens[j].norm));
    Some(match reported {
        Some(j) if tokens.get(j + 1).is_some_and(|t| t.is("that")) => j + 2,
        Some(j) => j + 1,
        None => unit.tokens.start,
    })
}

/// A directive verb with what it asks: "urged lawmakers to …", "called for …", "is demanding
/// …", "wants the audits published …", "has given the council until … to …", "set a deadline".
pub fn directive(
    tokens: &[Token],
    r: &Range<usize>,
    units: &[Unit],
    at: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let w = tokens[at].norm.as_str();
    let modal = (at.saturating_sub(3).max(r.start)..at).any(|j| {
        matches!(
            tokens[j].norm.as_str(),
            "would" | "could" | "might" | "will" | "may"
        )
    });
    let next = tokens.get(at + 1).filter(|_| at + 1 < r.end)?;
    // After a determiner, preposition or "if" the word is a noun ("a request for comment").
    let noun = at.checked_sub(1).is_some_and(|p| {
        let p = tokens[p].norm.as_str();
        DETERMINERS.contains(&p) || matches!(p, "if" | "of" | "for" | "on" | "in" | "to")
    });
    let unit_end = units
        .iter()
        .find(|u| u.tokens.contains(&at))
        .map_or(r.end, |u| u.tokens.end);
    let limit = clause_end(tokens, at + 1, r.end).min(unit_end);
    let to_verb = (at + 2..limit.min(at + 10))
        .any(|j| tokens[j].is("to") && tokens.get(j + 1).is_some_and(|v| v.is_word()));
    let object = next.is_word() && !next.is("to") && !is_finite_verb(next);
    let fits = match w {
        _ if modal || (noun && w != "until" && !w.starts_with("deadline")) => false,
        "until" => {
            tokens[r.start..at]
                .iter()
                .any(|t| t.norm.starts_with("give") || t.norm.starts_with("gave"))
                && to_verb
        }
        _ if w.starts_with("deadline") => tokens[r.start..at]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "set" | "sets" | "gave" | "given")),
        _ if w.starts_with("call") || w.starts_with("push") || w.starts_with("press") => {
            next.is("for") || (next.is("on") && to_verb)
        }
        _ if w.starts_with("insist") => next.is("on"),
        _ if w.starts_with("propos") => next.is("that") || is_participle(next),
        _ if w.starts_with("want") => {
            object && (to_verb || (at + 2..limit).any(|j| tokens[j].norm.ends_with("ed")))
        }
        _ if w.starts_with("demand") => next.is("that") || (object && !next.is("for")),
        _ => next.is("that") || (object && to_verb) || next.is("for"),
    };
    if !fits {
        return None;
    }
    let start = asker_start(tokens, units, at)?;
    push(
        tokens,
        start..limit,
        at..at + 1,
        70,
        ReasonKind::Request,
        out,
    );
    Some(limit)
}

/// "a key condition … was X", "their demands are X", "the demand that X", and a list after a
/// colon ("three conditions: that A, that B and that C").
pub fn named(tokens: &[Token], r: &Range<usize>, at: usize, out: &mut Vec<Found>) -> Option<usize> {
    let limit = clause_end(tokens, at + 1, r.end);
    let cue_start = match at.checked_sub(1).map(|p| &tokens[p]) {
        Some(p)
            if p.is_word()
                && !matches!(
                    p.norm.as_str(),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "extra" | "new"
                ) =>
        {
            at - 1
        }
        _ => at,
    };
    let cue = cue_start..at + 1;
    if tokens.get(limit).is_some_and(|t| t.is_mark(':')) {
        let end = clause_end(tokens, limit + 1, r.end);
        let items: Vec<usize> = (limit + 1..end).filter(|&j| tokens[j].is("that")).collect();
        if items.is_empty() {
            push(
                tokens,
                limit + 1..end,
                cue.clone(),
                60,
                ReasonKind::Condition,
                out,
            );
        }
        for (k, &that) in items.iter().enumerate() {
            let next = items.get(k + 1).copied().unwrap_or(end);
            // The item ends before the comma or "and" that leads to the next one.
            let item_end = (that + 1..next)
                .rev()
                .find(|&j| tokens[j].is_word() && !tokens[j].is("and"))
                .map_or(next, |j| j + 1);
            push(
                tokens,
                that + 1..item_end,
                cue.clone(),
                65,
                ReasonKind::Condition,
                out,
            );
        }
        return Some(end);
    }
    // "the union's demand for a 22% raise": a party's demand names its content after "for".
    let owned = at.checked_sub(1).is_some_and(|p| {
        let w = tokens[p].norm.as_str();
        w.ends_with("'s") || matches!(w, "his" | "her" | "its" | "their" | "our")
    });
    let pivot = (at + 1..limit.min(at + 10)).find(|&j| {
        matches!(
            tokens[j].norm.as_str(),
            "is" | "was" | "are" | "were" | "include" | "included"
        ) || (tokens[j].is("that") && tokens.get(j + 1).is_some_and(|n| !is_finite_verb(n)))
            || (owned && j == at + 1 && tokens[j].is("for"))
    })?;
    let mut end = clause_end(tokens, pivot + 1, r.end);
    if tokens[pivot].is("for") {
        // "demand for a 22% raise was rejected": the content is the noun phrase.
        end = (pivot + 1..end)
            .find(|&j| is_finite_verb(&tokens[j]))
            .unwrap_or(end);
    }
    push(tokens, pivot + 1..end, cue, 65, ReasonKind::Condition, out);
    Some(end)
}

/// "the proposal by X for Y" (to the clause end), "the 30-day ceasefire proposal" (the noun
/// phrase), "its final offer—a 14% raise …—" (the offer's terms between dashes).
pub fn proposal(
    tokens: &[Token],
    r: &Range<usize>,
    at: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    if tokens[at].is("offer") {
        if !tokens
            .get(at + 1)
            .is_some_and(|_| is_dash(tokens, at + 1) || tokens[at + 1].is_mark(':'))
        {
            return None;
        }
        let end = (at + 2..r.end)
            .find(|&j| is_dash(tokens, j))
            .unwrap_or_else(|| clause_end(tokens, at + 2, r.end));
        push(
            tokens,
            at + 2..end,
            at..at + 1,
            55,
            ReasonKind::Proposal,
            out,
        );
        return Some(end);
    }
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
    if tokens[start..at].iter().any(|t| t.is("so-called")) {
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
