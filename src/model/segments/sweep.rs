//! The sweep that tiles one extent: spans open and close at boundaries while an ordered set of
//! the covering spans is kept, so each run costs the keys it lists, not every key covering it.
//!
//! Spans are ranked once by (start, longest first, key) after clipping; the active set holds
//! ranks in a bitset (`ranks.rs`), with a count per category beside it. A run lists the first
//! [`MAX_LISTED`] ranks of the set merged with the paragraph's constant `Through` set (spans
//! crossing the whole extent), and the keys that really start or end at its edges. Time is
//! O(n log n + runs × MAX_LISTED), memory O(n + runs × MAX_LISTED), whatever the overlap.

use std::cmp::Reverse;

use super::ranks::Ranks;
use super::{slot, Segment, SegmentKey, Through, MAX_LISTED};
use crate::model::order::{sort_by, sort_pairs, sort_values};
use crate::model::span::Span;

/// One span of the extent: clipped, as given, and its key.
struct Entry<'k, K> {
    clipped: Span,
    whole: Span,
    key: &'k K,
}

fn order<K: Ord>(clipped: Span, key: &K) -> (usize, Reverse<usize>, &K) {
    (clipped.start(), Reverse(clipped.end()), key)
}

/// Buffers of one sweep, kept for the next extent so a paragraph costs few allocations.
#[derive(Debug, Default)]
pub struct Scratch {
    /// (end, rank) of each entry, sorted: the order spans close in.
    by_end: Vec<(usize, usize)>,
    boundaries: Vec<usize>,
    opened: Vec<usize>,
    closed: Vec<usize>,
    active: Ranks,
}

/// Tiles `extent` given `spans` (clipped to it) and the keys of spans crossing all of it.
pub fn tile<K: SegmentKey>(
    extent: Span,
    spans: &[(Span, K)],
    through: &Through<K>,
    scratch: &mut Scratch,
) -> Vec<Segment<K>> {
    let mut entries: Vec<Entry<'_, K>> = spans
        .iter()
        .filter_map(|(whole, key)| {
            Some(Entry {
                clipped: whole.intersect(extent)?,
                whole: *whole,
                key,
            })
        })
        .collect();
    if entries.is_empty() && through.n_covering == 0 {
        return vec![Segment {
            span: extent,
            n_covering: 0,
            per_category: [0; 3],
            keys: Vec::new(),
            n_listed: 0,
            n_starting: 0,
        }];
    }
    sort_by(&mut entries, |a, b| {
        order(a.clipped, a.key).cmp(&order(b.clipped, b.key))
    });
    let Scratch {
        by_end,
        boundaries,
        opened,
        closed,
        active,
    } = scratch;
    by_end.clear();
    by_end.extend(
        entries
            .iter()
            .enumerate()
            .map(|(rank, e)| (e.clipped.end(), rank)),
    );
    sort_pairs(by_end);
    boundaries.clear();
    boundaries.extend([extent.start(), extent.end()]);
    for entry in &entries {
        boundaries.extend([entry.clipped.start(), entry.clipped.end()]);
    }
    sort_values(boundaries);
    boundaries.dedup();
    active.reset(entries.len());
    let mut counts = through.per_category;
    let (mut next_open, mut next_close) = (0, 0);
    let mut out: Vec<Segment<K>> = Vec::with_capacity(boundaries.len());
    for window in boundaries.windows(2) {
        let (from, to) = (window[0], window[1]);
        let Some(span) = Span::new(from, to) else {
            continue;
        };
        closed.clear();
        while let Some(&(_, rank)) = by_end.get(next_close).filter(|&&(end, _)| end <= from) {
            active.remove(rank);
            counts[slot(entries[rank].key.category())] -= 1;
            closed.push(rank);
            next_close += 1;
        }
        opened.clear();
        while let Some(entry) = entries.get(next_open).filter(|e| e.clipped.start() <= from) {
            active.insert(next_open);
            counts[slot(entry.key.category())] += 1;
            opened.push(next_open);
            next_open += 1;
        }
        // `by_end` lists ties by rank, which is the covering order.
        let ending = by_end[next_close..]
            .iter()
            .take_while(|&&(end, _)| end == to)
            .filter(|&&(_, r)| entries[r].whole.end() == to)
            .map(|&(_, r)| entries[r].key);
        if let Some(last) = out
            .last_mut()
            .filter(|_| same_keys(&entries, opened, closed))
        {
            // Only reachable when a boundary closes and opens equal keys: one run, not two.
            last.span = Span::new(last.span.start(), to).unwrap_or(last.span);
            last.keys.truncate(last.n_listed + last.n_starting);
            last.keys.extend(ending.cloned());
            continue;
        }
        let n_covering = through.n_covering + active.len();
        let capacity = MAX_LISTED.min(n_covering) + opened.len() + ending.clone().count();
        let mut keys = Vec::with_capacity(capacity);
        listed(&mut keys, extent, &entries, active, through);
        let n_listed = keys.len();
        let starting = opened
            .iter()
            .filter(|&&r| entries[r].whole.start() == from)
            .map(|&r| entries[r].key);
        keys.extend(starting.cloned());
        let n_starting = keys.len() - n_listed;
        keys.extend(ending.cloned());
        out.push(Segment {
            span,
            n_covering,
            per_category: counts,
            keys,
            n_listed,
            n_starting,
        });
    }
    out
}

/// True when the keys closed and opened at one boundary are the same multiset (and some are).
fn same_keys<K: Ord>(entries: &[Entry<'_, K>], opened: &[usize], closed: &[usize]) -> bool {
    match (opened, closed) {
        ([], _) => false,
        (a, b) if a.len() != b.len() => false,
        ([a], [b]) => entries[*a].key == entries[*b].key,
        _ => {
            let mut a: Vec<&K> = opened.iter().map(|&r| entries[r].key).collect();
            let mut b: Vec<&K> = closed.iter().map(|&r| entries[r].key).collect();
            sort_by(&mut a, |x, y| x.cmp(y));
            sort_by(&mut b, |x, y| x.cmp(y));
            a == b
        }
    }
}

/// Pushes the first [`MAX_LISTED`] covering keys onto `out`: the through set and the active
/// ranks, merged in covering order (through spans clip to the whole extent).
fn listed<K: SegmentKey>(
    out: &mut Vec<K>,
    extent: Span,
    entries: &[Entry<'_, K>],
    active: &Ranks,
    through: &Through<K>,
) {
    let n_listed = MAX_LISTED.min(through.n_covering + active.len());
    let mut crossing = through.listed.iter().peekable();
    let mut inside = active.iter().map(|r| &entries[r]).peekable();
    while out.len() < n_listed {
        let take_crossing = match (crossing.peek(), inside.peek()) {
            (Some(key), Some(entry)) => order(extent, *key) <= order(entry.clipped, entry.key),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let key = match take_crossing {
            true => crossing.next(),
            false => inside.next().map(|entry| entry.key),
        };
        out.extend(key.cloned());
    }
}
