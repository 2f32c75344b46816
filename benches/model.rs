//! Model benchmark: prints how long anchoring, segmenting and exporting take on a synthetic 1 MB article.
//!
//! Run with `cargo bench --bench model`. It prints figures (median and worst of several runs)
//! and asserts nothing about time: machines differ, so targets are read, not enforced. The
//! targets (issue 4, for wasm; native should be well under): 10,000 quotes without hints in
//! 200 ms, 10,000 with valid hints in 5 ms, a one-edit quote through the fuzzy path in 7 ms,
//! an export of 10,000 annotations in 50 ms; suggestions (issue 12) for the seed in 10 ms
//! and for the 1 MB article in 1 s, natively. The import flood of issue 10 (50,000 nested
//! annotations, merged and segmented) should take seconds at most with keys linear in n.

#[path = "../tests/support/flood.rs"]
mod flood;
#[path = "model/suggest.rs"]
mod suggest_bench;

use std::time::{Duration, Instant};

use article_annotator::model::anchor::Anchorer;
use article_annotator::model::import::merge_import;
use article_annotator::model::segments::update_paragraph_segments;
use article_annotator::model::synthetic::{self, Synthetic};
use article_annotator::model::w3c::{collection_to_json, collection_to_jsonld, parse_document};
use article_annotator::model::{
    paragraph_segments, place_all, simulation, AnchorStatus, AnnotationId, Article, Category,
    Origin, Placed, Span,
};
use article_annotator::seed::seed_bundle;

const N_BYTES: usize = 1 << 20;
const N_ANNOTATIONS: usize = 10_000;
const N_RUNS: usize = 7;
const N_FUZZY: usize = 100;

fn main() {
    // `cargo bench --bench model -- export` runs only the sections whose name contains "export".
    let only = std::env::args().skip(1).find(|arg| !arg.starts_with("--"));
    let wanted = |section: &str| only.as_deref().is_none_or(|only| section.contains(only));
    let started = Instant::now();
    let data = synthetic::generate(N_BYTES, N_ANNOTATIONS, 42);
    println!(
        "synthetic article: {} bytes, {} code points, {} paragraphs, {} annotations (generated in {:.1} ms)",
        data.article.text().as_str().len(),
        data.article.text().n_chars(),
        data.article.paragraphs().len(),
        data.annotations.len(),
        ms(started.elapsed()),
    );
    if wanted("anchor") {
        anchor_section(&data);
    }
    if wanted("fuzzy") {
        fuzzy_section(&data);
    }
    let placed = place_all(&data.article, data.annotations.clone());
    if wanted("segments") {
        let spans: Vec<(Span, (Category, AnnotationId))> = placed
            .iter()
            .filter_map(|p| {
                let key = (p.annotation.category, p.annotation.id.clone());
                Some((p.placement.span?, key))
            })
            .collect();
        report("segments for every paragraph", || {
            paragraph_segments(&data.article, &spans)
                .iter()
                .map(Vec::len)
                .sum()
        });
    }
    if wanted("segments incremental") {
        incremental_section(&data.article, &placed);
    }
    if wanted("export") {
        report("export 10,000 to a JSON-LD string", || {
            collection_to_json(&data.article, "bench", &placed, false).len()
        });
    }
    if wanted("import") {
        // 4,000 of them: 10,000 make 9.7 MB, over the import limit.
        let json = collection_to_json(&data.article, "bench", &placed[..4_000], false);
        report("import 4,000 from a JSON-LD string", || {
            parse_document(&json, Origin::Reader).map_or(0, |r| r.annotations.len())
        });
    }
    if wanted("value") {
        report("export 10,000 as a JSON Value", || {
            let doc = collection_to_jsonld(&data.article, "bench", &placed);
            doc.get("total")
                .and_then(|t| t.as_u64())
                .unwrap_or_default() as usize
        });
    }
    if wanted("simulation") {
        simulation_section();
    }
    if wanted("flood") {
        flood_section(&data.article);
    }
    if wanted("suggest") {
        suggest_bench::suggest_section(&data.article, |name, work| report(name, work));
    }
}

/// Issue 10's flood: n distinct nested annotations merged and segmented, with the keys held.
fn flood_section(article: &Article) {
    for n in [8_000, 50_000] {
        let mut held = (0, 0);
        report(&format!("import flood of {n}: merge and segments"), || {
            let mut shown = Vec::new();
            merge_import(article, &mut shown, flood::nested_flood(article, n));
            let spans: Vec<(Span, (Category, usize))> = shown
                .iter()
                .enumerate()
                .filter_map(|(i, p)| Some((p.placement.span?, (p.annotation.category, i))))
                .collect();
            held = flood::keys_held(&paragraph_segments(article, &spans));
            shown.len()
        });
        println!("  keys held: {} in runs, {} in the view", held.0, held.1);
    }
}

/// Placing all 10,000 annotations, with and without their position hints. Each run gets its
/// own copy of the annotations, made before the clock starts.
fn anchor_section(data: &Synthetic) {
    let with_hints = data.annotations.clone();
    let mut copies = std::iter::repeat_with(|| with_hints.clone())
        .take(N_RUNS)
        .collect::<Vec<_>>();
    // Results are kept until the section ends: freeing them is not part of anchoring.
    let mut kept = Vec::new();
    let mut place = |copies: &mut Vec<Vec<_>>| {
        let placed = place_all(&data.article, copies.pop().unwrap_or_default());
        let n = placed.len();
        kept.push(placed);
        n
    };
    report("anchor 10,000, valid position hints", || place(&mut copies));
    let mut without_hints = data.annotations.clone();
    for annotation in &mut without_hints {
        annotation.target.position = None;
    }
    let mut copies = std::iter::repeat_with(|| without_hints.clone())
        .take(N_RUNS)
        .collect::<Vec<_>>();
    report("anchor 10,000 by quote only (index included)", || {
        place(&mut copies)
    });
    let placed = place_all(&data.article, without_hints);
    let statuses = count_statuses(placed.iter().map(|p| p.placement.status));
    let n_right = placed
        .iter()
        .zip(&data.annotations)
        .filter(|(p, a)| p.placement.span == a.target.position)
        .count();
    println!(
        "    no-hint outcome: {statuses}; {n_right} of {} at the recorded span",
        placed.len()
    );
}

/// One-edit quotes (a deleted letter, a changed letter or an inserted word) that no longer
/// occur verbatim, so each goes through the fuzzy path; timed one by one.
fn fuzzy_section(data: &Synthetic) {
    let anchorer = Anchorer::new(data.article.text());
    // Build the index outside the timings (it is shared by the whole batch).
    anchorer.locate(&data.annotations[0].target.quote, None);
    let cases = synthetic::one_edit_quotes(data, N_FUZZY);
    for with_hint in [false, true] {
        let mut times = Vec::new();
        let mut statuses = Vec::new();
        let mut n_overlap = 0;
        for (quote, position) in &cases {
            let hint = position.filter(|_| with_hint);
            let started = Instant::now();
            let placement = std::hint::black_box(anchorer.locate(quote, hint));
            times.push(started.elapsed());
            statuses.push(placement.status);
            n_overlap += usize::from(
                placement
                    .span
                    .zip(*position)
                    .is_some_and(|(a, b)| a.overlaps(b)),
            );
        }
        let total: Duration = times.iter().sum();
        println!(
            "{:<45} mean {:>9.3} ms   worst {:>9.3} ms   ({}; {n_overlap} of {} on the passage)",
            format!(
                "{} one-edit quotes, fuzzy path, {}",
                cases.len(),
                if with_hint { "hints" } else { "no hints" }
            ),
            ms(total) / cases.len().max(1) as f64,
            ms(times.iter().max().copied().unwrap_or_default()),
            count_statuses(statuses.into_iter()),
            cases.len(),
        );
    }
}

/// Re-anchoring the seed's editorial annotations after random word edits: the shares.
fn simulation_section() {
    let bundle = seed_bundle();
    let annotations: Vec<_> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.clone())
        .collect();
    for n_edits in [5, 20, 60] {
        let started = Instant::now();
        let mut tally = simulation::Tally::default();
        for seed in 0..50 {
            tally += simulation::run(&bundle.article, &annotations, n_edits, seed);
        }
        println!(
            "simulation, {n_edits:>2} word edits x 50 seeds: {tally} ({:.1} ms)",
            ms(started.elapsed())
        );
    }
}

fn count_statuses(statuses: impl Iterator<Item = AnchorStatus>) -> String {
    let mut counts = [0usize; 4];
    for status in statuses {
        counts[status as usize] += 1;
    }
    format!(
        "exact {}, moved {}, fuzzy {}, orphaned {}",
        counts[0], counts[1], counts[2], counts[3]
    )
}

/// Runs `work` N_RUNS times and prints the median and the worst time.
fn report(name: &str, mut work: impl FnMut() -> usize) {
    let mut times = Vec::with_capacity(N_RUNS);
    let mut output = 0;
    for _ in 0..N_RUNS {
        let started = Instant::now();
        output = std::hint::black_box(work());
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "{name:<45} median {:>9.2} ms   worst {:>9.2} ms   (output size {output})",
        ms(times[N_RUNS / 2]),
        ms(times[N_RUNS - 1]),
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000.0
}

/// Segments after one added annotation (keyed like the app's `HighlightKey`: id, category,
/// span): everything recomputed, as `App` did, against only the touched paragraphs.
fn incremental_section(article: &Article, placed: &[Placed]) {
    type Key = (Category, (AnnotationId, Span));
    let key = |id: AnnotationId, category, span| (span, (category, (id, span)));
    let before: Vec<(Span, Key)> = placed
        .iter()
        .filter_map(|p| {
            Some(key(
                p.annotation.id.clone(),
                p.annotation.category,
                p.placement.span?,
            ))
        })
        .collect();
    let mid = article.paragraphs()[article.paragraphs().len() / 2];
    let added = Span::new(mid.start() + 3, mid.start() + 40).unwrap_or(mid);
    let mut after = before.clone();
    after.push(key(
        AnnotationId::from_uuid_bits(7),
        Category::Question,
        added,
    ));
    let previous = update_paragraph_segments(article, None, &before);
    let count = |result: Vec<std::rc::Rc<Vec<_>>>| result.iter().map(|p| p.len()).sum();
    report("segments, one added annotation, full", || {
        count(
            paragraph_segments(article, &after)
                .into_iter()
                .map(std::rc::Rc::new)
                .collect(),
        )
    });
    report("segments, one added annotation, incremental", || {
        count(update_paragraph_segments(
            article,
            Some((&before, &previous)),
            &after,
        ))
    });
    let hidden: Vec<(Span, Key)> = before
        .iter()
        .filter(|k| k.1 .0 != Category::Claim)
        .cloned()
        .collect();
    report("segments, one category hidden, incremental", || {
        count(update_paragraph_segments(
            article,
            Some((&before, &previous)),
            &hidden,
        ))
    });
}
