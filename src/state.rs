//! The single owner of widget state: `AppState`, the typed `Action`s that change it, and a pure `apply`.
//!
//! Effects (storage, console, focus, host events) never run here; hooks and components react to
//! the new state afterwards, and what they read (ids, timestamps, the saved annotations) comes
//! back in as actions, so `apply` stays deterministic. No framework type is named here (Yew's
//! `Reducible` is implemented in `hooks`). Undo and redo are a property of the reducer: every
//! change to the annotations is recorded.

pub mod desk;
mod edit;
mod history;
mod import;
mod query;
pub mod saved;
mod saving;
pub mod sync;
mod ui;

use std::rc::Rc;

use crate::model::i18n::Msg;
use crate::model::w3c::{ImportError, ImportReport};
use crate::model::{AnnotationId, Article, Category, Placed, Timestamp};

pub use history::History;
pub use import::{error_msg, ImportOutcome, UntaggedQuestion};
pub use saving::{correction_message, StorageStatus};
pub use ui::{
    CategorySet, Input, ListFilter, Notice, OriginFilter, Pending, Popover, Said, ScreenBox, Tone,
    Trigger,
};

/// The annotations, each behind an `Rc` so a snapshot for undo copies pointers, not text.
pub type Annotations = Rc<Vec<Rc<Placed>>>;

/// Everything the widget draws.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The article (immutable; shared, compared by pointer first).
    pub article: Rc<Article>,
    /// Every annotation with its placement; orphans included.
    pub annotations: Annotations,
    /// Categories whose highlights the reader switched off in the legend.
    pub hidden: CategorySet,
    /// The note popover, if open.
    pub popover: Option<Popover>,
    /// A selection waiting for a category, if any.
    pub pending: Option<Pending>,
    /// The annotation selected in the list (and its highlight), if any.
    pub selected: Option<AnnotationId>,
    /// What the list shows.
    pub filter: ListFilter,
    /// Undo and redo stacks.
    pub history: History,
    /// The latest message for the toast and the live region (behind an `Rc`, as the import
    /// outcome and the storage warning: the state is cloned on every action, and `Msg` is not).
    pub notice: Option<Rc<Notice>>,
    /// How the reader's saved copy stands (warning, unsaved work, a value held).
    pub storage: StorageStatus,
    /// What the last import did, until the reader closes the summary.
    pub import_outcome: Option<Rc<ImportOutcome>>,
    /// An import waiting for the reader to say what to do with untagged Hypothesis rows.
    pub import_question: Option<UntaggedQuestion>,
    /// True once the reader's saved annotations were read in (`Action::Restore`), or when
    /// nothing is stored; until then nothing is saved or reported as the reader's change.
    pub restored: bool,
}

/// Every way the state can change.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// Show or hide one category's highlights.
    ToggleCategory { category: Category },
    /// Open the popover for a highlight.
    ShowNotes {
        ids: Rc<[AnnotationId]>,
        on_screen: ScreenBox,
        trigger: Trigger,
    },
    /// Close the popover if `trigger` opened it (`None`: close whatever is open, e.g. Esc).
    HideNotes { trigger: Option<Trigger> },
    /// The reader selected text (already snapped); opens the category menu.
    Select { pending: Pending },
    /// The selection went away or the reader pressed Esc.
    ClearSelection,
    /// Make an annotation from the pending selection.
    Create {
        id: AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    },
    /// Change the category and note of one of the reader's own annotations.
    Update {
        id: AnnotationId,
        category: Category,
        note: String,
        now: Timestamp,
    },
    /// Delete one of the reader's own annotations.
    Delete { id: AnnotationId },
    /// Undo the latest change to the annotations.
    Undo,
    /// Redo the latest undone change.
    Redo,
    /// Select an annotation in the list and on the page (`None` clears).
    SelectAnnotation { id: Option<AnnotationId> },
    /// Change what the list shows.
    SetFilter { filter: ListFilter },
    /// The reader's saved annotations, read after the first render (which shows the props
    /// only); ids already present are skipped. Not undoable: it is where history starts.
    /// `revised`: they were made on an earlier text (the reader is told what moved); `held`:
    /// the stored value is not written over until the reader chooses to.
    Restore {
        annotations: Vec<Placed>,
        warning: Option<Msg>,
        revised: bool,
        held: bool,
    },
    /// Saved annotations read after an earlier read failed: added where missing, in every undo
    /// step too.
    Recover {
        annotations: Vec<Placed>,
        warning: Option<Msg>,
    },
    /// Another tab of the same article saved the reader's annotations (`theirs`); `base` is
    /// what the stored value held when this tab last read or wrote it. Merged in three ways
    /// (`state::sync`), not undoable; what the other tab added stays in every undo step.
    Sync {
        theirs: Vec<Rc<Placed>>,
        base: Vec<Rc<Placed>>,
    },
    /// Storage failed (or is `held`); keep working in memory and say so until it works again.
    StorageProblem { message: Msg, held: bool },
    /// Storage works (again).
    StorageOk,
    /// The reader chose to save over a stored value the widget could not read.
    SaveAnyway,
    /// The reader asked for a copy of the work that is not saved.
    ExportUnsaved,
    /// Hide the toast.
    DismissNotice,
    /// Tell the reader something that happened outside the reducer (a download, a copy).
    Notify { msg: Msg, tone: Tone },
    /// Add what a document yielded (or report why it yielded nothing), as one undoable change.
    Import {
        source: String,
        parsed: Result<ImportReport, ImportError>,
    },
    /// Replace the reader's own annotations with what a document yielded (the host page's
    /// `element.annotations = …`), as one undoable change.
    ReplaceReader {
        source: String,
        parsed: Result<ImportReport, ImportError>,
    },
    /// Ask the reader which category a document's untagged Hypothesis rows get (or none)
    /// before importing it.
    AskUntagged { question: UntaggedQuestion },
    /// Close the import summary (and any question).
    DismissImport,
    /// Accept an approximate (fuzzy or moved) placement of one of the reader's annotations.
    ConfirmPlacement { id: AnnotationId, now: Timestamp },
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
    /// A fresh state: every category shown, nothing selected, empty history.
    pub fn new(article: Rc<Article>, annotations: Vec<Placed>) -> AppState {
        AppState {
            article,
            annotations: Rc::new(annotations.into_iter().map(Rc::new).collect()),
            hidden: CategorySet::default(),
            popover: None,
            pending: None,
            selected: None,
            filter: ListFilter::default(),
            history: History::default(),
            notice: None,
            storage: StorageStatus::default(),
            import_outcome: None,
            import_question: None,
            restored: false,
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
            Action::ShowNotes {
                ids,
                on_screen,
                trigger,
            } => self.show_notes(ids, on_screen, trigger),
            Action::HideNotes { trigger } => self.hide_notes(trigger),
            Action::Select { pending } => set(&mut self.pending, Some(pending)),
            Action::ClearSelection => set(&mut self.pending, None),
            Action::Create {
                id,
                category,
                note,
                now,
            } => self.create(id, category, note, now),
            Action::Update {
                id,
                category,
                note,
                now,
            } => self.update(&id, category, note, now),
            Action::Delete { id } => self.delete(&id),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::SelectAnnotation { id } => set(&mut self.selected, id),
            Action::SetFilter { filter } => set(&mut self.filter, filter),
            Action::Restore {
                annotations,
                warning,
                revised,
                held,
            } => self.restore(annotations, warning, revised, held),
            Action::Recover {
                annotations,
                warning,
            } => self.recover(annotations, warning),
            Action::Sync { theirs, base } => self.sync(&theirs, &base),
            Action::StorageProblem { message, held } => self.storage_problem(message, held),
            Action::StorageOk => self.storage_ok(),
            Action::SaveAnyway => self.save_anyway(),
            Action::ExportUnsaved => self.export_unsaved(),
            Action::DismissNotice => set(&mut self.notice, None),
            Action::Notify { msg, tone } => {
                self.say(msg, tone, false);
                Changed::Yes
            }
            Action::Import { source, parsed } => {
                self.import_question = None;
                self.import(source, parsed, false)
            }
            Action::ReplaceReader { source, parsed } => self.import(source, parsed, true),
            Action::AskUntagged { question } => set(&mut self.import_question, Some(question)),
            Action::DismissImport => {
                self.import_question = None;
                set(&mut self.import_outcome, None)
            }
            Action::ConfirmPlacement { id, now } => self.confirm(&id, now),
        }
    }

    /// Sets the notice, numbering it so a repeated message is announced again.
    fn say(&mut self, msg: impl Into<Msg>, tone: Tone, undoable: bool) {
        self.tell(Said::Msg(msg.into()), tone, undoable);
    }

    fn tell(&mut self, said: Said, tone: Tone, undoable: bool) {
        let seq = self.notice.as_ref().map_or(1, |n| n.seq.wrapping_add(1));
        self.notice = Some(Rc::new(Notice {
            seq,
            said,
            tone,
            undoable,
        }));
    }
}

/// Replaces `slot` with `value`, reporting whether that changed anything.
fn set<T: PartialEq>(slot: &mut T, value: T) -> Changed {
    if *slot == value {
        return Changed::No;
    }
    *slot = value;
    Changed::Yes
}
