//! The suggester: proposes claims, demands and open questions in any article, each with a
//! confidence and the reason it fired, from rules alone (no model, no network, deterministic).
//!
//! Each paragraph is cut into tokens (`tokens.rs`), sentences (`sentences.rs`) and clause units
//! (`units.rs`). Questions (`questions.rs`) and demands (`demands.rs`) are precision-first cue
//! rules over a sentence; claims (`claims.rs`) are recall-first: every clause unit, scored by
//! its cues and dropped by trap rules. Spans are whole tokens of one paragraph, so they are
//! snapped to words, never cross a paragraph and never split a character. The research behind
//! the rules is `/work/shared/research/suggest-anchors.md`; `score.rs` measures them.
//!
//! Only the CLI (and later the editor's desk) calls this module, never the reader's widget, so
//! the reader's wasm bundle does not carry it.

mod claims;
mod demands;
mod lexicon;
mod questions;
mod reason;
pub mod score;
mod sentences;
mod tokens;
mod units;
mod words;

pub use reason::{Confidence, Reason, ReasonKind};

use reason::Found;

use super::article::Article;
use super::category::Category;
use super::span::Span;

/// One proposed annotation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    /// Code points of the article's canonical text, inside one paragraph, on word edges.
    pub span: Span,
    /// Claim, demand or question.
    pub category: Category,
    /// How sure the rule is.
    pub confidence: Confidence,
    /// Why it fired, in an editor's words.
    pub reason: Reason,
}

/// Suggestions for `article`, ordered by position; same-category suggestions never share half
/// of each other's text (the stronger one is kept).
pub fn suggest(article: &Article) -> Vec<Suggestion> {
    let text = article.text();
    let mut out = Vec::new();
    // The first paragraph of prose (after any headline or byline) leads the article.
    let mut lead = true;
    for &paragraph in article.paragraphs() {
        let Some(body) = text.slice(paragraph) else {
            continue;
        };
        let tokens = tokens::tokenize(body);
        if is_heading(&tokens) {
            continue;
        }
        let chars: Vec<char> = body.chars().collect();
        let found = paragraph_findings(&tokens, lead);
        lead = false;
        let converted = found
            .iter()
            .filter_map(|f| to_suggestion(&tokens, &chars, paragraph.start(), f));
        // Suggestions never cross a paragraph, so duplicates are looked for within one.
        out.extend(dedupe(converted.collect()));
    }
    out
}

/// Everything the rules find in one paragraph's tokens; `first` for the article's first
/// paragraph, whose first sentence is the news itself.
fn paragraph_findings(tokens: &[tokens::Token], first: bool) -> Vec<Found> {
    let sentences = sentences::sentences(tokens);
    let mut all = Vec::new();
    for idx in 0..sentences.len() {
        let units = units::units(tokens, &sentences[idx]);
        let mut found = questions::find(tokens, &sentences, idx);
        found.extend(demands::find(tokens, &sentences[idx], &units));
        let n_cued = found.len();
        // A question is never a claim, even a rhetorical one.
        let claims_allowed = !sentences[idx].question;
        for unit in units.iter().filter(|_| claims_allowed) {
            if let Some(claim) = claims::find(tokens, unit, &found[..n_cued], first && idx == 0) {
                found.push(claim);
            }
        }
        all.extend(found);
    }
    all
}

/// A short paragraph without a closing mark: a heading, byline or caption, not prose.
fn is_heading(tokens: &[tokens::Token]) -> bool {
    let closed = tokens
        .iter()
        .rev()
        .find(|t| t.quote == tokens::Quote::No)
        .is_some_and(|t| matches!(t.mark(), Some('.' | '?' | '!' | '…' | ':')));
    !closed && tokens.iter().filter(|t| t.is_word()).count() <= 10
}

/// A finding in code points of the article, with its cue's text.
fn to_suggestion(
    tokens: &[tokens::Token],
    chars: &[char],
    offset: usize,
    found: &Found,
) -> Option<Suggestion> {
    let first = tokens.get(found.tokens.start)?;
    let last = tokens.get(found.tokens.end.checked_sub(1)?)?;
    let span = Span::new(offset + first.start, offset + last.end)?;
    let cue = match (
        tokens.get(found.cue.start),
        found.cue.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(a), Some(b)) if found.cue.start < found.cue.end => chars
            .get(a.start..b.end)
            .unwrap_or_default()
            .iter()
            .collect(),
        _ => String::new(),
    };
    Some(Suggestion {
        span,
        category: found.category,
        confidence: Confidence::new(found.score),
        reason: Reason {
            kind: found.kind,
            cue,
        },
    })
}

/// Drops the weaker of two same-category suggestions that share half of each other.
fn dedupe(mut all: Vec<Suggestion>) -> Vec<Suggestion> {
    all.sort_by(|a, b| {
        b.confidence
            .cmp(&a.confidence)
            .then(a.span.start().cmp(&b.span.start()))
    });
    let mut kept: Vec<Suggestion> = Vec::with_capacity(all.len());
    for s in all {
        let clash = kept
            .iter()
            .any(|k| k.category == s.category && score::matches(k.span, s.span));
        if !clash {
            kept.push(s);
        }
    }
    kept.sort_by_key(|s| (s.span.start(), s.span.end(), s.category));
    kept
}
