//! Merging an import into the annotations already shown: place what is new, count what happened.
//!
//! Pure, so the reducer can call it and the UI can print the summary ("12 imported, 3 already
//! present, 2 to confirm, 1 not found, 4 rejected"). An id already present is skipped whatever
//! the imported copy says: importing the same file twice changes nothing.

use std::collections::HashSet;

use super::anchor::{AnchorStatus, Anchorer};
use super::article::Article;
use super::placement::{place_with, Placed};
use super::w3c::ImportReport;

/// What an import did, for the summary shown to the reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Annotations added, fuzzy and orphaned ones included.
    pub imported: usize,
    /// Annotations skipped because one with the same id is already there.
    pub already_present: usize,
    /// Of the imported, those placed only fuzzily: the reader should confirm them.
    pub fuzzy: usize,
    /// Of the imported, those not found in this article (kept, listed, not highlighted).
    pub orphaned: usize,
    /// Items of the file that were not annotations we can use (see the report's `rejected`),
    /// including any past the import limit.
    pub rejected: usize,
}

/// Adds the report's new annotations to `existing`, each placed in `article`, in file order.
pub fn merge_import(
    article: &Article,
    existing: &mut Vec<Placed>,
    report: ImportReport,
) -> ImportSummary {
    let mut summary = ImportSummary {
        rejected: report.rejected.len() + report.n_unread,
        ..ImportSummary::default()
    };
    let mut ids: HashSet<_> = existing
        .iter()
        .map(|placed| placed.annotation.id.clone())
        .collect();
    let anchorer = Anchorer::new(article.text());
    for annotation in report.annotations {
        if !ids.insert(annotation.id.clone()) {
            summary.already_present += 1;
            continue;
        }
        let placed = place_with(&anchorer, annotation);
        summary.imported += 1;
        match placed.placement.status {
            AnchorStatus::Fuzzy => summary.fuzzy += 1,
            AnchorStatus::Orphaned => summary.orphaned += 1,
            AnchorStatus::Exact | AnchorStatus::Moved => {}
        }
        existing.push(placed);
    }
    summary
}
