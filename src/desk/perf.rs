//! Timing the suggester where it runs, in the desk's wasm: `performance.now()` around each call,
//! one `performance.measure("article-annotator:desk:suggest")` per desk start, and repeated runs
//! on demand for the benchmark (`tests/e2e/bench-desk.mjs` through the element's JS handle).

use wasm_bindgen::{JsCast, JsValue};

use crate::model::suggest::{suggest, Suggestion};
use crate::model::Article;

/// The name of the measure each desk start records.
pub const SUGGEST_MEASURE: &str = "article-annotator:desk:suggest";

/// `performance`, if the page has one.
fn performance() -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .filter(|p| p.is_object())
}

/// Calls `performance[name](args…)`, returning its result.
fn call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let performance = performance()?;
    let method: js_sys::Function = js_sys::Reflect::get(&performance, &name.into())
        .ok()?
        .into();
    let args: js_sys::Array = args.iter().collect();
    method.apply(&performance, &args).ok()
}

/// Milliseconds from `performance.now()` (0 where there is none).
pub fn now_ms() -> f64 {
    call("now", &[])
        .and_then(|v| v.as_f64())
        .unwrap_or_default()
}

/// Runs `f` after the next frame is painted: a timeout queued from `requestAnimationFrame`.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let later = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let scheduled = web_sys::window()
        .map(|w| w.request_animation_frame(later.unchecked_ref()).is_ok())
        .unwrap_or(false);
    if !scheduled {
        log_unscheduled();
    }
}

/// Without `requestAnimationFrame` (a hidden frame in some browsers) nothing is focused.
fn log_unscheduled() {
    gloo::console::debug!("article-annotator desk: no requestAnimationFrame; focus not moved");
}

/// Suggestions for `article`, recorded as a performance measure from its start to its end.
pub fn timed_suggest(article: &Article) -> Vec<Suggestion> {
    let start = now_ms();
    let found = suggest(article);
    let end = now_ms();
    let options = js_sys::Object::new();
    let set = |key: &str, value: f64| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("start", start);
    set("end", end);
    call("measure", &[SUGGEST_MEASURE.into(), options.into()]);
    found
}

/// `runs` timed runs of the suggester on `article`, in milliseconds each.
pub fn time_suggest(article: &Article, runs: usize) -> Vec<f64> {
    (0..runs.clamp(1, 1000))
        .map(|_| {
            let start = now_ms();
            let n = suggest(article).len();
            // Keeps the call from being optimised away.
            std::hint::black_box(n);
            now_ms() - start
        })
        .collect()
}
