//! Tidy, layering half: every file under `src/` only reaches down the layers, and no files import each other in a loop.
//!
//! The module graph is read from the source text: every `crate::…`, `super::…` and `self::…`
//! path in a file's shipped code (grouped `use crate::{a::b, c}` included) is resolved to the
//! longest module that has a file. A module using its own submodules is not an edge (a parent
//! owns its children); everything else is.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers from the inside out. A module may name its own layer and those before it.
const LAYERS: &[&str] = &[
    "model",
    "seed",
    "state",
    "dom",
    "options",
    "hooks",
    "components",
    "desk",
    "embed",
    "cli",
];

/// `src/model/anchor/exact.rs` → `["model", "anchor", "exact"]`; `src/lib.rs` → `[]`.
fn module_of(path: &Path) -> Option<Vec<String>> {
    let rel = path.strip_prefix("src").ok()?.with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [only] if only == "lib" => Some(Vec::new()),
        [only] if only == "main" => None,
        [first, ..] if first == "bin" => None,
        _ => Some(parts),
    }
}

/// Every path after `crate::`/`super::`/`self::` in `code`, groups expanded, as segment lists
/// with their root keyword first.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let bytes: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let preceded_by_ident = i > 0 && (bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let root = ["crate::", "super::", "self::"]
            .into_iter()
            .find(|r| rest.starts_with(r));
        match root {
            Some(root) if !preceded_by_ident => {
                let mut prefix = vec![root.trim_end_matches(':').to_string()];
                i += root.len();
                i = parse_tree(&bytes, i, &mut prefix, &mut out);
            }
            _ => i += 1,
        }
    }
    out
}

/// Reads `a::b::{c, d::e}` from `i`, pushing each full path onto `out`; returns where it stopped.
fn parse_tree(
    s: &[char],
    mut i: usize,
    prefix: &mut Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let depth = prefix.len();
    loop {
        while i < s.len() && s[i].is_whitespace() {
            i += 1;
        }
        if i < s.len() && s[i] == '{' {
            i += 1;
            loop {
                let mut branch = prefix.clone();
                i = parse_tree(s, i, &mut branch, out);
                while i < s.len() && s[i].is_whitespace() {
                    i += 1;
                }
                match s.get(i) {
                    Some(',') => i += 1,
                    Some('}') => {
                        i += 1;
                        break;
                    }
                    _ => break,
                }
                while i < s.len() && s[i].is_whitespace() {
                    i += 1;
                }
                if s.get(i) == Some(&'}') {
                    i += 1;
                    break;
                }
            }
            prefix.truncate(depth);
            return i;
        }
        let start = i;
        while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
            i += 1;
        }
        if start == i {
            break;
        }
        prefix.push(s[start..i].iter().collect());
        if s.get(i) == Some(&':') && s.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            break;
        }
    }
    out.push(prefix.clone());
    i
}

/// The module graph of `src/`: file module → modules it names (parents naming children left out).
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = super::tidy::rust_files("src");
    let modules: BTreeSet<Vec<String>> = files.iter().filter_map(|p| module_of(p)).collect();
    let mut graph = BTreeMap::new();
    for path in &files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let text = fs::read_to_string(path).expect("readable");
        let code: String = super::tidy::code_lines(super::tidy::shipped_code(&text))
            .collect::<Vec<_>>()
            .join("\n");
        let mut edges = BTreeSet::new();
        for raw in paths_in(&code) {
            let mut full = match raw[0].as_str() {
                "crate" => Vec::new(),
                "self" => module.clone(),
                _ => module[..module.len().saturating_sub(1)].to_vec(),
            };
            let mut rest = raw[1..].iter().peekable();
            while rest.peek().is_some_and(|s| *s == "super") {
                full.pop();
                rest.next();
            }
            full.extend(rest.cloned());
            // The longest prefix that is a module with a file.
            let target = (0..=full.len())
                .rev()
                .map(|n| full[..n].to_vec())
                .find(|m| modules.contains(m));
            if let Some(target) = target {
                if target != module && !target.starts_with(&module) {
                    edges.insert(target);
                }
            }
        }
        graph.insert(module, edges);
    }
    graph
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".into()
    } else {
        module.join("::")
    }
}

#[test]
fn each_layer_only_reaches_down() {
    let rank = |m: &[String]| {
        m.first()
            .and_then(|top| LAYERS.iter().position(|l| l == top))
    };
    let mut wrong = Vec::new();
    for (from, edges) in graph() {
        let Some(from_rank) = rank(&from) else {
            assert!(
                from.is_empty(),
                "{} is not in a layer of tests/native/tidy_layers.rs",
                name(&from)
            );
            continue;
        };
        for to in edges {
            if rank(&to).unwrap_or(usize::MAX) > from_rank {
                wrong.push(format!("{} reaches up to {}", name(&from), name(&to)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "layers, inside out: {LAYERS:?}\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let graph = graph();
    // Depth-first search with colours; the first back edge is a circle.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, bool>,
        stack: &mut Vec<Vec<String>>,
        circles: &mut Vec<String>,
    ) {
        match state.get(node) {
            Some(true) => return,
            Some(false) => {
                let at = stack.iter().position(|n| n == node).unwrap_or(0);
                let circle: Vec<String> =
                    stack[at..].iter().chain([node]).map(|m| name(m)).collect();
                circles.push(circle.join(" -> "));
                return;
            }
            None => {}
        }
        state.insert(node.clone(), false);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, state, stack, circles);
        }
        stack.pop();
        state.insert(node.clone(), true);
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for node in graph.keys() {
        visit(node, &graph, &mut state, &mut Vec::new(), &mut circles);
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_path_reader_expands_groups_and_resolves_roots() {
    let cases = [
        ("use crate::a::b;", vec![vec!["crate", "a", "b"]]),
        (
            "use crate::{a::B, c::{d, e::F}};",
            vec![
                vec!["crate", "a", "B"],
                vec!["crate", "c", "d"],
                vec!["crate", "c", "e", "F"],
            ],
        ),
        (
            "let x = super::super::y::z();",
            vec![vec!["super", "super", "y", "z"]],
        ),
        ("mycrate::a::b", vec![]),
    ];
    for (code, expected) in cases {
        let got = paths_in(code);
        let expected: Vec<Vec<String>> = expected
            .into_iter()
            .map(|p| p.into_iter().map(String::from).collect())
            .collect();
        assert_eq!(got, expected, "{code}");
    }
}
