//! Merging an import into the annotations already shown: place what is new, refuse what is
//! already there, count what happened.
//!
//! Pure, so the reducer can call it and the UI can print a truthful summary ("12 imported,
//! 3 already present, 29 duplicates, 2 to confirm, 1 not found, 4 rejected, 10 over the
//! cap"). An id already shown is skipped whatever the imported copy says, so importing the
//! same file twice changes nothing; and as when creating one, an annotation on the same words
//! with the same category as one already shown or earlier in the file is a duplicate, refused
//! (orphans: the same quote with the same context). Identical quotes are anchored once, so
//! a flood of copies costs one search. A position hint that does not hold in code points is
//! tried as UTF-16 units (`units::Utf16Map`), and used when it then slices exactly to the quote.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::anchor::{AnchorStatus, Anchorer, Placement, TextQuote};
use super::annotation::AnnotationId;
use super::article::Article;
use super::category::Category;
use super::placement::Placed;
use super::span::Span;
use super::text::IndexedText;
use super::units::Utf16Map;
use super::w3c::ImportReport;

/// What an import did, for the summary shown to the reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Items of the file examined (annotations, and junk in their place), up to the cap.
    pub read: usize,
    /// Annotations added, fuzzy and orphaned ones included.
    pub imported: usize,
    /// Annotations skipped because one with the same id is already shown.
    pub already_present: usize,
    /// Annotations skipped because they repeat one already shown or earlier in the file:
    /// the same id within the file, or the same words with the same category.
    pub duplicates: usize,
    /// Of the imported, those placed only fuzzily: the reader should confirm them.
    pub fuzzy: usize,
    /// Of the imported, those not found in this article (kept, listed, not highlighted).
    pub orphaned: usize,
    /// Items of the file that were not annotations we can use (see the report's `rejected`).
    pub rejected: usize,
    /// Hypothesis rows left out for want of a category (the caller may choose one).
    pub untagged: usize,
    /// Items past the import cap: counted, not read.
    pub over_cap: usize,
}

/// Adds the report's new annotations to `existing`, each placed in `article`, in file order.
pub fn merge_import(
    article: &Article,
    existing: &mut Vec<Placed>,
    report: ImportReport,
) -> ImportSummary {
    let (added, summary) = import_new(article, existing.iter(), report);
    existing.extend(added);
    summary
}

/// What makes two placed annotations the same for the reader.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Sameness<'a> {
    /// Placed: the same words.
    Placed(Category, Span),
    /// Orphaned: the same quote in the same context.
    Orphaned(Category, &'a str, &'a str, &'a str),
}

fn sameness<'a>(category: Category, quote: &'a TextQuote, placement: Placement) -> Sameness<'a> {
    match placement.span {
        Some(span) => Sameness::Placed(category, span),
        None => Sameness::Orphaned(category, &quote.exact, &quote.prefix, &quote.suffix),
    }
}

/// The report's annotations that are new beside `present`, placed in `article` in file
/// order, and the counts of what happened to every item.
pub fn import_new<'a>(
    article: &Article,
    present: impl IntoIterator<Item = &'a Placed>,
    report: ImportReport,
) -> (Vec<Placed>, ImportSummary) {
    let mut summary = ImportSummary {
        read: report.n_read,
        duplicates: report.n_duplicate_ids,
        rejected: report.rejected.len(),
        untagged: report.n_untagged,
        over_cap: report.n_over_cap,
        ..ImportSummary::default()
    };
    let text = article.text();
    let placements = place_batch(text, &report);
    let mut ids: HashSet<&AnnotationId> = HashSet::new();
    let mut seen: HashSet<Sameness<'_>> = HashSet::new();
    for placed in present {
        ids.insert(&placed.annotation.id);
        let annotation = &placed.annotation;
        seen.insert(sameness(
            annotation.category,
            &annotation.target.quote,
            placed.placement,
        ));
    }
    // Which of the report's annotations to keep, decided while they are borrowed.
    let mut keep = vec![false; placements.len()];
    for ((annotation, placement), keep) in report.annotations.iter().zip(&placements).zip(&mut keep)
    {
        if ids.contains(&annotation.id) {
            summary.already_present += 1;
        } else if !seen.insert(sameness(
            annotation.category,
            &annotation.target.quote,
            *placement,
        )) {
            summary.duplicates += 1;
        } else {
            *keep = true;
        }
    }
    let mut added = Vec::new();
    for ((annotation, placement), keep) in report.annotations.into_iter().zip(placements).zip(keep)
    {
        if !keep {
            continue;
        }
        summary.imported += 1;
        match placement.status {
            AnchorStatus::Fuzzy => summary.fuzzy += 1,
            AnchorStatus::Orphaned => summary.orphaned += 1,
            AnchorStatus::Exact | AnchorStatus::Moved => {}
        }
        added.push(Placed {
            annotation,
            placement,
        });
    }
    (added, summary)
}

/// Places every annotation of `report`, each distinct quote and hint once.
fn place_batch(text: &IndexedText, report: &ImportReport) -> Vec<Placement> {
    let anchorer = Anchorer::new(text);
    let utf16: OnceCell<Utf16Map> = OnceCell::new();
    let mut memo: HashMap<(&str, &str, &str, Option<Span>), Placement> = HashMap::new();
    report
        .annotations
        .iter()
        .map(|annotation| {
            let quote = &annotation.target.quote;
            let hint = annotation.target.position.map(|hint| {
                let holds = text.slice(hint) == Some(quote.exact.as_str());
                match holds || quote.exact.is_empty() {
                    true => hint,
                    false => utf16_hint(text, &utf16, quote, hint).unwrap_or(hint),
                }
            });
            let key = (
                quote.exact.as_str(),
                quote.prefix.as_str(),
                quote.suffix.as_str(),
                hint,
            );
            *memo
                .entry(key)
                .or_insert_with(|| anchorer.locate(quote, hint))
        })
        .collect()
}

/// `hint` read as UTF-16 units, when that slices `text` exactly to the quote.
fn utf16_hint(
    text: &IndexedText,
    map: &OnceCell<Utf16Map>,
    quote: &TextQuote,
    hint: Span,
) -> Option<Span> {
    let map = map.get_or_init(|| Utf16Map::new(text));
    if map.is_trivial() {
        return None;
    }
    map.span(hint)
        .filter(|span| text.slice(*span) == Some(quote.exact.as_str()))
}
