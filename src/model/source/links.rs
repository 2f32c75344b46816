//! Link and image tails after `]`: inline `(destination "title")`, full and collapsed references, and shortcut references to defined labels.
//!
//! Only where a tail ends matters: the reader keeps a link's text and drops the rest. Scans are
//! bounded by [`MAX_TAIL`] characters, so unclosed tails cost a constant each.

use std::collections::HashSet;

/// Longest link tail `(destination "title")` or `[label]` looked at, in characters.
const MAX_TAIL: usize = 1024;

/// Normalised link label: trimmed, inner whitespace collapsed, ASCII letters lower-cased.
pub(super) fn label_key(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    words.join(" ").to_ascii_lowercase()
}

/// The end of `(destination "title")`, `[label]` or `[]` at `k`, or `k` itself when the
/// bracketed text (from `text_start` to the `]` before `k`) is a defined reference label.
pub(super) fn tail(
    chars: &[char],
    k: usize,
    text_start: usize,
    defs: &HashSet<String>,
) -> Option<usize> {
    let at = |k: usize| chars.get(k).copied();
    match at(k) {
        Some('(') => inline_tail(chars, k + 1),
        Some('[') => {
            let rest = chars.get(k + 1..)?.iter().take(MAX_TAIL);
            let mut escaped = false;
            for (n, &c) in rest.enumerate() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '[' => return None,
                    ']' => return Some(k + n + 2),
                    _ => {}
                }
            }
            None
        }
        _ => {
            // Labels are at most 999 characters long (CommonMark), which also bounds the copy.
            let text = chars.get(text_start..k - 1).filter(|t| t.len() <= 999)?;
            let label: String = text.iter().collect();
            defs.contains(&label_key(&label)).then_some(k)
        }
    }
}

/// After `(`: optional destination (`<…>` or without spaces, parentheses balanced), optional
/// title in quotes or parentheses, then `)`.
fn inline_tail(chars: &[char], mut j: usize) -> Option<usize> {
    let at = |k: usize| chars.get(k).copied();
    let limit = j + MAX_TAIL;
    let skip_ws = |mut j: usize| {
        while at(j).is_some_and(char::is_whitespace) {
            j += 1;
        }
        j
    };
    j = skip_ws(j);
    if at(j) == Some('<') {
        j += 1;
        while at(j)? != '>' {
            if at(j)? == '<' || j > limit {
                return None;
            }
            j += if at(j) == Some('\\') { 2 } else { 1 };
        }
        j += 1;
    } else {
        let mut depth = 0_usize;
        while let Some(c) = at(j) {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => break,
                ')' => depth -= 1,
                '\\' => j += 1,
                c if c.is_whitespace() || c.is_control() => break,
                _ => {}
            }
            j += 1;
            if j > limit {
                return None;
            }
        }
    }
    j = skip_ws(j);
    let close = match at(j)? {
        '"' => Some('"'),
        '\'' => Some('\''),
        '(' => Some(')'),
        _ => None,
    };
    if let Some(close) = close {
        j += 1;
        while at(j)? != close {
            j += if at(j) == Some('\\') { 2 } else { 1 };
            if j > limit {
                return None;
            }
        }
        j = skip_ws(j + 1);
    }
    (at(j)? == ')').then_some(j + 1)
}
