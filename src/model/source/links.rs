//! Link and image tails after `]`: inline `(destination "title")`, full and collapsed references, and shortcut references to defined labels.
//!
//! The reader keeps a link's text and drops the rest; what matters is where a tail ends, and
//! where the link goes (the inline destination, or a defined reference's), kept as the link's
//! href. Scans are bounded by [`MAX_TAIL`] characters, so unclosed tails cost a constant each.

use std::collections::HashMap;

/// Longest link tail `(destination "title")` or `[label]` looked at, in characters.
const MAX_TAIL: usize = 1024;

/// Normalised link label: trimmed, inner whitespace collapsed, ASCII letters lower-cased.
pub(super) fn label_key(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    words.join(" ").to_ascii_lowercase()
}

/// The end of `(destination "title")`, `[label]` or `[]` at `k`, or `k` itself when the
/// bracketed text (from `text_start` to the `]` before `k`) is a defined reference label; with
/// the destination when the Markdown gives one.
pub(super) fn tail(
    chars: &[char],
    k: usize,
    text_start: usize,
    defs: &HashMap<String, String>,
) -> Option<(usize, Option<String>)> {
    let at = |k: usize| chars.get(k).copied();
    // Labels are at most 999 characters long (CommonMark), which also bounds the copy.
    let lookup = |from: usize, to: usize| -> Option<String> {
        let text = chars.get(from..to).filter(|t| t.len() <= 999)?;
        defs.get(&label_key(&text.iter().collect::<String>()))
            .cloned()
    };
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
                    // `[text][]` is a reference by the text itself.
                    ']' if n == 0 => return Some((k + 2, lookup(text_start, k - 1))),
                    ']' => return Some((k + n + 2, lookup(k + 1, k + 1 + n))),
                    _ => {}
                }
            }
            None
        }
        _ => {
            let href = lookup(text_start, k.checked_sub(1)?)?;
            Some((k, Some(href)))
        }
    }
}

/// After `(`: optional destination (`<…>` or without spaces, parentheses balanced), optional
/// title in quotes or parentheses, then `)`. The destination comes back with its backslash
/// escapes removed (`None` when empty).
fn inline_tail(chars: &[char], mut j: usize) -> Option<(usize, Option<String>)> {
    let at = |k: usize| chars.get(k).copied();
    let limit = j + MAX_TAIL;
    let skip_ws = |mut j: usize| {
        while at(j).is_some_and(char::is_whitespace) {
            j += 1;
        }
        j
    };
    j = skip_ws(j);
    let destination_start = j;
    let destination: &[char];
    if at(j) == Some('<') {
        j += 1;
        while at(j)? != '>' {
            if at(j)? == '<' || j > limit {
                return None;
            }
            j += if at(j) == Some('\\') { 2 } else { 1 };
        }
        destination = chars.get(destination_start + 1..j)?;
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
        destination = chars.get(destination_start..j.min(chars.len()))?;
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
    (at(j)? == ')').then(|| (j + 1, unescaped(destination)))
}

/// A destination with backslash escapes of ASCII punctuation removed; `None` when empty.
fn unescaped(destination: &[char]) -> Option<String> {
    let mut out = String::with_capacity(destination.len());
    let mut chars = destination.iter().copied().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    (!out.is_empty()).then_some(out)
}
