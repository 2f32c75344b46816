//! What the components ask of the state: visible annotations, counts, lookups by id and span.

use std::rc::Rc;

use super::AppState;
use crate::model::{AnnotationId, Category, Placed, Span};

impl AppState {
    /// Annotations with a placement whose category is shown.
    pub fn visible(&self) -> impl Iterator<Item = &Placed> {
        self.annotations
            .iter()
            .map(Rc::as_ref)
            .filter(|p| self.hidden.visible_span(p).is_some())
    }

    /// Number of annotations in `category`, placed or not.
    pub fn count(&self, category: Category) -> usize {
        self.annotations
            .iter()
            .filter(|p| p.annotation.category == category)
            .count()
    }

    /// Number of annotations that could not be placed in the article.
    pub fn n_orphaned(&self) -> usize {
        self.annotations
            .iter()
            .filter(|p| p.placement.span.is_none())
            .count()
    }

    /// The annotation with `id`, if present.
    pub fn find(&self, id: &AnnotationId) -> Option<&Placed> {
        self.annotations
            .iter()
            .map(Rc::as_ref)
            .find(|p| &p.annotation.id == id)
    }

    /// An existing annotation of `category` at exactly `span`, if any (duplicates are refused).
    pub fn duplicate_of(&self, category: Category, span: Span) -> Option<&Placed> {
        self.annotations
            .iter()
            .map(Rc::as_ref)
            .find(|p| p.annotation.category == category && p.placement.span == Some(span))
    }
}
