//! YAML-ish front matter at the top of a Markdown article: only the `title`, `standfirst` and `description` keys are read.
//!
//! A full YAML parser would be a large dependency for three strings. Front matter is recognised
//! only when a `---` line opens the document, a `---` or `...` line closes it, and its first
//! non-blank line looks like `key:`; otherwise the `---` is Markdown (a thematic break).

/// The fields of the front matter this reader understands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct FrontMatter {
    pub title: Option<String>,
    pub standfirst: Option<String>,
}

/// Splits `text` (LF line endings) into its front matter, if any, and the Markdown after it.
pub(super) fn split(text: &str) -> (Option<FrontMatter>, &str) {
    match bounds(text) {
        Some((inner, consumed)) => (Some(read(&inner)), text.get(consumed..).unwrap_or("")),
        None => (None, text),
    }
}

/// True when `text` (LF line endings) opens with front matter: what `source::detect` asks,
/// without reading the keys (the reader's wasm detects Markdown but never reads it).
pub(super) fn opens(text: &str) -> bool {
    bounds(text).is_some()
}

/// The front matter's lines and the bytes it takes (closing line included), if `text` has one.
fn bounds(text: &str) -> Option<(Vec<&str>, usize)> {
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return None;
    }
    let mut consumed = text.split_inclusive('\n').next().map_or(0, str::len);
    let mut inner = Vec::new();
    for line in lines {
        consumed += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            let first = inner
                .iter()
                .map(|l: &&str| l.trim())
                .find(|l| !l.is_empty());
            return first.is_some_and(is_key_line).then_some((inner, consumed));
        }
        inner.push(line.trim_end_matches('\n'));
    }
    None
}

/// `key:` at the start of a line, the key being a YAML-ish plain word.
fn is_key_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, _)| {
        let mut chars = key.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
    })
}

fn read(lines: &[&str]) -> FrontMatter {
    let mut title = None;
    let mut standfirst = None;
    let mut description = None;
    for (i, line) in lines.iter().enumerate() {
        // Top-level keys only: indented lines belong to the key above.
        if line.starts_with([' ', '\t']) || !is_key_line(line) {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let slot = match key.to_ascii_lowercase().as_str() {
            "title" => &mut title,
            "standfirst" => &mut standfirst,
            "description" => &mut description,
            _ => continue,
        };
        if slot.is_none() {
            *slot = value_at(lines, i, value.trim());
        }
    }
    FrontMatter {
        title,
        standfirst: standfirst.or(description),
    }
}

/// A key's value: inline (plain or quoted), or a block (`>`, `|` or nothing) of the indented
/// lines after it, joined with spaces.
fn value_at(lines: &[&str], i: usize, inline: &str) -> Option<String> {
    let block = matches!(inline, "" | ">" | "|" | ">-" | "|-" | ">+" | "|+");
    let value = if block {
        let rest = lines.get(i + 1..).unwrap_or(&[]);
        let indented = rest
            .iter()
            .take_while(|l| l.starts_with([' ', '\t']) || l.trim().is_empty());
        let words: Vec<&str> = indented
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        words.join(" ")
    } else {
        unquote(inline)
    };
    let value = value.trim().to_string();
    (!value.is_empty()).then_some(value)
}

/// A YAML scalar without its quotes: `'it''s'` → `it's`, `"a \"b\""` → `a "b"`; a plain scalar
/// loses a trailing ` # comment`.
fn unquote(value: &str) -> String {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push(' '),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        out
    } else if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        let plain = value.split(" #").next().unwrap_or(value);
        plain.to_string()
    }
}
