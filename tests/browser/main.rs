//! Browser tests, one crate (wasm-bindgen-test in headless Chromium): mount the real widget and read the DOM.
//!
//! Run one module with `cargo test --target wasm32-unknown-unknown --test browser -- csp::`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../support/wait.rs"]
mod wait;

mod app;
mod csp;
mod embed;
mod instances;
mod placement;
mod selection;

/// A pointer release on the page, as a mouse selection ends: the selection observer reads the
/// selection `dom::selection::select` made (a settled read skips it as the keyboard's echo).
/// After the `selectionchange` the selection caused, so that read is the last one scheduled.
pub async fn release_pointer() {
    wait::sleep(50).await;
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    let up = web_sys::PointerEvent::new_with_event_init_dict("pointerup", &init).expect("event");
    gloo::utils::document()
        .dispatch_event(&up)
        .expect("dispatch");
}
