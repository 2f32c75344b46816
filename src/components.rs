//! Yew components: they map state to markup and turn DOM events into actions, nothing more.

mod annotation_list;
mod app;
mod article_view;
mod export_panel;
mod find_text;
mod host_view;
mod import_panel;
mod legend;
mod list_item;
mod paragraph;
mod popover;
mod selection_menu;
mod toast;
mod toolbar;

pub use app::{App, AppProps};
pub use host_view::highlight_name;

/// An `oninput` callback that keeps `state` equal to a text field's value (textarea or input).
fn bind_text(state: &yew::UseStateHandle<String>) -> yew::Callback<yew::InputEvent> {
    let state = state.clone();
    yew::Callback::from(move |event: yew::InputEvent| {
        use wasm_bindgen::JsCast;
        let value = event.target().and_then(|t| {
            t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                .map(|f| f.value())
                .or_else(|| t.dyn_ref::<web_sys::HtmlInputElement>().map(|f| f.value()))
        });
        if let Some(value) = value {
            state.set(value);
        }
    })
}
pub use paragraph::HighlightKey;

use std::rc::Rc;

use crate::seed::seed_bundle;

/// Mounts the widget into the page's `<div id="article-annotator">`: the article in the page's
/// data island (`#article-annotator-data`, see [`crate::embed`]) if it has one, else the seed
/// article; with `?synthetic` in the URL, the 1 MB benchmark article with 10,000 annotations.
///
/// Does nothing on other pages: a host page that loads the embed loader (which starts this same
/// wasm) mounts its widgets through `<article-annotator>` elements instead.
pub fn mount_seed_app() {
    let document = gloo::utils::document();
    let Some(root) = document
        .get_element_by_id("article-annotator")
        .filter(|el| el.tag_name() == "DIV")
    else {
        return;
    };
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let bundle = if search.contains("synthetic") {
        crate::seed::synthetic_bundle(1 << 20, 10_000)
    } else {
        crate::embed::island_bundle().unwrap_or_else(seed_bundle)
    };
    let props = AppProps {
        bundle: Rc::new(bundle),
        instance: crate::embed::default_instance().into(),
        options: Rc::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
