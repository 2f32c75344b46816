//! Issue 10, item 4: a flood of 50,000 overlapping annotations imports natively within seconds,
//! and what the paragraph segments hold grows linearly with it, not with its square.

#[path = "../support/flood.rs"]
mod flood;

use std::time::Instant;

use article_annotator::model::import::merge_import;
use article_annotator::model::segments::MAX_LISTED;
use article_annotator::model::{paragraph_segments, synthetic, Category, Span};
use flood::{keys_held, nested_flood};

#[test]
fn fifty_thousand_nested_annotations_import_in_linear_memory() {
    let data = synthetic::generate(1 << 20, 0, 7);
    let article = &data.article;
    let mut held = Vec::new();
    for n in [5_000, 50_000] {
        let started = Instant::now();
        let mut shown = Vec::new();
        let summary = merge_import(article, &mut shown, nested_flood(article, n));
        assert_eq!((summary.imported, summary.duplicates), (n, 0));
        let spans: Vec<(Span, (Category, usize))> = shown
            .iter()
            .enumerate()
            .filter_map(|(idx, p)| Some((p.placement.span?, (p.annotation.category, idx))))
            .collect();
        let segments = paragraph_segments(article, &spans);
        let elapsed = started.elapsed();
        let (in_runs, in_view) = keys_held(&segments);
        let n_runs: usize = segments.iter().map(Vec::len).sum();
        // Every run lists at most MAX_LISTED keys; every key starts and ends in one run.
        let bound = n_runs * MAX_LISTED + 2 * n;
        assert!(
            in_runs <= bound,
            "{n}: {in_runs} keys in runs, bound {bound}"
        );
        assert!(
            in_view <= n_runs * MAX_LISTED + 2 * n * MAX_LISTED,
            "{n}: {in_view}"
        );
        // Debug builds are slow; release takes a fraction of this (see benches/model.rs).
        assert!(elapsed.as_secs() < 30, "{n}: {elapsed:?}");
        held.push((n, in_runs, in_view));
    }
    // Ten times the annotations, at most about ten times the keys (the old tiling held every
    // covering id in every run: n²/3, 833 million keys for 50,000).
    let (small, large) = (held[0], held[1]);
    assert!(large.1 <= small.1 * 11, "{held:?}");
    assert!(large.1 < 2_000_000, "{held:?}");
}
