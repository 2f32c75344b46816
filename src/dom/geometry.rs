//! Reading where things are on screen, for placing the note popover beside a highlight, and
//! placing the floating boxes (popover, selection menu) there.

use web_sys::Element;

use super::markup;
use crate::state::ScreenBox;

/// Where `element` starts, relative to the enclosing `.aa-root` (which is `position: relative`).
///
/// Positions relative to the widget, not the viewport, keep the popover beside its highlight
/// when the page scrolls, and inside the widget when a host page embeds it in a positioned box.
pub fn on_screen(element: &Element) -> ScreenBox {
    // A highlight that wraps over lines has several client rects; the first is where it starts,
    // which is where the reader's eye (and the focus ring) is.
    let (left, top, bottom) = match element.get_client_rects().get(0) {
        Some(r) => (r.left(), r.top(), r.bottom()),
        None => {
            let r = element.get_bounding_client_rect();
            (r.left(), r.top(), r.bottom())
        }
    };
    let (origin_left, origin_top) = element
        .closest(markup::selector::ROOT)
        .ok()
        .flatten()
        .map(|root| {
            let r = root.get_bounding_client_rect();
            (r.left(), r.top())
        })
        .unwrap_or_default();
    ScreenBox {
        left: left - origin_left,
        top: top - origin_top,
        bottom: bottom - origin_top,
    }
}

/// Places a floating box (note popover, selection menu) `x`, `y` pixels from the widget's corner.
///
/// The position goes through CSSOM ([`super::style`]) as the custom properties `--aa-x` and
/// `--aa-y`, which `styles/widget.css` reads (and clamps into the widget); `--aa-placed` reveals
/// the box, which stays hidden until then. A strict Content-Security-Policy (`style-src 'self'`)
/// blocks a `style` attribute written by markup (Yew sets attributes with `setAttribute`), not
/// CSSOM. Whole pixels: formatting floats would pull float printing into the bundle.
pub fn place(element: &Element, x: f64, y: f64) {
    super::style::set_properties(
        element,
        &[
            ("--aa-x".to_string(), px(x)),
            ("--aa-y".to_string(), px(y)),
            ("--aa-placed".to_string(), "visible".to_string()),
        ],
    );
}

/// `value` rounded to whole CSS pixels, e.g. `-12px`.
fn px(value: f64) -> String {
    format!("{}px", value.round() as i64)
}
