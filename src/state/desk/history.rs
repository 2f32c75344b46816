//! Undo and redo at the desk: snapshots of the item list (cheap, items are shared), each with
//! the phrase that names it ("accepting a claim").

use std::rc::Rc;

use super::{Changed, DeskState, Items, Tone};

/// Changes kept for undo; older ones are dropped.
const MAX_UNDO: usize = 500;

/// One recorded change: the items before it, what it was, and the item it was about.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    items: Items,
    label: String,
    current: Option<crate::model::AnnotationId>,
}

/// The undo and redo stacks, shared until a change writes to them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeskHistory {
    past: Rc<Vec<Step>>,
    future: Rc<Vec<Step>>,
}

impl DeskHistory {
    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// What Undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.past.last().map(|s| s.label.as_str())
    }

    /// What Redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.future.last().map(|s| s.label.as_str())
    }
}

impl DeskState {
    /// Replaces the items, recording the old list for undo under `label`.
    pub(super) fn commit(&mut self, items: Items, label: String) {
        let before = std::mem::replace(&mut self.items, items);
        let past = Rc::make_mut(&mut self.history.past);
        past.push(Step {
            items: before,
            label,
            current: self.current.clone(),
        });
        if past.len() > MAX_UNDO {
            past.remove(0);
        }
        if !self.history.future.is_empty() {
            Rc::make_mut(&mut self.history.future).clear();
        }
    }

    pub(super) fn undo(&mut self) -> Changed {
        let Some(step) = Rc::make_mut(&mut self.history.past).pop() else {
            self.say("Nothing to undo.".into(), Tone::Info, false);
            return Changed::Yes;
        };
        let after = std::mem::replace(&mut self.items, step.items);
        self.say(format!("Undone: {}.", step.label), Tone::Info, false);
        Rc::make_mut(&mut self.history.future).push(Step {
            items: after,
            label: step.label,
            current: self.current.clone(),
        });
        // Back to the item the undone change was about, so the next key acts on it again.
        self.current = step.current.filter(|id| self.find(id).is_some());
        self.focus_request = self.focus_request.wrapping_add(1);
        self.popover = None;
        Changed::Yes
    }

    pub(super) fn redo(&mut self) -> Changed {
        let Some(step) = Rc::make_mut(&mut self.history.future).pop() else {
            self.say("Nothing to redo.".into(), Tone::Info, false);
            return Changed::Yes;
        };
        let before = std::mem::replace(&mut self.items, step.items);
        self.say(format!("Redone: {}.", step.label), Tone::Info, false);
        Rc::make_mut(&mut self.history.past).push(Step {
            items: before,
            label: step.label,
            current: self.current.clone(),
        });
        self.current = step.current.filter(|id| self.find(id).is_some());
        self.focus_request = self.focus_request.wrapping_add(1);
        self.popover = None;
        Changed::Yes
    }
}
