//! The editor's desk mounted in a real browser: suggestions drawn as suggested highlights, the
//! review keys on the document (next, accept, reject, undo), the draft saved and restored from
//! localStorage, and Publish reading the state the keys left.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit};

use article_annotator::desk::{published_json, render, Desk, DeskOptions};
use article_annotator::model::bundle::Bundle;
use article_annotator::options::StorageChoice;
use article_annotator::seed::{seed_bundle, SEED_TEXT};

use crate::wait::{frames, sleep};

const SUGGESTED: &str = "urn:article-annotator:suggested:";

/// The seed as received (no editorial layer), in a desk of its own.
async fn mount(storage: StorageChoice) -> (Element, Desk) {
    let host = gloo::utils::document().create_element("div").expect("div");
    gloo::utils::body().append_child(&host).expect("append");
    let bundle = Bundle {
        editorial: Vec::new(),
        ..seed_bundle()
    };
    let options = DeskOptions {
        storage,
        editor: Some("Test Editor".into()),
        events: None,
    };
    let desk = render(host.clone(), bundle, "desk-test".into(), options);
    // The first render, then the restore effect and its render.
    sleep(30).await;
    (host, desk)
}

/// Opens the list of every item (closed by default), where the counts below are read.
async fn open_list(root: &Element) {
    let details = root
        .query_selector("details.aa-desk__list")
        .expect("query")
        .expect("the list");
    details.set_attribute("open", "").expect("open");
    sleep(10).await;
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("selector")
        .length()
}

/// A key press on the document, as the desk listens for it.
async fn press(key: &str, ctrl: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    let target = gloo::utils::document()
        .active_element()
        .map(|e| e.unchecked_into::<web_sys::EventTarget>());
    let target = target.unwrap_or_else(|| gloo::utils::document().unchecked_into());
    target.dispatch_event(&event).expect("dispatch");
    // Focus follows a decision after the next frame is painted (requestAnimationFrame): the
    // render first, then two frames (the widget's request is made in the first), whatever the
    // machine's load.
    sleep(0).await;
    frames(2).await;
}

#[wasm_bindgen_test]
async fn suggestions_are_drawn_and_reviewed_with_keys() {
    let (host, mut desk) = mount(StorageChoice::Off).await;
    let paragraphs: Vec<String> = {
        let list = host.query_selector_all(".aa-paragraph").expect("query");
        (0..list.length())
            .filter_map(|i| list.item(i)?.text_content())
            .collect()
    };
    assert_eq!(
        paragraphs.join("\n"),
        SEED_TEXT.trim_end_matches('\n'),
        "the text is intact"
    );
    let suggested = count(
        &host,
        &format!(".aa-edge[data-edge='start'][data-annotation-id^='{SUGGESTED}']"),
    );
    assert!(suggested > 20, "{suggested} suggestions drawn");
    open_list(&host).await;
    assert_eq!(
        count(&host, ".aa-desk__item[data-status='open']"),
        suggested
    );

    press("j", false).await;
    let focused = gloo::utils::document().active_element().expect("focus");
    assert!(
        focused
            .get_attribute("data-annotation-id")
            .unwrap_or_default()
            .starts_with(SUGGESTED),
        "J focuses a suggestion"
    );
    press("a", false).await;
    assert_eq!(count(&host, ".aa-desk__item[data-status='accepted']"), 1);
    assert_eq!(
        count(
            &host,
            &format!(".aa-edge[data-edge='start']:not([data-annotation-id^='{SUGGESTED}'])")
        ),
        1,
        "drawn as a draft"
    );
    press("r", false).await;
    assert_eq!(count(&host, ".aa-desk__item[data-status='rejected']"), 1);
    press("z", true).await;
    assert_eq!(
        count(&host, ".aa-desk__item[data-status='rejected']"),
        0,
        "Ctrl+Z undoes the rejection"
    );

    let state = desk.link.state().expect("mounted");
    let json = published_json(&state).expect("an editor is named");
    let document: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(document["first"]["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        document["first"]["items"][0]["creator"]["name"],
        "Test Editor"
    );
    desk.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_draft_comes_back_after_a_remount() {
    let key = format!("desk-browser-test-{}", js_sys::Math::random());
    let (host, mut desk) = mount(StorageChoice::Key(key.clone())).await;
    press("j", false).await;
    press("a", false).await;
    press("r", false).await;
    sleep(20).await;
    desk.destroy();
    host.remove();
    let (host, mut desk) = mount(StorageChoice::Key(key.clone())).await;
    open_list(&host).await;
    assert_eq!(count(&host, ".aa-desk__item[data-status='accepted']"), 1);
    assert_eq!(count(&host, ".aa-desk__item[data-status='rejected']"), 1);
    let saved = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| {
            s.get_item(&format!("article-annotator:desk:key:{key}"))
                .ok()
                .flatten()
        })
        .unwrap_or_default();
    assert!(
        saved.contains("article-annotator-desk-draft"),
        "saved under the host's key, in the desk's namespace"
    );
    desk.destroy();
    host.remove();
}
