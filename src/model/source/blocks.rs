//! Markdown block structure, line by line: paragraphs, headings, list items, block quotes, fenced code, thematic breaks and link reference definitions.
//!
//! A small subset of CommonMark's container rules, enough for articles: quote markers are
//! stripped (a deeper quote starts a new block, a shallower line continues one lazily),
//! indentation never matters except inside fenced code, and each list item is a paragraph.

use std::collections::HashSet;

use super::inline::strip;
use super::links::label_key;

/// An open fenced code block.
#[derive(Clone, Copy, Debug)]
struct Fence {
    ch: char,
    len: usize,
    /// The opening fence's indentation, removed from its content lines.
    indent: usize,
    /// Block quote depth it lives in: a line with fewer markers ends it.
    depth: usize,
}

/// The paragraph being collected: raw lines joined by spaces.
#[derive(Clone, Debug)]
struct Para {
    raw: String,
    list_item: bool,
    depth: usize,
}

/// Reads a document's lines into a title (a leading level-1 heading) and body paragraphs.
pub(super) struct Blocks {
    defs: HashSet<String>,
    /// The front matter has a title, so a level-1 heading is body text.
    title_taken: bool,
    title: Option<String>,
    paragraphs: Vec<String>,
    para: Option<Para>,
    fence: Option<Fence>,
    /// The last block was a list item or a paragraph indented under one: any list marker
    /// starts a new item, even one that would not interrupt a plain paragraph.
    in_list: bool,
}

/// Leading spaces and tabs.
fn indent_of(line: &str) -> usize {
    line.chars().take_while(|&c| c == ' ' || c == '\t').count()
}

fn trim(line: &str) -> &str {
    line.trim_matches([' ', '\t'])
}

/// Up to `max` block quote markers removed: their count and the rest of the line (unchanged when
/// there is no marker, so fence indentation survives).
fn strip_quotes(line: &str, max: usize) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    while depth < max {
        let Some(after) = rest.trim_start_matches([' ', '\t']).strip_prefix('>') else {
            break;
        };
        rest = after.strip_prefix([' ', '\t']).unwrap_or(after);
        depth += 1;
    }
    (depth, rest)
}

/// A line opening a fenced code block (three or more backticks or tildes).
fn opening_fence(line: &str, depth: usize) -> Option<Fence> {
    let indent = indent_of(line);
    let body = line.trim_start_matches([' ', '\t']);
    let ch = body.chars().next().filter(|&c| c == '`' || c == '~')?;
    let len = body.chars().take_while(|&c| c == ch).count();
    // A backtick fence's info string cannot contain backticks (it would be a code span).
    let info_ok = ch == '~' || !body.get(len..).unwrap_or("").contains('`');
    (len >= 3 && info_ok).then_some(Fence {
        ch,
        len,
        indent,
        depth,
    })
}

fn closes(fence: &Fence, line: &str) -> bool {
    let t = trim(line);
    t.chars().count() >= fence.len && t.chars().all(|c| c == fence.ch)
}

/// `#` to `######` then a space or the end: the level and the text without a closing sequence.
fn atx_heading(t: &str) -> Option<(usize, &str)> {
    let level = t.chars().take_while(|&c| c == '#').count();
    let rest = t.get(level..)?;
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = trim(rest);
    let without = rest.trim_end_matches('#');
    let text = if without.is_empty() || without.ends_with([' ', '\t']) {
        without
    } else {
        rest
    };
    Some((level, trim(text)))
}

/// Three or more `-`, `*` or `_` (the same one), spaces allowed between.
fn is_thematic_break(t: &str) -> bool {
    let marks: Vec<char> = t.chars().filter(|&c| c != ' ' && c != '\t').collect();
    marks.len() >= 3 && matches!(marks[0], '-' | '*' | '_') && marks.iter().all(|&c| c == marks[0])
}

/// A list item marker (`-`, `*`, `+`, `1.`, `1)`) starting `t`: the item's text. An item that
/// interrupts a paragraph must have text, and an ordered one must start at 1 (CommonMark), so
/// a wrapped line starting "2024." is not a list.
fn list_item(t: &str, interrupting: bool) -> Option<&str> {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let (marker_len, ordinal) = if digits == 0 {
        (usize::from(t.starts_with(['-', '*', '+'])), None)
    } else if digits <= 9 && t.get(digits..)?.starts_with(['.', ')']) {
        (digits + 1, t.get(..digits))
    } else {
        (0, None)
    };
    let rest = t.get(marker_len..).filter(|_| marker_len > 0)?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = trim(rest);
    let allowed = !interrupting || (!text.is_empty() && ordinal.is_none_or(|n| n == "1"));
    allowed.then_some(text)
}

/// `[label]: destination …` (footnotes, `[^…]`, are text).
fn definition(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[').filter(|r| !r.starts_with('^'))?;
    let (label, after) = rest.split_once("]:")?;
    let ok = !trim(label).is_empty() && label.len() <= 999 && !label.contains(['[', ']']);
    // A destination, then nothing or a title: "[Note]: read this" is a sentence.
    let after = trim(after);
    let title = after
        .split_once([' ', '\t'])
        .map_or("", |(_, title)| trim(title));
    let titled = title.is_empty() || title.starts_with(['"', '\'', '(']);
    (ok && !after.is_empty() && titled).then_some(label)
}

impl Blocks {
    /// A reader for `text`, whose link reference definitions are collected first so shortcut
    /// references (`[label]`) can be told from literal brackets.
    pub(super) fn new(text: &str, title_taken: bool) -> Blocks {
        // A definition cannot interrupt a paragraph: only those after a blank line (or another
        // definition) count. Fenced code is not excluded: a stray label there costs nothing.
        let mut defs = HashSet::new();
        let mut may_start = true;
        for line in text.split('\n') {
            let t = trim(strip_quotes(line, usize::MAX).1);
            match definition(t) {
                Some(label) if may_start => {
                    defs.insert(label_key(label));
                }
                _ => may_start = t.is_empty(),
            }
        }
        Blocks {
            defs,
            title_taken,
            title: None,
            paragraphs: Vec::new(),
            para: None,
            fence: None,
            in_list: false,
        }
    }

    pub(super) fn line(&mut self, line: &str) {
        if let Some(fence) = self.fence {
            let (depth, content) = strip_quotes(line, fence.depth);
            if depth == fence.depth {
                if closes(&fence, content) {
                    self.fence = None;
                } else {
                    // Code is kept verbatim, one paragraph per non-blank line.
                    let n = indent_of(content).min(fence.indent);
                    let code = content.get(n..).unwrap_or(content);
                    if !code.trim().is_empty() {
                        self.paragraphs.push(code.to_string());
                    }
                }
                return;
            }
            self.fence = None; // The quote holding the code block ended.
        }
        let (depth, rest) = strip_quotes(line, usize::MAX);
        let t = trim(rest);
        if t.is_empty() {
            return self.close();
        }
        if self.para.as_ref().is_some_and(|p| depth > p.depth) {
            self.close();
        }
        let in_para = self.para.as_ref().map(|p| p.list_item);
        let interrupting = in_para == Some(false) && !self.in_list;
        let list_before = std::mem::take(&mut self.in_list);
        if let Some(fence) = opening_fence(rest, depth) {
            self.close();
            self.fence = Some(fence);
        } else if let Some((level, text)) = atx_heading(t) {
            self.close();
            self.heading(level, text);
        } else if in_para == Some(false)
            && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
        {
            // A setext underline turns the paragraph above into a heading.
            let raw = self.para.take().map(|p| p.raw).unwrap_or_default();
            self.heading(if t.starts_with('=') { 1 } else { 2 }, &raw);
        } else if is_thematic_break(t) {
            self.close();
        } else if let Some(mut text) = list_item(t, interrupting) {
            self.close();
            // Nested markers ("- - a", "- > a") add nothing to the text.
            loop {
                let (quotes, unquoted) = strip_quotes(text, usize::MAX);
                match list_item(trim(unquoted), false) {
                    Some(inner) => text = inner,
                    None if quotes > 0 => text = trim(unquoted),
                    None => break,
                }
            }
            self.append(text, true, depth);
            self.in_list = true;
        } else if self.para.is_none() && definition(t).is_some() {
            // Link reference definitions are not text.
            self.in_list = list_before;
        } else {
            // A paragraph continues the list if it continues an item or is indented under one.
            self.in_list = list_before && (self.para.is_some() || indent_of(rest) > 0);
            self.append(t, false, depth);
        }
    }

    /// The title taken from a leading level-1 heading, and the body paragraphs.
    pub(super) fn finish(mut self) -> (Option<String>, Vec<String>) {
        self.close();
        (self.title, self.paragraphs)
    }

    fn append(&mut self, t: &str, list_item: bool, depth: usize) {
        let Some(para) = &mut self.para else {
            self.para = Some(Para {
                raw: t.to_string(),
                list_item,
                depth,
            });
            return;
        };
        // A hard line break (trailing backslash; trailing spaces are already trimmed) is a space.
        let backslashes = para.raw.chars().rev().take_while(|&c| c == '\\').count();
        if backslashes % 2 == 1 {
            para.raw.pop();
        }
        para.raw.push(' ');
        para.raw.push_str(t);
    }

    fn close(&mut self) {
        if let Some(para) = self.para.take() {
            self.push(strip(&para.raw, &self.defs));
        }
    }

    fn heading(&mut self, level: usize, raw: &str) {
        let text = strip(raw, &self.defs);
        if level == 1 && !self.title_taken && self.title.is_none() && self.paragraphs.is_empty() {
            if !text.is_empty() {
                self.title = Some(text);
            }
        } else {
            self.push(text);
        }
    }

    fn push(&mut self, text: String) {
        // A paragraph of only no-break spaces would be a blank line to `Article`.
        if !text.trim().is_empty() {
            self.paragraphs.push(text);
        }
    }
}
