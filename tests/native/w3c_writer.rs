//! The hand-written JSON writer behind `collection_to_json`: same document as a reference, safe escaping.
//!
//! The reference below builds each annotation with `serde_json::json!` from the public model
//! (`describe`, `text_directive`, `text_fragment_link`), as the serde-derived exporter did; the
//! writer's text, pretty or compact, must parse to exactly that value. Its strings must also be
//! safe to embed in HTML: no raw `<`, `>`, `&`, U+2028 or U+2029, and no control characters.

use serde_json::{json, Value};

use crate::json::theirs;

use article_annotator::model::anchor::describe;
use article_annotator::model::article::ArticleMeta;
use article_annotator::model::w3c::{
    annotation_to_jsonld, collection_to_json, collection_to_jsonld, text_directive,
    text_fragment_link, ANNO_CONTEXT, GENERATOR_ID, GENERATOR_NAME, MOTIVATION, TEXT_FRAGMENT_SPEC,
};
use article_annotator::model::{
    place_all, synthetic, Annotation, AnnotationId, Article, ArticleId, Category, Origin, Placed,
    Placement, Span, TextTarget, Timestamp,
};
use article_annotator::seed::seed_bundle;

/// Notes that exercise every escape: quotes, backslashes, controls, markup, emoji, separators.
const NASTY: &[&str] = &[
    "plain note",
    "say \"hi\" \\ back\\slash",
    "line one\nline two\r\n\ttabbed\u{8}\u{c}",
    "\u{0}\u{1}\u{1f} controls \u{7f}",
    "</script><script>alert(1)</script> & &amp;",
    "emoji 😀👍🏽 and accents é\u{301} ü",
    "separators \u{2028} line \u{2029} para \u{2027}\u{202a}",
    "",
];

/// One annotation's JSON-LD built the slow, obvious way.
fn reference_annotation(article: &Article, placed: &Placed) -> Value {
    let a = &placed.annotation;
    let described = placed
        .placement
        .span
        .and_then(|span| Some((describe(article.text(), span)?, span)));
    let (quote, position) = match described {
        Some((quote, span)) => (quote, Some(span)),
        None => (a.target.quote.clone(), a.target.position),
    };
    let mut body = vec![json!({
        "type": "SpecificResource", "purpose": "classifying", "source": a.category.iri()
    })];
    if !a.note.is_empty() {
        body.push(json!({
            "type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/plain"
        }));
    }
    let mut selector = vec![json!({
        "type": "TextQuoteSelector",
        "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix
    })];
    if let Some(span) = position {
        selector.push(json!({
            "type": "TextPositionSelector", "start": span.start(), "end": span.end()
        }));
    }
    let source = article.meta.source.as_str();
    let mut target = json!({ "source": source });
    if let Some(directive) = text_directive(&quote.exact, &quote.prefix, &quote.suffix) {
        if let Some(link) = text_fragment_link(source, &directive) {
            target["id"] = json!(link);
        }
        selector.push(json!({
            "type": "FragmentSelector", "conformsTo": TEXT_FRAGMENT_SPEC, "value": directive
        }));
    }
    target["selector"] = json!(selector);
    let mut out = json!({
        "id": a.id.as_str(), "type": "Annotation", "motivation": MOTIVATION,
        "generator": { "id": GENERATOR_ID, "type": "Software", "name": GENERATOR_NAME },
        "body": body, "target": target,
    });
    if let Some(t) = &a.created {
        out["created"] = json!(t.as_str());
    }
    if let Some(t) = &a.modified {
        out["modified"] = json!(t.as_str());
    }
    if let Some(via) = &a.via {
        out["via"] = json!(via);
    }
    if a.origin == Origin::Editorial {
        out["creator"] = json!({
            "id": "urn:article-annotator:agent:editorial-desk",
            "type": "Organization", "name": "Editorial desk"
        });
    }
    out
}

fn reference_collection(article: &Article, label: &str, placed: &[Placed]) -> Value {
    let items: Vec<Value> = placed
        .iter()
        .map(|p| reference_annotation(article, p))
        .collect();
    json!({
        "@context": ANNO_CONTEXT, "type": "AnnotationCollection", "label": label,
        "total": items.len(),
        "first": { "type": "AnnotationPage", "startIndex": 0, "items": items },
    })
}

fn with_source(article: &Article, source: &str) -> Article {
    let mut meta = article.meta.clone();
    meta.source = source.into();
    Article::from_plain_text(meta, article.text().as_str())
}

/// Gives the annotations nasty notes, timestamps, both origins, and orphans some of them.
fn roughen(placed: &mut [Placed]) {
    let stamp = Timestamp::parse("2026-11-25T10:00:00.125+01:00");
    for (idx, p) in placed.iter_mut().enumerate() {
        let a = &mut p.annotation;
        a.note = NASTY[idx % NASTY.len()].to_string();
        a.created = (idx % 3 == 0).then(|| stamp.clone()).flatten();
        a.modified = (idx % 5 == 0).then(Timestamp::epoch);
        a.via = (idx % 7 == 1).then(|| format!("annotations/{idx}#x&y"));
        a.origin = [Origin::Reader, Origin::Editorial][idx % 2];
        if idx % 17 == 4 {
            p.placement = Placement::ORPHANED;
            a.target.quote.exact = format!("gone <{idx}> \u{2028} \"quote\"");
            if idx % 2 == 0 {
                a.target.position = None;
            }
        }
    }
}

/// A small article whose own text needs escaping, annotated everywhere.
pub fn hostile_article() -> (Article, Vec<Placed>) {
    let meta = ArticleMeta {
        id: ArticleId::parse("hostile").expect("valid"),
        title: "Hostile".into(),
        standfirst: None,
        source: "https://news.example/a?b=1&c=<2>#top".into(),
    };
    let body = "He said \"stop\" \\ then </script> & <b>bold</b>\u{2028}next\u{2029}.\n\
                Tabs\there, bell\u{7} and \u{1f} too; emoji 😀 ok.\n\
                Zürich “deal” talks e\u{301} continue at length, a long paragraph of words.";
    let article = Article::from_plain_text(meta, body);
    let n = article.text().n_chars();
    let spans = [
        (0, 7),
        (8, 14),
        (14, 40),
        (30, 60),
        (0, n),
        (n - 10, n),
        (45, 80),
    ];
    let annotations = spans
        .iter()
        .enumerate()
        .filter_map(|(idx, &(start, end))| {
            let span = Span::new(start, end.min(n))?;
            Some(Annotation {
                id: AnnotationId::from_uuid_bits(idx as u128 * 7919),
                category: Category::ALL[idx % 3],
                origin: Origin::Reader,
                note: String::new(),
                target: TextTarget {
                    quote: describe(article.text(), span)?,
                    position: Some(span),
                },
                created: None,
                modified: None,
                via: None,
            })
        })
        .collect();
    let mut placed = place_all(&article, annotations);
    roughen(&mut placed);
    (article, placed)
}

/// One export case.
struct Case {
    name: &'static str,
    article: Article,
    placed: Vec<Placed>,
}

fn case(name: &'static str, article: Article, placed: Vec<Placed>) -> Case {
    Case {
        name,
        article,
        placed,
    }
}

/// Every export case.
fn cases() -> Vec<Case> {
    let bundle = seed_bundle();
    let seed = (*bundle.article).clone();
    let web = with_source(&seed, "https://news.example/world/2026/story");
    let annotations: Vec<Annotation> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.clone())
        .collect();
    let web_placed = place_all(&web, annotations);
    let data = synthetic::generate(200_000, 500, 3);
    let mut synth = place_all(&data.article, data.annotations);
    roughen(&mut synth);
    let synth_web = with_source(&data.article, "HTTP://news.example/s#part");
    let (hostile, hostile_placed) = hostile_article();
    vec![
        case("seed", seed, bundle.editorial),
        case("seed-web", web, web_placed),
        case("synthetic", data.article, synth.clone()),
        case("synthetic-web", synth_web, synth),
        case("hostile", hostile, hostile_placed),
        case("empty", with_source(&bundle.article, "urn:x:y"), Vec::new()),
    ]
}

/// No character that could end a `<script>` or start markup, and no raw control character.
pub fn assert_html_safe(name: &str, json: &str) {
    let bad = json
        .chars()
        .find(|&c| matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') || c < ' ' && c != '\n');
    assert_eq!(bad, None, "{name}");
}

#[test]
fn exports_equal_the_reference_in_both_modes() {
    for case in cases() {
        let (name, article, placed) = (case.name, case.article, case.placed);
        let label = "Label \"with\" </script> & \u{2028}";
        let want = reference_collection(&article, label, &placed);
        for pretty in [false, true] {
            let json = collection_to_json(&article, label, &placed, pretty);
            assert_html_safe(name, &json);
            let got: Value = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{name} pretty={pretty}: {e}\n{json}"));
            assert_eq!(got, want, "{name} pretty={pretty}");
            assert_eq!(json.contains('\n'), pretty, "{name}");
        }
        assert_eq!(
            theirs(&collection_to_jsonld(&article, label, &placed)),
            want,
            "{name}"
        );
        for p in placed.iter().take(40) {
            assert_eq!(
                theirs(&annotation_to_jsonld(&article, p)),
                reference_annotation(&article, p),
                "{name}"
            );
        }
    }
}

#[test]
fn pretty_output_is_indented_like_serde_json() {
    let (article, placed) = hostile_article();
    let json = collection_to_json(&article, "x", &placed[..1], true);
    assert!(json.starts_with("{\n  \"@context\": \"http"), "{json}");
    assert!(json.contains("\n  \"first\": {\n    \"type\": \"AnnotationPage\""));
    assert!(json.contains("\n    \"startIndex\": 0,\n    \"items\": [\n      {\n"));
    assert!(json.ends_with("\n    ]\n  }\n}"), "{json}");
    let empty = collection_to_json(&article, "x", &[], true);
    assert!(empty.contains("\"items\": []"), "{empty}");
    assert_eq!(
        collection_to_json(&article, "x", &[], false).find(' '),
        None
    );
}
