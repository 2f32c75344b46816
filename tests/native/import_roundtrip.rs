//! Property: exporting placed annotations and importing the file again gives back the very same annotations.
//!
//! Random sets over the seed article and over generated text full of emoji, flags, ZWJ
//! families, combining marks, right-to-left words and curly quotes; random spans (not only on
//! word edges), notes with HTML, script, quotes, control characters and astral characters, all
//! three categories, both origins, with and without timestamps.

use proptest::prelude::*;

use article_annotator::model::anchor::describe;
use article_annotator::model::article::ArticleMeta;
use article_annotator::model::w3c::{collection_to_json, parse_document};
use article_annotator::model::{
    place_all, AnchorStatus, Annotation, AnnotationId, Article, ArticleId, Category, Origin, Span,
    TextTarget, Timestamp,
};
use article_annotator::seed::seed_bundle;

const WORDS: &[&str] = &[
    "peace",
    "talks",
    "“deal”",
    "🇺🇦",
    "👩‍👩‍👧",
    "e\u{301}",
    "café",
    "Zürich",
    "بوتين",
    "مرحبا",
    "30-day",
    "a,b&c",
    "#1",
    "100%",
    "\t",
    "“",
    "😀😀",
    "x",
];

const NOTES: &[&str] = &[
    "",
    "Plain note.",
    "<script>alert('x')</script>",
    "<b onmouseover=\"x()\">bold</b> & <i>more</i>",
    "quote \" backslash \\ slash / tab \t newline \n end",
    "\u{0}\u{1f}\u{7f} controls",
    "emoji 🇺🇦👩‍👩‍👧 and e\u{301}",
    "\u{202e}right-to-left override",
    "{\"json\": [1, 2]}",
];

fn article_from(body: &str) -> Article {
    let meta = ArticleMeta {
        id: ArticleId::parse("roundtrip").expect("valid"),
        title: "Round trip".into(),
        standfirst: None,
        source: "https://news.example/roundtrip?x=1&y=2".into(),
    };
    Article::from_plain_text(meta, body)
}

/// One random annotation: where (fractions of the text), how long, and its fields.
#[derive(Clone, Debug)]
struct Spec {
    at: f64,
    len: usize,
    category: usize,
    note: usize,
    extra_note: String,
    stamp: Option<(u32, u32, u32)>,
    modified: bool,
    id_bits: u128,
    via: bool,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0.0..1.0f64,
        1..90usize,
        0..3usize,
        0..NOTES.len(),
        "\\PC{0,12}",
        proptest::option::of((2000..2100u32, 1..13u32, 1..29u32)),
        any::<bool>(),
        any::<u128>(),
        any::<bool>(),
    )
        .prop_map(
            |(at, len, category, note, extra_note, stamp, modified, id_bits, via)| Spec {
                at,
                len,
                category,
                note,
                extra_note,
                stamp,
                modified,
                id_bits,
                via,
            },
        )
}

fn build(article: &Article, specs: &[Spec], origin: Origin) -> Vec<Annotation> {
    let n = article.text().n_chars();
    specs
        .iter()
        .filter_map(|s| {
            let start = ((s.at * n as f64) as usize).min(n.saturating_sub(1));
            let span = Span::new(start, (start + s.len).min(n))?;
            let stamp = s.stamp.and_then(|(y, m, d)| {
                Timestamp::parse(&format!("{y:04}-{m:02}-{d:02}T10:20:30.5+01:00"))
            });
            Some(Annotation {
                id: AnnotationId::from_uuid_bits(s.id_bits),
                category: Category::ALL[s.category],
                origin,
                note: format!("{}{}", NOTES[s.note], s.extra_note),
                target: TextTarget {
                    quote: describe(article.text(), span)?,
                    position: Some(span),
                },
                created: stamp.clone(),
                modified: stamp.filter(|_| s.modified),
                via: s.via.then(|| format!("annotations/{}", s.id_bits % 1000)),
            })
        })
        .collect()
}

fn round_trip(
    article: &Article,
    annotations: Vec<Annotation>,
    origin: Origin,
) -> Result<(), TestCaseError> {
    let placed = place_all(article, annotations.clone());
    for p in &placed {
        prop_assert_eq!(
            p.placement.status,
            AnchorStatus::Exact,
            "{:?}",
            p.annotation.target
        );
    }
    let json = collection_to_json(article, "round trip", &placed, false);
    let report = parse_document(&json, origin).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    prop_assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    prop_assert_eq!(report.annotations, annotations);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn round_trip_over_generated_text(words in proptest::collection::vec((0..WORDS.len(), 0..4usize), 1..300), specs in proptest::collection::vec(spec(), 1..25), editorial in any::<bool>()) {
        let mut body = String::new();
        for (word, sep) in words {
            body.push_str(WORDS[word]);
            body.push_str([" ", " ", "\n", "  "][sep]);
        }
        let article = article_from(&body);
        let origin = if editorial { Origin::Editorial } else { Origin::Reader };
        let annotations = build(&article, &specs, origin);
        round_trip(&article, annotations, origin)?;
    }

    #[test]
    fn round_trip_over_the_seed_article(specs in proptest::collection::vec(spec(), 1..25), editorial in any::<bool>()) {
        let bundle = seed_bundle();
        let origin = if editorial { Origin::Editorial } else { Origin::Reader };
        let annotations = build(&bundle.article, &specs, origin);
        round_trip(&bundle.article, annotations, origin)?;
    }
}
