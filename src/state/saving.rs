//! The reader's saved copy as the reducer sees it: restoring it after the first render (with
//! the report of a correction to the article), bringing it back after a failed read, and the
//! storage status the toast shows (warning, unsaved work, a value held until the reader
//! chooses to save over it).

use std::collections::HashSet;
use std::rc::Rc;

use super::{AppState, Changed, Said, Tone};
use crate::model::i18n::Msg;
use crate::model::{AnchorStatus, AnnotationId, Placed};

/// How the reader's saved copy stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageStatus {
    /// A persistent warning (blocked, full, unreadable, damaged); `None` when all is well.
    /// Said, not a string: the view renders it in the reader's language (the desk's own
    /// warnings are `Said::Text`).
    pub warning: Option<Rc<Said>>,
    /// True while changes exist only on this page: the warning offers an export, and leaving
    /// the page asks first.
    pub unsaved: bool,
    /// True while a stored value is not written over (it could not be read, or a newer version
    /// wrote it) until the reader chooses "Save anyway".
    pub held: bool,
    /// How many times the reader chose "Save anyway" (the shell acts on each new count).
    pub forced: u32,
    /// How many times the reader asked for an export from the warning.
    pub exports: u32,
}

impl AppState {
    /// The saved annotations, read after the first render: once only, ids already shown skipped.
    pub(super) fn restore(
        &mut self,
        annotations: Vec<Placed>,
        warning: Option<Msg>,
        revised: bool,
        held: bool,
    ) -> Changed {
        if self.restored {
            return Changed::No;
        }
        self.restored = true;
        let fresh = self.fresh(annotations);
        if revised && !fresh.is_empty() {
            self.tell(correction_message(&fresh), Tone::Info, false);
        }
        if !fresh.is_empty() {
            let mut next = (*self.annotations).clone();
            next.extend(fresh);
            self.annotations = Rc::new(next);
        }
        if warning.is_some() {
            self.storage.warning = warning.map(|msg| Rc::new(Said::Msg(msg)));
        }
        self.storage.held = held;
        Changed::Yes
    }

    /// Saved annotations read only now (an earlier read failed): those not shown are added,
    /// to the undo history's every step too, so neither undo nor the next save loses them.
    pub(super) fn recover(&mut self, annotations: Vec<Placed>, warning: Option<Msg>) -> Changed {
        let fresh = self.fresh(annotations);
        self.storage.warning = warning.map(|msg| Rc::new(Said::Msg(msg)));
        self.storage.held = false;
        if fresh.is_empty() {
            return Changed::Yes;
        }
        let n = fresh.len();
        self.history.include(&fresh);
        let mut next = (*self.annotations).clone();
        next.extend(fresh);
        self.annotations = Rc::new(next);
        self.say(Msg::Recovered { n }, Tone::Info, false);
        Changed::Yes
    }

    /// Storage failed: the work is kept on this page only, and the reader is told.
    pub(super) fn storage_problem(&mut self, message: Msg, held: bool) -> Changed {
        let status = StorageStatus {
            warning: Some(Rc::new(Said::Msg(message))),
            unsaved: true,
            held,
            ..self.storage.clone()
        };
        super::set(&mut self.storage, status)
    }

    /// The work was saved.
    pub(super) fn storage_ok(&mut self) -> Changed {
        let status = StorageStatus {
            warning: None,
            unsaved: false,
            held: false,
            ..self.storage.clone()
        };
        super::set(&mut self.storage, status)
    }

    /// The reader chose to save over a value the widget could not read.
    pub(super) fn save_anyway(&mut self) -> Changed {
        self.storage.forced = self.storage.forced.wrapping_add(1);
        self.storage.held = false;
        Changed::Yes
    }

    /// The reader asked for a copy of the work the warning says is not saved.
    pub(super) fn export_unsaved(&mut self) -> Changed {
        self.storage.exports = self.storage.exports.wrapping_add(1);
        Changed::Yes
    }

    /// Of `annotations`, those whose id is not shown yet (editorial ids included).
    fn fresh(&self, annotations: Vec<Placed>) -> Vec<Rc<Placed>> {
        let mut seen: HashSet<&AnnotationId> =
            self.annotations.iter().map(|p| &p.annotation.id).collect();
        let keep: Vec<bool> = annotations
            .iter()
            .map(|p| seen.insert(&p.annotation.id))
            .collect();
        annotations
            .into_iter()
            .zip(keep)
            .filter_map(|(placed, keep)| keep.then(|| Rc::new(placed)))
            .collect()
    }
}

/// What a correction did to the reader's notes: "The article was updated since your last
/// visit: 3 notes kept, 1 moved, 1 to confirm, 1 not found (still listed)."
pub fn correction_message(restored: &[Rc<Placed>]) -> Said {
    let count = |status: AnchorStatus| {
        restored
            .iter()
            .filter(|p| p.placement.status == status)
            .count()
    };
    let head = Msg::Corrected {
        n: count(AnchorStatus::Exact),
    };
    let more = [
        Msg::CorrectedMoved {
            n: count(AnchorStatus::Moved),
        },
        Msg::ImportedFuzzy {
            n: count(AnchorStatus::Fuzzy),
        },
        Msg::CorrectedOrphaned {
            n: count(AnchorStatus::Orphaned),
        },
    ]
    .into_iter()
    .filter(|m| m.count() != Some(0))
    .collect();
    Said::Sentence(head, more)
}
