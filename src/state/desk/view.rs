//! What the desk shows and walks through: the items as placed annotations for the article view
//! (open suggestions under a `suggested` id, which the desk's stylesheet draws dashed), the
//! published layer, the first item list, and moving between items.

use std::rc::Rc;

use super::{Changed, DeskState, Item, Proposal, Status};
use crate::model::anchor::{describe, AnchorStatus, Placement};
use crate::model::selection::Direction;
use crate::model::suggest::score::matches;
use crate::model::suggest::Suggestion;
use crate::model::w3c::suggestion_id;
use crate::model::{Annotation, AnnotationId, Article, Origin, Placed, Span, TextTarget};
use crate::state::{Popover, ScreenBox, Trigger};

/// Highlights of open suggestions carry this id prefix before the item's id: the markup stays
/// the reader's (`data-annotation-ids`), and `styles/desk.css` draws these dashed.
pub const SUGGESTED_PREFIX: &str = "urn:article-annotator:suggested:";

/// The id an item's highlight carries: its own, or under [`SUGGESTED_PREFIX`] while open.
pub fn view_id(item: &Item) -> AnnotationId {
    if item.status != Status::Open {
        return item.id.clone();
    }
    AnnotationId::parse(&format!("{SUGGESTED_PREFIX}{}", item.id))
        .unwrap_or_else(|| item.id.clone())
}

/// The item id behind a highlight's id (the id itself when it is not a suggestion's).
pub fn item_of_view(id: &AnnotationId) -> AnnotationId {
    id.as_str()
        .strip_prefix(SUGGESTED_PREFIX)
        .and_then(AnnotationId::parse)
        .unwrap_or_else(|| id.clone())
}

/// The first items of a review: an existing editorial layer as accepted drafts (placed ones
/// only), then the suggestions that do not repeat one of them (same category, sharing half of
/// each one's words), as open items.
pub fn initial_items(
    article: &Article,
    editorial: &[Placed],
    suggestions: &[Suggestion],
) -> Vec<Item> {
    let mut items: Vec<Item> = editorial
        .iter()
        .filter_map(|placed| {
            let a = &placed.annotation;
            Some(Item {
                id: a.id.clone(),
                span: placed.placement.span?,
                category: a.category,
                note: a.note.clone(),
                status: Status::Accepted,
                proposal: None,
                created: a.created.clone(),
                modified: a.modified.clone(),
            })
        })
        .collect();
    let text_hash = article.text_hash();
    for s in suggestions {
        let known = items
            .iter()
            .any(|i| i.category == s.category && matches(i.span, s.span));
        if known {
            continue;
        }
        items.push(Item {
            id: suggestion_id(article, &text_hash, s),
            span: s.span,
            category: s.category,
            note: String::new(),
            status: Status::Open,
            proposal: Some(Rc::new(Proposal {
                category: s.category,
                span: s.span,
                reason: s.reason.to_string(),
                rule: s.reason.kind.id().to_string(),
                confidence: s.confidence.percent(),
            })),
            created: None,
            modified: None,
        });
    }
    items
}

/// One item as a placed annotation, editorial, under its highlight id.
fn placed(article: &Article, item: &Item, id: AnnotationId) -> Option<Placed> {
    Some(Placed {
        annotation: Annotation {
            id,
            category: item.category,
            origin: Origin::Editorial,
            note: item.note.clone(),
            target: TextTarget {
                quote: describe(article.text(), item.span)?,
                position: Some(item.span),
            },
            created: item.created.clone(),
            modified: item.modified.clone(),
            via: None,
        },
        placement: Placement {
            status: AnchorStatus::Exact,
            span: Some(item.span),
        },
    })
}

/// What the article view draws: open suggestions and drafts (rejected items are not drawn).
pub fn shown(state: &DeskState) -> Vec<Rc<Placed>> {
    state
        .items
        .iter()
        .filter(|i| i.status != Status::Rejected)
        .filter_map(|i| placed(&state.article, i, view_id(i)).map(Rc::new))
        .collect()
}

/// The accepted drafts as editorial annotations in text order.
pub(super) fn published(state: &DeskState) -> Vec<Placed> {
    let mut accepted: Vec<&Rc<Item>> = state
        .items
        .iter()
        .filter(|i| i.status == Status::Accepted)
        .collect();
    accepted.sort_by_key(|i| (i.span.start(), i.span.end(), i.category));
    accepted
        .into_iter()
        .filter_map(|i| placed(&state.article, i, i.id.clone()))
        .collect()
}

/// Items in text order, for walking and listing.
pub fn in_text_order(state: &DeskState) -> Vec<Rc<Item>> {
    let mut all: Vec<Rc<Item>> = state.items.iter().cloned().collect();
    all.sort_by_key(|i| (i.span.start(), i.span.end(), i.category));
    all
}

impl DeskState {
    /// The open suggestion after (or before) `from` in text order, wrapping around; when none
    /// is open, the next draft instead.
    pub(super) fn neighbour(
        &self,
        from: Option<Span>,
        direction: Direction,
    ) -> Option<AnnotationId> {
        let ordered = in_text_order(self);
        let open: Vec<&Rc<Item>> = ordered
            .iter()
            .filter(|i| i.status == Status::Open)
            .collect();
        let pool: Vec<&Rc<Item>> = if open.is_empty() {
            ordered
                .iter()
                .filter(|i| i.status == Status::Accepted)
                .collect()
        } else {
            open
        };
        let key = |i: &Item| (i.span.start(), i.span.end());
        let found = match (from, direction) {
            (None, Direction::Forward) => pool.first(),
            (None, Direction::Backward) => pool.last(),
            (Some(at), Direction::Forward) => pool
                .iter()
                .find(|i| key(i) > (at.start(), at.end()))
                .or(pool.first()),
            (Some(at), Direction::Backward) => pool
                .iter()
                .rev()
                .find(|i| key(i) < (at.start(), at.end()))
                .or(pool.last()),
        };
        found.map(|i| i.id.clone())
    }

    pub(super) fn step(&mut self, direction: Direction) -> Changed {
        let from = self.current_item().map(|i| i.span);
        let Some(next) = self.neighbour(from, direction) else {
            self.say("Nothing to review.".into(), super::Tone::Info, false);
            return Changed::Yes;
        };
        self.current = Some(next);
        self.focus_request = self.focus_request.wrapping_add(1);
        Changed::Yes
    }

    pub(super) fn focus(&mut self, id: Option<AnnotationId>) -> Changed {
        let id = id
            .map(|id| item_of_view(&id))
            .filter(|id| self.find(id).is_some());
        super::set(&mut self.current, id)
    }

    pub(super) fn show_notes(
        &mut self,
        ids: Rc<[AnnotationId]>,
        on_screen: ScreenBox,
        trigger: Trigger,
    ) -> Changed {
        if trigger == Trigger::Hover
            && self
                .popover
                .as_ref()
                .is_some_and(|p| p.trigger == Trigger::Focus)
        {
            return Changed::No;
        }
        // Focusing a highlight (Tab, or the review keys) makes its item current.
        if trigger == Trigger::Focus {
            self.current = ids.first().map(item_of_view);
        }
        super::set(
            &mut self.popover,
            Some(Popover {
                ids,
                on_screen,
                trigger,
            }),
        )
    }

    pub(super) fn hide_notes(&mut self, trigger: Option<Trigger>) -> Changed {
        match &self.popover {
            Some(open) if trigger.is_none_or(|t| t == open.trigger) => {
                self.popover = None;
                Changed::Yes
            }
            _ => Changed::No,
        }
    }
}
