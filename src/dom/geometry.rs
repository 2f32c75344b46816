//! Reading where things are on screen, for placing the note popover beside a highlight.

use web_sys::Element;

use crate::state::Anchor;

/// Where `element` starts, relative to the enclosing `.aa-root` (which is `position: relative`).
///
/// Positions relative to the widget, not the viewport, keep the popover beside its highlight
/// when the page scrolls, and inside the widget when a host page embeds it in a positioned box.
pub fn anchor_of(element: &Element) -> Anchor {
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
        .closest(".aa-root")
        .ok()
        .flatten()
        .map(|root| {
            let r = root.get_bounding_client_rect();
            (r.left(), r.top())
        })
        .unwrap_or_default();
    Anchor {
        left: left - origin_left,
        top: top - origin_top,
        bottom: bottom - origin_top,
    }
}
