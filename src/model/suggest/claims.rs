//! Claim rules, recall first: every clause unit is a candidate, scored PASTEL-style (a bias
//! plus a weight per cue present), and dropped below [`THRESHOLD`] or when a trap applies.
//!
//! Cues that raise a unit: attribution, hedges and modals, predictions, evaluative words,
//! figures and comparisons. Traps that sink it: circumstance (who attended, where, who owns
//! what) and plain dates with no stronger cue, a phrase opening with a preposition, a first
//! person aside, a frame with nothing after its reporting verb, and a unit that is mostly a
//! question of the same sentence or wholly a demand. A demand that opens the unit ("If we
//! don't hear back …, we will go to the courts") is cut off, and the rest is the claim.

use std::ops::Range;

use super::lexicon::{has, BOOSTERS, COMPARATIVES, COPULAS, EVALUATIVE, HEDGES, REPORTING};
use super::reason::{Found, ReasonKind};
use super::tokens::Token;
use super::units::{Cut, Unit, MIN_WORDS};
use super::words::{is_finite_verb, n_words, phrase_len, strip_lead, trim};
use crate::model::category::Category;

/// Units scoring below this are not suggested.
pub const THRESHOLD: i32 = 30;

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

/// Stock phrases of a party not answering: not a claim (nor, without an object, a question).
#[rustfmt::skip]
const BOILERPLATE: &[&str] = &[
    "could not be reached", "declined to answer", "declined to comment", "did not respond",
    "did not immediately respond", "did not return", "refused to comment", "request for comment",
];

/// Subordinators that open a clause of time or reason.
const SUBORDINATORS: &[&str] = &["as", "because", "since", "until", "when", "while"];

/// Prepositions that open an adverbial phrase rather than a clause.
const PREPOSITIONS: &[&str] = &["at", "by", "during", "for", "in", "on", "with"];

/// A year such as 2024: a date, not a figure.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// What a unit's words say about it.
struct Cues {
    /// (weight, kind, cue token) of each cue found; the heaviest names the reason.
    found: Vec<(i32, ReasonKind, usize)>,
    /// Attendance, venue or ownership.
    circumstance: bool,
    /// A date or time.
    dated: bool,
}

fn cues(tokens: &[Token], r: Range<usize>) -> Cues {
    let mut out = Cues {
        found: Vec::new(),
        circumstance: false,
        dated: false,
    };
    for i in r.clone() {
        let t = &tokens[i];
        let w = t.norm.as_str();
        if !t.is_word() {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .filter(|&p| p >= r.start)
            .map(|p| &tokens[p]);
        let next = tokens.get(i + 1).filter(|_| i + 1 < r.end);
        let month_may = w == "may" && t.capital && i > r.start;
        // "is expected to": a forecast, not a source's statement.
        let forecast = w == "expected" && prev.is_some_and(|p| has(COPULAS, &p.norm));
        // ", 54,": an age between commas, not a figure to check.
        let age = w.len() <= 3
            && prev.is_some_and(|p| p.is_mark(','))
            && next.is_some_and(|n| n.is_mark(','));
        // "March 3": a day of the month.
        let day = prev.is_some_and(|p| TIME.contains(&p.norm.as_str()));
        let found = if forecast {
            Some((15, ReasonKind::Prediction))
        } else if has(REPORTING, w) || (w == "according" && next.is_some_and(|n| n.is("to"))) {
            Some((25, ReasonKind::Attribution))
        } else if is_finite_verb(t) && !has(COPULAS, w) && next.is_some_and(|n| n.is("that")) {
            Some((15, ReasonKind::Attribution)) // "a study found that …"
        } else if (has(HEDGES, w) && !month_may) || has(BOOSTERS, w) || w == "must" {
            Some((15, ReasonKind::Hedge))
        } else if FUTURE.contains(&w) {
            Some((15, ReasonKind::Prediction))
        } else if has(EVALUATIVE, w) {
            Some((10, ReasonKind::Evaluation))
        } else if has(COMPARATIVES, w) || (w.len() > 5 && w.ends_with("est")) {
            Some((10, ReasonKind::Comparison))
        } else if (w.starts_with(|c: char| c.is_ascii_digit())
            && !is_year(w)
            && !age
            && !day
            && !is_clock(w, next))
            || NUMBERS.contains(&w)
        {
            Some((10, ReasonKind::Figure))
        } else {
            None
        };
        out.found
            .extend(found.map(|(weight, kind)| (weight, kind, i)));
        let take_place = w == "place" && prev.is_some_and(|p| p.norm.starts_with("t"));
        out.circumstance |= CIRCUMSTANCE.contains(&w) || take_place;
        out.dated |= TIME.contains(&w) || is_year(w) || month_may || is_clock(w, next);
    }
    out
}

/// A time of day: "3pm", "6 a.m".
fn is_clock(w: &str, next: Option<&Token>) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    let numeric = !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.');
    numeric
        && (matches!(suffix, "am" | "pm")
            || (suffix.is_empty() && next.is_some_and(|n| n.is("a.m") || n.is("p.m"))))
}

/// A claim for `unit`, unless it scores too low or another finding covers it; `lead` for the
/// article's first sentence.
pub fn find(tokens: &[Token], unit: &Unit, others: &[Found], lead: bool) -> Option<Found> {
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
        if f.tokens.end >= r.end {
            return None; // the unit is the demand, with its asker
        }
        // A demand opening the unit: the claim is what follows it.
        r = trim(tokens, strip_lead(tokens, f.tokens.end..r.end))?;
    }
    let n = n_words(tokens, &r);
    let words = || tokens[r.clone()].iter().filter(|t| t.is_word());
    // "he smiled and said": a frame whose statement is elsewhere (but "was rejected" is one).
    let mut tail = words().rev();
    let (last, before_last) = (tail.next(), tail.next());
    let frame_only = last.is_some_and(|t| has(REPORTING, &t.norm))
        && !before_last.is_some_and(|t| has(COPULAS, &t.norm));
    let first = &tokens[r.start];
    let boilerplate = BOILERPLATE
        .iter()
        .any(|p| (r.start..r.end).any(|i| phrase_len(tokens, i, r.end, p).is_some()));
    // A trailing adverbial (", in a post that …") or sourcing (", according to …"), also
    // when it is what a demand left of the unit.
    let trailing =
        matches!(unit.opened_by, Cut::Comma | Cut::Aside) || r.start != unit.tokens.start;
    let trailing_phrase =
        trailing && (PREPOSITIONS.contains(&first.norm.as_str()) || first.is("according"));
    if n < MIN_WORDS
        || boilerplate
        || trailing_phrase
        || tokens[r.clone()].iter().any(|t| t.is_mark('?'))
        || frame_only
    {
        return None;
    }
    let cues = cues(tokens, r.clone());
    // A forecast does not hold up a timetable ("The hearing will take place on March 3").
    let strong = cues
        .found
        .iter()
        .any(|c| c.0 > 10 && c.1 != ReasonKind::Prediction);
    let mut score = BIAS + cues.found.iter().map(|c| c.0).sum::<i32>().min(40);
    // Circumstance sinks a unit unless a strong cue holds it up; a date only a cueless one.
    score -= match (cues.circumstance, strong) {
        (true, false) => 30,
        (true, true) => 10,
        // The lead's date is the news's date, not background.
        (false, _) if cues.dated && cues.found.is_empty() && !lead => 15,
        _ => 0,
    };
    score += match n {
        0..6 => -5,
        6..10 => 0,
        _ => 5,
    };
    let announces_questions = n < 8 && words().any(|t| t.norm.starts_with("question"));
    if first.is("i") || first.is("i'd") || announces_questions {
        score -= 20; // a personal aside, or a sentence that only announces questions
    }
    // A short time clause (", while the appeal is heard") is circumstance.
    if n < 8 && SUBORDINATORS.contains(&first.norm.as_str()) {
        score -= 10;
    }
    if !words().any(is_finite_verb) {
        score -= 10;
    }
    if score < THRESHOLD {
        return None;
    }
    let cues = cues.found;
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
