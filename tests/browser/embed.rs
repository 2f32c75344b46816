//! Browser test: the embed entry point `mount_embed` as the loader calls it: events with W3C
//! JSON-LD on the host element, the JS API, and in-place highlights that leave the host DOM as is.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use article_annotator::embed::{mount_embed, WidgetHandle};

use crate::wait;

fn element(html: &str) -> Element {
    let host = gloo::utils::document().create_element("div").expect("div");
    host.set_inner_html(html);
    gloo::utils::body().append_child(&host).expect("append");
    host
}

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON is valid")
}

fn get(value: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(value.clone(), |v, key| {
        js_sys::Reflect::get(&v, &(*key).into()).unwrap_or(JsValue::UNDEFINED)
    })
}

/// Records every `article-annotator:<kind>` event on `target` as (kind, detail).
fn record(target: &Element, kinds: &[&str]) -> Rc<RefCell<Vec<(String, JsValue)>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    for kind in kinds {
        let (seen, kind_name) = (seen.clone(), kind.to_string());
        let listener =
            Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                seen.borrow_mut().push((kind_name.clone(), e.detail()));
            });
        target
            .add_event_listener_with_callback(
                &format!("article-annotator:{kind}"),
                listener.as_ref().unchecked_ref(),
            )
            .expect("listen");
        listener.forget();
    }
    seen
}

const ONE_CLAIM: &str = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
  "id": "urn:uuid:0b2c8c53-8d1b-4d7e-9a55-6d7e54f0a001", "motivation": "assessing",
  "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"},
           {"type": "TextualBody", "purpose": "commenting", "value": "Check this."}],
  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "quick brown fox"}}}"#;

fn quote(detail: &JsValue) -> JsValue {
    let selectors = get(detail, &["annotation", "target", "selector"]);
    let array: js_sys::Array = selectors.dyn_into().expect("selector list");
    array
        .iter()
        .map(|s| get(&s, &["exact"]))
        .find(|e| e.is_string())
        .unwrap_or(JsValue::UNDEFINED)
}

async fn mounted(host: &Element, config: &str, target: JsValue) -> WidgetHandle {
    let handle = mount_embed(
        host.clone().into(),
        js(config),
        target,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .await
    .expect("mounts");
    yew::scheduler::flush().await;
    handle
}

#[wasm_bindgen_test]
async fn api_import_fires_create_and_change_with_jsonld_and_set_replaces() {
    let host = element("");
    let seen = record(&host, &["create", "change", "delete"]);
    let config = r#"{"instance": "emb", "storageKey": "none",
        "source": {"url": "https://x.example/fox.txt", "contentType": "text/plain",
                   "text": "The quick brown fox jumps.\nOver the lazy dog."}}"#;
    let handle = mounted(&host, config, JsValue::NULL).await;
    assert!(host.query_selector(".aa-root").expect("query").is_some());

    let summary = handle.import_document(ONE_CLAIM.into()).expect("import");
    assert_eq!(get(&summary, &["imported"]).as_f64(), Some(1.0));
    yew::scheduler::flush().await;
    {
        let seen = seen.borrow();
        let kinds: Vec<&str> = seen.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(kinds, ["create", "change"]);
        let create = &seen[0].1;
        assert_eq!(
            get(create, &["instance"]).as_string().as_deref(),
            Some("emb")
        );
        assert_eq!(
            get(create, &["annotation", "type"]).as_string().as_deref(),
            Some("Annotation")
        );
        assert_eq!(
            quote(create).as_string().as_deref(),
            Some("quick brown fox")
        );
        let change = &seen[1].1;
        assert_eq!(
            get(change, &["annotations", "type"]).as_string().as_deref(),
            Some("AnnotationCollection")
        );
        // The export names this page's article as the target, in code points.
        let source = get(create, &["annotation", "target", "source"]).as_string();
        assert_eq!(source.as_deref(), Some("https://x.example/fox.txt"));
    }
    let annotations: js_sys::Array = handle
        .annotations()
        .expect("api")
        .dyn_into()
        .expect("array");
    assert_eq!(annotations.length(), 1);
    let exported = handle.export_collection().expect("export");
    assert_eq!(get(&exported, &["total"]).as_f64(), Some(1.0));

    // Hostile input loses nothing.
    let bad = handle.import_document("{not json".into()).expect("summary");
    assert!(get(&bad, &["error"]).is_string());
    yew::scheduler::flush().await;
    assert_eq!(
        handle
            .annotations()
            .map(|a| js_sys::Array::from(&a).length())
            .ok(),
        Some(1)
    );

    // Replacing with nothing deletes the reader's annotation, as one change.
    handle.set_annotations(js("[]")).expect("set");
    yew::scheduler::flush().await;
    let kinds: Vec<String> = seen.borrow().iter().map(|(k, _)| k.clone()).collect();
    assert_eq!(kinds[2..], ["delete".to_string(), "change".to_string()]);
    let mut handle = handle;
    handle.destroy();
    yew::scheduler::flush().await;
    assert!(host.query_selector(".aa-root").expect("query").is_none());
    assert!(handle.annotations().is_err(), "a destroyed widget says so");
}

#[wasm_bindgen_test]
async fn in_place_highlights_leave_the_host_dom_untouched() {
    let story = element(
        r##"<div id="inplace-story"><h2>Headline</h2>
        <p>The <a href="#fox">quick brown</a> fox
           jumps.</p><aside data-annotator-skip>Advertisement</aside>
        <p>Over the <em>lazy</em> dog.</p><button>Share</button></div>"##,
    );
    let article = story
        .query_selector("#inplace-story")
        .expect("q")
        .expect("story");
    let before = article.inner_html();
    let host = element("");
    let seen = record(&host, &["create"]);
    let handle = mounted(
        &host,
        r##"{"instance": "inplace", "storageKey": "none", "for": "#inplace-story"}"##,
        article.clone().into(),
    )
    .await;
    // The host's text as the widget reads it: blocks are paragraphs, whitespace collapsed,
    // skipped and non-prose parts left out.
    let exported = handle.import_document(ONE_CLAIM.into()).expect("import");
    assert_eq!(get(&exported, &["imported"]).as_f64(), Some(1.0));
    yew::scheduler::flush().await;
    assert_eq!(seen.borrow().len(), 1);
    let start = get(&seen.borrow()[0].1, &["annotation", "target", "selector"]);
    let position = js_sys::Array::from(&start)
        .iter()
        .find(|s| get(s, &["type"]).as_string().as_deref() == Some("TextPositionSelector"))
        .expect("position selector");
    // "Headline\nThe quick brown fox jumps.\nOver the lazy dog." → "quick" at 13.
    assert_eq!(get(&position, &["start"]).as_f64(), Some(13.0));

    let highlights = get(&js_sys::global(), &["CSS", "highlights"]);
    let get_fn: js_sys::Function = get(&highlights, &["get"]).dyn_into().expect("get");
    let claim = get_fn
        .call1(&highlights, &"aa-claim".into())
        .expect("aa-claim highlight");
    let ranges: js_sys::Array = js_sys::Array::from(&claim);
    assert_eq!(ranges.length(), 1);
    let range: web_sys::Range = ranges.get(0).dyn_into().expect("range");
    assert_eq!(String::from(range.to_string()), "quick brown fox");
    assert_eq!(
        article.inner_html(),
        before,
        "the host's article is unchanged"
    );

    let mut handle = handle;
    handle.destroy();
    yew::scheduler::flush().await;
    assert_eq!(
        js_sys::Array::from(&claim).length(),
        0,
        "destroy removes the highlights"
    );
    assert_eq!(article.inner_html(), before);
    // Every browser test shares one page, in an order that follows the wasm's symbols: the
    // story's bare `<button>` would float under `csp.rs`'s hostile host CSS (`float: left;
    // width: 100%`) into whichever widget comes next, squeezing its paragraphs to 0 px.
    story.remove();
    host.remove();
}

#[wasm_bindgen_test]
async fn readonly_labels_and_lang_from_the_configuration() {
    let host = element("");
    let config = r##"{"instance": "ro", "storageKey": "none", "readonly": "", "lang": "de",
        "labels": {"claim": "Behauptung", "claims": "Behauptungen"},
        "colors": {"claim": "#ffd54f"},
        "source": {"url": "https://x.example/a.txt", "text": "Eins zwei drei.\nVier fünf."}}"##;
    let handle = mounted(&host, config, JsValue::NULL).await;
    let root = host.query_selector(".aa-root").expect("q").expect("root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));
    let legend = host
        .query_selector(".aa-legend")
        .expect("q")
        .expect("legend");
    assert!(legend
        .text_content()
        .unwrap_or_default()
        .contains("Behauptungen"));
    // Read-only: no import, no undo; the reader's imported note can't be edited or deleted.
    let toolbar = host
        .query_selector(".aa-toolbar")
        .expect("q")
        .expect("toolbar");
    let toolbar_text = toolbar.text_content().unwrap_or_default();
    assert!(toolbar_text.contains("Export") && !toolbar_text.contains("Import"));
    handle
        .import_document(ONE_CLAIM.into())
        .expect("the API may still add");
    yew::scheduler::flush().await;
    let item = host.query_selector(".aa-item").expect("q").expect("item");
    assert!(item
        .text_content()
        .unwrap_or_default()
        .contains("Behauptung"));
    assert!(host
        .query_selector(".aa-item button.aa-button--danger")
        .expect("q")
        .is_none());
    // Selecting text opens no menu.
    let paragraph = host.query_selector(".aa-paragraph").expect("q").expect("p");
    let range = gloo::utils::document().create_range().expect("range");
    range.select_node_contents(&paragraph).expect("select");
    let selection = web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .expect("sel");
    selection.remove_all_ranges().expect("clear");
    selection.add_range(&range).expect("add");
    wait::sleep(400).await;
    assert!(host.query_selector(".aa-menu").expect("q").is_none());
    // The host's tint reached the widget through CSSOM.
    let style = web_sys::window()
        .and_then(|w| w.get_computed_style(&root).ok().flatten())
        .expect("style");
    let tint = style
        .get_property_value("--aa-claim-bg")
        .unwrap_or_default();
    assert_eq!(tint.trim(), "#ffd54f");
    selection.remove_all_ranges().expect("clear");
    let mut handle = handle;
    handle.destroy();
}
