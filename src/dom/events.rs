//! `article-annotator:*` CustomEvents on the host element, for the page's own scripts.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// The prefix of every event name, e.g. `article-annotator:create`.
pub const EVENT_PREFIX: &str = "article-annotator:";

/// Dispatches `article-annotator:<kind>` on `target`, bubbling and crossing shadow roots, with
/// `detail` parsed from `detail_json` (the host receives plain objects, not strings).
pub fn emit(target: &Element, kind: &str, detail_json: &str) {
    let detail = js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let name = format!("{EVENT_PREFIX}{kind}");
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&name, &init) {
        // A listener that throws is the host's problem; the browser reports it, we carry on.
        let _ = target.dispatch_event(&event);
    }
}
