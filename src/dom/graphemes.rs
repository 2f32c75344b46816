//! The browser's grapheme segmenter (`Intl.Segmenter`) for the model's grapheme clusters.
//!
//! The reader's wasm links no Unicode segmentation tables (`model::graphemes` explains why);
//! every wasm entry point that lets a reader or an editor select text calls [`install`]
//! before rendering: the reader's `embed::start` and the desk's `desk::render`.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{graphemes, units};

thread_local! {
    // One segmenter for the page, built when the page is idle or at its first use, whichever
    // comes first: building one loads the browser's segmentation data (18-30 ms in Chromium,
    // measured), which start-up should not wait for.
    static SEGMENTER: RefCell<Option<Intl::Segmenter>> = const { RefCell::new(None) };
}

/// Installs `Intl.Segmenter` as the model's grapheme segmenter; where the browser has none
/// (Firefox before 125), leaves the model's documented fallback in place.
pub fn install() {
    // Checked first: calling a missing constructor would throw through the wasm.
    let has_segmenter = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .and_then(|intl| Reflect::has(&intl, &JsValue::from_str("Segmenter")))
        .unwrap_or(false);
    if !has_segmenter {
        return;
    }
    graphemes::install(cluster_ends);
    if SEGMENTER.with(|cell| cell.borrow().is_none()) {
        // Where requestIdleCallback is missing (Safari), the first use builds it.
        let warm = Closure::once_into_js(|| drop(segmenter()));
        let _ = gloo::utils::window().request_idle_callback(warm.unchecked_ref());
    }
}

/// The page's segmenter, built on the first call.
fn segmenter() -> Intl::Segmenter {
    SEGMENTER.with(|cell| {
        // The default locale and the default granularity, which is "grapheme"; grapheme
        // clusters are the same in every locale.
        cell.borrow_mut()
            .get_or_insert_with(|| Intl::Segmenter::new(&Array::new(), &Object::new()))
            .clone()
    })
}

/// The byte offsets where `text`'s grapheme clusters end, by the browser.
fn cluster_ends(text: &str) -> Vec<usize> {
    // Intl.Segmenter counts in UTF-16 units; `units` turns its cluster starts into byte ends.
    let starts: Vec<u32> = Array::from(&segmenter().segment(text))
        .iter()
        .map(|segment| segment.unchecked_into::<Intl::SegmentData>().index())
        .collect();
    units::utf16_starts_to_ends(text, &starts)
}
