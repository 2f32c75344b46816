//! Placing annotations in an article: anchor each one and keep the result beside it.

use super::anchor::{self, Placement};
use super::annotation::Annotation;
use super::article::Article;

/// An annotation together with where (and how confidently) it sits in the current article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The annotation as stored or imported; never altered by placing it.
    pub annotation: Annotation,
    /// Where it landed in this article, or orphaned.
    pub placement: Placement,
}

/// Anchors one annotation in `article`.
pub fn place(article: &Article, annotation: Annotation) -> Placed {
    let placement = anchor::locate(
        article.text(),
        &annotation.target.quote,
        annotation.target.position,
    );
    Placed {
        annotation,
        placement,
    }
}

/// Anchors every annotation; orphans are kept (with `span: None`), never dropped.
pub fn place_all(article: &Article, annotations: Vec<Annotation>) -> Vec<Placed> {
    annotations
        .into_iter()
        .map(|annotation| place(article, annotation))
        .collect()
}
