//! Another tab of the same article saved the reader's annotations: a three-way merge of what
//! this tab shows ("ours"), what the other tab saved ("theirs") and what both last agreed on
//! (the stored value this tab last read or wrote, "base"), so that neither tab's work is lost.
//!
//! Per annotation id, as in a version-control merge: a side that did not change it since the
//! base takes the other side's version (an edit, an addition or a deletion made elsewhere);
//! when both changed it, an edit wins over a deletion (nothing a reader wrote disappears
//! because of a tab they forgot), and of two edits the later `modified` wins (this tab's on a
//! tie). Editorial annotations are never touched: storage only holds the reader's own.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{AppState, Changed, Tone};
use crate::model::i18n::Msg;
use crate::model::{Annotation, AnnotationId, Origin, Placed};

/// The outcome of a merge that changed this tab's list.
#[derive(Debug)]
pub struct Merged {
    /// The new list: this tab's order, then what the other tab added, in its order.
    pub annotations: Vec<Rc<Placed>>,
    /// Annotations this tab did not have (added elsewhere, or edited elsewhere after this tab
    /// deleted them).
    pub added: Vec<Rc<Placed>>,
    /// How many annotations were added, replaced or removed.
    pub n_changes: usize,
}

/// Merges `theirs` into `ours` against `base`; `None` when this tab's list stays as it is.
pub fn merge(ours: &[Rc<Placed>], base: &[Rc<Placed>], theirs: &[Rc<Placed>]) -> Option<Merged> {
    let base_of = by_id(base);
    let theirs_of = by_id(theirs);
    let mut seen: HashSet<&AnnotationId> = HashSet::new();
    let mut annotations = Vec::with_capacity(ours.len());
    let mut n_changes = 0;
    for placed in ours {
        let ours_now = &placed.annotation;
        seen.insert(&ours_now.id);
        // Storage never holds an editorial id; one there is not the reader's to merge.
        if ours_now.origin == Origin::Editorial {
            annotations.push(placed.clone());
            continue;
        }
        let before = base_of.get(&ours_now.id).map(|p| &p.annotation);
        let other = theirs_of.get(&ours_now.id).copied();
        let unchanged_there = other.map(|p| &p.annotation) == before;
        let changed_here = Some(ours_now) != before;
        let keep_ours = unchanged_there
            || (changed_here && other.is_none_or(|p| !later(&p.annotation, ours_now)));
        match other {
            _ if keep_ours => annotations.push(placed.clone()),
            Some(other) => {
                n_changes += usize::from(other.annotation != *ours_now);
                annotations.push(other.clone());
            }
            // Deleted elsewhere, unchanged here.
            None => n_changes += 1,
        }
    }
    let mut added = Vec::new();
    for other in theirs {
        let annotation = &other.annotation;
        if !seen.insert(&annotation.id) || annotation.origin != Origin::Reader {
            continue;
        }
        // In the base but not here: this tab deleted it. It comes back only if the other tab
        // changed it since: an edit outweighs a deletion.
        if base_of
            .get(&annotation.id)
            .is_some_and(|b| b.annotation == *annotation)
        {
            continue;
        }
        added.push(other.clone());
        annotations.push(other.clone());
        n_changes += 1;
    }
    (n_changes > 0).then_some(Merged {
        annotations,
        added,
        n_changes,
    })
}

fn by_id(list: &[Rc<Placed>]) -> HashMap<&AnnotationId, &Rc<Placed>> {
    list.iter().map(|p| (&p.annotation.id, p)).collect()
}

/// Whether `theirs` was modified after `ours` (timestamps compare as RFC 3339 UTC text; an
/// unknown time is the oldest).
fn later(theirs: &Annotation, ours: &Annotation) -> bool {
    let stamp = |a: &Annotation| a.modified.clone().or_else(|| a.created.clone());
    match (stamp(theirs), stamp(ours)) {
        (Some(t), Some(o)) => t.as_str() > o.as_str(),
        (Some(_), None) => true,
        _ => false,
    }
}

impl AppState {
    /// What another tab saved, merged in (`Action::Sync`). Before the reader's saved copy was
    /// restored there is nothing to merge: the restore reads the same value.
    pub(super) fn sync(&mut self, theirs: &[Rc<Placed>], base: &[Rc<Placed>]) -> Changed {
        if !self.restored {
            return Changed::No;
        }
        let Some(merged) = merge(&self.annotations, base, theirs) else {
            return Changed::No;
        };
        // What the other tab added stays through this tab's undo and redo.
        self.history.include(&merged.added);
        self.annotations = Rc::new(merged.annotations);
        self.forget_missing();
        self.say(
            Msg::Synced {
                n: merged.n_changes,
            },
            Tone::Info,
            false,
        );
        Changed::Yes
    }
}
