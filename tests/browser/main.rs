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
mod desk;
mod embed;
mod graphemes;
mod instances;
mod markdown;
mod placement;
mod selection;
