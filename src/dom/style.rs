//! Styles set through CSSOM, which a strict Content-Security-Policy allows (`style-src 'self'`
//! blocks `style="…"` attributes written into markup, not `element.style.setProperty`).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Sets CSS custom properties (`--aa-…`) on `element`; values the browser cannot parse are
/// ignored by it, so a host's bad colour leaves the default in place.
pub fn set_properties(element: &Element, properties: &[(String, String)]) {
    let Some(element) = element.dyn_ref::<HtmlElement>() else {
        return;
    };
    let style = element.style();
    for (name, value) in properties {
        if name.starts_with("--aa-") {
            let _ = style.set_property(name, value);
        }
    }
}
