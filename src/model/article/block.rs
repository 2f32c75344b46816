//! `Block`: what a paragraph is (body text, heading, list item, quote, code) and its inline styles (strong, emphasis, strikethrough, code, links), as Markdown gave them.
//!
//! Structure never changes the text: a block is one paragraph of the canonical text, and its
//! inline ranges are spans of code points of that text (relative to the paragraph while a
//! source is read, absolute in `Article::blocks`). Ranges may nest and, from odd Markdown, even
//! cross; they are sorted by start, outer (longer) first.

use super::super::span::Span;

/// What kind of paragraph a block is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Body text (also a further paragraph of a list item: see `Block::list_depth`).
    #[default]
    Paragraph,
    /// A heading, level 1 to 6 (a leading level-1 heading is the title, not a block).
    Heading(u8),
    /// The first paragraph of a list item: `number` counts from the list's first marker in an
    /// ordered list (1, 2, 3 or 4, 5…), and from 1 in a bullet list.
    ListItem {
        /// A numbered list.
        ordered: bool,
        /// Its number in the list.
        number: u32,
    },
    /// A paragraph inside a block quote (see `Block::quote_depth` for the nesting).
    Quote,
    /// One line of a fenced code block, verbatim.
    Code,
}

/// An inline style.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum InlineStyle {
    /// `**strong**`.
    Strong,
    /// `*emphasis*`.
    Emphasis,
    /// `~~struck~~`.
    Strikethrough,
    /// `` `code` ``.
    Code,
    /// A link or an autolink; `href` as written (see [`safe_href`] before using it), `None`
    /// when the Markdown does not say where it goes.
    Link {
        /// The destination.
        href: Option<String>,
    },
}

/// A styled range of a block's text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Inline {
    /// Code points of the text (relative or absolute: see the module header).
    pub span: Span,
    /// The style.
    pub style: InlineStyle,
}

/// One paragraph's structure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Block {
    /// Its kind.
    pub kind: BlockKind,
    /// Block quotes around it: 0 outside any, 2 for `> > text`.
    pub quote_depth: u8,
    /// Lists around it: 0 outside any, 1 in a top-level list, 2 in a list nested in an item.
    pub list_depth: u8,
    /// Its inline styles, sorted by start, outer first.
    pub inlines: Vec<Inline>,
}

impl Block {
    /// A block of `kind` with no nesting and no styles.
    pub fn of(kind: BlockKind) -> Block {
        Block {
            kind,
            ..Block::default()
        }
    }

    /// The block with its inline spans (relative to its paragraph of `len` code points) clipped
    /// to the paragraph and moved to start at code point `start`; spans left empty go.
    pub(crate) fn placed(mut self, start: usize, len: usize) -> Block {
        self.inlines = self
            .inlines
            .into_iter()
            .filter_map(|inline| {
                let end = inline.span.end().min(len);
                let span = Span::new(start + inline.span.start(), start + end)?;
                Some(Inline { span, ..inline })
            })
            .collect();
        self
    }
}

/// `href` if it is safe to put in a link: `http:`, `https:` or `mailto:` (any case), or a
/// relative reference (`/a`, `a.html`, `#x`, `?q`); never `javascript:`, `data:`, a
/// protocol-relative `//host` (or `\\host`, which browsers read the same) or control characters.
pub fn safe_href(href: &str) -> Option<&str> {
    let href = href.trim();
    let scheme_end = href.find([':', '/', '?', '#']);
    let allowed = match scheme_end.map(|i| (i, href.as_bytes()[i])) {
        Some((i, b':')) => {
            let scheme = &href[..i];
            ["http", "https", "mailto"]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(scheme))
        }
        _ => !href.starts_with("//") && !href.is_empty(),
    };
    let allowed = allowed && !href.contains('\\') && !href.chars().any(char::is_control);
    allowed.then_some(href)
}
