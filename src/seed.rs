//! The article and editorial annotations shipped in `seeds/`, and loading any such bundle.
//!
//! The seed files are embedded at compile time so the widget works offline and from a single
//! static file. Loading is pure: it parses, anchors and reports problems, and never fails as a
//! whole; a broken annotations file yields the article with no editorial layer and a message.

use std::rc::Rc;

use serde::Deserialize;

use crate::model::article::{Article, ArticleId, ArticleMeta};
use crate::model::w3c::parse_document;
use crate::model::{place_all, Origin, Placed};

/// The seed article's text, byte for byte as in `seeds/`.
pub const SEED_TEXT: &str = include_str!("../seeds/000_bfbf250b9c86d46e.txt");
/// The seed article's metadata (id, title, standfirst, source).
pub const SEED_META: &str = include_str!("../seeds/000_bfbf250b9c86d46e.json");
/// The editorial annotations, as a W3C AnnotationCollection.
pub const SEED_ANNOTATIONS: &str = include_str!("../seeds/000_bfbf250b9c86d46e.annotations.jsonld");

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

/// Parses article metadata JSON.
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

/// Builds a bundle from metadata, body text and an editorial annotations document.
pub fn load(meta: ArticleMeta, text: &str, annotations_json: &str) -> Bundle {
    let article = Rc::new(Article::from_plain_text(meta, text));
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
        problems.push(format!(
            "editorial annotation {} is orphaned: its quote {:?} was not found",
            placed.annotation.id,
            placed
                .annotation
                .target
                .quote
                .exact
                .chars()
                .take(60)
                .collect::<String>()
        ));
    }
    Bundle {
        article,
        editorial,
        problems,
    }
}

/// The bundle shipped with the widget.
pub fn seed_bundle() -> Bundle {
    let meta = parse_meta(SEED_META).unwrap_or_else(|problem| ArticleMeta {
        // The embedded metadata is tested natively; this fallback only keeps a bad edit visible, not fatal.
        id: ArticleId::parse("seed").expect("literal id is valid"),
        title: format!("Untitled article ({problem})"),
        standfirst: None,
        source: "urn:article-annotator:article:seed".into(),
    });
    load(meta, SEED_TEXT, SEED_ANNOTATIONS)
}

/// A synthetic bundle for benchmarks: about `n_bytes` of text and `n_annotations` editorial
/// annotations (editorial, so the benchmark never writes megabytes to the reader's storage).
pub fn synthetic_bundle(n_bytes: usize, n_annotations: usize) -> Bundle {
    let data = crate::model::synthetic::generate(n_bytes, n_annotations, 42);
    let annotations = data
        .annotations
        .into_iter()
        .map(|mut annotation| {
            annotation.origin = Origin::Editorial;
            annotation
        })
        .collect();
    let article = Rc::new(data.article);
    let editorial = place_all(&article, annotations);
    Bundle {
        article,
        editorial,
        problems: Vec::new(),
    }
}
