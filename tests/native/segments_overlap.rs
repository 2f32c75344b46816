//! Segments under heavy overlap equal their naive definition: the first few covering keys
//! (outermost first), every key counted per category, the keys starting and ending at each
//! run's edges; spans crossing whole paragraphs included.

use article_annotator::model::segments::MAX_LISTED;
use article_annotator::model::synthetic::{self, Rng};
use article_annotator::model::{paragraph_segments, segments, Category, Segment, Span};

use super::segments_incremental::{key, s, Key, Keys};

/// A run as the tests compare it.
#[derive(Debug, PartialEq)]
struct Run {
    span: Span,
    covering: Vec<Key>,
    n_covering: usize,
    per_category: [usize; 3],
    starting: Vec<Key>,
    ending: Vec<Key>,
}

impl From<&Segment<Key>> for Run {
    fn from(segment: &Segment<Key>) -> Run {
        Run {
            span: segment.span,
            covering: segment.covering().to_vec(),
            n_covering: segment.n_covering,
            per_category: segment.per_category,
            starting: segment.starting().to_vec(),
            ending: segment.ending().to_vec(),
        }
    }
}

/// The segments of `extent` worked out naively from their definition, one run at a time.
fn reference(extent: Span, keys: &Keys) -> Vec<Run> {
    let mut clipped: Vec<(Span, &(Span, Key))> = keys
        .iter()
        .filter_map(|k| Some((k.0.intersect(extent)?, k)))
        .collect();
    clipped.sort_by(|(a, ka), (b, kb)| {
        (a.start(), std::cmp::Reverse(a.end()), &ka.1).cmp(&(
            b.start(),
            std::cmp::Reverse(b.end()),
            &kb.1,
        ))
    });
    let mut edges: Vec<usize> = vec![extent.start(), extent.end()];
    edges.extend(clipped.iter().flat_map(|(c, _)| [c.start(), c.end()]));
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .map(|w| {
            let run = s(w[0], w[1]);
            let covering: Vec<&(Span, Key)> = clipped
                .iter()
                .filter(|(c, _)| c.contains(run))
                .map(|(_, k)| *k)
                .collect();
            let mut per_category = [0; 3];
            for (_, k) in &covering {
                per_category[k.category as usize] += 1;
            }
            let keys_where = |keep: &dyn Fn(Span) -> bool| -> Vec<Key> {
                covering
                    .iter()
                    .filter(|(whole, _)| keep(*whole))
                    .map(|(_, k)| k.clone())
                    .collect()
            };
            Run {
                span: run,
                covering: covering
                    .iter()
                    .take(MAX_LISTED)
                    .map(|(_, k)| k.clone())
                    .collect(),
                n_covering: covering.len(),
                per_category,
                starting: keys_where(&|whole| whole.start() == run.start()),
                ending: keys_where(&|whole| whole.end() == run.end()),
            }
        })
        .collect()
}

#[test]
fn segments_equal_the_naive_definition_under_heavy_overlap() {
    let data = synthetic::generate(20_000, 0, 3);
    let article = &data.article;
    let n_chars = article.text().n_chars();
    let mut rng = Rng(99);
    let mut keys: Keys = Vec::new();
    for id in 0..1_500 {
        // Many short spans, some nested stacks deeper than the listing, some across paragraphs.
        let (start, len) = match rng.below(3) {
            0 => (rng.below(n_chars - 1), 1 + rng.below(60)),
            1 => {
                let centre = n_chars / 3 + rng.below(40);
                let half = 1 + rng.below(200);
                (centre.saturating_sub(half), 2 * half)
            }
            _ => (rng.below(n_chars - 1), 1 + rng.below(8_000)),
        };
        keys.push(key(id, s(start, (start + len).min(n_chars))));
    }
    let got = paragraph_segments(article, &keys);
    let mut deepest = 0;
    for (paragraph, got) in article.paragraphs().iter().zip(&got) {
        let want = reference(*paragraph, &keys);
        deepest = want
            .iter()
            .map(|seg| seg.n_covering)
            .max()
            .unwrap_or(0)
            .max(deepest);
        let got: Vec<Run> = got.iter().map(Run::from).collect();
        assert_eq!(got, want, "paragraph {paragraph:?}");
    }
    assert!(
        deepest > 3 * MAX_LISTED,
        "the test reaches past the listing: {deepest}"
    );
}

/// Renders segments as `start-end:keys` for compact table rows.
fn render(extent: Span, spans: &[(Span, (Category, char))]) -> String {
    segments(extent, spans)
        .iter()
        .map(|seg| {
            let keys: String = seg.covering().iter().map(|(_, c)| c).collect();
            format!("{}-{}:{}", seg.span.start(), seg.span.end(), keys)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

struct Case {
    name: &'static str,
    spans: &'static [(usize, usize, char)],
    want: &'static str,
}

#[test]
fn segment_table() {
    let cases = [
        Case {
            name: "none",
            spans: &[],
            want: "0-10:",
        },
        Case {
            name: "single",
            spans: &[(2, 5, 'a')],
            want: "0-2: 2-5:a 5-10:",
        },
        Case {
            name: "whole",
            spans: &[(0, 10, 'a')],
            want: "0-10:a",
        },
        Case {
            name: "adjacent",
            spans: &[(0, 3, 'a'), (3, 6, 'b')],
            want: "0-3:a 3-6:b 6-10:",
        },
        Case {
            name: "overlap",
            spans: &[(1, 5, 'a'), (3, 8, 'b')],
            want: "0-1: 1-3:a 3-5:ab 5-8:b 8-10:",
        },
        Case {
            name: "nested",
            spans: &[(1, 9, 'a'), (3, 5, 'b')],
            want: "0-1: 1-3:a 3-5:ab 5-9:a 9-10:",
        },
        Case {
            name: "nested, given inner first",
            spans: &[(3, 5, 'b'), (1, 9, 'a')],
            want: "0-1: 1-3:a 3-5:ab 5-9:a 9-10:",
        },
        Case {
            name: "same start, longer first",
            spans: &[(2, 4, 'a'), (2, 8, 'b')],
            want: "0-2: 2-4:ba 4-8:b 8-10:",
        },
        Case {
            name: "identical spans",
            spans: &[(2, 4, 'b'), (2, 4, 'a')],
            want: "0-2: 2-4:ab 4-10:",
        },
        Case {
            name: "same key closes and reopens",
            spans: &[(0, 3, 'a'), (3, 6, 'a')],
            want: "0-6:a 6-10:",
        },
        Case {
            name: "clipped at both ends",
            spans: &[(0, 20, 'a')],
            want: "0-10:a",
        },
        Case {
            name: "outside",
            spans: &[(12, 20, 'a')],
            want: "0-10:",
        },
        Case {
            name: "triple stack",
            spans: &[(0, 6, 'a'), (2, 8, 'b'), (4, 10, 'c')],
            want: "0-2:a 2-4:ab 4-6:abc 6-8:bc 8-10:c",
        },
    ];
    for case in cases {
        let spans: Vec<(Span, (Category, char))> = case
            .spans
            .iter()
            .map(|&(a, b, k)| (s(a, b), (Category::Claim, k)))
            .collect();
        assert_eq!(render(s(0, 10), &spans), case.want, "{}", case.name);
    }
}

#[test]
fn segments_tile_the_extent_exactly() {
    let spans: Vec<(Span, (Category, u32))> = (0..200u32)
        .map(|k| {
            let start = (k as usize * 37) % 500;
            let key = (Category::ALL[k as usize % 3], k);
            (s(start, start + 1 + (k as usize * 13) % 60), key)
        })
        .collect();
    let extent = s(20, 530);
    let out = segments(extent, &spans);
    assert_eq!(out.first().map(|seg| seg.span.start()), Some(20));
    assert_eq!(out.last().map(|seg| seg.span.end()), Some(530));
    for pair in out.windows(2) {
        assert_eq!(pair[0].span.end(), pair[1].span.start());
    }
    for seg in &out {
        let covering: Vec<(Category, u32)> = spans
            .iter()
            .filter(|(span, _)| span.contains(seg.span))
            .map(|(_, key)| *key)
            .collect();
        assert_eq!(seg.n_covering, covering.len(), "{seg:?}");
        assert_eq!(
            seg.covering().len(),
            covering.len().min(MAX_LISTED),
            "{seg:?}"
        );
        assert!(
            seg.covering().iter().all(|key| covering.contains(key)),
            "{seg:?}"
        );
        let per_category: usize = seg.per_category.iter().sum();
        assert_eq!(per_category, covering.len());
    }
}
