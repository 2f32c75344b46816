//! Browser tests (wasm-bindgen-test in headless Chromium): mount the real app and read the DOM.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use article_annotator::components::{App, AppProps};
use article_annotator::seed::{seed_bundle, SEED_TEXT};

/// Mounts a fresh widget into its own element and waits for the first render.
async fn mount() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("create div");
    gloo::utils::body().append_child(&host).expect("append");
    let props = AppProps {
        bundle: Rc::new(seed_bundle()),
        instance: "test".into(),
        options: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn attr(element: &Element, name: &str) -> String {
    element.get_attribute(name).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_mounts_and_the_article_text_is_intact() {
    let host = mount().await;
    assert!(host
        .query_selector(".aa-root[data-ready='true']")
        .expect("query")
        .is_some());
    let paragraphs: Vec<String> = all(&host, ".aa-paragraph")
        .iter()
        .map(|p| p.text_content().unwrap_or_default())
        .collect();
    assert_eq!(paragraphs.join("\n"), SEED_TEXT.trim_end_matches('\n'));
}

#[wasm_bindgen_test]
async fn each_category_has_highlights_with_ids() {
    let host = mount().await;
    let marks = all(&host, "mark.aa-mark");
    assert!(marks.len() >= 25, "{} marks", marks.len());
    for token in ["claim", "demand", "question"] {
        assert!(
            marks
                .iter()
                .any(|m| attr(m, "data-category").split(' ').any(|c| c == token)),
            "{token}"
        );
    }
    for mark in &marks {
        assert!(attr(mark, "data-annotation-ids")
            .split(' ')
            .all(|id| id.starts_with("urn:uuid:")));
    }
    // Marks are never focusable: a focusable mark swallows the mouse-down that starts a selection.
    assert!(marks.iter().all(|m| !m.has_attribute("tabindex")));
    // Screen-reader edges: one start and one end marker per placed annotation, all without text nodes.
    // (Other tests in this page may have saved a reader's annotation for the seed: restored here.)
    let n_annotations =
        seed_bundle().editorial.len() + all(&host, ".aa-item[data-origin='reader']").len();
    assert_eq!(
        all(&host, ".aa-edge[data-edge='start']").len(),
        n_annotations
    );
    assert_eq!(all(&host, ".aa-edge[data-edge='end']").len(), n_annotations);
    assert!(all(&host, ".aa-edge")
        .iter()
        .all(|e| e.text_content().unwrap_or_default().is_empty()));
}

#[wasm_bindgen_test]
async fn toggling_a_category_in_the_legend_hides_its_marks() {
    let host = mount().await;
    let n_demand = |host: &Element| all(host, "mark.aa-mark[data-category~='demand']").len();
    assert!(n_demand(&host) > 0);
    let button: HtmlElement = host
        .query_selector(".aa-legend button[data-category='demand']")
        .expect("query")
        .expect("demand toggle exists")
        .dyn_into()
        .expect("a button is an HtmlElement");
    assert_eq!(attr(&button, "aria-pressed"), "true");
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(n_demand(&host), 0);
    assert_eq!(attr(&button, "aria-pressed"), "false");
    assert!(
        !all(&host, "mark.aa-mark[data-category~='claim']").is_empty(),
        "other categories stay"
    );
    button.click();
    yew::scheduler::flush().await;
    assert!(n_demand(&host) > 0);
}

#[wasm_bindgen_test]
async fn focusing_a_highlight_shows_its_note_as_text() {
    let host = mount().await;
    let mark: HtmlElement = host
        .query_selector(".aa-edge[data-edge='start'][tabindex='0']")
        .expect("query")
        .expect("a focusable mark")
        .dyn_into()
        .expect("mark is an HtmlElement");
    mark.focus().expect("focus");
    yew::scheduler::flush().await;
    let popover = host
        .query_selector(".aa-popover[role='tooltip']")
        .expect("query")
        .expect("popover open");
    assert_eq!(attr(&popover, "id"), attr(&mark, "aria-describedby"));
    let first_id = attr(&mark, "data-annotation-id");
    let bundle = seed_bundle();
    let note = &bundle
        .editorial
        .iter()
        .find(|p| p.annotation.id.as_str() == first_id)
        .expect("known id")
        .annotation
        .note;
    assert!(popover
        .text_content()
        .unwrap_or_default()
        .contains(note.as_str()));
    mark.blur().expect("blur");
    yew::scheduler::flush().await;
    // Closed, it stays in the page (empty and hidden) for the markers' aria-describedby.
    assert!(host
        .query_selector(".aa-popover:not([hidden])")
        .expect("query")
        .is_none());
}
