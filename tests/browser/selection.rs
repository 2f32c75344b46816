//! Browser tests of the selection shell: DOM ranges (UTF-16) read back as code-point spans.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, Node};

use article_annotator::components::{App, AppProps};
use article_annotator::dom::selection;
use article_annotator::model::article::{ArticleId, ArticleMeta};
use article_annotator::model::bundle::load;
use article_annotator::model::Span;

/// Emoji (two UTF-16 units), a combining accent and Arabic, with one editorial annotation.
const TEXT: &str = "😀😀 Le café\u{301} ferme.\nقال بوتين لا 👩‍👩‍👧 today.";
const ANNOTATIONS: &str = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
  "first": {"type": "AnnotationPage", "items": [{"id": "urn:test:1", "type": "Annotation",
    "body": {"type": "SpecificResource", "purpose": "classifying", "source": "urn:article-annotator:category:claim"},
    "target": {"source": "urn:test", "selector": {"type": "TextQuoteSelector", "exact": "café\u0301"}}}]}}"#;

async fn mount() -> Element {
    let meta = ArticleMeta {
        id: ArticleId::parse("unicode-test").expect("valid"),
        title: "Unicode".into(),
        standfirst: None,
        source: "urn:test".into(),
    };
    let bundle = load(meta, TEXT, Some(ANNOTATIONS));
    assert!(bundle.problems.is_empty(), "{:?}", bundle.problems);
    let host = gloo::utils::document().create_element("div").expect("div");
    gloo::utils::body().append_child(&host).expect("append");
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            bundle: Rc::new(bundle),
            instance: "sel".into(),
            options: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    host
}

/// The text node and UTF-16 offset where `needle` starts inside the run containing it.
fn find(host: &Element, needle: &str) -> (Node, u32) {
    let runs = host
        .query_selector_all(".aa-paragraph [data-start]")
        .expect("query");
    for idx in 0..runs.length() {
        let run = runs.get(idx).expect("item");
        let text = run.text_content().unwrap_or_default();
        if let Some(byte) = text.find(needle) {
            let units = text[..byte].encode_utf16().count() as u32;
            return (run.first_child().expect("text node"), units);
        }
    }
    panic!("{needle:?} not rendered");
}

fn select_dom(start: (Node, u32), end: (Node, u32)) {
    let document = gloo::utils::document();
    let range = document.create_range().expect("range");
    range.set_start(&start.0, start.1).expect("start");
    range.set_end(&end.0, end.1).expect("end");
    let sel = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .expect("selection");
    sel.remove_all_ranges().expect("clear");
    sel.add_range(&range).expect("add");
}

fn code_points(needle: &str) -> Span {
    let start = TEXT
        .char_indices()
        .position(|(b, _)| TEXT[b..].starts_with(needle))
        .expect("in text");
    Span::new(start, start + needle.chars().count()).expect("non-empty")
}

#[wasm_bindgen_test]
async fn dom_ranges_read_back_as_code_points() {
    let host = mount().await;
    let root = host
        .query_selector(".aa-root")
        .expect("query")
        .expect("root");
    let n_chars = TEXT.chars().count();
    for needle in ["Le", "ferme", "بوتين", "today"] {
        let (node, offset) = find(&host, needle);
        let end_offset = offset + needle.encode_utf16().count() as u32;
        select_dom((node.clone(), offset), (node, end_offset));
        let read = selection::read(&root, n_chars).expect("a selection in the article");
        assert_eq!(read.span, code_points(needle), "{needle}");
        assert!(!read.clipped);
    }
    // Across a highlight boundary and a paragraph break.
    let start = find(&host, "ferme");
    let end = find(&host, "today");
    select_dom(start, (end.0, end.1 + 5));
    let read = selection::read(&root, n_chars).expect("selection");
    let want =
        Span::new(code_points("ferme").start(), code_points("today").end()).expect("non-empty");
    assert_eq!(read.span, want);
}

#[wasm_bindgen_test]
async fn selecting_a_span_programmatically_round_trips() {
    let host = mount().await;
    let root = host
        .query_selector(".aa-root")
        .expect("query")
        .expect("root");
    for needle in ["café\u{301}", "👩‍👩‍👧", "😀 Le"] {
        let span = code_points(needle);
        selection::select(&root, span).expect("select");
        let read = selection::read(&root, TEXT.chars().count()).expect("selection");
        assert_eq!(read.span, span, "{needle}");
        let dom_text = web_sys::window()
            .and_then(|w| w.get_selection().ok().flatten())
            .map(|s| String::from(s.to_string()))
            .unwrap_or_default();
        assert_eq!(dom_text, needle);
    }
    let _ = host.dyn_into::<web_sys::HtmlElement>().map(|h| h.remove());
}

#[wasm_bindgen_test]
async fn a_selection_outside_the_article_is_not_ours() {
    let host = mount().await;
    let root = host
        .query_selector(".aa-root")
        .expect("query")
        .expect("root");
    // Text of the host page, outside the widget.
    let outside = gloo::utils::document().create_element("p").expect("p");
    outside.set_text_content(Some("Host page text"));
    gloo::utils::body().append_child(&outside).expect("append");
    let text = outside.first_child().expect("text node");
    select_dom((text.clone(), 0), (text, 4));
    assert_eq!(selection::read(&root, TEXT.chars().count()), None);
    // The headline is inside the widget but not article text: same answer.
    let title = host
        .query_selector(".aa-title")
        .expect("query")
        .expect("title");
    let title_text = title.first_child().expect("text node");
    select_dom((title_text.clone(), 0), (title_text, 3));
    assert_eq!(selection::read(&root, TEXT.chars().count()), None);
}
