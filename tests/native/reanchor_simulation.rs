//! Simulation: random word edits to the seed article, then every editorial annotation re-anchored and judged.
//!
//! Run with `--nocapture` to see the shares. Wrong placements (exact or moved, but not on the
//! tracked passage) are silent mistakes: they must stay near zero however much the text changes.

use article_annotator::model::simulation::{self, Tally};
use article_annotator::seed::seed_bundle;

#[test]
fn wrong_placements_stay_near_zero_under_random_edits() {
    let bundle = seed_bundle();
    let annotations: Vec<_> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.clone())
        .collect();
    // (edits per run, seeds, most correct-or-fuzzy-on-passage expected at least, in percent)
    let cases = [(3, 30, 95.0), (15, 30, 85.0), (50, 20, 70.0)];
    for (n_edits, n_seeds, min_found) in cases {
        let mut tally = Tally::default();
        for seed in 0..n_seeds {
            tally += simulation::run(&bundle.article, &annotations, n_edits, seed);
        }
        println!("{n_edits:>2} word edits x {n_seeds} seeds: {tally}");
        assert!(
            tally.percent(tally.wrong) <= 2.0,
            "{n_edits} edits: {tally}"
        );
        let found = tally.percent(tally.correct + tally.fuzzy_on_passage);
        assert!(found >= min_found, "{n_edits} edits: {tally}");
    }
}
