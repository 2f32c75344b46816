//! `Article`: the immutable text being annotated, split into paragraphs, with its metadata.
//!
//! The canonical text is the article body with line breaks normalised to `\n`; paragraphs are
//! its non-blank lines. Every position in the model and in exported TextPositionSelectors counts
//! code points of this text, separators included, so a paragraph's spans never depend on how
//! the browser lays the paragraphs out. Each paragraph also has a [`Block`] (heading, list
//! item, quote, code; inline emphasis and links) when the source was Markdown; structure never
//! changes the text, so positions count the same with or without it.

use super::span::Span;
use super::text::IndexedText;

mod block;
pub mod json;

pub use block::{safe_href, Block, BlockKind, Inline, InlineStyle};

/// An article's stable identifier, used for storage keys and as the default annotation source.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArticleId(String);

impl ArticleId {
    /// Accepts 1-128 characters of ASCII letters, digits, `-`, `_` and `.`.
    pub fn parse(value: &str) -> Option<ArticleId> {
        let ok = (1..=128).contains(&value.len())
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        ok.then(|| ArticleId(value.to_string()))
    }

    /// The identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Everything about an article that is not its body text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleMeta {
    /// Stable id.
    pub id: ArticleId,
    /// Headline.
    pub title: String,
    /// Optional standfirst (the summary under the headline).
    pub standfirst: Option<String>,
    /// The article's canonical URL or URN; the `source` of every exported target.
    pub source: String,
}

/// An immutable article: metadata, canonical text and paragraph spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Id, title, standfirst and source.
    pub meta: ArticleMeta,
    text: IndexedText,
    paragraphs: Vec<Span>,
    /// One per paragraph; inline spans absolute.
    blocks: Vec<Block>,
}

impl Article {
    /// Builds an article from a plain-text body: one paragraph per non-blank line.
    pub fn from_plain_text(meta: ArticleMeta, body: &str) -> Article {
        let normalised = super::scan::unix_lines(body);
        let text = IndexedText::new(normalised.trim_end_matches('\n').to_string());
        let mut paragraphs = Vec::new();
        let mut line_start = 0;
        for line in text.as_str().split('\n') {
            let n_chars = line.chars().count();
            // Whitespace-only lines separate paragraphs; they are not paragraphs themselves.
            if !line.trim().is_empty() {
                paragraphs.extend(Span::new(line_start, line_start + n_chars));
            }
            line_start += n_chars + 1;
        }
        let blocks = vec![Block::default(); paragraphs.len()];
        Article {
            meta,
            text,
            paragraphs,
            blocks,
        }
    }

    /// Builds an article from a body (as [`Article::from_plain_text`] reads it) and one block
    /// per paragraph, as `model::source::read_markdown` gives them (inline spans relative to
    /// their paragraph; clipped to it here). With a different number of blocks than paragraphs
    /// the structure is dropped and every paragraph is body text: the text always wins.
    pub fn from_blocks(meta: ArticleMeta, body: &str, blocks: Vec<Block>) -> Article {
        let mut article = Article::from_plain_text(meta, body);
        if blocks.len() == article.paragraphs.len() {
            article.blocks = blocks
                .into_iter()
                .zip(&article.paragraphs)
                .map(|(block, p)| block.placed(p.start(), p.len()))
                .collect();
        }
        article
    }

    /// The canonical text with its code-point index.
    pub fn text(&self) -> &IndexedText {
        &self.text
    }

    /// Paragraph spans, in order, never overlapping.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// The structure of each paragraph, in order (plain body text for a plain-text article);
    /// inline spans count code points of the whole text, like annotations.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The blocks with their inline spans relative to their paragraph, as
    /// [`Article::from_blocks`] takes them (and `json::blocks_to_json` writes them).
    pub fn paragraph_blocks(&self) -> Vec<Block> {
        let relative = |(block, p): (&Block, &Span)| {
            let inlines = block.inlines.iter().filter_map(|inline| {
                let span = Span::new(
                    inline.span.start().saturating_sub(p.start()),
                    inline.span.end().saturating_sub(p.start()),
                )?;
                Some(Inline {
                    span,
                    ..inline.clone()
                })
            });
            Block {
                inlines: inlines.collect(),
                ..block.clone()
            }
        };
        self.blocks
            .iter()
            .zip(&self.paragraphs)
            .map(relative)
            .collect()
    }

    /// Index of the paragraph containing code point `offset`, if it is inside one.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let idx = self.paragraphs.partition_point(|p| p.end() <= offset);
        self.paragraphs
            .get(idx)
            .filter(|p| p.start() <= offset)
            .map(|_| idx)
    }

    /// A file-name-safe slug of the title ("putin-rejects-immediate-ceasefire"), or the id.
    pub fn slug(&self) -> String {
        let mut slug = String::new();
        for c in self.meta.title.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
            if slug.len() >= 60 {
                break;
            }
        }
        let slug = slug.trim_end_matches('-');
        if slug.is_empty() {
            self.meta.id.as_str().to_string()
        } else {
            slug.to_string()
        }
    }

    /// A short hash of the canonical text, so stored annotations can tell which revision they saw.
    pub fn text_hash(&self) -> String {
        // FNV-1a, 64 bit: stable across platforms and builds, unlike `DefaultHasher`.
        let hash = self
            .text
            .as_str()
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        format!("{hash:016x}")
    }
}

#[cfg(test)]
mod tests {
    use super::{Article, ArticleId, ArticleMeta};
    use crate::model::Span;

    fn article(body: &str) -> Article {
        let meta = ArticleMeta {
            id: ArticleId::parse("t").unwrap(),
            title: "T".into(),
            standfirst: None,
            source: "urn:x:t".into(),
        };
        Article::from_plain_text(meta, body)
    }

    #[test]
    fn paragraphs_are_non_blank_lines_counted_in_code_points() {
        let a = article("Héllo\r\n\r\n  \nWörld 😀\n");
        assert_eq!(a.text().as_str(), "Héllo\n\n  \nWörld 😀");
        let s = |x, y| Span::new(x, y).unwrap();
        assert_eq!(a.paragraphs(), &[s(0, 5), s(10, 17)]);
        assert_eq!(a.text().slice(a.paragraphs()[1]), Some("Wörld 😀"));
        assert_eq!(a.paragraph_at(4), Some(0));
        assert_eq!(a.paragraph_at(5), None);
        assert_eq!(a.paragraph_at(16), Some(1));
        assert_eq!(a.paragraph_at(17), None);
    }

    #[test]
    fn empty_body_has_no_paragraphs_and_a_stable_hash() {
        let a = article("");
        assert!(a.paragraphs().is_empty());
        assert_eq!(a.text_hash(), "cbf29ce484222325");
        assert_ne!(article("a").text_hash(), article("b").text_hash());
    }

    #[test]
    fn slugs_are_ascii_and_fall_back_to_the_id() {
        let mut a = article("x");
        a.meta.title = "Putin rejects ‘immediate’ ceasefire!".into();
        assert_eq!(a.slug(), "putin-rejects-immediate-ceasefire");
        a.meta.title = "Война".into();
        assert_eq!(a.slug(), "t");
    }

    #[test]
    fn article_ids_table() {
        for (value, ok) in [
            ("000_bfbf250b9c86d46e", true),
            ("a.b-c", true),
            ("", false),
            ("a b", false),
            ("<x>", false),
        ] {
            assert_eq!(ArticleId::parse(value).is_some(), ok, "{value}");
        }
    }
}
