//! Importing annotations as one undoable change, and confirming placements that were only approximate.

use std::rc::Rc;

use super::{AppState, Changed, Said, Tone};
use crate::model::anchor::{describe, AnchorStatus};
use crate::model::i18n::{Key, Msg, Step};
use crate::model::import::{import_new, ImportSummary};
use crate::model::w3c::{ImportError, ImportReport, Problem, MAX_IMPORT_BYTES};
use crate::model::{AnnotationId, Origin, Placed, Timestamp};

/// Problems listed in the import summary; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 50;

/// A document whose Hypothesis rows carry no claim/demand/question tag: before importing it,
/// the reader is asked which category they get, or whether to leave them out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UntaggedQuestion {
    /// Where it came from ("annotations.json").
    pub source: String,
    /// The document's bytes, read again with the reader's answer.
    pub bytes: Rc<[u8]>,
    /// How many rows have no category tag.
    pub n_untagged: usize,
}

/// What the last import did, for the summary panel.
#[derive(Debug, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Where it came from ("annotations.jsonld", "pasted text").
    pub source: String,
    /// Counts; all zero when the whole document was refused.
    pub summary: ImportSummary,
    /// Why the whole document was refused, if it was.
    pub error: Option<Rc<Msg>>,
    /// Rejected annotations and warnings, each with its JSON path (first few only).
    pub problems: Vec<Problem>,
    /// How many problems there were in all.
    pub n_problems: usize,
}

impl AppState {
    /// Adds what `parsed` yielded; with `replace`, the reader's own annotations go first (the
    /// host page's "set annotations"), in the same undoable step.
    pub(super) fn import(
        &mut self,
        source: String,
        parsed: Result<ImportReport, ImportError>,
        replace: bool,
    ) -> Changed {
        let report = match parsed {
            // Replacing with a document that had items but no annotation (a host's error body,
            // `{"error": "Service Unavailable"}`) would wipe the reader's work: refused.
            Ok(report) if replace && report.annotations.is_empty() && report.n_read > 0 => {
                let problems: Vec<Problem> = report
                    .rejected
                    .iter()
                    .take(MAX_LISTED_PROBLEMS)
                    .cloned()
                    .collect();
                return self.refuse_import(source, Key::ImportKept.into(), problems);
            }
            Ok(report) => report,
            Err(error) => return self.refuse_import(source, error_msg(&error), Vec::new()),
        };
        let base: Vec<Rc<Placed>> = self
            .annotations
            .iter()
            .filter(|p| !replace || p.annotation.origin != Origin::Reader)
            .cloned()
            .collect();
        let n_removed = self.annotations.len() - base.len();
        let n_problems = report.rejected.len() + report.warnings.len();
        let problems: Vec<Problem> = report
            .rejected
            .iter()
            .chain(&report.warnings)
            .take(MAX_LISTED_PROBLEMS)
            .cloned()
            .collect();
        let (added, summary) = import_new(&self.article, base.iter().map(Rc::as_ref), report);
        let n_added = added.len();
        if n_added > 0 || n_removed > 0 {
            let mut next = base;
            next.extend(added.into_iter().map(Rc::new));
            let label = if replace {
                Step::Replace
            } else {
                Step::Import(n_added)
            };
            self.commit(Rc::new(next), label);
        }
        let said = Said::Import {
            source: source.clone(),
            replaced: replace,
            summary,
        };
        let tone = if summary.rejected > 0 && n_added == 0 {
            Tone::Error
        } else {
            Tone::Info
        };
        self.tell(said, tone, n_added > 0);
        self.import_outcome = Some(Rc::new(ImportOutcome {
            source,
            summary,
            error: None,
            n_problems,
            problems,
        }));
        Changed::Yes
    }

    /// Reports an import that changed nothing, and why.
    fn refuse_import(&mut self, source: String, reason: Msg, problems: Vec<Problem>) -> Changed {
        let reason = Rc::new(reason);
        let msg = Msg::ImportFailed {
            source: source.clone(),
            reason: reason.clone(),
        };
        self.say(msg, Tone::Error, false);
        self.import_outcome = Some(Rc::new(ImportOutcome {
            source,
            summary: ImportSummary::default(),
            error: Some(reason),
            n_problems: problems.len(),
            problems,
        }));
        Changed::Yes
    }

    /// Accepts an approximate placement: the annotation now records the text where it sits.
    pub(super) fn confirm(&mut self, id: &AnnotationId, now: Timestamp) -> Changed {
        let Some(idx) = self.annotations.iter().position(|p| &p.annotation.id == id) else {
            return Changed::No;
        };
        let current = &self.annotations[idx];
        let (Some(span), AnchorStatus::Fuzzy | AnchorStatus::Moved) =
            (current.placement.span, current.placement.status)
        else {
            return Changed::No;
        };
        if current.annotation.origin != Origin::Reader {
            self.say(Key::ReadOnly, Tone::Error, false);
            return Changed::Yes;
        }
        let Some(quote) = describe(self.article.text(), span) else {
            return Changed::No;
        };
        let mut placed = (**current).clone();
        placed.annotation.target.quote = quote;
        placed.annotation.target.position = Some(span);
        placed.annotation.modified = Some(now);
        placed.placement.status = AnchorStatus::Exact;
        let mut next = (*self.annotations).clone();
        next[idx] = Rc::new(placed);
        self.commit(Rc::new(next), Step::Confirm);
        self.say(Key::Confirmed, Tone::Info, true);
        Changed::Yes
    }
}

/// Why a whole document was refused, as a message.
pub fn error_msg(error: &ImportError) -> Msg {
    match error {
        ImportError::TooLarge { n_bytes } => Msg::import_too_large(*n_bytes, MAX_IMPORT_BYTES),
        ImportError::Encoding { reason } => Msg::ImportEncoding {
            reason: reason.clone(),
        },
        ImportError::InvalidJson {
            line,
            column,
            message,
        } => Msg::ImportInvalidJson {
            line: *line,
            column: *column,
            detail: message.clone(),
        },
        ImportError::NotAnnotations { reason } => Msg::ImportNoAnnotations {
            reason: reason.clone(),
        },
    }
}
