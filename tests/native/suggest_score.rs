//! The suggester scored against labelled articles: the seed, the development set and the
//! held-out set, each printed per category, with floors a little under the measured figures.
//!
//! Labels are read with the widget's own W3C reader and anchored as editorial annotations
//! (`model::bundle::load`), so a label file the widget could not read fails here too. The floors guard
//! against regressions only; the figures are printed (`cargo test --test native suggest --
//! --nocapture`). `SUGGEST_DEBUG=1` also prints each label missed and each suggestion wrong.

use std::fs;
use std::path::Path;

use article_annotator::model::bundle::{load, parse_meta};
use article_annotator::model::suggest::score::{score, Score};
use article_annotator::model::suggest::{suggest, Suggestion};
use article_annotator::model::{Article, Category, Span};
use article_annotator::seed::{SEED_ANNOTATIONS, SEED_META, SEED_TEXT};

/// One labelled article: text, labels and what the suggester proposes for it.
pub struct Scored {
    pub name: String,
    pub article: std::rc::Rc<Article>,
    pub labels: Vec<(Span, Category)>,
    pub suggestions: Vec<Suggestion>,
}

fn scored(name: &str, meta: &str, text: &str, annotations: &str) -> Scored {
    let meta = parse_meta(meta).unwrap_or_else(|e| panic!("{name}: {e}"));
    let bundle = load(meta, text, Some(annotations));
    assert!(bundle.problems.is_empty(), "{name}: {:?}", bundle.problems);
    let labels = bundle
        .editorial
        .iter()
        .map(|p| (p.placement.span.expect("anchored"), p.annotation.category))
        .collect();
    let suggestions = suggest(&bundle.article);
    Scored {
        name: name.into(),
        article: bundle.article,
        labels,
        suggestions,
    }
}

/// The articles of `tests/fixtures/suggest/<set>/`, in name order.
pub fn fixture_set(set: &str) -> Vec<Scored> {
    let dir = Path::new("tests/fixtures/suggest").join(set);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(String::from)
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let read = |ext: &str| {
                fs::read_to_string(dir.join(format!("{name}{ext}")))
                    .unwrap_or_else(|e| panic!("{name}{ext}: {e}"))
            };
            scored(
                name,
                &read(".json"),
                &read(".txt"),
                &read(".annotations.jsonld"),
            )
        })
        .collect()
}

pub fn seed_set() -> Vec<Scored> {
    vec![scored("seed", SEED_META, SEED_TEXT, SEED_ANNOTATIONS)]
}

fn score_of(article: &Scored) -> Score {
    let suggested: Vec<(Span, Category)> = article
        .suggestions
        .iter()
        .map(|s| (s.span, s.category))
        .collect();
    score(&article.labels, &suggested)
}

fn quote(article: &Article, span: Span) -> String {
    article.text().slice(span).unwrap_or_default().to_string()
}

fn debug(article: &Scored) {
    use article_annotator::model::suggest::score::matches;
    println!("  --- {}", article.name);
    for (span, category) in &article.labels {
        if !article
            .suggestions
            .iter()
            .any(|s| s.category == *category && matches(s.span, *span))
        {
            println!(
                "  MISSED {:8} {}",
                category.token(),
                quote(&article.article, *span)
            );
        }
    }
    for s in &article.suggestions {
        if !article
            .labels
            .iter()
            .any(|(span, c)| *c == s.category && matches(s.span, *span))
        {
            println!(
                "  WRONG  {:8} {} [{}]",
                s.category.token(),
                quote(&article.article, s.span),
                s.reason
            );
        }
    }
}

/// Prints a set's figures and returns its summed score.
fn report(set: &str, articles: &[Scored]) -> Score {
    let mut total = Score::default();
    let debugging = std::env::var_os("SUGGEST_DEBUG").is_some();
    for article in articles {
        let one = score_of(article);
        println!("  {:<32} macro-F1 {:.2}", article.name, one.macro_f1());
        if debugging && set != "holdout" && set != "unseen" {
            debug(article);
        }
        total += one;
    }
    println!("{set}: {} articles", articles.len());
    for category in Category::ALL {
        let c = total.of(category);
        println!(
            "  {:<9} P {:.2}  R {:.2}  F1 {:.2}   ({} labels, {} found; {} suggested, {} right)",
            category.token(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.n_labels,
            c.n_found,
            c.n_suggested,
            c.n_right
        );
    }
    println!("  macro-F1 {:.3}", total.macro_f1());
    total
}

#[test]
fn seed_dev_and_holdout_scores_stay_above_their_floors() {
    // Floors a little under the figures measured when the rules were frozen (seed 0.960, dev
    // 0.982, holdout 0.777 on its first and only scoring; unseen 0.839 on its first scoring): a
    // regression guard, not a target.
    let sets = [
        ("seed", seed_set(), 0.92),
        ("dev", fixture_set("dev"), 0.94),
        ("holdout", fixture_set("holdout"), 0.74),
        // Written afterwards by someone who never saw the rules or their output (blind).
        ("unseen", fixture_set("unseen"), 0.80),
    ];
    for (name, articles, floor) in sets {
        let total = report(name, &articles);
        assert!(
            total.macro_f1() >= floor,
            "{name}: macro-F1 {:.3} fell below its floor {floor}",
            total.macro_f1()
        );
    }
}
