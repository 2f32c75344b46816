//! Articles travel already read: the data island's `blocks` and the Markdown bundle's answer round-trip, so the reader gets the same text and structure it got when it read the Markdown itself; old `"format": "markdown"` islands still load.

use article_annotator::cli::render::article_data;
use article_annotator::embed::{bundle_from_json, bundle_from_value, EmbedConfig, PageFacts};
use article_annotator::model::article::json::{
    blocks_from_json, blocks_to_json, source_from_json, source_to_json,
};
use article_annotator::model::article::{Article, ArticleId, ArticleMeta};
use article_annotator::model::source::{read_markdown, read_plain_text};
use article_annotator::seed::{seed_bundle, SEED_META};
use serde_json::{json, Value};

/// Front matter, headings, nested lists, quotes, code, emphasis, links, entities, emoji.
const MARKDOWN: &str = "---\ntitle: Talks *explained*\nstandfirst: A primer.\n---\n\n\
# Ignored title\n\nOfficials said **no deal** was *close* ~~yet~~, see [the text](https://x.example/t?a=1&b=2) and `code`.\n\n\
## What each side wants\n\n1. A ceasefire &hellip; now\n   - nested *item* 😀\n3. Guarantees\n\n\
> Quoted **strongly**\n> > twice\n\n```\nlet x = 1;\n```\n\nLast café\u{301} line [no href][nowhere].\n";

fn meta(title: &str) -> ArticleMeta {
    ArticleMeta {
        id: ArticleId::parse("talks").expect("valid id"),
        title: title.into(),
        standfirst: None,
        source: "urn:x:talks".into(),
    }
}

/// What the reader built before articles travelled read: `read_markdown` in its own wasm.
fn read_before(md: &str) -> Article {
    let source = read_markdown(md);
    Article::from_blocks(meta("T"), &source.body, source.blocks)
}

#[test]
fn islands_carry_the_same_text_and_blocks() {
    struct Case {
        name: &'static str,
        article: Article,
        /// Whether the island has `blocks` (plain text has none).
        structured: bool,
    }
    let seed = seed_bundle().article.as_ref().clone();
    let cases = [
        Case {
            name: "the seed",
            article: seed,
            structured: false,
        },
        Case {
            name: "Markdown with front matter, headings, lists, emphasis",
            article: read_before(MARKDOWN),
            structured: true,
        },
        Case {
            name: "Markdown whose blocks are all body text",
            article: read_before("One.\n\nTwo *x*."),
            structured: true,
        },
    ];
    for case in cases {
        let data = article_data(&case.article, None);
        assert_eq!(
            data.get("blocks").is_some(),
            case.structured,
            "{}",
            case.name
        );
        assert_eq!(data.get("format"), None, "{}", case.name);
        // Through JSON text, as the page carries it.
        let bundle = bundle_from_json(&data.to_string());
        assert_eq!(bundle.problems, Vec::<String>::new(), "{}", case.name);
        assert_eq!(*bundle.article, case.article, "{}", case.name);
    }
}

#[test]
fn the_markdown_bundles_answer_reads_back_as_read() {
    for md in [
        MARKDOWN,
        "",
        "plain\n\nlines",
        "---\ntitle: Only front matter\n---\n",
    ] {
        let source = read_markdown(md);
        let answer = source_to_json(&source);
        assert_eq!(source_from_json(&answer).as_ref(), Ok(&source), "{md:?}");
    }
    let blocks = read_markdown(MARKDOWN).blocks;
    let json = blocks_to_json(&blocks).expect("structured");
    assert_eq!(blocks_from_json(&json), Ok(blocks));
}

/// A page an older `article-annotator-cli render` wrote: the Markdown as `text`.
/// The crate's own JSON value of a test's `json!` literal.
fn ours(value: &Value) -> article_annotator::model::json::Value {
    article_annotator::model::json::from_str(&value.to_string()).expect("valid JSON")
}

fn old_island(md: &str) -> Value {
    json!({"meta": serde_json::from_str::<Value>(SEED_META).expect("seed meta"),
           "text": md, "format": "markdown", "annotations": null})
}

#[test]
fn old_markdown_islands_still_load() {
    let before = read_before(MARKDOWN);
    // In an element (the loader's path): read by whoever has a reader, as before.
    let mut config = EmbedConfig::from_json(
        &json!({"source": {
        "url": "https://x.example/page", "contentType": "application/json",
        "text": old_island(MARKDOWN).to_string()}})
        .to_string(),
    )
    .expect("config");
    assert_eq!(config.markdown_text().as_deref(), Some(MARKDOWN));
    config.read_markdown_with(read_markdown);
    let page = PageFacts {
        title: String::new(),
        url: String::new(),
    };
    let bundle = config.bundle(None, &page);
    assert_eq!(bundle.problems, Vec::<String>::new());
    assert_eq!(bundle.article.text(), before.text());
    assert_eq!(bundle.article.blocks(), before.blocks());
    // Without a reader (a page's own island): plain text, nothing lost, and a message.
    let bundle = bundle_from_value(&ours(&old_island(MARKDOWN)));
    assert_eq!(
        bundle.article.text().as_str(),
        read_plain_text(MARKDOWN).body.trim_end()
    );
    assert_eq!(bundle.problems.len(), 1, "{:?}", bundle.problems);
    assert!(bundle.problems[0].contains("\"format\": \"markdown\""));
    assert!(bundle.problems[0].contains("render it again"));
}

#[test]
fn bad_blocks_keep_the_text_and_name_what_was_wrong() {
    struct Case {
        blocks: Value,
        /// Words the problem must contain.
        needle: &'static str,
    }
    let cases = [
        Case {
            blocks: json!({}),
            needle: "not an array",
        },
        Case {
            blocks: json!([{}, {"kind": "table"}]),
            needle: "block 2: unknown kind \"table\"",
        },
        Case {
            blocks: json!([{"kind": "heading", "level": 7}]),
            needle: "block 1: \"level\"",
        },
        Case {
            blocks: json!([{"kind": "heading"}]),
            needle: "needs a \"level\"",
        },
        Case {
            blocks: json!([{"inlines": [[3, 3, "em"]]}]),
            needle: "is not [start, end, style]",
        },
        Case {
            blocks: json!([{"inlines": [[0, 2, "blink"]]}]),
            needle: "unknown inline style \"blink\"",
        },
        Case {
            blocks: json!([{"quote": -1}]),
            needle: "\"quote\" is not a whole number",
        },
        Case {
            blocks: json!([{"kind": 3}]),
            needle: "\"kind\" 3 is not a string",
        },
    ];
    let meta: Value = serde_json::from_str(SEED_META).expect("seed meta");
    let text = "One **x**.\nTwo.";
    for case in cases {
        let data = json!({"meta": meta, "text": text, "blocks": case.blocks});
        let bundle = bundle_from_value(&ours(&data));
        assert_eq!(bundle.article.text().as_str(), text, "{}", case.needle);
        assert!(bundle.article.blocks().iter().all(|b| b.inlines.is_empty()));
        assert_eq!(
            bundle.problems.len(),
            1,
            "{}: {:?}",
            case.needle,
            bundle.problems
        );
        assert!(
            bundle.problems[0].contains(case.needle),
            "{}",
            bundle.problems[0]
        );
    }
    // Inline spans past their paragraph are clipped to it, as Markdown's own are.
    let data =
        json!({"meta": meta, "text": "Short.", "blocks": [{"inlines": [[0, 99, "strong"]]}]});
    let bundle = bundle_from_value(&ours(&data));
    assert_eq!(bundle.article.blocks()[0].inlines[0].span.end(), 6);
}
