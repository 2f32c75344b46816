//! The standalone page's last word: when the WebAssembly traps (a panic aborts as `unreachable`,
//! and running out of memory does the same), nothing in it can be trusted, so a message made at
//! start-up is shown and the widget stops taking input. Nothing is allocated after the trap:
//! the listener only flips two attributes. Embedded widgets get the same from their loader
//! (`src/embed/element.js`), which also tells the host page with an `error` event.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// What the reader is told.
pub const STOPPED: &str =
    "The annotator stopped. Your saved annotations are safe; reload the page.";

/// Puts the (hidden) message before `root` and shows it, making `root` inert, on a trap.
pub fn install(root: &Element) {
    let document = gloo::utils::document();
    let (Ok(note), Some(parent)) = (document.create_element("p"), root.parent_node()) else {
        return;
    };
    note.set_class_name("aa-stopped");
    let _ = note.set_attribute("role", "alert");
    let _ = note.set_attribute("hidden", "");
    note.set_text_content(Some(STOPPED));
    if parent.insert_before(&note, Some(root)).is_err() {
        return;
    }
    let root = root.clone();
    let window = gloo::utils::window();
    for (kind, field) in [("error", "error"), ("unhandledrejection", "reason")] {
        let (note, root) = (note.clone(), root.clone());
        EventListener::new(&window, kind, move |event| {
            let thrown = js_sys::Reflect::get(event, &JsValue::from_str(field));
            if thrown.is_ok_and(|e| e.is_instance_of::<js_sys::WebAssembly::RuntimeError>()) {
                let _ = note.remove_attribute("hidden");
                let _ = root.set_attribute("inert", "");
            }
        })
        .forget();
    }
}
