//! Segments under heavy overlap equal their naive definition: the first few covering keys
//! (outermost first), every key counted per category, the keys starting and ending at each
//! run's edges; spans crossing whole paragraphs included.

use article_annotator::model::segments::MAX_LISTED;
use article_annotator::model::synthetic::{self, Rng};
use article_annotator::model::{paragraph_segments, Segment};

use super::segments_incremental::{key, s, Key, Keys};
use article_annotator::model::Span;

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
