//! The browser's grapheme segmenter (`Intl.Segmenter`) for the model's grapheme clusters.
//!
//! The reader's wasm links no Unicode segmentation tables (`model::graphemes` explains why);
//! every wasm entry point that lets a reader or an editor select text calls [`install`]
//! before rendering: the reader's `embed::start` and the desk's `desk::render`.

use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{graphemes, units};

thread_local! {
    // One segmenter for the page: building one reads the locale data, a segment() call does not.
    static SEGMENTER: RefCell<Option<Intl::Segmenter>> = const { RefCell::new(None) };
}

/// Installs `Intl.Segmenter` as the model's grapheme segmenter; where the browser has none
/// (Firefox before 125), leaves the model's documented fallback in place.
pub fn install() {
    if SEGMENTER.with(|cell| cell.borrow().is_some()) {
        return;
    }
    // Checked first: calling a missing constructor would throw through the wasm.
    let has_segmenter = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .and_then(|intl| Reflect::has(&intl, &JsValue::from_str("Segmenter")))
        .unwrap_or(false);
    if !has_segmenter {
        return;
    }
    // The default locale and the default granularity, which is "grapheme"; grapheme clusters
    // are the same in every locale.
    let segmenter = Intl::Segmenter::new(&Array::new(), &Object::new());
    SEGMENTER.with(|cell| *cell.borrow_mut() = Some(segmenter));
    graphemes::install(cluster_ends);
}

/// The byte offsets where `text`'s grapheme clusters end, by the browser.
fn cluster_ends(text: &str) -> Vec<usize> {
    // Intl.Segmenter counts in UTF-16 units; `units` turns its cluster starts into byte ends.
    let starts: Vec<u32> = SEGMENTER.with(|cell| {
        let Some(segmenter) = cell.borrow().clone() else {
            return Vec::new();
        };
        Array::from(&segmenter.segment(text))
            .iter()
            .map(|segment| segment.unchecked_into::<Intl::SegmentData>().index())
            .collect()
    });
    units::utf16_starts_to_ends(text, &starts)
}
