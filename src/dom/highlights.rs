//! Highlights drawn over a host's article with the CSS Custom Highlight API: ranges registered
//! in `CSS.highlights`, styled by `::highlight(aa-claim)` etc.; no element is added or changed.
//!
//! The API's web-sys bindings are unstable (`web_sys_unstable_apis`), so the few calls used are
//! declared here. The registry is page-wide: several widgets share one `Highlight` per name and
//! each adds and removes only its own ranges.

use wasm_bindgen::prelude::*;
use web_sys::Range;

#[wasm_bindgen]
extern "C" {
    /// `Highlight`: a set of ranges painted with one `::highlight(name)` style.
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;

    #[wasm_bindgen(catch, constructor, js_class = "Highlight")]
    fn new() -> Result<JsHighlight, JsValue>;

    #[wasm_bindgen(method, js_class = "Highlight", js_name = add)]
    fn add(this: &JsHighlight, range: &Range);

    #[wasm_bindgen(method, js_class = "Highlight", js_name = delete)]
    fn delete(this: &JsHighlight, range: &Range) -> bool;

    #[wasm_bindgen(method, setter, js_class = "Highlight", js_name = priority)]
    fn set_priority(this: &JsHighlight, priority: i32);

    /// `CSS.highlights`.
    type HighlightRegistry;

    #[wasm_bindgen(method, js_class = "HighlightRegistry", js_name = get)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;

    #[wasm_bindgen(method, js_class = "HighlightRegistry", js_name = set)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
}

/// The order of the widget's highlight names where ranges overlap (higher paints over lower):
/// pending and selected on top (the selected cue adds to its category's look); then questions
/// over demands over claims, the rarer on top.
pub fn priority(name: &str) -> i32 {
    use super::markup::{highlight_name, HIGHLIGHT_PENDING, HIGHLIGHT_SELECTED};
    use crate::model::Category;
    if name == HIGHLIGHT_PENDING {
        5
    } else if name == HIGHLIGHT_SELECTED {
        4
    } else if name == highlight_name(Category::Question) {
        3
    } else if name == highlight_name(Category::Demand) {
        2
    } else {
        1
    }
}

fn registry() -> Option<HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let highlights = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!highlights.is_undefined() && !highlights.is_null()).then(|| highlights.unchecked_into())
}

/// True when this browser can draw highlights without touching the DOM.
pub fn supported() -> bool {
    registry().is_some()
        && js_sys::Reflect::get(&js_sys::global(), &"Highlight".into())
            .is_ok_and(|h| h.is_function())
}

/// One widget's ranges in the page-wide highlights; dropping it removes them.
#[derive(Default)]
pub struct Layer {
    drawn: Vec<(&'static str, Range)>,
}

impl Layer {
    /// Replaces this widget's ranges with `ranges` (highlight name, range). `priority` orders
    /// names where ranges overlap (a higher one paints over a lower one).
    pub fn draw(&mut self, ranges: Vec<(&'static str, Range)>, priority: impl Fn(&str) -> i32) {
        self.clear();
        let Some(registry) = registry() else {
            return;
        };
        for (name, range) in ranges {
            if let Some(highlight) = shared(&registry, name, &priority) {
                highlight.add(&range);
                self.drawn.push((name, range));
            }
        }
    }

    /// Removes this widget's ranges.
    pub fn clear(&mut self) {
        let Some(registry) = registry() else {
            self.drawn.clear();
            return;
        };
        for (name, range) in self.drawn.drain(..) {
            let highlight = registry.get(name);
            if !highlight.is_undefined() {
                highlight.unchecked_into::<JsHighlight>().delete(&range);
            }
        }
    }
}

impl Drop for Layer {
    fn drop(&mut self) {
        self.clear();
    }
}

/// The page's highlight called `name`, made and registered by the first widget that needs it.
fn shared(
    registry: &HighlightRegistry,
    name: &str,
    priority: &impl Fn(&str) -> i32,
) -> Option<JsHighlight> {
    let existing = registry.get(name);
    if !existing.is_undefined() {
        return Some(existing.unchecked_into());
    }
    let highlight = JsHighlight::new().ok()?;
    highlight.set_priority(priority(name));
    registry.set(name, &highlight);
    Some(highlight)
}
