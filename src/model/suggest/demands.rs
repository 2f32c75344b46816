//! Demand rules, precision first: requests and calls, deadlines, conditions, named demands,
//! proposals and offers put to a party, obligations put on an actor, quoted commands.
//!
//! Spans follow the house style of the labelled sets: a directive verb's demand runs from the
//! party asking to the end of what it asks ("Campaigners … have given the council until March
//! to publish …"), unless the asking is reported, when it starts after the reporting verb; a
//! named demand or a proposal is its content; an obligation starts at its actor; a condition at
//! its connector. Not demands: epistemic "must have", "will need to" (a prediction), a
//! directive under "would/could" (a threat or a forecast), "as long as it takes", a
//! "so-called" proposal, and "a condition that would …" (a description).

mod asked;
mod conditions;

use std::ops::Range;

use super::lexicon::{has, DEMAND_NOUNS, DIRECTIVE, PROPOSAL_NOUNS};
use super::reason::{Found, ReasonKind};
use super::sentences::Sentence;
use super::tokens::{Quote, Token};
use super::units::Unit;
use super::words::{clause_end, n_words, trim};
use crate::model::category::Category;
use asked::{directive, named, proposal};
use conditions::{condition, obligation};

/// Verbs that open a quoted command.
#[rustfmt::skip]
const IMPERATIVES: &[&str] = &[
    "act", "ban", "bring", "cancel", "end", "fix", "give", "halt", "let", "listen", "pay",
    "protect", "publish", "release", "resign", "restore", "return", "reverse", "scrap", "stop",
    "withdraw",
];
/// Demands found in one sentence, given its clause units.
pub fn find(tokens: &[Token], sentence: &Sentence, units: &[Unit]) -> Vec<Found> {
    let r = sentence.tokens.clone();
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        let w = tokens[i].norm.as_str();
        let handled = (has(DIRECTIVE, w) || w.starts_with("deadline") || w == "until")
            .then(|| directive(tokens, &r, units, i, &mut out))
            .flatten()
            .or_else(|| {
                has(DEMAND_NOUNS, w)
                    .then(|| named(tokens, &r, i, &mut out))
                    .flatten()
            })
            .or_else(|| {
                has(PROPOSAL_NOUNS, w)
                    .then(|| proposal(tokens, &r, i, &mut out))
                    .flatten()
            });
        if let Some(end) = handled {
            i = end.max(i + 1);
            continue;
        }
        // Obligations end with their unit (before ", the fire service said"); a condition
        // ends at its first comma, and may span "and" ("provided they disclose … and let …").
        let unit_end = units
            .iter()
            .find(|u| u.tokens.contains(&i))
            .map_or(r.end, |u| u.tokens.end);
        condition(tokens, &r, i, &mut out);
        obligation(tokens, &(r.start..unit_end), i, &mut out);
        let next = tokens.get(i + 1).filter(|_| i + 1 < r.end);
        if tokens[i].quote == Quote::Open
            && next.is_some_and(|n| n.capital && IMPERATIVES.contains(&n.norm.as_str()))
        {
            let close = (i + 1..r.end)
                .find(|&j| tokens[j].quote == Quote::Close)
                .unwrap_or(r.end);
            let end = clause_end(tokens, i + 1, close);
            push(
                tokens,
                i + 1..end,
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
            category: Category::Demand,
            kind,
            cue,
            score,
        });
    }
}
