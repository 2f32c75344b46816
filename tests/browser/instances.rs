//! Browser test: two widgets on one page; shortcuts typed on the page go to the one last touched.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{
    Element, HtmlElement, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit,
};

use article_annotator::components::{App, AppProps};
use article_annotator::dom::selection;
use article_annotator::model::Span;
use article_annotator::options::{StorageChoice, WidgetOptions};
use article_annotator::seed::seed_bundle;

use crate::wait;
use wait::sleep;

async fn mount(instance: &str) -> Element {
    let host = gloo::utils::document().create_element("div").expect("div");
    gloo::utils::body().append_child(&host).expect("append");
    // Nothing stored: both widgets show the seed article, and saving under one key would
    // leave their annotations to the next test that mounts it.
    let options = WidgetOptions {
        storage: StorageChoice::Off,
        ..WidgetOptions::default()
    };
    let props = AppProps {
        bundle: Rc::new(seed_bundle()),
        instance: instance.to_string().into(),
        options: Rc::new(options),
    };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

fn n_mine(host: &Element) -> u32 {
    host.query_selector_all(".aa-item[data-origin='reader']")
        .map(|l| l.length())
        .unwrap_or(0)
}

/// Selects words in `host`'s article and saves them as a claim through its menu.
async fn add_claim(host: &Element, span: Span) {
    let root = host
        .query_selector(".aa-root")
        .expect("query")
        .expect("root");
    selection::select(&root, span).expect("select");
    sleep(400).await; // The selection observer settles, then the menu renders.
    let button: HtmlElement = host
        .query_selector(".aa-menu button[data-category='claim']")
        .expect("query")
        .expect("menu open in this widget")
        .dyn_into()
        .expect("button");
    button.click();
    yew::scheduler::flush().await;
}

fn press_on_page(key: &str, ctrl: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    gloo::utils::document()
        .dispatch_event(&event)
        .expect("dispatch");
}

fn touch(element: &Element) {
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    let event = PointerEvent::new_with_event_init_dict("pointerdown", &init).expect("event");
    element.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn shortcuts_go_to_the_widget_last_touched() {
    let first = mount("one").await;
    let second = mount("two").await;
    add_claim(&first, Span::new(0, 5).expect("span")).await;
    add_claim(&second, Span::new(6, 8).expect("span")).await;
    assert_eq!((n_mine(&first), n_mine(&second)), (1, 1));
    if let Some(active) = gloo::utils::document()
        .active_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = active.blur();
    }
    touch(
        &first
            .query_selector(".aa-paragraph")
            .expect("query")
            .expect("paragraph"),
    );
    press_on_page("z", true);
    yew::scheduler::flush().await;
    assert_eq!(
        (n_mine(&first), n_mine(&second)),
        (0, 1),
        "only the touched widget undoes"
    );
    touch(
        &second
            .query_selector(".aa-paragraph")
            .expect("query")
            .expect("paragraph"),
    );
    press_on_page("z", true);
    yew::scheduler::flush().await;
    assert_eq!((n_mine(&first), n_mine(&second)), (0, 0));
}
