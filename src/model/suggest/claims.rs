//! Claim rules, recall first: every clause unit is a candidate, scored PASTEL-style (a bias
//! plus a weight per cue present), and dropped below [`THRESHOLD`] or when a trap applies.
//!
//! Cues that raise a unit: attribution, hedges and modals, predictions, evaluative words,
//! figures and comparisons. Traps that sink it: plain background (dates, venues, attendance)
//! with no other cue, a clause opening with "if" (a condition, not an assertion), and a unit
//! that is mostly a question found in the same sentence or a demand that includes its frame.

use super::lexicon::{has, BOOSTERS, EVALUATIVE, HEDGES, REPORTING};
use super::reason::{Found, ReasonKind};
use super::tokens::Token;
use super::units::{is_finite_verb, n_words, Unit};
use crate::model::category::Category;

/// Units scoring below this are not suggested.
pub const THRESHOLD: i32 = 30;

/// Score every unit starts from.
const BIAS: i32 = 35;

/// Words of time, place and attendance: a unit built only on them is background.
#[rustfmt::skip]
const BACKGROUND: &[&str] = &[
    "afternoon", "april", "attended", "august", "born", "crowd", "december", "died", "evening",
    "february", "friday", "gathered", "held", "hosted", "january", "july", "june", "march",
    "may", "monday", "morning", "november", "october", "saturday", "september", "sunday",
    "thursday", "today", "tomorrow", "tuesday", "venue", "wednesday", "yesterday",
];

/// Words that make a statement about the future.
const FUTURE: &[&str] = &["going", "expected", "likely", "set", "will", "won't", "'ll"];

/// Words of comparison.
const COMPARE: &[&str] = &["fewer", "less", "more", "most", "than"];

/// Number words that make a figure.
const NUMBERS: &[&str] = &[
    "billion",
    "dozen",
    "half",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "percent",
    "thousand",
    "thousands",
    "trillion",
];

/// A claim for `unit`, unless it scores too low or another finding covers it.
pub fn find(tokens: &[Token], unit: &Unit, others: &[Found]) -> Option<Found> {
    let r = unit.tokens.clone();
    let covered = others.iter().any(|f| {
        let shared = r
            .end
            .min(f.tokens.end)
            .saturating_sub(r.start.max(f.tokens.start));
        match f.category {
            Category::Question => 2 * shared >= r.len(),
            Category::Demand => {
                2 * shared >= r.len().max(f.tokens.len()) && f.tokens.start <= r.start + 1
            }
            Category::Claim => false,
        }
    });
    if covered || tokens[r.clone()].iter().any(|t| t.is_mark('?')) {
        return None;
    }
    // (weight, kind, cue token) of each cue found; the heaviest names the reason.
    let mut cues: Vec<(i32, ReasonKind, usize)> = Vec::new();
    let mut background = false;
    for i in r.clone() {
        let t = &tokens[i];
        let w = t.norm.as_str();
        if !t.is_word() {
            continue;
        }
        if has(REPORTING, w) || (w == "according" && tokens.get(i + 1).is_some_and(|n| n.is("to")))
        {
            cues.push((25, ReasonKind::Attribution, i));
        } else if has(HEDGES, w) || has(BOOSTERS, w) || w == "must" {
            cues.push((15, ReasonKind::Hedge, i));
        } else if FUTURE.contains(&w) {
            cues.push((15, ReasonKind::Prediction, i));
        } else if has(EVALUATIVE, w) {
            cues.push((10, ReasonKind::Evaluation, i));
        } else if COMPARE.contains(&w) || (w.len() > 5 && w.ends_with("est")) {
            cues.push((10, ReasonKind::Comparison, i));
        } else if w.starts_with(|c: char| c.is_ascii_digit()) || NUMBERS.contains(&w) {
            cues.push((10, ReasonKind::Figure, i));
        }
        // "may" is background only as the month.
        background |= has(BACKGROUND, w) && (w != "may" || t.capital);
    }
    let n = n_words(tokens, &r);
    let mut score = BIAS + cues.iter().map(|c| c.0).sum::<i32>().min(40);
    if background && !cues.iter().any(|c| c.0 > 10) {
        score -= 25;
    }
    if n < 6 {
        score -= 10;
    } else if n >= 10 {
        score += 5;
    }
    if tokens[r.start].is("if") || tokens[r.start].is("unless") {
        score -= 20;
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
