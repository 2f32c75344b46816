//! `article-annotator:*` CustomEvents on the host element, for the page's own scripts, and the
//! plain JS values they (and the JS API) carry.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, KeyboardEvent};

/// The prefix of every event name, e.g. `article-annotator:create`.
pub const EVENT_PREFIX: &str = "article-annotator:";

/// Dispatches `article-annotator:<kind>` on `target`, bubbling and crossing shadow roots.
pub fn emit(target: &Element, kind: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    let name = format!("{EVENT_PREFIX}{kind}");
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&name, &init) {
        // A listener that throws is the host's problem; the browser reports it, we carry on.
        let _ = target.dispatch_event(&event);
    }
}

/// `{instance, <key>: value}`: what every event's `detail` holds.
pub fn detail(instance: &str, key: &str, value: &JsValue) -> JsValue {
    let object = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(&object, &"instance".into(), &instance.into());
    let _ = js_sys::Reflect::set(&object, &key.into(), value);
    object.into()
}

/// JSON text the widget wrote, as a plain JS value for the host (objects, not strings): one
/// `JSON.parse` per document, the browser's own parser.
pub fn from_json(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// Calls `handler` for every keydown on the document, which it may `prevent_default` (the
/// reader's and the desk's shortcuts); dropping the listener detaches it.
pub fn on_document_keydown(mut handler: impl FnMut(&KeyboardEvent) + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    let document = gloo::utils::document();
    EventListener::new_with_options(&document, "keydown", options, move |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            handler(event);
        }
    })
}
