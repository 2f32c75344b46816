//! Decisions over many items or from outside the list: a whole category at once, a new draft
//! from the selected words, and the saved draft coming back after the first render.

use std::rc::Rc;

use super::{Changed, DeskState, Draft, Item, Status, Tone};
use crate::model::{AnnotationId, Category, Timestamp};
use crate::state::edit::MAX_NOTE_CHARS;

impl DeskState {
    pub(super) fn decide_all(
        &mut self,
        category: Category,
        accept: bool,
        now: Timestamp,
    ) -> Changed {
        let status = if accept {
            Status::Accepted
        } else {
            Status::Rejected
        };
        let mut n = 0;
        let next: Vec<Rc<Item>> = self
            .items
            .iter()
            .map(|item| {
                if item.status != Status::Open || item.category != category {
                    return item.clone();
                }
                n += 1;
                let mut decided = (**item).clone();
                decided.status = status;
                if accept {
                    decided.created = decided.created.or(Some(now.clone()));
                    decided.modified = Some(now.clone());
                }
                Rc::new(decided)
            })
            .collect();
        if n == 0 {
            self.say(
                format!("No open {}s to decide.", category.noun()),
                Tone::Info,
                false,
            );
            return Changed::Yes;
        }
        let verb = if accept { "accepting" } else { "rejecting" };
        let plural = format!("{}s", category.noun());
        self.commit(Rc::new(next), format!("{verb} all {n} {plural}"));
        let done = if accept { "Accepted" } else { "Rejected" };
        self.say(format!("{done} {n} {plural}."), Tone::Info, true);
        self.popover = None;
        Changed::Yes
    }

    pub(super) fn add(
        &mut self,
        id: AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    ) -> Changed {
        let Some(pending) = self.pending.clone() else {
            self.say("Select some text first.".into(), Tone::Error, false);
            return Changed::Yes;
        };
        let note = note.trim().to_string();
        if note.chars().count() > MAX_NOTE_CHARS {
            self.say(
                format!("Notes are limited to {MAX_NOTE_CHARS} characters."),
                Tone::Error,
                false,
            );
            return Changed::Yes;
        }
        // The same words in the same category: that item is decided instead of a new one made.
        let same = self
            .items
            .iter()
            .position(|i| i.category == category && i.span == pending.span);
        if let Some(idx) = same {
            if self.items[idx].status == Status::Accepted {
                self.say(
                    format!(
                        "Those words are already in the draft as {}.",
                        category.with_article()
                    ),
                    Tone::Error,
                    false,
                );
                self.current = Some(self.items[idx].id.clone());
                return Changed::Yes;
            }
            let mut next = (*self.items[idx]).clone();
            next.status = Status::Accepted;
            if !note.is_empty() {
                next.note = note;
            }
            next.created = next.created.or(Some(now.clone()));
            next.modified = Some(now);
            self.current = Some(next.id.clone());
            self.change(idx, next, format!("accepting {}", category.with_article()));
        } else {
            if self.find(&id).is_some() {
                self.say(
                    "Could not add it (duplicate id); please try again.".into(),
                    Tone::Error,
                    false,
                );
                return Changed::Yes;
            }
            let item = Item {
                id: id.clone(),
                span: pending.span,
                category,
                note,
                status: Status::Accepted,
                proposal: None,
                created: Some(now.clone()),
                modified: Some(now),
            };
            let mut next = (*self.items).clone();
            next.push(Rc::new(item));
            self.commit(Rc::new(next), format!("adding {}", category.with_article()));
            self.current = Some(id);
        }
        self.pending = None;
        self.say(
            format!("{} added to the draft.", category.label()),
            Tone::Info,
            true,
        );
        Changed::Yes
    }

    pub(super) fn restore(&mut self, draft: Option<Draft>, warning: Option<String>) -> Changed {
        if self.restored {
            return Changed::No;
        }
        self.restored = true;
        if let Some(draft) = draft {
            // Saved decisions win; what the draft does not know (a newer suggester's finds, an
            // editorial annotation published since) joins it.
            let mut items: Vec<Rc<Item>> = draft.items.into_iter().map(Rc::new).collect();
            let known: Vec<AnnotationId> = items.iter().map(|i| i.id.clone()).collect();
            items.extend(
                self.items
                    .iter()
                    .filter(|i| !known.contains(&i.id))
                    .cloned(),
            );
            self.items = Rc::new(items);
            if self.editor.is_empty() {
                self.editor = draft.editor;
            }
        }
        if warning.is_some() {
            self.storage_warning = warning;
        }
        Changed::Yes
    }
}
