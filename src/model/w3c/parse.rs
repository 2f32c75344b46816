//! Importing annotations: W3C Web Annotation JSON-LD (one, an array, a page or a collection,
//! including Recogito's output) and Hypothesis API JSON (a search result, a row or an array).
//!
//! Input is untrusted: every problem becomes a [`Problem`] naming the JSON path and the reason,
//! one bad annotation never spoils the others, and nothing here can panic on any input. The
//! size is checked before parsing; `reader.rs` keeps memory bounded however the bytes are
//! arranged; serde_json's recursion limit turns absurd nesting into an ordinary error.

use std::collections::HashSet;

use serde::de::DeserializeSeed;
use serde_json::Value;

use super::reader::{Root, RootKind};
use super::{read_hypothesis, read_w3c};
use crate::model::annotation::{AnnotationId, Origin};

/// Largest document accepted, checked before parsing: 5 MiB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Items (annotations or junk in their place) examined per document; the rest are counted only.
pub const MAX_ANNOTATIONS: usize = 50_000;

/// Warnings listed per document; the rest are summed up in one last warning.
pub const MAX_WARNINGS: usize = 1_000;

/// Why a whole document was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not parsed at all.
    TooLarge { n_bytes: usize },
    /// Not JSON; line and column are 1-based, as editors show them.
    InvalidJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not an annotation, array, page or collection.
    NotAnnotations { reason: String },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { n_bytes } => write!(
                f,
                "The file is {:.1} MB; the limit is {} MB.",
                *n_bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::InvalidJson {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "Not valid JSON at line {line}, column {column}: {message}."
                )
            }
            ImportError::NotAnnotations { reason } => write!(f, "No annotations found: {reason}."),
        }
    }
}

/// One rejected annotation or one skipped part of an accepted one, located by JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `$.first.items[3].target.selector[1]`.
    pub path: String,
    /// What is wrong, as a sentence for the reader.
    pub reason: String,
}

/// What a document yielded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations that parsed, in document order, each id once.
    pub annotations: Vec<crate::model::Annotation>,
    /// Annotations that could not be used, with the reason.
    pub rejected: Vec<Problem>,
    /// Parts that were skipped (unknown selector types, bad dates) without rejecting the
    /// annotation, and notes about the document (items past the limit, pages not embedded).
    pub warnings: Vec<Problem>,
    /// Items past [`MAX_ANNOTATIONS`]: counted, not read.
    pub n_unread: usize,
}

/// Parses a document; every annotation found is given `origin`.
pub fn parse_document(json: &str, origin: Origin) -> Result<ImportReport, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            n_bytes: json.len(),
        });
    }
    // Some editors save JSON with a byte-order mark, which is not JSON but harmless.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut sink = Sink::new(origin);
    let mut de = serde_json::Deserializer::from_str(json);
    let root = Root { sink: &mut sink }
        .deserialize(&mut de)
        .and_then(|kind| de.end().map(|()| kind));
    match root.map_err(invalid_json)? {
        RootKind::Scalar => Err(ImportError::NotAnnotations {
            reason: "the document is neither an object nor an array".into(),
        }),
        RootKind::Array | RootKind::Object => sink.finish(),
    }
}

/// A serde_json error as the reader should see it, with the rarer causes spelled out.
fn invalid_json(error: serde_json::Error) -> ImportError {
    let raw = error.to_string();
    let message = raw.split(" at line").next().unwrap_or_default();
    // A leading surrogate followed by anything but a trailing one ends "the hex escape" early.
    let surrogate = [
        "surrogate",
        "invalid unicode code point",
        "end of hex escape",
    ];
    let message = if surrogate.iter().any(|cause| message.contains(cause)) {
        "a string holds an unpaired UTF-16 surrogate escape (such as \\ud800), which is not a character"
    } else if message.contains("recursion limit") {
        "the document is nested more than 128 levels deep"
    } else if message.contains("number out of range") {
        "a number is too large to read"
    } else {
        message
    };
    ImportError::InvalidJson {
        line: error.line(),
        column: error.column(),
        message: message.to_string(),
    }
}

/// Collects what the reader finds: annotations, problems, counts and ids seen.
#[derive(Debug)]
pub struct Sink {
    origin: Origin,
    report: ImportReport,
    /// Items met so far, examined or not.
    n_items: usize,
    n_unlisted_warnings: usize,
    n_links: usize,
    ids: HashSet<AnnotationId>,
    /// Estimated bytes of JSON values the reader holds right now (see `reader.rs`).
    pub held: usize,
}

impl Sink {
    fn new(origin: Origin) -> Sink {
        Sink {
            origin,
            report: ImportReport::default(),
            n_items: 0,
            n_unlisted_warnings: 0,
            n_links: 0,
            ids: HashSet::new(),
            held: 0,
        }
    }

    /// True once [`MAX_ANNOTATIONS`] items were examined: the rest are only counted.
    pub fn is_full(&self) -> bool {
        self.n_items >= MAX_ANNOTATIONS
    }

    /// Counts an item that is not examined.
    pub fn skip_item(&mut self) {
        self.n_items += 1;
    }

    /// Records a rejection at `path`.
    pub fn problem(&mut self, path: &str, reason: &str) {
        self.report.rejected.push(Problem {
            path: path.into(),
            reason: reason.into(),
        });
    }

    /// An item that is not an object.
    pub fn not_an_object(&mut self, path: &str) {
        self.n_items += 1;
        self.problem(path, "not an annotation object");
    }

    /// A page given as a link: noted, not fetched.
    pub fn reference(&mut self, path: &str) {
        self.n_links += 1;
        self.warn(Problem {
            path: path.into(),
            reason: "the page is a link, not embedded; it was not fetched".into(),
        });
    }

    fn warn(&mut self, problem: Problem) {
        if self.report.warnings.len() < MAX_WARNINGS {
            self.report.warnings.push(problem);
        } else {
            self.n_unlisted_warnings += 1;
        }
    }

    /// One object that is not a container: an annotation in one of the known shapes, or not.
    pub fn item(&mut self, value: Value, path: &str, too_big: bool) {
        self.n_items += 1;
        let mut warnings = Vec::new();
        let parsed = if too_big {
            Err("the annotation is too large to read (over 1 MB of JSON values)".to_string())
        } else if read_hypothesis::looks_like_row(&value) {
            read_hypothesis::parse_row(&value, path, self.origin, &mut warnings)
        } else {
            read_w3c::parse_annotation(&value, path, self.origin, &mut warnings)
        };
        let parsed = parsed.and_then(|annotation| match self.ids.insert(annotation.id.clone()) {
            true => Ok(annotation),
            false => Err(format!(
                "duplicate id {}: the first annotation with it was kept",
                annotation.id
            )),
        });
        match parsed {
            Ok(annotation) => {
                self.report.annotations.push(annotation);
                warnings.into_iter().for_each(|w| self.warn(w));
            }
            Err(reason) => self.problem(path, &reason),
        }
    }

    fn finish(mut self) -> Result<ImportReport, ImportError> {
        if self.n_items == 0 {
            let reason = if self.n_links > 0 {
                "the collection's pages are links, not embedded; export it with its annotations included"
            } else {
                "expected an Annotation, an array of them, an AnnotationPage, an AnnotationCollection or Hypothesis API rows"
            };
            return Err(ImportError::NotAnnotations {
                reason: reason.into(),
            });
        }
        if self.n_items > MAX_ANNOTATIONS {
            self.report.n_unread = self.n_items - MAX_ANNOTATIONS;
            let reason = format!(
                "only the first {MAX_ANNOTATIONS} of {} items were read",
                self.n_items
            );
            self.report.warnings.push(Problem {
                path: "$".into(),
                reason,
            });
        }

        if self.n_unlisted_warnings > 0 {
            self.report.warnings.push(Problem {
                path: "$".into(),
                reason: format!("{} more warnings are not listed", self.n_unlisted_warnings),
            });
        }
        Ok(self.report)
    }
}
