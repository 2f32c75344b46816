//! Anchoring: describe a span as a quote with context, and locate a quote again in (maybe edited) text.
//!
//! The order follows Hypothesis's `anchoring/html.ts`, with every step bounded:
//! 1. the position hint, trusted only if the text there still equals the quote (and, for a
//!    short quote, its surroundings still agree with the recorded context);
//! 2. the exact quote, found through a q-gram index ([`TextIndex`], built once per batch by
//!    [`Anchorer`]) and scored by prefix/suffix agreement, then nearness to the hint;
//! 3. when that finds nothing, or only a short quote in foreign surroundings, an edited copy
//!    found by Myers' approximate matching over a few candidate regions (`fuzzy.rs` documents
//!    the error bound and the regions).
//!
//! A quote that cannot be found is *orphaned*, never a panic; a placement resting on weak or
//! ambiguous evidence is *fuzzy* and the reader is asked to confirm it, so a short quote never
//! jumps silently to a look-alike passage.

mod exact;
mod fuzzy;
mod index;
mod myers;
mod rank;

use std::cell::OnceCell;

pub use fuzzy::MAX_FUZZY_BYTES;
pub use index::TextIndex;

use super::span::Span;
use super::text::IndexedText;
use fuzzy::FuzzyHit;
use index::Finder;
use rank::Ranked;

/// Code points of context stored on each side of a quote (Hypothesis uses the same 32).
pub const CONTEXT_LEN: usize = 32;

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
    /// Found unambiguously, but not verbatim where recorded: elsewhere, or with only its
    /// whitespace changed.
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
///
/// For one quote; to place many in the same text use an [`Anchorer`], which indexes it once.
pub fn locate(text: &IndexedText, quote: &TextQuote, hint: Option<Span>) -> Placement {
    Anchorer::new(text).locate(quote, hint)
}

/// Locates quotes in one text, building the text's index on the first search that needs it.
///
/// Quotes whose position hint still matches never build the index, so re-placing annotations
/// in an unchanged article costs no more than checking each hint.
#[derive(Debug)]
pub struct Anchorer<'a> {
    text: &'a IndexedText,
    index: OnceCell<Option<TextIndex>>,
}

impl<'a> Anchorer<'a> {
    /// An anchorer for `text`; cheap until a quote has to be searched for.
    pub fn new(text: &'a IndexedText) -> Anchorer<'a> {
        Anchorer {
            text,
            index: OnceCell::new(),
        }
    }

    fn finder(&self) -> Finder<'_> {
        Finder {
            hay: self.text.as_str().as_bytes(),
            index: self
                .index
                .get_or_init(|| TextIndex::new(self.text.as_str()))
                .as_ref(),
        }
    }

    /// Locates `quote`, trusting `hint` only where the text still agrees (see the module docs).
    pub fn locate(&self, quote: &TextQuote, hint: Option<Span>) -> Placement {
        let text = self.text;
        let n_quote_chars = quote.exact.chars().count();
        if n_quote_chars == 0 {
            // A bare position (some tools write no quote) cannot be verified: offer it for confirmation.
            return match hint.filter(|hint| hint.end() <= text.n_chars()) {
                Some(hint) => placed(AnchorStatus::Fuzzy, hint),
                None => Placement::ORPHANED,
            };
        }
        let available = std::cell::OnceCell::new();
        // Less than half the recorded context agrees: the passage may be a look-alike.
        let doubtful = |context: usize| {
            context * 2 < *available.get_or_init(|| exact::context_available(quote))
        };
        // On a short quote that is how tools jump to the wrong passage; ask instead.
        let weak = |context: usize| doubtful(context) && n_quote_chars < CONTEXT_LEN;
        let s = text.as_str();
        if let Some(hint) = hint.filter(|&hint| self.hint_holds(quote, hint, n_quote_chars, &weak))
        {
            return placed(AnchorStatus::Exact, hint);
        }
        let hint_byte = hint.and_then(|hint| text.byte_of(hint.start().min(text.n_chars())));
        let finder = self.finder();
        let found = exact::search(&finder, s, quote, hint_byte);
        let decide = |best: &Ranked<usize>| {
            let span = self.span(best.item, best.item + quote.exact.len())?;
            let status =
                if weak(best.merit as usize) || !best.is_clear(hint.is_some(), quote.exact.len()) {
                    AnchorStatus::Fuzzy
                } else if hint.is_some_and(|hint| hint != span) {
                    AnchorStatus::Moved
                } else {
                    AnchorStatus::Exact
                };
            Some(placed(status, span))
        };
        if let Some(best) = found.as_ref().filter(|best| !doubtful(best.merit as usize)) {
            return decide(best).unwrap_or(Placement::ORPHANED);
        }
        // No exact copy, or one in foreign surroundings: an edited copy in the recorded
        // surroundings may be the real passage (each edit costs two code points of context).
        let edited = fuzzy::search(&finder, s, quote, hint_byte).filter(|edited| {
            found
                .as_ref()
                .is_none_or(|doubtful_exact| edited.merit > doubtful_exact.merit)
        });
        match edited {
            Some(edited) => self.place_edited(quote, &edited, hint.is_some(), &weak),
            None => found
                .as_ref()
                .and_then(decide)
                .unwrap_or(Placement::ORPHANED),
        }
    }

    /// An edited copy is fuzzy, unless only its whitespace changed (reflowed lines, doubled
    /// spaces), its surroundings agree and nothing else competes: then it is as good as found.
    fn place_edited(
        &self,
        quote: &TextQuote,
        edited: &Ranked<FuzzyHit>,
        has_hint: bool,
        weak: &dyn Fn(usize) -> bool,
    ) -> Placement {
        let hit = edited.item;
        let Some(span) = self.span(hit.start, hit.end) else {
            return Placement::ORPHANED;
        };
        let context = (edited.merit + 2 * hit.errors as i64).max(0) as usize;
        let same_words = self
            .text
            .as_str()
            .get(hit.start..hit.end)
            .is_some_and(|here| here.split_whitespace().eq(quote.exact.split_whitespace()));
        let sure = same_words && !weak(context) && edited.is_clear(has_hint, quote.exact.len());
        let status = if sure {
            AnchorStatus::Moved
        } else {
            AnchorStatus::Fuzzy
        };
        placed(status, span)
    }

    /// True when the text at `hint` is the quote and, for a short quote, its surroundings still
    /// agree with the recorded context (a short quote at its old offset may be a look-alike
    /// that edits shifted there).
    fn hint_holds(
        &self,
        quote: &TextQuote,
        hint: Span,
        n_quote_chars: usize,
        weak: &dyn Fn(usize) -> bool,
    ) -> bool {
        let s = self.text.as_str();
        let exact = quote.exact.as_bytes();
        let Some(start) = self
            .text
            .byte_of(hint.start())
            .filter(|_| hint.len() == n_quote_chars)
        else {
            return false;
        };
        // Equal bytes from a char boundary end on one too, and the counts agree, so this is the span.
        let end = start + exact.len();
        if s.as_bytes().get(start..end) != Some(exact) {
            return false;
        }
        let full_context = s.as_bytes()[..start].ends_with(quote.prefix.as_bytes())
            && s.as_bytes()[end..].starts_with(quote.suffix.as_bytes());
        n_quote_chars >= CONTEXT_LEN
            || full_context
            || !weak(exact::context_agreement(s, quote, start, end))
    }

    /// The code-point span of a byte range on char boundaries.
    fn span(&self, start: usize, end: usize) -> Option<Span> {
        Span::new(self.text.char_of(start)?, self.text.char_of(end)?)
    }
}

fn placed(status: AnchorStatus, span: Span) -> Placement {
    Placement {
        status,
        span: Some(span),
    }
}
