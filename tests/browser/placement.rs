//! Floating boxes under the strict policy: hidden until placed, then inside the viewport, in the widget's copy and in place alike.

use wasm_bindgen_test::wasm_bindgen_test;

use article_annotator::dom::geometry::{self, Side};
use article_annotator::state::ScreenBox;

use crate::csp::{clamped, css, mount};

#[wasm_bindgen_test]
async fn boxes_stay_hidden_until_placed_and_stay_inside_the_viewport_in_place_too() {
    let (host, root) = mount().await;
    // A box the effect has not placed yet (Yew may yield to the browser between rendering and
    // running effects) is not painted at the wrong place.
    let menu = gloo::utils::document().create_element("div").expect("div");
    menu.set_class_name("aa-menu");
    root.append_child(&menu).expect("append");
    assert_eq!(css(&menu, "visibility"), "hidden");
    // Far right: clamped inside the viewport, in the widget's copy and in place alike.
    let anchor = ScreenBox {
        left: 5000.4,
        top: 2.0,
        bottom: 12.6,
    };
    for class in ["", " aa-root--inplace"] {
        root.set_class_name(&format!("aa-root{class}"));
        geometry::place(&menu, anchor, Side::Below);
        assert_eq!(css(&menu, "visibility"), "visible");
        let rect = menu.get_bounding_client_rect();
        let want = clamped(5000.0, rect.width());
        assert!(
            (rect.left() - want).abs() <= 1.0,
            "{class}: left {}, want {want}",
            rect.left()
        );
    }
    host.remove();
}
