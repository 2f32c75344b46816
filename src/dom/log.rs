//! Reporting load problems to the browser console, where newsroom developers look first.

/// Logs each problem as a console warning, prefixed with the widget's name.
pub fn warn_all(problems: &[String]) {
    for problem in problems {
        gloo::console::warn!(format!("article-annotator: {problem}"));
    }
}
