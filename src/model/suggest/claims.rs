//! Claim rules, recall first: every clause unit is a candidate, scored PASTEL-style (a bias
//! plus a weight per cue present), and dropped below [`THRESHOLD`] or when a trap applies.
//!
//! Cues that raise a unit: attribution, hedges and modals, predictions, evaluative words,
//! figures and comparisons. Traps that sink it: circumstance (who attended, where, who owns
//! what) and plain dates with no stronger cue, a phrase opening with a preposition, a first
//! person aside, a frame with nothing after its reporting verb, and a unit that is mostly a
//! question of the same sentence or wholly a demand. A demand that opens the unit ("If we
//! don't hear back …, we will go to the courts") is cut off, and the rest is the claim.

use super::lexicon::{has, BOOSTERS, COMPARATIVES, EVALUATIVE, HEDGES, REPORTING};
use super::reason::{Found, ReasonKind};
use super::tokens::Token;
use super::units::{Unit, MIN_WORDS};
use super::words::{is_finite_verb, n_words, strip_lead, trim};
use crate::model::category::Category;

/// Units scoring below this are not suggested.
pub const THRESHOLD: i32 = 35;

/// Score every unit starts from.
const BIAS: i32 = 35;

/// Words of attendance, venue and ownership: a unit built on them is circumstance.
#[rustfmt::skip]
const CIRCUMSTANCE: &[&str] = &[
    "anchored", "attended", "based", "born", "crowd", "founded", "gathered", "held", "hosted",
    "located", "owned", "venue",
];

/// Words of time: a unit resting on them alone is a plain date.
#[rustfmt::skip]
const TIME: &[&str] = &[
    "afternoon", "april", "august", "december", "evening", "february", "friday", "january",
    "july", "june", "march", "monday", "morning", "night", "november", "october", "saturday",
    "september", "sunday", "thursday", "today", "tomorrow", "tuesday", "wednesday", "yesterday",
];

/// Words that make a statement about the future.
const FUTURE: &[&str] = &["going", "expected", "likely", "set", "will", "won't", "'ll"];

/// Number words that make a figure.
#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "billion", "dozen", "hundred", "hundreds", "million", "millions", "percent", "thousand",
    "thousands", "trillion",
];

/// Prepositions that open an adverbial phrase rather than a clause.
const PREPOSITIONS: &[&str] = &["at", "by", "during", "for", "in", "on", "with"];

/// A year such as 2024: a date, not a figure.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// A claim for `unit`, unless it scores too low or another finding covers it.
pub fn find(tokens: &[Token], unit: &Unit, others: &[Found]) -> Option<Found> {
    let mut r = unit.tokens.clone();
    // Questions never overlap claims: a unit touching one is its frame ("did not say").
    if others.iter().any(|f| {
        f.category == Category::Question && f.tokens.start < r.end && r.start < f.tokens.end
    }) {
        return None;
    }
    let mut demands: Vec<&Found> = others
        .iter()
        .filter(|f| f.category == Category::Demand)
        .collect();
    demands.sort_by_key(|f| f.tokens.start);
    for f in demands {
        let shared = r
            .end
            .min(f.tokens.end)
            .saturating_sub(r.start.max(f.tokens.start));
        if f.tokens.start > r.start + 1 || shared == 0 {
            continue;
        }
        if f.tokens.end >= r.end || 2 * shared >= r.len() {
            return None; // the unit is the demand, with its asker
        }
        // A demand opening the unit: the claim is what follows it.
        r = trim(tokens, strip_lead(tokens, f.tokens.end..r.end))?;
    }
    let n = n_words(tokens, &r);
    let last = tokens[..r.end].iter().rev().find(|t| t.is_word());
    if n < MIN_WORDS
        || tokens[r.clone()].iter().any(|t| t.is_mark('?'))
        || last.is_some_and(|t| has(REPORTING, &t.norm))
    {
        return None;
    }
    // (weight, kind, cue token) of each cue found; the heaviest names the reason.
    let mut cues: Vec<(i32, ReasonKind, usize)> = Vec::new();
    let (mut circumstance, mut dated) = (false, false);
    for i in r.clone() {
        let t = &tokens[i];
        let w = t.norm.as_str();
        if !t.is_word() {
            continue;
        }
        let month_may = w == "may" && t.capital && i > r.start;
        if has(REPORTING, w) || (w == "according" && tokens.get(i + 1).is_some_and(|n| n.is("to")))
        {
            cues.push((25, ReasonKind::Attribution, i));
        } else if (has(HEDGES, w) && !month_may) || has(BOOSTERS, w) || w == "must" {
            cues.push((15, ReasonKind::Hedge, i));
        } else if FUTURE.contains(&w) {
            cues.push((15, ReasonKind::Prediction, i));
        } else if has(EVALUATIVE, w) {
            cues.push((10, ReasonKind::Evaluation, i));
        } else if has(COMPARATIVES, w) || (w.len() > 5 && w.ends_with("est")) {
            cues.push((10, ReasonKind::Comparison, i));
        } else if (w.starts_with(|c: char| c.is_ascii_digit()) && !is_year(w))
            || NUMBERS.contains(&w)
        {
            cues.push((10, ReasonKind::Figure, i));
        }
        circumstance |= CIRCUMSTANCE.contains(&w);
        dated |= TIME.contains(&w) || is_year(w) || month_may;
    }
    let strong = cues.iter().any(|c| c.0 > 10);
    let mut score = BIAS + cues.iter().map(|c| c.0).sum::<i32>().min(40);
    score -= match (circumstance, dated, strong) {
        (true, _, false) => 25,
        (true, _, true) | (false, true, false) => 10,
        _ => 0,
    };
    score += if n < 6 {
        -5
    } else if n >= 10 {
        5
    } else {
        0
    };
    let first = &tokens[r.start];
    if PREPOSITIONS.contains(&first.norm.as_str()) {
        score -= 25;
    }
    if first.is("i")
        || first.is("i'd")
        || (n < 8
            && tokens[r.clone()]
                .iter()
                .any(|t| t.norm.starts_with("question")))
    {
        score -= 20; // a personal aside, or a sentence that only announces questions
    }
    if !tokens[r.clone()].iter().any(is_finite_verb) {
        score -= 10;
    }
    if score < THRESHOLD {
        return None;
    }
    let best = cues
        .iter()
        .copied()
        .reduce(|a, b| if b.0 > a.0 { b } else { a });
    let (kind, cue) = match best {
        Some((_, kind, at)) => (kind, at..at + 1),
        None => {
            let verb = r.clone().find(|&i| is_finite_verb(&tokens[i]));
            (
                ReasonKind::Statement,
                verb.map_or(r.start..r.start, |v| v..v + 1),
            )
        }
    };
    Some(Found {
        tokens: r,
        category: Category::Claim,
        kind,
        cue,
        score,
    })
}
