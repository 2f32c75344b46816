//! Placing annotations in an article: anchor each one and keep the result beside it.

use super::anchor::{Anchorer, Placement};
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
    place_with(&Anchorer::new(article.text()), annotation)
}

/// Anchors one annotation with an anchorer that may already hold the article's index.
pub fn place_with(anchorer: &Anchorer<'_>, annotation: Annotation) -> Placed {
    let placement = anchorer.locate(&annotation.target.quote, annotation.target.position);
    Placed {
        annotation,
        placement,
    }
}

/// Anchors every annotation; orphans are kept (with `span: None`), never dropped.
///
/// One [`Anchorer`] serves the whole batch, so the article is indexed at most once, and only
/// if some annotation's position hint no longer matches.
pub fn place_all(article: &Article, annotations: Vec<Annotation>) -> Vec<Placed> {
    let anchorer = Anchorer::new(article.text());
    annotations
        .into_iter()
        .map(|annotation| place_with(&anchorer, annotation))
        .collect()
}
