//! Segments: the flat tiling of a paragraph into runs that are each covered by one fixed set of spans.
//!
//! This is where overlaps are decided. Every span edge is a boundary; between two neighbouring
//! boundaries the set of covering annotations is constant, so the view can render each segment
//! as one `<mark>` (or plain text) without ever nesting or splitting DOM nodes itself.

use super::article::Article;
use super::span::Span;

mod incremental;

pub use incremental::{changed_spans, update_paragraph_segments, SegmentCache, SharedSegments};

/// One run of text with the keys of every span that covers all of it (empty for plain text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<K> {
    /// The code points this segment covers.
    pub span: Span,
    /// Covering keys, ordered by the covering span's start, then longest first, then key.
    pub covering: Vec<K>,
}

/// Tiles `extent` into segments given `(span, key)` pairs; spans are clipped to `extent`.
///
/// The output covers `extent` exactly, in order, with no empty segment; neighbouring segments
/// always differ in their covering set.
pub fn segments<K: Clone + Ord>(extent: Span, spans: &[(Span, K)]) -> Vec<Segment<K>> {
    let mut clipped: Vec<(Span, &K)> = spans
        .iter()
        .filter_map(|(span, key)| Some((span.intersect(extent)?, key)))
        .collect();
    clipped.sort_by(|(a, ka), (b, kb)| {
        (a.start(), std::cmp::Reverse(a.end()), ka).cmp(&(
            b.start(),
            std::cmp::Reverse(b.end()),
            kb,
        ))
    });
    let mut boundaries: Vec<usize> = Vec::with_capacity(clipped.len() * 2 + 2);
    boundaries.push(extent.start());
    boundaries.push(extent.end());
    for (span, _) in &clipped {
        boundaries.push(span.start());
        boundaries.push(span.end());
    }
    boundaries.sort_unstable();
    boundaries.dedup();

    // Sweep: `active` holds the spans covering the current segment, in sorted order.
    let mut active: Vec<(Span, &K)> = Vec::new();
    let mut next_to_open = 0;
    let mut out: Vec<Segment<K>> = Vec::with_capacity(boundaries.len());
    for window in boundaries.windows(2) {
        let (from, to) = (window[0], window[1]);
        active.retain(|(span, _)| span.end() > from);
        while next_to_open < clipped.len() && clipped[next_to_open].0.start() <= from {
            let opened = clipped[next_to_open];
            let pos = active.partition_point(|(span, key)| {
                (span.start(), std::cmp::Reverse(span.end()), *key)
                    <= (
                        opened.0.start(),
                        std::cmp::Reverse(opened.0.end()),
                        opened.1,
                    )
            });
            active.insert(pos, opened);
            next_to_open += 1;
        }
        let covering: Vec<K> = active.iter().map(|(_, key)| (*key).clone()).collect();
        let Some(span) = Span::new(from, to) else {
            continue;
        };
        match out.last_mut() {
            // Only reachable when a boundary opens and closes the same set; merge to keep the tiling minimal.
            Some(last) if last.covering == covering => {
                last.span = Span::new(last.span.start(), to).unwrap_or(last.span);
            }
            _ => out.push(Segment { span, covering }),
        }
    }
    out
}

/// Segments for every paragraph of `article`, in paragraph order.
///
/// Spans that cross paragraph boundaries are clipped into each paragraph they touch.
pub fn paragraph_segments<K: Clone + Ord>(
    article: &Article,
    spans: &[(Span, K)],
) -> Vec<Vec<Segment<K>>> {
    let paragraphs = article.paragraphs();
    let mut buckets: Vec<Vec<(Span, K)>> = vec![Vec::new(); paragraphs.len()];
    for (span, key) in spans {
        for idx in overlapping_paragraphs(paragraphs, *span) {
            buckets[idx].push((*span, key.clone()));
        }
    }
    paragraphs
        .iter()
        .zip(&buckets)
        .map(|(paragraph, bucket)| segments(*paragraph, bucket))
        .collect()
}

/// Indices of the paragraphs (sorted, disjoint spans) that `span` overlaps, in order.
fn overlapping_paragraphs(paragraphs: &[Span], span: Span) -> impl Iterator<Item = usize> + '_ {
    let first = paragraphs.partition_point(|p| p.end() <= span.start());
    paragraphs[first..]
        .iter()
        .take_while(move |p| p.start() < span.end())
        .enumerate()
        .filter(move |(_, p)| span.overlaps(**p))
        .map(move |(offset, _)| first + offset)
}

#[cfg(test)]
mod tests {
    use super::segments;
    use crate::model::Span;

    fn s(start: usize, end: usize) -> Span {
        Span::new(start, end).unwrap()
    }

    /// Renders segments as `start-end:keys` for compact table rows.
    fn render(extent: Span, spans: &[(Span, char)]) -> String {
        segments(extent, spans)
            .iter()
            .map(|seg| {
                let keys: String = seg.covering.iter().collect();
                format!("{}-{}:{}", seg.span.start(), seg.span.end(), keys)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn segment_table() {
        let cases: &[(&str, &[(Span, char)], &str)] = &[
            ("none", &[], "0-10:"),
            ("single", &[(s(2, 5), 'a')], "0-2: 2-5:a 5-10:"),
            ("whole", &[(s(0, 10), 'a')], "0-10:a"),
            (
                "adjacent",
                &[(s(0, 3), 'a'), (s(3, 6), 'b')],
                "0-3:a 3-6:b 6-10:",
            ),
            (
                "overlap",
                &[(s(1, 5), 'a'), (s(3, 8), 'b')],
                "0-1: 1-3:a 3-5:ab 5-8:b 8-10:",
            ),
            (
                "nested",
                &[(s(1, 9), 'a'), (s(3, 5), 'b')],
                "0-1: 1-3:a 3-5:ab 5-9:a 9-10:",
            ),
            (
                "nested, given inner first",
                &[(s(3, 5), 'b'), (s(1, 9), 'a')],
                "0-1: 1-3:a 3-5:ab 5-9:a 9-10:",
            ),
            (
                "same start, longer first",
                &[(s(2, 4), 'a'), (s(2, 8), 'b')],
                "0-2: 2-4:ba 4-8:b 8-10:",
            ),
            (
                "identical spans",
                &[(s(2, 4), 'b'), (s(2, 4), 'a')],
                "0-2: 2-4:ab 4-10:",
            ),
            ("clipped at both ends", &[(s(0, 20), 'a')], "0-10:a"),
            ("outside", &[(s(12, 20), 'a')], "0-10:"),
            (
                "triple stack",
                &[(s(0, 6), 'a'), (s(2, 8), 'b'), (s(4, 10), 'c')],
                "0-2:a 2-4:ab 4-6:abc 6-8:bc 8-10:c",
            ),
        ];
        for (name, spans, want) in cases {
            assert_eq!(render(s(0, 10), spans), *want, "{name}");
        }
    }

    #[test]
    fn segments_tile_the_extent_exactly() {
        let spans: Vec<(Span, u32)> = (0..200u32)
            .map(|k| {
                let start = (k as usize * 37) % 500;
                (s(start, start + 1 + (k as usize * 13) % 60), k)
            })
            .collect();
        let extent = s(20, 530);
        let out = segments(extent, &spans);
        assert_eq!(out.first().map(|seg| seg.span.start()), Some(20));
        assert_eq!(out.last().map(|seg| seg.span.end()), Some(530));
        for pair in out.windows(2) {
            assert_eq!(pair[0].span.end(), pair[1].span.start());
            assert_ne!(pair[0].covering, pair[1].covering);
        }
        for seg in &out {
            for (span, key) in &spans {
                let covers = span.contains(seg.span);
                assert_eq!(seg.covering.contains(key), covers, "{seg:?} vs {key}");
            }
        }
    }
}
