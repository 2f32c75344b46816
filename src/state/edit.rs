//! Creating, updating and deleting the reader's annotations, with the rules readers are told
//! about.

use std::rc::Rc;

use super::{AppState, Changed, Tone};
use crate::model::anchor::{describe, AnchorStatus, Placement};
use crate::model::i18n::{Key, Msg, Step};
use crate::model::{Annotation, AnnotationId, Category, Origin, Placed, TextTarget, Timestamp};

/// Longest note accepted, in characters; longer text is refused with a message, never cut silently.
pub const MAX_NOTE_CHARS: usize = 10_000;

impl AppState {
    pub(super) fn create(
        &mut self,
        id: AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    ) -> Changed {
        let Some(pending) = self.pending.clone() else {
            self.say(Key::SelectFirst, Tone::Error, false);
            return Changed::Yes;
        };
        if let Some(existing) = self.duplicate_of(category, pending.span) {
            self.selected = Some(existing.annotation.id.clone());
            self.refuse_duplicate(category);
            return Changed::Yes;
        }
        if self.find(&id).is_some() {
            self.say(Key::DuplicateId, Tone::Error, false);
            return Changed::Yes;
        }
        let Some(note) = checked_note(self, note) else {
            return Changed::Yes;
        };
        let Some(quote) = describe(self.article.text(), pending.span) else {
            self.say(Key::OutsideArticle, Tone::Error, false);
            return Changed::Yes;
        };
        let placed = Placed {
            annotation: Annotation {
                id: id.clone(),
                category,
                origin: Origin::Reader,
                note,
                target: TextTarget {
                    quote,
                    position: Some(pending.span),
                },
                created: Some(now.clone()),
                modified: Some(now),
                via: None,
            },
            placement: Placement {
                status: AnchorStatus::Exact,
                span: Some(pending.span),
            },
        };
        let mut next = (*self.annotations).clone();
        next.push(Rc::new(placed));
        self.commit(Rc::new(next), Step::Add(category));
        self.pending = None;
        self.selected = Some(id);
        // A new highlight in a hidden category would be invisible; show the category again.
        if self.hidden.contains(category) {
            self.hidden = self.hidden.toggled(category);
        }
        self.say(Msg::Added { category }, Tone::Info, true);
        Changed::Yes
    }

    pub(super) fn update(
        &mut self,
        id: &AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    ) -> Changed {
        let Some(idx) = self.own_index(id) else {
            return Changed::Yes;
        };
        let current = &self.annotations[idx];
        if current.annotation.category == category && current.annotation.note == note {
            return Changed::No;
        }
        if let Some(span) = current.placement.span {
            if self
                .duplicate_of(category, span)
                .is_some_and(|other| &other.annotation.id != id)
            {
                self.refuse_duplicate(category);
                return Changed::Yes;
            }
        }
        let Some(note) = checked_note(self, note) else {
            return Changed::Yes;
        };
        let mut placed = (*self.annotations[idx]).clone();
        placed.annotation.category = category;
        placed.annotation.note = note;
        placed.annotation.modified = Some(now);
        let mut next = (*self.annotations).clone();
        next[idx] = Rc::new(placed);
        self.commit(Rc::new(next), Step::Edit(category));
        self.say(Key::Saved, Tone::Info, true);
        Changed::Yes
    }

    pub(super) fn delete(&mut self, id: &AnnotationId) -> Changed {
        let Some(idx) = self.own_index(id) else {
            return Changed::Yes;
        };
        let mut next = (*self.annotations).clone();
        let removed = next.remove(idx);
        self.commit(Rc::new(next), Step::Delete(removed.annotation.category));
        self.forget_missing();
        self.say(Key::Deleted, Tone::Info, true);
        Changed::Yes
    }

    /// Says why the same words cannot be marked twice in one category.
    fn refuse_duplicate(&mut self, category: Category) {
        self.say(Msg::AlreadyMarked { category }, Tone::Error, false);
    }

    /// Index of the reader's own annotation `id`; says why not otherwise.
    fn own_index(&mut self, id: &AnnotationId) -> Option<usize> {
        let found = self.annotations.iter().position(|p| &p.annotation.id == id);
        match found.map(|idx| (idx, self.annotations[idx].annotation.origin)) {
            Some((idx, Origin::Reader)) => Some(idx),
            Some((_, Origin::Editorial)) => {
                self.say(Key::ReadOnly, Tone::Error, false);
                None
            }
            None => {
                self.say(Key::Gone, Tone::Error, false);
                None
            }
        }
    }
}

/// The note with surrounding whitespace trimmed, or `None` (and a message) if it is too long.
fn checked_note(state: &mut AppState, note: String) -> Option<String> {
    let trimmed = note.trim();
    if trimmed.chars().count() > MAX_NOTE_CHARS {
        state.say(Msg::NoteTooLong { n: MAX_NOTE_CHARS }, Tone::Error, false);
        return None;
    }
    Some(trimmed.to_string())
}
