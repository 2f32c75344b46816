//! Segments: the flat tiling of a paragraph into runs that are each covered by one fixed set of spans.
//!
//! This is where overlaps are decided. Every span edge is a boundary; between two neighbouring
//! boundaries the set of covering annotations is constant, so the view can render each segment
//! as one `<mark>` (or plain text) without ever nesting or splitting DOM nodes itself.
//!
//! Memory is linear in the number of spans however they overlap: a run lists at most
//! [`MAX_LISTED`] covering keys (the outermost), counts all of them per category, and names
//! only the keys that start or end at its edges, so 50,000 nested spans make 100,000 runs of
//! a few keys each instead of 10^9 keys. Spans crossing a whole paragraph are not copied into
//! it: one sweep over the paragraphs keeps them as a constant set per paragraph (`Through`).
//! `sweep.rs` tiles one extent; `incremental.rs` redoes only the paragraphs an edit touches.

use super::article::Article;
use super::category::Category;
use super::span::Span;

mod incremental;
mod paragraphs;
mod ranks;
mod sweep;

pub use incremental::{
    changed_spans, update_paragraph_segments, Previous, SegmentCache, SharedSegments,
};

/// Covering keys listed per run; the others are only counted.
pub const MAX_LISTED: usize = 8;

/// What a run needs to know of a key besides its order: its category, counted per run.
pub trait SegmentKey: Clone + Ord {
    /// The category of the annotation the key stands for.
    fn category(&self) -> Category;
}

/// Any ordered key paired with its category, for callers without a key type of their own.
impl<T: Clone + Ord> SegmentKey for (Category, T) {
    fn category(&self) -> Category {
        self.0
    }
}

/// One run of text: the keys covering it (the first few, and how many per category) and the
/// keys whose spans start or end at its edges.
///
/// The three key lists share one vector (one allocation per run, as the tiling had before).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<K> {
    /// The code points this segment covers.
    pub span: Span,
    /// How many keys cover the run in all.
    pub n_covering: usize,
    /// How many of them are claims, demands and questions ([`Category::ALL`] order).
    pub per_category: [usize; 3],
    /// The listed covering keys, then the starting keys, then the ending keys.
    keys: Vec<K>,
    n_listed: usize,
    n_starting: usize,
}

impl<K> Segment<K> {
    /// The first [`MAX_LISTED`] covering keys, ordered by the covering span's start, then
    /// longest first, then key (outermost first); empty for plain text.
    pub fn covering(&self) -> &[K] {
        self.keys.get(..self.n_listed).unwrap_or_default()
    }

    /// Keys whose whole span starts where this run starts, in covering order.
    pub fn starting(&self) -> &[K] {
        let end = self.n_listed + self.n_starting;
        self.keys.get(self.n_listed..end).unwrap_or_default()
    }

    /// Keys whose whole span ends where this run ends, in covering order.
    pub fn ending(&self) -> &[K] {
        let start = self.n_listed + self.n_starting;
        self.keys.get(start..).unwrap_or_default()
    }
}

impl<K: SegmentKey> Segment<K> {
    /// The categories covering the run: those of the listed keys first (outermost first),
    /// then any only counted, in legend order.
    pub fn categories(&self) -> Vec<Category> {
        let mut out: Vec<Category> = Vec::with_capacity(3);
        let listed = self.covering().iter().map(SegmentKey::category);
        let counted = Category::ALL
            .into_iter()
            .zip(self.per_category)
            .filter(|(_, n)| *n > 0)
            .map(|(category, _)| category);
        for category in listed.chain(counted) {
            if !out.contains(&category) {
                out.push(category);
            }
        }
        out
    }
}

/// The index of `category` in [`Category::ALL`], where its count sits.
fn slot(category: Category) -> usize {
    match category {
        Category::Claim => 0,
        Category::Demand => 1,
        Category::Question => 2,
    }
}

/// The keys of spans that cross a whole extent: constant over all its runs.
#[derive(Clone, Debug)]
pub struct Through<K> {
    /// The first [`MAX_LISTED`] of them by key.
    pub listed: Vec<K>,
    /// How many there are.
    pub n_covering: usize,
    /// How many per category.
    pub per_category: [usize; 3],
}

impl<K> Default for Through<K> {
    fn default() -> Self {
        Through {
            listed: Vec::new(),
            n_covering: 0,
            per_category: [0; 3],
        }
    }
}

/// Tiles `extent` into segments given `(span, key)` pairs; spans are clipped to `extent`.
///
/// The output covers `extent` exactly, in order, with no empty segment; neighbouring segments
/// always differ in their covering set.
pub fn segments<K: SegmentKey>(extent: Span, spans: &[(Span, K)]) -> Vec<Segment<K>> {
    sweep::tile(
        extent,
        spans,
        &Through::default(),
        &mut sweep::Scratch::default(),
    )
}

/// Segments for every paragraph of `article`, in paragraph order.
///
/// Spans that cross paragraph boundaries are clipped into each paragraph they touch; each
/// paragraph's segments equal `segments(paragraph, spans)`.
pub fn paragraph_segments<K: SegmentKey>(
    article: &Article,
    spans: &[(Span, K)],
) -> Vec<Vec<Segment<K>>> {
    let all = vec![true; article.paragraphs().len()];
    paragraphs::some_paragraph_segments(article, spans, &all)
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect()
}
