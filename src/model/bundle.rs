//! An article with its placed editorial annotations, and loading one from metadata JSON, body
//! text and a W3C document: pure, never failing as a whole, problems kept as messages.
//!
//! Every source of articles ends here: the shipped seed (`crate::seed`), a page's data island and
//! `mount` options, an embedded element's fetched `src` or in-place text (`crate::embed`). A
//! broken annotations document yields the article with no editorial layer and a message.

use std::rc::Rc;

use serde::Deserialize;

use super::article::{Article, ArticleId, ArticleMeta, Block};
use super::placement::{place_all, Placed};
use super::w3c::parse_document;
use super::Origin;

/// An article with its placed editorial annotations and anything that went wrong loading them.
#[derive(Clone, Debug)]
pub struct Bundle {
    /// The article, shared read-only by every component.
    pub article: Rc<Article>,
    /// Editorial annotations, placed (orphans included).
    pub editorial: Vec<Placed>,
    /// Human-readable problems met while loading, for the console and the UI.
    pub problems: Vec<String>,
}

#[derive(Deserialize)]
struct RawMeta {
    id: String,
    title: String,
    #[serde(default)]
    standfirst: Option<String>,
    source: String,
}

/// Parses article metadata JSON (`{"id", "title", "standfirst"?, "source"}`).
pub fn parse_meta(json: &str) -> Result<ArticleMeta, String> {
    let raw: RawMeta = serde_json::from_str(json).map_err(|e| format!("article metadata: {e}"))?;
    let id =
        ArticleId::parse(&raw.id).ok_or_else(|| format!("article id {:?} is not valid", raw.id))?;
    Ok(ArticleMeta {
        id,
        title: raw.title,
        standfirst: raw.standfirst.filter(|s| !s.trim().is_empty()),
        source: raw.source,
    })
}

/// Builds a bundle from metadata, body text (one paragraph a line) and, if there is one, an
/// editorial annotations document (W3C JSON-LD).
pub fn load(meta: ArticleMeta, text: &str, annotations_json: Option<&str>) -> Bundle {
    load_blocks(meta, text, Vec::new(), annotations_json)
}

/// [`load`] with the paragraphs' Markdown structure (`SourceArticle::blocks`), kept when there
/// is one block per paragraph (see `Article::from_blocks`).
pub fn load_blocks(
    meta: ArticleMeta,
    text: &str,
    blocks: Vec<Block>,
    annotations_json: Option<&str>,
) -> Bundle {
    let article = Rc::new(Article::from_blocks(meta, text, blocks));
    let Some(annotations_json) = annotations_json else {
        return Bundle {
            article,
            editorial: Vec::new(),
            problems: Vec::new(),
        };
    };
    let mut problems = Vec::new();
    let annotations =
        match parse_document(annotations_json, Origin::Editorial) {
            Ok(report) => {
                problems.extend(
                    report.rejected.iter().map(|p| {
                        format!("editorial annotation rejected at {}: {}", p.path, p.reason)
                    }),
                );
                problems.extend(
                    report.warnings.iter().map(|p| {
                        format!("editorial annotation warning at {}: {}", p.path, p.reason)
                    }),
                );
                report.annotations
            }
            Err(error) => {
                problems.push(format!("editorial annotations not loaded: {error}"));
                Vec::new()
            }
        };
    let editorial = place_all(&article, annotations);
    for placed in editorial.iter().filter(|p| p.placement.span.is_none()) {
        let quote: String = placed
            .annotation
            .target
            .quote
            .exact
            .chars()
            .take(60)
            .collect();
        problems.push(format!(
            "editorial annotation {} is orphaned: its quote {quote:?} was not found",
            placed.annotation.id,
        ));
    }
    Bundle {
        article,
        editorial,
        problems,
    }
}
