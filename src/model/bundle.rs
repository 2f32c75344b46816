//! An article with its placed editorial annotations, and loading one from metadata JSON, body
//! text and a W3C document: pure, never failing as a whole, problems kept as messages.
//!
//! Every source of articles ends here: the shipped seed (`crate::seed`), a page's data island and
//! `mount` options, an embedded element's fetched `src` or in-place text (`crate::embed`). A
//! broken annotations document yields the article with no editorial layer and a message.

use std::rc::Rc;

use super::article::{Article, ArticleId, ArticleMeta, Block};
use super::json::{self, Value};
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

/// Parses article metadata JSON (`{"id", "title", "standfirst"?, "source"}`).
pub fn parse_meta(json: &str) -> Result<ArticleMeta, String> {
    let value = json::from_str(json).map_err(|e| format!("article metadata: {e}"))?;
    meta_from_value(&value)
}

/// Article metadata from parsed JSON; the message names the member that is wrong.
pub fn meta_from_value(value: &Value) -> Result<ArticleMeta, String> {
    if !value.is_object() {
        return Err("article metadata: not a JSON object".into());
    }
    let text = |key: &str| match value.get(key) {
        Some(Value::String(s)) => Ok(Some(s.clone())),
        None | Some(Value::Null) => Ok(None),
        Some(_) => Err(format!("article metadata: `{key}` must be a string")),
    };
    let required =
        |key: &str| text(key)?.ok_or_else(|| format!("article metadata: `{key}` is missing"));
    let raw_id = required("id")?;
    let id =
        ArticleId::parse(&raw_id).ok_or_else(|| format!("article id {raw_id:?} is not valid"))?;
    Ok(ArticleMeta {
        id,
        title: required("title")?,
        standfirst: text("standfirst")?.filter(|s| !s.trim().is_empty()),
        source: required("source")?,
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
