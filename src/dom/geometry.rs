//! Reading where things are on screen, for placing the note popover beside a highlight, and
//! placing the floating boxes (popover, selection menu) there.

use web_sys::Element;

use super::markup;
use crate::state::ScreenBox;

/// Where the line box of `element` under the viewport point `x`, `y` is (else its first line),
/// relative to the enclosing `.aa-root`: a note opened by the pointer goes beside the line the
/// pointer is on, never over it.
pub fn line_on_screen(element: &Element, x: f64, y: f64) -> ScreenBox {
    let rects = element.get_client_rects();
    let hit = (0..rects.length())
        .filter_map(|i| rects.get(i))
        .find(|r| r.left() <= x && x <= r.right() && r.top() <= y && y <= r.bottom());
    let Some(rect) = hit else {
        return on_screen(element);
    };
    let origin = root_origin(element);
    ScreenBox {
        left: rect.left() - origin.0,
        top: rect.top() - origin.1,
        bottom: rect.bottom() - origin.1,
    }
}

fn root_origin(element: &Element) -> (f64, f64) {
    element
        .closest(markup::selector::ROOT)
        .ok()
        .flatten()
        .map(|root| {
            let r = root.get_bounding_client_rect();
            (r.left(), r.top())
        })
        .unwrap_or_default()
}

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
    let (origin_left, origin_top) = root_origin(element);
    ScreenBox {
        left: left - origin_left,
        top: top - origin_top,
        bottom: bottom - origin_top,
    }
}

/// Which side of its anchor a floating box prefers (it flips when that side has no room).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Under the anchor (mouse selections, notes).
    Below,
    /// Over it (touch selections: the native handles sit below).
    Above,
}

/// Space kept between a box and its anchor, and between a box and the viewport's edges.
const GAP: f64 = 8.0;

/// Where a `w` × `h` box goes, in viewport pixels, beside an anchor spanning `top`..`bottom`
/// from `left`, in a `vw` × `vh` viewport: on `side` if it fits there, else on the other side,
/// else as far towards `side` as the viewport allows; sideways, clamped into the viewport.
#[allow(clippy::too_many_arguments)]
pub fn fit(
    left: f64,
    top: f64,
    bottom: f64,
    w: f64,
    h: f64,
    vw: f64,
    vh: f64,
    side: Side,
) -> (f64, f64) {
    let x = left.min(vw - w - GAP).max(GAP);
    let below = bottom + GAP;
    let above = top - GAP - h;
    let fits_below = below + h <= vh - GAP;
    let fits_above = above >= GAP;
    let y = match side {
        Side::Below if fits_below => below,
        Side::Above if fits_above => above,
        _ if fits_below => below,
        _ if fits_above => above,
        Side::Below => below,
        Side::Above => above,
    };
    // An anchor partly off screen, or no room on either side: as close as the viewport allows.
    let y = y.min(vh - h - GAP).max(GAP);
    (x, y)
}

/// Places a floating box (note popover, selection menu) beside `anchor` (pixels from the
/// widget's corner), fully inside the viewport (see [`fit`]).
///
/// The position goes through CSSOM ([`super::style`]) as the custom properties `--aa-x` and
/// `--aa-y`, which `styles/widget.css` reads; `--aa-placed` reveals the box, which stays hidden
/// until then. A strict Content-Security-Policy (`style-src 'self'`) blocks a `style` attribute
/// written by markup (Yew sets attributes with `setAttribute`), not CSSOM. The box is measured
/// at its containing block's corner first, so it may live in any landmark of the widget.
/// Whole pixels: formatting floats would pull float printing into the bundle.
pub fn place(element: &Element, anchor: ScreenBox, side: Side) {
    let Some(root) = element.closest(markup::selector::ROOT).ok().flatten() else {
        return;
    };
    set(element, 0.0, 0.0, "hidden");
    let origin = element.get_bounding_client_rect();
    let frame = root.get_bounding_client_rect();
    let (vw, vh) = viewport();
    let (x, y) = fit(
        frame.left() + anchor.left,
        frame.top() + anchor.top,
        frame.top() + anchor.bottom,
        origin.width(),
        origin.height(),
        vw,
        vh,
        side,
    );
    let placement = if y + origin.height() <= frame.top() + anchor.top {
        "above"
    } else {
        "below"
    };
    // The side it ended up on (the box is the widget's own element; CSS does not read this).
    let _ = element.set_attribute("data-placement", placement);
    set(element, x - origin.left(), y - origin.top(), "visible");
}

fn set(element: &Element, x: f64, y: f64, visibility: &str) {
    super::style::set_properties(
        element,
        &[
            ("--aa-x".to_string(), px(x)),
            ("--aa-y".to_string(), px(y)),
            ("--aa-placed".to_string(), visibility.to_string()),
        ],
    );
}

/// The viewport's size without its scroll bars, in CSS pixels.
fn viewport() -> (f64, f64) {
    let document = gloo::utils::document();
    let html = document.document_element();
    let width = html.as_ref().map_or(0, |h| h.client_width());
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    (f64::from(width), height)
}

/// `value` rounded to whole CSS pixels, e.g. `-12px`.
fn px(value: f64) -> String {
    format!("{}px", value.round() as i64)
}
