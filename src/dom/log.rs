//! Reporting to the browser: load problems to the console, where newsroom developers look
//! first, and performance marks.

/// Logs each problem as a console warning, prefixed with the widget's name.
pub fn warn_all(problems: &[String]) {
    for problem in problems {
        gloo::console::warn!(format!("article-annotator: {problem}"));
    }
}

/// Sets a `performance.mark` (for hosts and the paint benchmark); nothing if unsupported.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
