//! Markdown block structure, line by line: paragraphs, headings, list items, block quotes, fenced code, thematic breaks and link reference definitions, each paragraph with its [`Block`].
//!
//! A small subset of CommonMark's container rules, enough for articles: quote markers are
//! stripped (a deeper quote starts a new block, a shallower line continues one lazily), each
//! list item is a paragraph, and indentation matters only for nesting lists (`lists.rs`) and
//! inside fenced code. The text of every paragraph is what it was before structure was kept.

use std::collections::HashMap;

use super::super::article::{Block, BlockKind};
use super::inline::strip;
use super::lines::{
    atx_heading, closes, definition, indent_of, is_thematic_break, list_item, opening_fence,
    strip_quotes, trim, Fence,
};
use super::links::label_key;
use super::lists::Lists;

/// The paragraph being collected: raw lines joined by spaces.
#[derive(Clone, Debug)]
struct Para {
    raw: String,
    /// For a list item: ordered, and its number.
    item: Option<(bool, u32)>,
    /// Quote markers on its first line: a deeper quote later starts a new paragraph.
    depth: usize,
    /// Quotes around its text (more than `depth` for "- > quoted").
    quote_depth: usize,
    list_depth: u8,
}

/// Reads a document's lines into a title (a leading level-1 heading) and body paragraphs.
pub(super) struct Blocks {
    /// Link reference definitions: normalised label → destination.
    defs: HashMap<String, String>,
    /// The front matter has a title, so a level-1 heading is body text.
    title_taken: bool,
    title: Option<String>,
    paragraphs: Vec<(String, Block)>,
    para: Option<Para>,
    fence: Option<Fence>,
    /// The last block was a list item or a paragraph indented under one: any list marker
    /// starts a new item, even one that would not interrupt a plain paragraph.
    in_list: bool,
    lists: Lists,
}

fn small(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

impl Blocks {
    /// A reader for `text`, whose link reference definitions are collected first so shortcut
    /// references (`[label]`) can be told from literal brackets.
    pub(super) fn new(text: &str, title_taken: bool) -> Blocks {
        // A definition cannot interrupt a paragraph: only those after a blank line (or another
        // definition) count. Fenced code is not excluded: a stray label there costs nothing.
        let mut defs = HashMap::new();
        let mut may_start = true;
        for line in text.split('\n') {
            let t = trim(strip_quotes(line, usize::MAX).1);
            match definition(t) {
                Some((label, destination)) if may_start => {
                    // The first definition of a label wins (CommonMark).
                    defs.entry(label_key(label))
                        .or_insert_with(|| destination.to_string());
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
            lists: Lists::default(),
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
                    let block = Block {
                        quote_depth: small(depth),
                        ..Block::of(BlockKind::Code)
                    };
                    self.push(code.to_string(), block);
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
        let in_para = self.para.as_ref().map(|p| p.item.is_some());
        let interrupting = in_para == Some(false) && !self.in_list;
        let list_before = std::mem::take(&mut self.in_list);
        if let Some(fence) = opening_fence(rest, depth) {
            self.close();
            self.fence = Some(fence);
        } else if let Some((level, text)) = atx_heading(t) {
            self.close();
            self.heading(level, text, depth);
        } else if in_para == Some(false)
            && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
        {
            // A setext underline turns the paragraph above into a heading.
            let para = self.para.take();
            let (raw, depth) = para.map(|p| (p.raw, p.depth)).unwrap_or_default();
            self.heading(if t.starts_with('=') { 1 } else { 2 }, &raw, depth);
        } else if is_thematic_break(t) {
            self.close();
        } else if let Some(marker) = list_item(t, interrupting) {
            self.close();
            self.item(depth, indent_of(rest), marker);
            self.in_list = true;
        } else if self.para.is_none() && definition(t).is_some() {
            // Link reference definitions are not text.
            self.in_list = list_before;
        } else {
            // A paragraph continues the list if it continues an item or is indented under one.
            self.in_list = list_before && (self.para.is_some() || indent_of(rest) > 0);
            if self.para.is_none() && self.in_list {
                let list_depth = self.lists.paragraph(indent_of(rest));
                self.start(t, None, depth, list_depth);
            } else {
                self.append(t, None, depth);
            }
        }
        if !self.in_list {
            self.lists.clear();
        }
    }

    /// A list item line: nested markers ("- - a") open nested items, a quote marker after the
    /// marker ("- > a") quotes the item; the text is the innermost item's.
    fn item(&mut self, depth: usize, column: usize, mut marker: super::lines::Marker<'_>) {
        let (mut column, mut quotes) = (column, 0);
        let (mut list_depth, mut number) = self.lists.item(column, &marker);
        let mut text = marker.text;
        loop {
            let (more_quotes, unquoted) = strip_quotes(text, usize::MAX);
            match list_item(trim(unquoted), false) {
                Some(inner) => {
                    column += marker.width;
                    (list_depth, number) = self.lists.item(column, &inner);
                    quotes += more_quotes;
                    (marker, text) = (inner, inner.text);
                }
                None if more_quotes > 0 => {
                    quotes += more_quotes;
                    text = trim(unquoted);
                }
                None => break,
            }
        }
        self.start(text, Some((marker.ordered, number)), depth, list_depth);
        if let Some(para) = &mut self.para {
            para.quote_depth = depth + quotes;
        }
    }

    /// The title taken from a leading level-1 heading, and the body paragraphs.
    pub(super) fn finish(mut self) -> (Option<String>, Vec<(String, Block)>) {
        self.close();
        (self.title, self.paragraphs)
    }

    fn start(&mut self, t: &str, item: Option<(bool, u32)>, depth: usize, list_depth: u8) {
        self.para = Some(Para {
            raw: t.to_string(),
            item,
            depth,
            quote_depth: depth,
            list_depth,
        });
    }

    fn append(&mut self, t: &str, item: Option<(bool, u32)>, depth: usize) {
        let Some(para) = &mut self.para else {
            return self.start(t, item, depth, 0);
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
            let (text, inlines) = strip(&para.raw, &self.defs);
            let kind = match para.item {
                Some((ordered, number)) => BlockKind::ListItem { ordered, number },
                None if para.quote_depth > 0 => BlockKind::Quote,
                None => BlockKind::Paragraph,
            };
            let block = Block {
                kind,
                quote_depth: small(para.quote_depth),
                list_depth: para.list_depth,
                inlines,
            };
            self.push(text, block);
        }
    }

    fn heading(&mut self, level: usize, raw: &str, depth: usize) {
        let (text, inlines) = strip(raw, &self.defs);
        if level == 1 && !self.title_taken && self.title.is_none() && self.paragraphs.is_empty() {
            if !text.is_empty() {
                self.title = Some(text);
            }
        } else {
            let block = Block {
                kind: BlockKind::Heading(small(level)),
                quote_depth: small(depth),
                list_depth: 0,
                inlines,
            };
            self.push(text, block);
        }
    }

    fn push(&mut self, text: String, block: Block) {
        // A paragraph of only no-break spaces would be a blank line to `Article`.
        if !text.trim().is_empty() {
            self.paragraphs.push((text, block));
        }
    }
}
