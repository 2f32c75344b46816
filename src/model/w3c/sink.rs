//! `Sink`: what the streaming reader finds goes here: each item is read by the W3C or the
//! Hypothesis reader, and the sink keeps the annotations, the problems and the counts.

use std::collections::HashSet;

use crate::model::json::Value;

use super::item::{Context, Minter, Refusal};
use super::report::{
    ImportError, ImportOptions, ImportReport, Problem, MAX_ANNOTATIONS, MAX_WARNINGS,
};
use super::{read_hypothesis, read_w3c};
use crate::model::annotation::{AnnotationId, Origin};

/// Collects annotations, problems, counts and the ids seen.
#[derive(Debug)]
pub struct Sink {
    origin: Origin,
    options: ImportOptions,
    minter: Minter,
    report: ImportReport,
    /// Items met so far, examined or not.
    n_items: usize,
    n_unlisted_warnings: usize,
    n_links: usize,
    ids: HashSet<AnnotationId>,
}

impl Sink {
    /// A sink giving `origin` to every annotation, minting ids from `seed`.
    pub fn new(origin: Origin, options: ImportOptions, seed: u128) -> Sink {
        Sink {
            origin,
            options,
            minter: Minter::new(seed),
            report: ImportReport::default(),
            n_items: 0,
            n_unlisted_warnings: 0,
            n_links: 0,
            ids: HashSet::new(),
        }
    }

    /// True once [`MAX_ANNOTATIONS`] items were examined: the rest are only counted.
    pub fn is_full(&self) -> bool {
        self.n_items >= MAX_ANNOTATIONS
    }

    /// Counts an item past the cap.
    pub fn skip_item(&mut self) {
        self.n_items += 1;
    }

    /// Records a rejection at `path`.
    pub fn problem(&mut self, path: &str, reason: &str) {
        self.report.rejected.push(Problem::new(path, reason));
    }

    /// An item that is not an object.
    pub fn not_an_object(&mut self, path: &str) {
        self.n_items += 1;
        self.problem(path, "not an annotation object");
    }

    /// A page given as a link: noted, not fetched.
    pub fn reference(&mut self, path: &str) {
        self.n_links += 1;
        let reason = "the page is a link, not embedded; it was not fetched";
        self.warn(Problem::new(path, reason));
    }

    fn warn(&mut self, problem: Problem) {
        if self.report.warnings.len() < MAX_WARNINGS {
            self.report.warnings.push(problem);
        } else {
            self.n_unlisted_warnings += 1;
        }
    }

    /// One object that is not a container, with what building it noted: an annotation in one
    /// of the known shapes, or not.
    pub fn item(
        &mut self,
        value: Value,
        path: &str,
        warnings: Vec<Problem>,
        refusal: Option<Problem>,
    ) {
        self.n_items += 1;
        if let Some(refusal) = refusal {
            self.report.rejected.push(refusal);
            return;
        }
        let mut ctx = Context {
            origin: self.origin,
            untagged: self.options.untagged,
            minter: &mut self.minter,
            warnings,
        };
        let parsed = if read_hypothesis::looks_like_row(&value) {
            read_hypothesis::parse_row(&value, path, &mut ctx)
        } else {
            read_w3c::parse_annotation(&value, path, &mut ctx)
        };
        let warnings = ctx.warnings;
        match parsed {
            Ok(annotation) if !self.ids.insert(annotation.id.clone()) => {
                self.report.n_duplicate_ids += 1;
            }
            Ok(annotation) => {
                self.report.annotations.push(annotation);
                warnings.into_iter().for_each(|w| self.warn(w));
            }
            Err(Refusal::Rejected(reason)) => self.problem(path, &reason),
            Err(Refusal::Untagged(reason)) => {
                self.report.n_untagged += 1;
                self.warn(Problem::new(path, reason));
            }
        }
    }

    /// The report, or why the document held no annotations at all.
    pub fn finish(mut self) -> Result<ImportReport, ImportError> {
        if self.n_items == 0 {
            let reason = if self.n_links > 0 {
                "the collection's pages are links, not embedded; export it with its annotations included"
            } else {
                "expected an Annotation, an array of them, an AnnotationPage, an AnnotationCollection, a JSON-LD @graph or Hypothesis API rows"
            };
            return Err(ImportError::NotAnnotations {
                reason: reason.into(),
            });
        }
        self.report.n_read = self.n_items.min(MAX_ANNOTATIONS);
        self.report.n_over_cap = self.n_items - self.report.n_read;
        if self.report.n_over_cap > 0 {
            let reason = format!(
                "only the first {MAX_ANNOTATIONS} of {} items were read; the other {} are over the cap",
                self.n_items, self.report.n_over_cap
            );
            self.report.warnings.push(Problem::new("$", reason));
        }
        if self.n_unlisted_warnings > 0 {
            let reason = format!("{} more warnings are not listed", self.n_unlisted_warnings);
            self.report.warnings.push(Problem::new("$", reason));
        }
        Ok(self.report)
    }
}
