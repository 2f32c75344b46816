//! Anchoring: describe a span as a quote with context, and locate a quote again in (maybe edited) text.
//!
//! The order follows Hypothesis's `anchoring/html.ts`: trust the position hint only if the text
//! there still equals the quote; otherwise search for the exact quote and score each occurrence
//! by how well its surroundings agree with the recorded prefix and suffix and how near it is to
//! the hint. A quote that cannot be found is *orphaned*, never a panic; a placement that rests on
//! weak evidence is *fuzzy* and the reader is asked to confirm it.

use super::span::Span;
use super::text::IndexedText;

/// Code points of context stored on each side of a quote (Hypothesis uses the same 32).
pub const CONTEXT_LEN: usize = 32;

/// Occurrences scored per quote at most; a one-letter quote in a huge article must stay cheap.
const MAX_CANDIDATES: usize = 4096;

/// A W3C TextQuoteSelector: the exact text plus the text just before and after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuote {
    /// The quoted text itself.
    pub exact: String,
    /// Up to [`CONTEXT_LEN`] code points immediately before `exact`.
    pub prefix: String,
    /// Up to [`CONTEXT_LEN`] code points immediately after `exact`.
    pub suffix: String,
}

/// How confidently an annotation was placed in the current text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnchorStatus {
    /// Found where it was recorded (or, with no position, at its single occurrence).
    Exact,
    /// Found unambiguously, but somewhere other than the recorded position.
    Moved,
    /// Placed on weak or ambiguous evidence; the reader should confirm it.
    Fuzzy,
    /// Not found; kept, listed and exported unchanged, but not highlighted.
    Orphaned,
}

impl AnchorStatus {
    /// Short lowercase word for lists, attributes and logs.
    pub fn token(self) -> &'static str {
        match self {
            AnchorStatus::Exact => "exact",
            AnchorStatus::Moved => "moved",
            AnchorStatus::Fuzzy => "fuzzy",
            AnchorStatus::Orphaned => "orphaned",
        }
    }
}

/// The outcome of locating one quote: a status and, unless orphaned, a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// How sure the placement is.
    pub status: AnchorStatus,
    /// Where it landed; `None` exactly when orphaned.
    pub span: Option<Span>,
}

impl Placement {
    /// The placement of an annotation that could not be found.
    pub const ORPHANED: Placement = Placement {
        status: AnchorStatus::Orphaned,
        span: None,
    };
}

/// Describes `span` of `text` as a quote with [`CONTEXT_LEN`] code points of context each side.
pub fn describe(text: &IndexedText, span: Span) -> Option<TextQuote> {
    Some(TextQuote {
        exact: text.slice(span)?.to_string(),
        prefix: text.before(span.start(), CONTEXT_LEN).to_string(),
        suffix: text.after(span.end(), CONTEXT_LEN).to_string(),
    })
}

/// Locates `quote` in `text`, using `hint` (the recorded position) when it still matches.
pub fn locate(text: &IndexedText, quote: &TextQuote, hint: Option<Span>) -> Placement {
    let n_quote_chars = quote.exact.chars().count();
    if n_quote_chars == 0 {
        // A bare position (some tools write no quote) cannot be verified: offer it for confirmation.
        return match hint.filter(|hint| hint.end() <= text.n_chars()) {
            Some(hint) => placed(AnchorStatus::Fuzzy, hint),
            None => Placement::ORPHANED,
        };
    }
    if let Some(hint) = hint {
        if text.slice(hint) == Some(quote.exact.as_str()) {
            return placed(AnchorStatus::Exact, hint);
        }
    }
    // Candidates are scored at byte offsets; only the winner is converted to code points, since
    // a short quote in a long article can occur thousands of times.
    let hint_byte = hint.and_then(|hint| text.byte_of(hint.start().min(text.n_chars())));
    let mut best: Option<(Score, usize)> = None;
    let mut n_best = 0;
    for (byte_idx, _) in text.as_str().match_indices(quote.exact.as_str()).take(MAX_CANDIDATES) {
        let score = score(text.as_str(), quote, byte_idx, hint_byte);
        match &best {
            Some((best_score, _)) if score.context < best_score.context => {}
            Some((best_score, _)) if score.context == best_score.context => {
                n_best += 1;
                if score.distance < best_score.distance {
                    best = Some((score, byte_idx));
                }
            }
            _ => {
                best = Some((score, byte_idx));
                n_best = 1;
            }
        }
    }
    let Some((best_score, best_byte)) = best else {
        return Placement::ORPHANED;
    };
    let Some(span) = text
        .char_of(best_byte)
        .and_then(|start| Span::new(start, start + n_quote_chars))
    else {
        return Placement::ORPHANED;
    };
    let context_available = quote.prefix.chars().count() + quote.suffix.chars().count();
    // Weak context on a short quote is how tools jump to a look-alike passage; ask instead.
    let context_weak = best_score.context * 2 < context_available && n_quote_chars < CONTEXT_LEN;
    let status = if n_best > 1 && hint.is_none() || context_weak {
        AnchorStatus::Fuzzy
    } else if hint.is_some_and(|hint| hint != span) {
        AnchorStatus::Moved
    } else {
        AnchorStatus::Exact
    };
    placed(status, span)
}

fn placed(status: AnchorStatus, span: Span) -> Placement {
    Placement {
        status,
        span: Some(span),
    }
}

/// Agreement of one occurrence with the recorded context, and its distance from the hint.
#[derive(Clone, Copy, Debug)]
struct Score {
    /// Code points of prefix and suffix that match around the occurrence.
    context: usize,
    /// Bytes between the occurrence and the hint (0 without a hint); only compared, never shown.
    distance: usize,
}

fn score(text: &str, quote: &TextQuote, byte_idx: usize, hint_byte: Option<usize>) -> Score {
    let prefix_agreement = text[..byte_idx]
        .chars()
        .rev()
        .zip(quote.prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix_agreement = text[byte_idx + quote.exact.len()..]
        .chars()
        .zip(quote.suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    Score {
        context: prefix_agreement + suffix_agreement,
        distance: hint_byte.map_or(0, |hint| hint.abs_diff(byte_idx)),
    }
}
