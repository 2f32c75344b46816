//! The single owner of widget state: `AppState`, the typed `Action`s that change it, and a pure `apply`.
//!
//! Effects (console logging, storage, host events) never run here; components react to the new
//! state afterwards. The article itself is immutable and lives outside the state, so cloning
//! the state for a transition copies a few pointers, not the text.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{AnnotationId, Category, Placed};

/// A set of categories, as a bit set: copying it is free and it compares by value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    fn bit(category: Category) -> u8 {
        1 << (category as u8)
    }

    /// True if `category` is in the set.
    pub fn contains(self, category: Category) -> bool {
        self.0 & Self::bit(category) != 0
    }

    /// The set with `category` added or removed.
    pub fn toggled(self, category: Category) -> CategorySet {
        CategorySet(self.0 ^ Self::bit(category))
    }
}

/// Where a note popover should appear, in viewport pixels (read from the DOM by the shell).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Anchor {
    /// Left edge of the highlight.
    pub left: f64,
    /// Top edge of the highlight.
    pub top: f64,
    /// Bottom edge of the highlight.
    pub bottom: f64,
}

/// What opened the popover: focus keeps it until blur or Esc, hover until the pointer leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// Keyboard focus (Tab) or a click.
    Focus,
    /// Pointer hover.
    Hover,
}

/// The open note popover: which annotations it shows and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Popover {
    /// Annotations covering the highlight, in display order.
    pub ids: Rc<[AnnotationId]>,
    /// Where the highlight is on screen.
    pub anchor: Anchor,
    /// What opened it.
    pub trigger: Trigger,
}

/// Everything the widget draws, except the article (which never changes).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// Every annotation with its placement; orphans included.
    pub annotations: Rc<Vec<Placed>>,
    /// Categories whose highlights the reader switched off in the legend.
    pub hidden: CategorySet,
    /// The note popover, if open.
    pub popover: Option<Popover>,
}

/// Every way the state can change.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show or hide one category's highlights.
    ToggleCategory { category: Category },
    /// Open the popover for a highlight.
    ShowNotes { ids: Rc<[AnnotationId]>, anchor: Anchor, trigger: Trigger },
    /// Close the popover if `trigger` opened it (`None`: close whatever is open, e.g. Esc).
    HideNotes { trigger: Option<Trigger> },
}

/// Whether an action changed anything; `No` lets Yew skip the re-render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// The state is different.
    Yes,
    /// Nothing to redraw.
    No,
}

impl AppState {
    /// A fresh state holding `annotations`, every category shown and no popover.
    pub fn new(annotations: Vec<Placed>) -> AppState {
        AppState {
            annotations: Rc::new(annotations),
            ..AppState::default()
        }
    }

    /// Applies one action in place; pure apart from mutating `self`.
    pub fn apply(&mut self, action: Action) -> Changed {
        match action {
            Action::ToggleCategory { category } => {
                self.hidden = self.hidden.toggled(category);
                // A popover about highlights that just disappeared would point at nothing.
                self.popover = None;
                Changed::Yes
            }
            Action::ShowNotes { ids, anchor, trigger } => {
                // Hover must not steal a popover the keyboard opened.
                if trigger == Trigger::Hover
                    && self.popover.as_ref().is_some_and(|p| p.trigger == Trigger::Focus)
                {
                    return Changed::No;
                }
                let popover = Some(Popover { ids, anchor, trigger });
                if self.popover == popover {
                    return Changed::No;
                }
                self.popover = popover;
                Changed::Yes
            }
            Action::HideNotes { trigger } => match &self.popover {
                Some(open) if trigger.is_none_or(|t| t == open.trigger) => {
                    self.popover = None;
                    Changed::Yes
                }
                _ => Changed::No,
            },
        }
    }

    /// Annotations with a placement whose category is shown.
    pub fn visible(&self) -> impl Iterator<Item = &Placed> {
        self.annotations
            .iter()
            .filter(|p| p.placement.span.is_some() && !self.hidden.contains(p.annotation.category))
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
        self.annotations.iter().find(|p| &p.annotation.id == id)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match next.apply(action) {
            Changed::Yes => Rc::new(next),
            Changed::No => self,
        }
    }
}
