//! Model benchmark: prints how long anchoring and segmenting take on a synthetic 1 MB article.
//!
//! Run with `cargo bench --bench model`. It prints figures (median and worst of several runs)
//! and asserts nothing about time: machines differ, so targets are read, not enforced.

use std::time::{Duration, Instant};

use article_annotator::model::{paragraph_segments, place_all, synthetic, AnnotationId, Span};

const N_BYTES: usize = 1 << 20;
const N_ANNOTATIONS: usize = 10_000;
const N_RUNS: usize = 7;

fn main() {
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

    let with_hints = data.annotations.clone();
    report("anchor all, valid position hints", || {
        place_all(&data.article, with_hints.clone()).len()
    });

    let mut without_hints = data.annotations.clone();
    for annotation in &mut without_hints {
        annotation.target.position = None;
    }
    let sample: Vec<_> = without_hints.iter().take(1_000).cloned().collect();
    report("anchor 1,000 by quote only (no hints)", || {
        place_all(&data.article, sample.clone()).len()
    });

    let placed = place_all(&data.article, data.annotations.clone());
    let spans: Vec<(Span, AnnotationId)> = placed
        .iter()
        .filter_map(|p| Some((p.placement.span?, p.annotation.id.clone())))
        .collect();
    report("segments for every paragraph", || {
        paragraph_segments(&data.article, &spans).iter().map(Vec::len).sum()
    });
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
