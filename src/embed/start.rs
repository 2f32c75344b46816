//! Starting a widget in its host element: hydrating the markup a server rendered there when it
//! is this build's rendering of these very props (same fingerprint), else rendering afresh.
//!
//! Hydration keeps the server's elements (the article a reader may already be reading, its
//! highlights, the scroll position) and attaches the listeners; a fresh render replaces the
//! host's children. Markup from another build or for other data is never hydrated: Yew aborts
//! on a mismatch, and a panic ends the wasm.

use web_sys::Element;
use yew::AppHandle;

use crate::components::prerender::fingerprint;
use crate::components::{App, AppProps};
use crate::dom::markup;

/// Hydrates or renders `props` in `host`; either way the host's pre-render mark is removed, so
/// a second mount on the same element is refused as before.
pub(super) fn start(host: &Element, props: AppProps) -> AppHandle<App> {
    // Before any selection: the model's grapheme clusters come from the browser.
    crate::dom::graphemes::install();
    let prerendered = host.get_attribute(markup::PRERENDERED);
    if prerendered.is_some() {
        let _ = host.remove_attribute(markup::PRERENDERED);
    }
    let renderer = yew::Renderer::<App>::with_root_and_props(host.clone(), props.clone());
    match prerendered {
        Some(mark) if mark == fingerprint(&props) => renderer.hydrate(),
        Some(_) => {
            crate::dom::log::warn_all(&[
                "the pre-rendered markup comes from another build or other data; rendered again"
                    .into(),
            ]);
            renderer.render()
        }
        None => renderer.render(),
    }
}

/// True when `host` holds a widget the server rendered (not yet hydrated).
pub(super) fn is_prerendered(host: &Element) -> bool {
    host.has_attribute(markup::PRERENDERED)
}
