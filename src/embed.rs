//! The widget's whole public surface for host pages: the article data island (a
//! `<script type="application/json" id="article-annotator-data">` read at start-up), and the JS
//! API `mount(host, options)` → [`WidgetHandle`] (`window.wasmBindings.mount` on Trunk's pages).
//!
//! Options and island share one shape: `{ meta: {id, title, standfirst?, source}, text, annotations
//! (a W3C document, as an object or a string, or null) }`; `mount` also reads `instance`, the
//! prefix for element ids (letters, digits, `-`, `_`), unique per widget on a page.

mod data;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use data::{bundle_from_json, bundle_from_value, ISLAND_ID};

use crate::components::{App, AppProps};
use crate::seed::{seed_bundle, Bundle};

/// The article data island's bundle, if the page has one (`#article-annotator-data`).
pub fn island_bundle() -> Option<Bundle> {
    let element = gloo::utils::document().get_element_by_id(ISLAND_ID)?;
    Some(bundle_from_json(
        &element.text_content().unwrap_or_default(),
    ))
}

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// A mounted widget; `destroy()` removes it and detaches its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    instance: String,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the widget: its markup and document listeners go; saved annotations stay.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    /// The prefix of the widget's element ids.
    #[wasm_bindgen(getter)]
    pub fn instance(&self) -> String {
        self.instance.clone()
    }
}

/// Mounts a widget inside `host` (an Element). `options` may be `undefined` (the seed article)
/// or `{ meta, text, annotations, instance }`; problems in the article data are reported in the
/// console and the legend, as for the island. Errors only for a bad host or instance.
#[wasm_bindgen]
pub fn mount(host: JsValue, options: JsValue) -> Result<WidgetHandle, JsValue> {
    let host: web_sys::Element = host
        .dyn_into()
        .map_err(|_| JsError::new("mount(host, options): host must be an Element"))?;
    if host.query_selector(".aa-root").ok().flatten().is_some() {
        return Err(
            JsError::new("mount: this host already holds a widget; destroy() it first").into(),
        );
    }
    let options: serde_json::Value = if options.is_undefined() || options.is_null() {
        serde_json::Value::Null
    } else {
        // Through JSON.stringify: plain data only, and no second deserializer in the bundle.
        let json = js_sys::JSON::stringify(&options)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| {
                JsError::new("mount: options are not plain data (JSON.stringify failed)")
            })?;
        serde_json::from_str(&json)
            .map_err(|e| JsError::new(&format!("mount: options are not plain data: {e}")))?
    };
    if !(options.is_object() || options.is_null()) {
        return Err(JsError::new("mount: options must be an object or undefined").into());
    }
    let instance = match options.get("instance") {
        None | Some(serde_json::Value::Null) => default_instance(),
        Some(serde_json::Value::String(s)) if valid_instance(s) => s.clone(),
        Some(other) => {
            let message = format!("mount: instance {other} must be 1–32 letters, digits, - or _");
            return Err(JsError::new(&message).into());
        }
    };
    let has_article = options.get("text").is_some() || options.get("meta").is_some();
    let bundle = if has_article {
        bundle_from_value(&options)
    } else {
        seed_bundle()
    };
    let props = AppProps {
        bundle: Rc::new(bundle),
        instance: instance.clone().into(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(host, props).render();
    Ok(WidgetHandle {
        app: Some(app),
        instance,
    })
}

/// `aa` for the first widget mounted through the API, then `aa-2`, `aa-3`, …
pub(crate) fn default_instance() -> String {
    let n = MOUNTED.with(|m| {
        m.set(m.get() + 1);
        m.get()
    });
    if n == 1 {
        "aa".into()
    } else {
        format!("aa-{n}")
    }
}

fn valid_instance(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
