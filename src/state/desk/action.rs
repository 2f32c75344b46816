//! Every way the desk's state changes: the review's decisions (undoable), moving between
//! items, the selection and popover, the editor's name, storage and messages.

use std::rc::Rc;

use super::{Draft, Edge};
use crate::model::selection::Direction;
use crate::model::{AnnotationId, Category, Timestamp};
use crate::state::{Pending, ScreenBox, Tone, Trigger};

/// Every way the desk's state changes. `id: None` means the current item.
#[derive(Clone, Debug, PartialEq)]
pub enum DeskAction {
    /// Make a suggestion part of the draft layer.
    Accept {
        id: Option<AnnotationId>,
        now: Timestamp,
    },
    /// Turn a suggestion (or a draft) down.
    Reject { id: Option<AnnotationId> },
    /// Change the category (an open suggestion is accepted as that category).
    Recategorise {
        id: Option<AnnotationId>,
        category: Category,
        now: Timestamp,
    },
    /// Move one edge of the span by a word.
    Resize {
        id: Option<AnnotationId>,
        edge: Edge,
        direction: Direction,
        now: Timestamp,
    },
    /// Give the item the pending selection's words.
    UseSelection {
        id: Option<AnnotationId>,
        now: Timestamp,
    },
    /// Write the note.
    SetNote {
        id: Option<AnnotationId>,
        note: String,
        now: Timestamp,
    },
    /// Accept (or reject) every open suggestion of a category, as one step.
    DecideAll {
        category: Category,
        accept: bool,
        now: Timestamp,
    },
    /// A new draft from the pending selection: what the suggester missed.
    Add {
        id: AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    },
    /// Undo the latest change to the items.
    Undo,
    /// Redo the latest undone change.
    Redo,
    /// Make the next (or previous) open suggestion current and focus it.
    Step { direction: Direction },
    /// Make an item current and move keyboard focus to its highlight (the list's "go to").
    Show { id: AnnotationId },
    /// Make an item current (an item id or a highlight's id), or none.
    Focus { id: Option<AnnotationId> },
    /// Text was selected (already snapped).
    Select { pending: Pending },
    /// The selection went away.
    ClearSelection,
    /// Open the popover for a highlight.
    ShowNotes {
        ids: Rc<[AnnotationId]>,
        on_screen: ScreenBox,
        trigger: Trigger,
    },
    /// Close the popover if `trigger` opened it (`None`: whatever is open).
    HideNotes { trigger: Option<Trigger> },
    /// The editor's name, for `creator`.
    SetEditor { name: String },
    /// The saved draft, read after the first render; not undoable.
    Restore {
        draft: Option<Draft>,
        warning: Option<String>,
    },
    /// Storage failed; keep working in memory and say so.
    StorageProblem { message: String },
    /// Storage works (again).
    StorageOk,
    /// Hide the toast.
    DismissNotice,
    /// Say something that happened outside the reducer (a publish, a copy).
    Notify { text: String, tone: Tone },
}
