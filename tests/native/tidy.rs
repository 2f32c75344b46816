//! Tidy: the layering and style rules of ARCHITECTURE.md, enforced as a test rather than by review.

use std::fs;
use std::path::{Path, PathBuf};

pub fn rust_files(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::from(dir)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn all_sources() -> Vec<PathBuf> {
    ["src", "tests", "benches"]
        .iter()
        .flat_map(|d| rust_files(d))
        .collect()
}

/// The part of a file before its `#[cfg(test)]` module: the code that ships.
pub fn shipped_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// Lines that are code, not comments.
pub fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

#[test]
fn every_file_opens_with_a_module_doc_line() {
    for path in all_sources() {
        let text = fs::read_to_string(&path).expect("readable");
        assert!(
            text.starts_with("//! "),
            "{} must start with a `//!` line saying its job",
            path.display()
        );
    }
}

#[test]
fn files_stay_small() {
    for path in all_sources() {
        let n_lines = fs::read_to_string(&path).expect("readable").lines().count();
        assert!(
            n_lines <= 320,
            "{} has {n_lines} lines; split it (limit 320)",
            path.display()
        );
    }
}

#[test]
fn model_never_names_the_browser_or_the_framework() {
    for path in rust_files("src/model")
        .into_iter()
        .chain([PathBuf::from("src/model.rs")])
    {
        let text = fs::read_to_string(&path).expect("readable");
        for banned in ["web_sys", "yew", "gloo", "wasm_bindgen", "js_sys"] {
            assert!(
                !code_lines(&text).any(|l| l.contains(banned)),
                "{} names {banned}: the model must stay pure",
                path.display()
            );
        }
    }
}

#[test]
fn reducer_does_no_io() {
    for path in rust_files("src/state")
        .into_iter()
        .chain([PathBuf::from("src/state.rs")])
    {
        let text = fs::read_to_string(&path).expect("readable");
        for banned in [
            "web_sys",
            "gloo",
            "wasm_bindgen",
            "crate::dom",
            "js_sys",
            "yew",
        ] {
            assert!(
                !code_lines(&text).any(|l| l.contains(banned)),
                "{} names {banned}: the reducer does no IO",
                path.display()
            );
        }
    }
}

#[test]
fn utf16_is_converted_in_one_place() {
    for path in rust_files("src") {
        if path == Path::new("src/model/units.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        for banned in ["encode_utf16", "len_utf16", "from_utf16"] {
            assert!(
                !code_lines(shipped_code(&text)).any(|l| l.contains(banned)),
                "{} converts UTF-16 itself; use model::units",
                path.display()
            );
        }
    }
}

#[test]
fn shipped_code_does_not_unwrap() {
    // A panic in wasm kills the widget; shipped code handles every None and Err.
    for path in rust_files("src") {
        let text = fs::read_to_string(&path).expect("readable");
        let n = code_lines(shipped_code(&text))
            .filter(|l| l.contains(".unwrap()"))
            .count();
        assert_eq!(n, 0, "{} calls .unwrap() outside its tests", path.display());
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    for path in all_sources() {
        let text = fs::read_to_string(&path).expect("readable");
        for banned in ["#[ignore", "#[should_panic"] {
            assert!(
                !code_lines(&text).any(|l| l.trim_start().starts_with(banned)),
                "{} uses {banned}",
                path.display()
            );
        }
    }
}

#[test]
fn css_rules_live_under_the_root_class() {
    css_rules_match("styles/widget.css", |part| part.starts_with(".aa-root"));
    // The editor's desk: under its own root class, so the reader's widgets on a page are untouched.
    css_rules_match("styles/desk.css", |part| {
        part.starts_with(".aa-root.aa-root--desk")
    });
    // In-place highlights style the host's text: only the widget's own named highlights.
    css_rules_match("styles/highlights.css", |part| {
        part.starts_with("::highlight(aa-") && part.ends_with(')')
    });
}

/// Every selector in `path` (comments, at-rules and keyframe steps aside) satisfies `allowed`.
fn css_rules_match(path: &str, allowed: impl Fn(&str) -> bool) {
    let raw = fs::read_to_string(path).expect("readable");
    // Drop comments, which may contain braces and commas.
    let mut css = String::with_capacity(raw.len());
    let mut rest = raw.as_str();
    while let Some(start) = rest.find("/*") {
        css.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    css.push_str(rest);
    let mut depth = 0;
    let mut selector = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                let s = selector.trim().to_string();
                let is_at_rule = s.starts_with('@');
                let is_keyframe_step = depth > 0 && (s.ends_with('%') || s == "from" || s == "to");
                if !is_at_rule && !is_keyframe_step {
                    for part in s.split(',') {
                        let part = part.trim();
                        assert!(
                            allowed(part),
                            "{path}: CSS selector {part:?} is not allowed"
                        );
                    }
                }
                depth += 1;
                selector.clear();
            }
            '}' => {
                depth -= 1;
                selector.clear();
            }
            ';' => selector.clear(),
            _ => selector.push(c),
        }
    }
}
