//! The embed's configuration at its boundary: what the loader hands over (attributes, a JSON config
//! element, fetched documents, fetch failures) becomes options and an article bundle, natively.

use article_annotator::embed::{id_from_url, EmbedConfig, PageFacts};
use article_annotator::model::source::read_markdown;
use article_annotator::options::StorageChoice;
use article_annotator::seed::{SEED_ANNOTATIONS, SEED_META, SEED_TEXT};

fn config(json: &str) -> EmbedConfig {
    EmbedConfig::from_json(json).expect("test configs are valid")
}

fn page() -> PageFacts {
    PageFacts {
        title: "Host page title".into(),
        url: "https://news.example/world/peace-talks".into(),
    }
}

/// A configuration whose `source` is this fetched document.
fn fetched(url: &str, content_type: Option<&str>, text: &str) -> EmbedConfig {
    let source = serde_json::json!({"url": url, "contentType": content_type, "text": text});
    config(&serde_json::json!({ "source": source }).to_string())
}

#[test]
fn readonly_and_storage_attributes() {
    struct Case {
        json: &'static str,
        read_only: bool,
        storage: StorageChoice,
    }
    let cases = [
        Case {
            json: r#"{}"#,
            read_only: false,
            storage: StorageChoice::PerArticle,
        },
        Case {
            json: r#"{"readonly": ""}"#,
            read_only: true,
            storage: StorageChoice::PerArticle,
        },
        Case {
            json: r#"{"readonly": "false"}"#,
            read_only: false,
            storage: StorageChoice::PerArticle,
        },
        Case {
            json: r#"{"readonly": true, "storageKey": "none"}"#,
            read_only: true,
            storage: StorageChoice::Off,
        },
        Case {
            json: r#"{"readonly": false, "storageKey": " "}"#,
            read_only: false,
            storage: StorageChoice::PerArticle,
        },
        Case {
            json: r#"{"storageKey": "cms:story-1"}"#,
            read_only: false,
            storage: StorageChoice::Key("cms:story-1".into()),
        },
    ];
    for Case {
        json,
        read_only,
        storage,
    } in cases
    {
        let c = config(json);
        assert_eq!(c.read_only(), read_only, "{json}");
        assert_eq!(c.storage(), storage, "{json}");
    }
}

#[test]
fn labels_from_an_object_or_its_json_text() {
    use article_annotator::model::i18n::CategoryForm;
    use article_annotator::model::Category;
    let label = CategoryForm::Label;
    for json in [
        r#"{"labels": {"claim": "Assertion", "question": "  "}}"#,
        r#"{"labels": "{\"claim\": \"Assertion\", \"question\": \"\"}"}"#,
    ] {
        let (strings, _) = config(json).strings();
        assert_eq!(
            strings.category(Category::Claim, label),
            "Assertion",
            "{json}"
        );
        // Blank or missing names keep the built-in ones.
        assert_eq!(
            strings.category(Category::Question, label),
            "Unanswered question"
        );
        assert_eq!(strings.category(Category::Demand, label), "Demand");
    }
    let (garbage, _) = config(r#"{"labels": "{not json"}"#).strings();
    assert_eq!(garbage.category(Category::Claim, label), "Claim");
}

#[test]
fn colours_become_custom_properties_and_hostile_values_are_dropped() {
    let c = config(
        r##"{"colors": {"claim": "#ffd54f", "claim-line": "rgb(10, 20, 30)",
             "demand": "red;} body {display:none", "question": "url(https://x)",
             "demand-line": "url(//evil.example/x.png)", "question-line": "image-set(x 1x)"}}"##,
    );
    assert_eq!(
        c.colors(),
        vec![
            ("--aa-claim-bg".to_string(), "#ffd54f".to_string()),
            ("--aa-claim-line".to_string(), "rgb(10, 20, 30)".to_string()),
        ]
    );
    assert!(config(r#"{"colors": 3}"#).colors().is_empty());
}

#[test]
fn a_markdown_source_gives_title_id_and_source_and_attributes_override_them() {
    let md = "---\ntitle: Talks explained\nstandfirst: A primer.\n---\n\nFirst *para*.\n\nSecond.";
    let mut c = config("{}");
    c.source = fetched(
        "https://cdn.example/explainers/talks-101.md",
        Some("text/plain"),
        md,
    )
    .source;
    assert_eq!(c.markdown_text().as_deref(), Some(md));
    c.read_markdown_with(read_markdown);
    let bundle = c.bundle(None, &page());
    assert!(bundle.problems.is_empty(), "{:?}", bundle.problems);
    let meta = &bundle.article.meta;
    assert_eq!(meta.title, "Talks explained");
    assert_eq!(meta.standfirst.as_deref(), Some("A primer."));
    assert_eq!(meta.id.as_str(), "talks-101");
    assert_eq!(meta.source, "https://cdn.example/explainers/talks-101.md");
    assert_eq!(bundle.article.text().as_str(), "First para.\nSecond.");

    c.article_id = Some("story-7".into());
    c.headline = Some("Headline from the CMS".into());
    c.canonical_url = Some("https://news.example/story-7".into());
    let meta = c.bundle(None, &page()).article.meta.clone();
    assert_eq!(meta.id.as_str(), "story-7");
    assert_eq!(meta.title, "Headline from the CMS");
    assert_eq!(meta.source, "https://news.example/story-7");
}

#[test]
fn markdown_nobody_read_is_shown_as_plain_text_with_the_reason() {
    struct Case {
        /// What the Markdown bundle gave: nothing (no reader on the page) or a failure.
        read: Option<Result<(), &'static str>>,
        /// Words the problem must contain.
        needle: &'static str,
    }
    let md = "# Talks\n\nFirst *para*.\n\n- item";
    let cases = [
        Case {
            read: None,
            needle: "has no Markdown reader",
        },
        Case {
            read: Some(Err("the Markdown reader could not be loaded (HTTP 404)")),
            needle: "HTTP 404",
        },
    ];
    for case in cases {
        let mut c = config("{}");
        c.source = fetched("https://x.example/talks.md", None, md).source;
        c.markdown = case
            .read
            .map(|r| r.map(|()| read_markdown(md)).map_err(String::from));
        let bundle = c.bundle(None, &page());
        // Nothing is lost: every line of the source is a paragraph, markup and all.
        assert_eq!(bundle.article.text().as_str(), md, "{}", case.needle);
        assert_eq!(bundle.article.meta.id.as_str(), "talks");
        assert_eq!(bundle.problems.len(), 1, "{:?}", bundle.problems);
        let problem = &bundle.problems[0];
        assert!(problem.contains("https://x.example/talks.md"), "{problem}");
        assert!(problem.contains("plain text"), "{problem}");
        assert!(problem.contains(case.needle), "{problem}");
    }
}

#[test]
fn a_json_bundle_source_brings_its_editorial_layer_and_an_annotations_url_replaces_it() {
    let meta: serde_json::Value = serde_json::from_str(SEED_META).expect("seed meta");
    let bundle_json = serde_json::json!({"meta": meta, "text": SEED_TEXT, "annotations": null});
    let mut c = config("{}");
    c.source = fetched("https://x/a.json", None, &bundle_json.to_string()).source;
    let plain = c.bundle(None, &page());
    assert!(plain.problems.is_empty(), "{:?}", plain.problems);
    assert_eq!(plain.article.meta.id.as_str(), "000_bfbf250b9c86d46e");
    assert!(plain.editorial.is_empty());
    c.annotations_text = Some(SEED_ANNOTATIONS.into());
    let annotated = c.bundle(None, &page());
    assert_eq!(annotated.editorial.len(), 42);
    assert!(annotated
        .editorial
        .iter()
        .all(|p| p.placement.span.is_some()));
}

#[test]
fn in_place_text_takes_the_page_facts_unless_attributes_say_otherwise() {
    let mut c = config("{}");
    let bundle = c.bundle(Some(SEED_TEXT.trim_end()), &page());
    assert_eq!(bundle.article.meta.title, "Host page title");
    assert_eq!(
        bundle.article.meta.source,
        "https://news.example/world/peace-talks"
    );
    assert_eq!(bundle.article.meta.id.as_str(), "peace-talks");
    c.annotations_text = Some(SEED_ANNOTATIONS.into());
    c.article_id = Some("000_bfbf250b9c86d46e".into());
    let annotated = c.bundle(Some(SEED_TEXT.trim_end()), &page());
    assert_eq!(annotated.editorial.len(), 42);
}

#[test]
fn failures_are_shown_in_the_widget_not_thrown() {
    struct Case {
        json: &'static str,
        /// Words the standfirst must contain.
        needle: &'static str,
    }
    let cases = [
        Case {
            json: r#"{"sourceError": "The article could not be fetched from a.md (HTTP 404)"}"#,
            needle: "HTTP 404",
        },
        Case {
            json: r##"{"forError": "no element matches for=\"#story\""}"##,
            needle: "#story",
        },
        Case {
            json: r#"{"configError": "the JSON configuration is not valid"}"#,
            needle: "not valid",
        },
        Case {
            json: r#"{}"#,
            needle: "neither src nor for",
        },
    ];
    for Case { json, needle } in cases {
        let bundle = config(json).bundle(None, &page());
        assert!(bundle.article.paragraphs().is_empty(), "{json}");
        let standfirst = bundle.article.meta.standfirst.clone().unwrap_or_default();
        assert!(standfirst.contains(needle), "{json}: {standfirst}");
    }
    // A broken editorial layer costs the layer, not the article.
    let mut c = config(r#"{"annotationsError": "The editorial annotations could not be fetched"}"#);
    c.source = fetched("https://x/a.txt", None, "One.\nTwo.").source;
    let bundle = c.bundle(None, &page());
    assert_eq!(bundle.article.paragraphs().len(), 2);
    assert_eq!(bundle.problems.len(), 1);
    c.annotations_text = Some("{\"type\": 42".into());
    assert!(!c.bundle(None, &page()).problems.is_empty());
}

#[test]
fn ids_from_urls() {
    struct Case {
        url: &'static str,
        id: &'static str,
    }
    let cases = [
        Case {
            url: "https://news.example/world/peace-talks",
            id: "peace-talks",
        },
        Case {
            url: "https://news.example/world/peace-talks/?utm=1#top",
            id: "peace-talks",
        },
        Case {
            url: "../../seeds/000_bfbf250b9c86d46e.txt",
            id: "000_bfbf250b9c86d46e",
        },
        Case {
            url: "https://x/ünïcode path.md",
            id: "n-code-path",
        },
        Case {
            url: "https://x/",
            id: "x",
        },
        Case {
            url: "",
            id: "article",
        },
    ];
    for Case { url, id } in cases {
        assert_eq!(id_from_url(url).as_str(), id, "{url}");
    }
}
