//! Floating boxes (selection menu, note) stay inside the viewport: `dom::geometry::fit` flips them above or below their anchor and clamps them sideways, from a 320 px phone to a wide screen.

use article_annotator::dom::geometry::{fit, Side};

#[test]
fn boxes_flip_and_clamp_into_the_viewport() {
    struct Case {
        name: &'static str,
        /// Anchor: left, top, bottom (viewport pixels).
        anchor: (f64, f64, f64),
        /// Box: width, height.
        size: (f64, f64),
        /// Viewport: width, height.
        viewport: (f64, f64),
        side: Side,
        at: (f64, f64),
    }
    #[rustfmt::skip]
    let cases = [
        Case { name: "room below", anchor: (100.0, 100.0, 120.0), size: (320.0, 200.0), viewport: (1280.0, 900.0), side: Side::Below, at: (100.0, 128.0) },
        Case { name: "last line: flips above", anchor: (100.0, 860.0, 880.0), size: (320.0, 240.0), viewport: (1280.0, 900.0), side: Side::Below, at: (100.0, 612.0) },
        Case { name: "touch: above when there is room", anchor: (100.0, 400.0, 420.0), size: (320.0, 240.0), viewport: (390.0, 844.0), side: Side::Above, at: (62.0, 152.0) },
        Case { name: "touch at the top: flips below", anchor: (10.0, 20.0, 40.0), size: (320.0, 240.0), viewport: (390.0, 844.0), side: Side::Above, at: (10.0, 48.0) },
        Case { name: "right edge: clamped left", anchor: (1250.0, 100.0, 120.0), size: (320.0, 200.0), viewport: (1280.0, 900.0), side: Side::Below, at: (952.0, 128.0) },
        Case { name: "left of the viewport: clamped right", anchor: (-40.0, 100.0, 120.0), size: (200.0, 100.0), viewport: (390.0, 844.0), side: Side::Below, at: (8.0, 128.0) },
        Case { name: "wider than a 320 px phone: at the margin", anchor: (200.0, 100.0, 120.0), size: (330.0, 100.0), viewport: (320.0, 568.0), side: Side::Below, at: (8.0, 128.0) },
        Case { name: "no room either side: inside, nearest the preferred side", anchor: (100.0, 200.0, 500.0), size: (300.0, 400.0), viewport: (1280.0, 600.0), side: Side::Below, at: (100.0, 192.0) },
    ];
    for case in cases {
        let (left, top, bottom) = case.anchor;
        let (w, h) = case.size;
        let (vw, vh) = case.viewport;
        let at = fit(left, top, bottom, w, h, vw, vh, case.side);
        assert_eq!(at, case.at, "{}", case.name);
        if w + 16.0 <= vw {
            assert!(at.0 >= 8.0 && at.0 + w <= vw - 8.0, "{}: {at:?}", case.name);
        }
        assert!(at.1 >= 8.0 && at.1 + h <= vh - 8.0, "{}: {at:?}", case.name);
    }
}
