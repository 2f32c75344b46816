//! The import flood of issue 10, shared by the native test and the model benchmark: `n`
//! distinct annotations nested around the middle of an article (each category in turn, spans
//! `[c - i, c + i)`), given as bare positions, as a 5 MB file of them would; and the memory
//! proxy: how many keys the paragraph segments (and the view's edge markers) hold.
#![allow(dead_code)] // The test and the benchmark use different parts.

use article_annotator::model::segments::SegmentKey;
use article_annotator::model::w3c::ImportReport;
use article_annotator::model::{
    Annotation, AnnotationId, Article, Category, Origin, Segment, Span, TextTarget,
};

/// A report of `n` distinct nested annotations around the middle of `article`.
pub fn nested_flood(article: &Article, n: usize) -> ImportReport {
    let centre = article.text().n_chars() / 2;
    let annotations = (0..n)
        .filter_map(|k| {
            let half = 1 + k / 3;
            let span = Span::new(centre.checked_sub(half)?, centre + half)?;
            Some(Annotation {
                id: AnnotationId::from_uuid_bits(k as u128 + 1),
                category: Category::ALL[k % 3],
                origin: Origin::Reader,
                note: String::new(),
                target: TextTarget {
                    quote: Default::default(),
                    position: Some(span),
                },
                created: None,
                modified: None,
                via: None,
            })
        })
        .collect();
    ImportReport {
        annotations,
        ..ImportReport::default()
    }
}

/// Keys held by the runs (listed, starting and ending keys) and by the view, which gives
/// each start marker the run's listed ids again.
pub fn keys_held<K: SegmentKey>(paragraphs: &[Vec<Segment<K>>]) -> (usize, usize) {
    let runs = paragraphs.iter().flatten();
    let in_runs = runs
        .clone()
        .map(|run| run.covering().len() + run.starting().len() + run.ending().len())
        .sum();
    let in_view = runs
        .map(|run| run.covering().len() * (1 + run.starting().len()))
        .sum();
    (in_runs, in_view)
}
