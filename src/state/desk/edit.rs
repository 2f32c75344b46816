//! The review's decisions: accept, reject, recategorise, take the selection's words, write the
//! note, decide a whole category, add what the suggester missed; and the saved draft coming
//! back. Each decision is one undoable step.

use std::rc::Rc;

use super::{Changed, DeskState, Item, Status, Tone};
use crate::model::selection::Direction;
use crate::model::{AnnotationId, Category, Timestamp};
use crate::state::edit::MAX_NOTE_CHARS;

impl DeskState {
    /// Index of item `id` (or of the current item); says why not otherwise.
    pub(super) fn target(&mut self, id: Option<AnnotationId>) -> Option<usize> {
        let Some(id) = id.or_else(|| self.current.clone()) else {
            self.say(
                "Choose a suggestion first (J or N: next).".into(),
                Tone::Error,
                false,
            );
            return None;
        };
        let id = super::item_of_view(&id);
        let found = self.items.iter().position(|i| i.id == id);
        if found.is_none() {
            self.say("That item no longer exists.".into(), Tone::Error, false);
        }
        found
    }

    /// Puts `item` at `idx` as one undoable step named `label`.
    pub(super) fn change(&mut self, idx: usize, item: Item, label: String) {
        let mut next = (*self.items).clone();
        next[idx] = Rc::new(item);
        self.commit(Rc::new(next), label);
    }

    /// After a decision on `idx`, the next open suggestion becomes current and takes focus.
    fn advance_from(&mut self, idx: usize) {
        let span = self.items[idx].span;
        self.current = self
            .neighbour(Some(span), Direction::Forward)
            .or_else(|| Some(self.items[idx].id.clone()));
        self.focus_request = self.focus_request.wrapping_add(1);
        self.popover = None;
    }

    /// True (with a message) when another item of `category` already covers exactly `span`.
    fn duplicates(
        &mut self,
        idx: Option<usize>,
        category: Category,
        item_span: crate::model::Span,
    ) -> bool {
        let clash = self.items.iter().enumerate().any(|(j, other)| {
            Some(j) != idx
                && other.status == Status::Accepted
                && other.category == category
                && other.span == item_span
        });
        if clash {
            let text = format!(
                "Those words are already in the draft as {}.",
                category.with_article()
            );
            self.say(text, Tone::Error, false);
        }
        clash
    }

    pub(super) fn accept(&mut self, id: Option<AnnotationId>, now: Timestamp) -> Changed {
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        let item = Rc::clone(&self.items[idx]);
        if item.status == Status::Accepted {
            self.say("Already in the draft.".into(), Tone::Info, false);
            return Changed::Yes;
        }
        if self.duplicates(Some(idx), item.category, item.span) {
            return Changed::Yes;
        }
        let mut next = (*item).clone();
        next.status = Status::Accepted;
        next.created = next.created.or(Some(now.clone()));
        next.modified = Some(now);
        let label = format!("accepting {}", next.category.with_article());
        self.say(
            format!("{} accepted.", next.category.label()),
            Tone::Info,
            true,
        );
        self.change(idx, next, label);
        self.advance_from(idx);
        Changed::Yes
    }

    pub(super) fn reject(&mut self, id: Option<AnnotationId>) -> Changed {
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        let item = Rc::clone(&self.items[idx]);
        if item.status == Status::Rejected {
            return Changed::No;
        }
        let mut next = (*item).clone();
        next.status = Status::Rejected;
        let label = format!("rejecting {}", next.category.with_article());
        self.say(
            format!("{} rejected.", next.category.label()),
            Tone::Info,
            true,
        );
        self.change(idx, next, label);
        self.advance_from(idx);
        Changed::Yes
    }

    pub(super) fn recategorise(
        &mut self,
        id: Option<AnnotationId>,
        category: Category,
        now: Timestamp,
    ) -> Changed {
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        let item = Rc::clone(&self.items[idx]);
        let was_open = item.status != Status::Accepted;
        if item.category == category && !was_open {
            return Changed::No;
        }
        if self.duplicates(Some(idx), category, item.span) {
            return Changed::Yes;
        }
        let mut next = (*item).clone();
        let label = format!(
            "changing {} to {}",
            next.category.with_article(),
            category.with_article()
        );
        next.category = category;
        // Choosing a category for a suggestion is a decision: it joins the draft as that.
        next.status = Status::Accepted;
        next.created = next.created.or(Some(now.clone()));
        next.modified = Some(now);
        self.say(
            format!("Now {}.", category.with_article()),
            Tone::Info,
            true,
        );
        self.change(idx, next, label);
        if was_open {
            self.advance_from(idx);
        }
        Changed::Yes
    }

    pub(super) fn use_selection(&mut self, id: Option<AnnotationId>, now: Timestamp) -> Changed {
        let Some(pending) = self.pending.clone() else {
            self.say("Select the words first.".into(), Tone::Error, false);
            return Changed::Yes;
        };
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        let item = Rc::clone(&self.items[idx]);
        if item.span == pending.span {
            self.pending = None;
            return Changed::Yes;
        }
        if item.status == Status::Accepted
            && self.duplicates(Some(idx), item.category, pending.span)
        {
            return Changed::Yes;
        }
        let mut next = (*item).clone();
        next.span = pending.span;
        next.modified = Some(now);
        let label = format!("moving {}", next.category.with_article());
        self.say(
            format!("{} moved to the selected words.", next.category.label()),
            Tone::Info,
            true,
        );
        self.change(idx, next, label);
        self.pending = None;
        self.focus_request = self.focus_request.wrapping_add(1);
        Changed::Yes
    }

    pub(super) fn set_note(
        &mut self,
        id: Option<AnnotationId>,
        note: String,
        now: Timestamp,
    ) -> Changed {
        let note = note.trim().to_string();
        if note.chars().count() > MAX_NOTE_CHARS {
            self.say(
                format!("Notes are limited to {MAX_NOTE_CHARS} characters."),
                Tone::Error,
                false,
            );
            return Changed::Yes;
        }
        let Some(idx) = self.target(id) else {
            return Changed::Yes;
        };
        if self.items[idx].note == note {
            return Changed::No;
        }
        let mut next = (*self.items[idx]).clone();
        next.note = note;
        next.modified = Some(now);
        let label = format!("writing the note on {}", next.category.with_article());
        self.say("Note saved.".into(), Tone::Info, true);
        self.change(idx, next, label);
        Changed::Yes
    }
}
