//! Undo and redo: snapshots of the annotation list, which are cheap because annotations are shared.

use std::collections::HashSet;
use std::rc::Rc;

use super::{Annotations, AppState, Changed, Tone};
use crate::model::i18n::{Key, Msg, Step as Change};
use crate::model::{AnnotationId, Placed};

/// Changes kept for undo; older ones are dropped.
const MAX_UNDO: usize = 200;

/// One recorded change: the annotations before it and what it was.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    annotations: Annotations,
    label: Change,
}

/// The undo and redo stacks, shared: the reducer copies the whole state for every action
/// (hovers included), so the stacks are copied only when a change writes to them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Rc<Vec<Step>>,
    future: Rc<Vec<Step>>,
}

impl History {
    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// What Undo would undo, e.g. deleting a claim.
    pub fn undo_label(&self) -> Option<Change> {
        self.past.last().map(|s| s.label)
    }

    /// What Redo would redo.
    pub fn redo_label(&self) -> Option<Change> {
        self.future.last().map(|s| s.label)
    }

    /// Adds `extra` to every recorded step that lacks them (by id): annotations read late
    /// (after a failed read) belong to every state the reader can go back or forward to.
    pub(super) fn include(&mut self, extra: &[Rc<Placed>]) {
        for stack in [&mut self.past, &mut self.future] {
            if stack.is_empty() {
                continue;
            }
            for step in Rc::make_mut(stack) {
                let ids: HashSet<&AnnotationId> =
                    step.annotations.iter().map(|p| &p.annotation.id).collect();
                let missing: Vec<Rc<Placed>> = extra
                    .iter()
                    .filter(|p| !ids.contains(&p.annotation.id))
                    .cloned()
                    .collect();
                if !missing.is_empty() {
                    Rc::make_mut(&mut step.annotations).extend(missing);
                }
            }
        }
    }
}

impl AppState {
    /// Replaces the annotations, recording the old list for undo under `label`.
    pub(super) fn commit(&mut self, annotations: Annotations, label: Change) {
        let before = std::mem::replace(&mut self.annotations, annotations);
        Rc::make_mut(&mut self.history.past).push(Step {
            annotations: before,
            label,
        });
        if self.history.past.len() > MAX_UNDO {
            Rc::make_mut(&mut self.history.past).remove(0);
        }
        // A new change makes the undone future unreachable, as in every editor.
        if !self.history.future.is_empty() {
            Rc::make_mut(&mut self.history.future).clear();
        }
    }

    pub(super) fn undo(&mut self) -> Changed {
        let Some(step) = Rc::make_mut(&mut self.history.past).pop() else {
            self.say(Key::NothingToUndo, Tone::Info, false);
            return Changed::Yes;
        };
        let after = std::mem::replace(&mut self.annotations, step.annotations);
        self.say(Msg::Undone { step: step.label }, Tone::Info, false);
        Rc::make_mut(&mut self.history.future).push(Step {
            annotations: after,
            label: step.label,
        });
        self.forget_missing();
        Changed::Yes
    }

    pub(super) fn redo(&mut self) -> Changed {
        let Some(step) = Rc::make_mut(&mut self.history.future).pop() else {
            self.say(Key::NothingToRedo, Tone::Info, false);
            return Changed::Yes;
        };
        let before = std::mem::replace(&mut self.annotations, step.annotations);
        self.say(Msg::Redone { step: step.label }, Tone::Info, false);
        Rc::make_mut(&mut self.history.past).push(Step {
            annotations: before,
            label: step.label,
        });
        self.forget_missing();
        Changed::Yes
    }

    /// Drops selection and popover references to annotations that no longer exist.
    pub(super) fn forget_missing(&mut self) {
        if let Some(id) = &self.selected {
            if self.find(id).is_none() {
                self.selected = None;
            }
        }
        if let Some(popover) = &self.popover {
            if popover.ids.iter().any(|id| self.find(id).is_none()) {
                self.popover = None;
            }
        }
    }
}
