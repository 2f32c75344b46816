//! What an import yields: the annotations read, the problems met (each with its JSON path), the
//! counts the summary tells the reader, the options a caller chooses, and the limits.
//!
//! Shared by every file of the reader (`reader.rs`, `sink.rs`, the item readers), which is why
//! it sits in a module of its own that imports none of them.

use crate::model::annotation::Annotation;
use crate::model::category::Category;

/// Largest document accepted, checked on the bytes before anything is decoded: 5 MiB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Items (annotations or junk in their place) examined per document; the rest are over the
/// cap: counted, not read.
pub const MAX_ANNOTATIONS: usize = 50_000;

/// Warnings listed per document; the rest are summed up in one last warning.
pub const MAX_WARNINGS: usize = 1_000;

/// Why a whole document was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not read at all.
    TooLarge { n_bytes: usize },
    /// Bytes that are not text in an encoding JSON may use (UTF-8, UTF-16, UTF-32).
    Encoding { reason: String },
    /// Not JSON; line and column are 1-based, as editors show them.
    InvalidJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not an annotation, array, page or collection.
    NotAnnotations { reason: String },
}

/// `n_bytes` in MB with one decimal, rounded up so a file just over the limit never reads as
/// the limit itself ("5.1 MB", not "5.0 MB"); integer arithmetic only (no float formatting).
pub fn megabytes(n_bytes: usize) -> String {
    let tenths = (n_bytes as u64 * 10).div_ceil(MIB as u64);
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

const MIB: usize = 1024 * 1024;

/// The one size check of every import path: `Err` when `n_bytes` (the file's bytes, or the
/// UTF-8 bytes of pasted text) is over [`MAX_IMPORT_BYTES`].
pub fn check_size(n_bytes: usize) -> Result<(), ImportError> {
    match n_bytes > MAX_IMPORT_BYTES {
        true => Err(ImportError::TooLarge { n_bytes }),
        false => Ok(()),
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { n_bytes } => write!(
                f,
                "The file is {}; the import limit is {} MB.",
                megabytes(*n_bytes),
                MAX_IMPORT_BYTES / MIB
            ),
            ImportError::Encoding { reason } => write!(f, "Not readable text: {reason}."),
            ImportError::InvalidJson {
                line,
                column,
                message,
            } => write!(
                f,
                "Not valid JSON at line {line}, column {column}: {message}."
            ),
            ImportError::NotAnnotations { reason } => write!(f, "No annotations found: {reason}."),
        }
    }
}

/// One rejected annotation or one skipped or repaired part of an accepted one, by JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `$.first.items[3].body[1].value`.
    pub path: String,
    /// What is wrong, as a sentence for the reader.
    pub reason: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: &str, reason: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

/// What the caller decides about an import before it is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The category given to Hypothesis rows without a claim/demand/question tag; `None`
    /// leaves them out (counted in [`ImportReport::n_untagged`], so the caller can ask).
    pub untagged: Option<Category>,
    /// 128 bits from which ids are minted for annotations without a usable one (the model owns
    /// no random generator). `None`: a hash of the document, so reading the same document
    /// twice mints the same ids.
    pub id_seed: Option<u128>,
}

/// What a document yielded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations that were read, in document order, each id once.
    pub annotations: Vec<Annotation>,
    /// Items that could not be used, with the reason.
    pub rejected: Vec<Problem>,
    /// Parts skipped or repaired (unknown selectors, bad dates, unpaired surrogates, ids
    /// replaced) without rejecting the annotation, and notes about the document.
    pub warnings: Vec<Problem>,
    /// Items examined (at most [`MAX_ANNOTATIONS`]).
    pub n_read: usize,
    /// Items whose id an earlier item of the same document already had: not read twice.
    pub n_duplicate_ids: usize,
    /// Hypothesis rows left out for want of a category tag (see [`ImportOptions::untagged`]).
    pub n_untagged: usize,
    /// Items past [`MAX_ANNOTATIONS`]: counted, not read.
    pub n_over_cap: usize,
}

#[cfg(test)]
mod tests {
    use super::{megabytes, ImportError, MAX_IMPORT_BYTES};

    #[test]
    fn sizes_read_in_tenths_rounded_up() {
        let cases = [
            (0, "0.0 MB"),
            (1, "0.1 MB"),
            (1_048_576, "1.0 MB"),
            (MAX_IMPORT_BYTES, "5.0 MB"),
            (MAX_IMPORT_BYTES + 1, "5.1 MB"),
            (6_400_000, "6.2 MB"),
        ];
        for (n_bytes, want) in cases {
            assert_eq!(megabytes(n_bytes), want, "{n_bytes}");
        }
        let message = ImportError::TooLarge {
            n_bytes: MAX_IMPORT_BYTES + 1,
        }
        .to_string();
        assert_eq!(message, "The file is 5.1 MB; the import limit is 5 MB.");
    }
}
