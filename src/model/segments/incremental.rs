//! Incremental paragraph segments: after an edit, recompute only the paragraphs a changed key touches.
//!
//! The previous and new key lists are compared as multisets (common prefix and suffix first, then
//! a sort and merge of the rest), the spans of the keys that appeared or disappeared mark the
//! paragraphs to redo, and every other paragraph keeps its previous `Rc`, so the view compares
//! it by pointer. A recomputed paragraph whose segments came out equal also keeps its old `Rc`.

use std::rc::Rc;

use super::paragraphs::{overlapping_paragraphs, some_paragraph_segments};
use super::{paragraph_segments, Segment, SegmentKey};
use crate::model::article::Article;
use crate::model::order::sort_by;
use crate::model::span::Span;

/// One paragraph's segments, shared.
pub type SharedSegments<K> = Rc<Vec<Segment<K>>>;

/// A previous call's key list and result, handed back to the next call.
pub type Previous<'a, K> = (&'a [(Span, K)], &'a [SharedSegments<K>]);

/// Above this share of affected paragraphs (1 in `FULL_DIVISOR`) everything is recomputed.
const FULL_DIVISOR: usize = 4;

/// Segments of every paragraph, each behind an `Rc` so unchanged paragraphs keep their pointer.
///
/// The result equals `paragraph_segments(article, keys)` with each paragraph wrapped in an `Rc`.
/// `previous` is the key list of the last call and what it returned, for the same article (a
/// result of another length is ignored). Paragraphs that no added or removed key overlaps reuse
/// the previous `Rc`; so does any recomputed paragraph whose segments did not change.
pub fn update_paragraph_segments<K: SegmentKey>(
    article: &Article,
    previous: Option<Previous<'_, K>>,
    keys: &[(Span, K)],
) -> Vec<SharedSegments<K>> {
    let paragraphs = article.paragraphs();
    match previous.filter(|(_, old)| old.len() == paragraphs.len()) {
        Some((old_keys, old)) => redo_changed(article, old, &changed_spans(old_keys, keys), keys),
        None => paragraph_segments(article, keys)
            .into_iter()
            .map(Rc::new)
            .collect(),
    }
}

/// `old` with the paragraphs that a span of `changed` overlaps recomputed from `keys`.
fn redo_changed<K: SegmentKey>(
    article: &Article,
    old: &[SharedSegments<K>],
    changed: &[Span],
    keys: &[(Span, K)],
) -> Vec<SharedSegments<K>> {
    let paragraphs = article.paragraphs();
    let mut affected = vec![false; paragraphs.len()];
    let mut n_affected = 0;
    for &span in changed {
        for idx in overlapping_paragraphs(paragraphs, span) {
            n_affected += usize::from(!affected[idx]);
            affected[idx] = true;
        }
    }
    if n_affected == 0 {
        return old.to_vec();
    }
    if n_affected * FULL_DIVISOR > paragraphs.len() {
        return paragraph_segments(article, keys)
            .into_iter()
            .zip(old)
            .map(|(fresh, old)| reuse_if_equal(fresh, old))
            .collect();
    }
    let fresh = some_paragraph_segments(article, keys, &affected);
    old.iter()
        .zip(fresh)
        .map(|(old, fresh)| match fresh {
            Some(fresh) => reuse_if_equal(fresh, old),
            None => Rc::clone(old),
        })
        .collect()
}

fn reuse_if_equal<K: PartialEq>(
    fresh: Vec<Segment<K>>,
    old: &SharedSegments<K>,
) -> SharedSegments<K> {
    if **old == fresh {
        Rc::clone(old)
    } else {
        Rc::new(fresh)
    }
}

/// Spans of the keys in the multiset difference of `old` and `new`, both ways.
///
/// Equal prefixes and suffixes are skipped in linear time (the usual single create, edit or
/// delete leaves the list order alone); only the differing middles are sorted and merged.
pub fn changed_spans<K: Ord>(old: &[(Span, K)], new: &[(Span, K)]) -> Vec<Span> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old, new) = (&old[prefix..], &new[prefix..]);
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let mut old: Vec<&(Span, K)> = old[..old.len() - suffix].iter().collect();
    let mut new: Vec<&(Span, K)> = new[..new.len() - suffix].iter().collect();
    sort_by(&mut old, |a, b| a.cmp(b));
    sort_by(&mut new, |a, b| a.cmp(b));
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < old.len() && j < new.len() {
        match old[i].cmp(new[j]) {
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
            std::cmp::Ordering::Less => {
                out.push(old[i].0);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(new[j].0);
                j += 1;
            }
        }
    }
    out.extend(old[i..].iter().chain(&new[j..]).map(|(span, _)| *span));
    out
}

/// The last key list and its segments, so each update recomputes only what changed.
///
/// Meant to live across renders (in the app, behind `use_mut_ref`). It also remembers the
/// paragraph spans it was computed for, so a different article starts from scratch.
#[derive(Debug)]
pub struct SegmentCache<K> {
    paragraphs: Vec<Span>,
    keys: Vec<(Span, K)>,
    result: Option<Rc<Vec<SharedSegments<K>>>>,
}

impl<K> Default for SegmentCache<K> {
    fn default() -> Self {
        SegmentCache {
            paragraphs: Vec::new(),
            keys: Vec::new(),
            result: None,
        }
    }
}

impl<K: SegmentKey> SegmentCache<K> {
    /// Segments of every paragraph for `keys`, reusing the previous `Rc`s where nothing changed.
    ///
    /// When no paragraph changed (no key did, or none that overlaps a paragraph) the previous
    /// outer `Rc` itself is returned.
    pub fn update(
        &mut self,
        article: &Article,
        keys: Vec<(Span, K)>,
    ) -> Rc<Vec<SharedSegments<K>>> {
        let same_article = self.paragraphs.as_slice() == article.paragraphs();
        let previous = self.result.as_ref().filter(|_| same_article);
        let result = match previous {
            Some(old) => {
                let fresh = redo_changed(article, old, &changed_spans(&self.keys, &keys), &keys);
                let same = fresh.iter().zip(old.iter()).all(|(a, b)| Rc::ptr_eq(a, b));
                if same {
                    Rc::clone(old)
                } else {
                    Rc::new(fresh)
                }
            }
            None => Rc::new(update_paragraph_segments(article, None, &keys)),
        };
        if !same_article {
            self.paragraphs = article.paragraphs().to_vec();
        }
        self.keys = keys;
        self.result = Some(Rc::clone(&result));
        result
    }
}
