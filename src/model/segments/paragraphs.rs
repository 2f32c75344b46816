//! Segments of chosen paragraphs: each span is copied only into the paragraphs where it
//! starts or ends; spans crossing whole paragraphs are kept, per paragraph, as one `Through`
//! set found by a single sweep, so a span over the whole article costs O(1) per paragraph.

use super::ranks::Ranks;
use super::{slot, sweep, Segment, SegmentKey, Through, MAX_LISTED};
use crate::model::article::Article;
use crate::model::order::{sort_by, sort_pairs};
use crate::model::span::Span;

/// Segments of the paragraphs marked in `wanted` (`None` for the others).
pub fn some_paragraph_segments<K: SegmentKey>(
    article: &Article,
    spans: &[(Span, K)],
    wanted: &[bool],
) -> Vec<Option<Vec<Segment<K>>>> {
    let paragraphs = article.paragraphs();
    let mut buckets: Vec<Vec<(Span, K)>> = vec![Vec::new(); paragraphs.len()];
    // (first, end) paragraph range each span crosses wholly, with the span's index.
    let mut crossings: Vec<(usize, usize, usize)> = Vec::new();
    for (idx, (span, key)) in spans.iter().enumerate() {
        let first = paragraphs.partition_point(|p| p.end() <= span.start());
        let end = first + overlapped(&paragraphs[first..], *span);
        let crosses = |p: &Span| span.start() < p.start() && p.end() < span.end();
        let through_first = first + usize::from(!paragraphs.get(first).is_some_and(crosses));
        let through_end = match end.checked_sub(1).and_then(|last| paragraphs.get(last)) {
            Some(last) if !crosses(last) => end - 1,
            _ => end,
        };
        for p in (first..end).filter(|p| *p < through_first || *p >= through_end) {
            if wanted[p] {
                buckets[p].push((*span, key.clone()));
            }
        }
        if through_first < through_end {
            crossings.push((through_first, through_end, idx));
        }
    }
    let through = through_sets(spans, &crossings, wanted);
    let none = Through::default();
    let mut scratch = sweep::Scratch::default();
    paragraphs
        .iter()
        .zip(buckets)
        .enumerate()
        .map(|(idx, (paragraph, bucket))| {
            let through = through.get(idx).unwrap_or(&none);
            let wanted = wanted.get(idx).copied().unwrap_or(false);
            wanted.then(|| sweep::tile(*paragraph, &bucket, through, &mut scratch))
        })
        .collect()
}

/// How many of `paragraphs` (the first ending after `span` starts) `span` reaches into:
/// a few steps for the usual short span, a binary search for a long one.
fn overlapped(paragraphs: &[Span], span: Span) -> usize {
    let reaches = |p: &Span| p.start() < span.end();
    match paragraphs.iter().take(4).position(|p| !reaches(p)) {
        Some(n) => n,
        None => paragraphs.partition_point(reaches),
    }
}

/// Indices of the paragraphs (sorted, disjoint spans) that `span` overlaps, in order.
pub fn overlapping_paragraphs(paragraphs: &[Span], span: Span) -> impl Iterator<Item = usize> + '_ {
    let first = paragraphs.partition_point(|p| p.end() <= span.start());
    paragraphs[first..]
        .iter()
        .take_while(move |p| p.start() < span.end())
        .enumerate()
        .filter(move |(_, p)| span.overlaps(**p))
        .map(move |(offset, _)| first + offset)
}

/// One sweep over the paragraphs: the keys crossing each wanted one wholly (none at all
/// when no span crosses a whole paragraph, the usual case).
fn through_sets<K: SegmentKey>(
    spans: &[(Span, K)],
    crossings: &[(usize, usize, usize)],
    wanted: &[bool],
) -> Vec<Through<K>> {
    if crossings.is_empty() {
        return Vec::new();
    }
    // Crossing spans ranked by key (then input order): the set of those crossing one
    // paragraph is a bitset of ranks, its first ranks the listed keys.
    let mut by_key: Vec<usize> = (0..crossings.len()).collect();
    sort_by(&mut by_key, |&a, &b| {
        let (ia, ib) = (crossings[a].2, crossings[b].2);
        (&spans[ia].1, ia).cmp(&(&spans[ib].1, ib))
    });
    let mut rank = vec![0; crossings.len()];
    for (r, &c) in by_key.iter().enumerate() {
        rank[c] = r;
    }
    let mut opens: Vec<(usize, usize)> =
        (0..crossings.len()).map(|c| (crossings[c].0, c)).collect();
    let mut closes: Vec<(usize, usize)> =
        (0..crossings.len()).map(|c| (crossings[c].1, c)).collect();
    sort_pairs(&mut opens);
    sort_pairs(&mut closes);
    let (mut next_open, mut next_close) = (0, 0);
    let mut active = Ranks::default();
    active.reset(crossings.len());
    let mut per_category = [0_usize; 3];
    let mut out = Vec::with_capacity(wanted.len());
    let key_of = |c: usize| &spans[crossings[c].2].1;
    for (p, wanted) in wanted.iter().enumerate() {
        while let Some(&(_, c)) = closes.get(next_close).filter(|(at, _)| *at <= p) {
            active.remove(rank[c]);
            per_category[slot(key_of(c).category())] -= 1;
            next_close += 1;
        }
        while let Some(&(_, c)) = opens.get(next_open).filter(|(at, _)| *at <= p) {
            active.insert(rank[c]);
            per_category[slot(key_of(c).category())] += 1;
            next_open += 1;
        }
        out.push(match *wanted && active.len() > 0 {
            true => Through {
                listed: active
                    .iter()
                    .take(MAX_LISTED)
                    .map(|r| key_of(by_key[r]).clone())
                    .collect(),
                n_covering: active.len(),
                per_category,
            },
            false => Through::default(),
        });
    }
    out
}
