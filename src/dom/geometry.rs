//! Reading where things are on screen, for placing the note popover beside a highlight.

use web_sys::Element;

use crate::state::Anchor;

/// The viewport rectangle of `element`, as a popover anchor.
pub fn anchor_of(element: &Element) -> Anchor {
    // A highlight that wraps over lines has several client rects; the first is where it starts,
    // which is where the reader's eye (and the focus ring) is.
    let rects = element.get_client_rects();
    let rect = rects
        .get(0)
        .map(|r| (r.left(), r.top(), r.bottom()))
        .unwrap_or_else(|| {
            let r = element.get_bounding_client_rect();
            (r.left(), r.top(), r.bottom())
        });
    Anchor {
        left: rect.0,
        top: rect.1,
        bottom: rect.2,
    }
}
