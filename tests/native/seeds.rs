//! Seed fixtures: the shipped article and every editorial annotation load, anchor exactly and round-trip.

use std::collections::HashSet;

use article_annotator::model::bundle::parse_meta;
use article_annotator::model::w3c::{collection_to_jsonld, parse_document};
use article_annotator::model::{paragraph_segments, AnchorStatus, Category, Origin};
use article_annotator::seed::{seed_bundle, SEED_ANNOTATIONS, SEED_META, SEED_TEXT};

#[test]
fn seed_text_is_the_shared_article_byte_for_byte() {
    let shared =
        std::fs::read_to_string("seeds/000_bfbf250b9c86d46e.txt").expect("seed file exists");
    assert_eq!(SEED_TEXT, shared);
    let bundle = seed_bundle();
    assert_eq!(
        bundle.article.text().as_str(),
        SEED_TEXT.trim_end_matches('\n')
    );
    assert_eq!(
        bundle.article.paragraphs().len(),
        SEED_TEXT.lines().filter(|l| !l.trim().is_empty()).count()
    );
}

#[test]
fn seed_metadata_parses() {
    let meta = parse_meta(SEED_META).expect("metadata parses");
    assert_eq!(meta.id.as_str(), "000_bfbf250b9c86d46e");
    assert!(!meta.title.trim().is_empty());
    assert!(meta.source.starts_with("urn:") || meta.source.starts_with("https://"));
}

#[test]
fn every_editorial_annotation_anchors_exactly_where_recorded() {
    let bundle = seed_bundle();
    assert!(bundle.problems.is_empty(), "{:#?}", bundle.problems);
    assert!(
        bundle.editorial.len() >= 25,
        "an editor's complete pass, got {}",
        bundle.editorial.len()
    );
    for placed in &bundle.editorial {
        let annotation = &placed.annotation;
        assert_eq!(
            placed.placement.status,
            AnchorStatus::Exact,
            "{}",
            annotation.id
        );
        assert_eq!(
            placed.placement.span, annotation.target.position,
            "{}",
            annotation.id
        );
        let span = placed.placement.span.expect("placed");
        assert_eq!(
            bundle.article.text().slice(span),
            Some(annotation.target.quote.exact.as_str())
        );
        assert_eq!(annotation.origin, Origin::Editorial);
        assert!(
            !annotation.note.trim().is_empty(),
            "{} has a note",
            annotation.id
        );
        // One sentence: ends with a full stop (or ? / !) and has no other sentence break inside.
        let note = annotation.note.trim();
        assert!(note.ends_with(['.', '?', '!']), "{}: {note}", annotation.id);
        // Quotes are cut at word edges, without surrounding spaces.
        assert_eq!(
            annotation.target.quote.exact.trim(),
            annotation.target.quote.exact
        );
    }
}

#[test]
fn seeds_cover_every_category_without_duplicates() {
    let bundle = seed_bundle();
    for category in Category::ALL {
        let n = bundle
            .editorial
            .iter()
            .filter(|p| p.annotation.category == category)
            .count();
        assert!(n >= 3, "{category:?}: {n}");
    }
    let mut ids = HashSet::new();
    let mut spans = HashSet::new();
    for placed in &bundle.editorial {
        assert!(
            ids.insert(placed.annotation.id.clone()),
            "duplicate id {}",
            placed.annotation.id
        );
        assert!(
            spans.insert((placed.annotation.category, placed.placement.span)),
            "same span twice in one category: {}",
            placed.annotation.id
        );
    }
}

#[test]
fn seed_overlaps_render_as_segments_that_tile_every_paragraph() {
    let bundle = seed_bundle();
    let spans: Vec<_> = bundle
        .editorial
        .iter()
        .filter_map(|p| {
            let key = (p.annotation.category, p.annotation.id.clone());
            Some((p.placement.span?, key))
        })
        .collect();
    let per_paragraph = paragraph_segments(&bundle.article, &spans);
    let mut n_multi = 0;
    for (paragraph, segments) in bundle.article.paragraphs().iter().zip(&per_paragraph) {
        let rebuilt: String = segments
            .iter()
            .map(|s| bundle.article.text().slice(s.span).expect("in range"))
            .collect();
        assert_eq!(
            Some(rebuilt.as_str()),
            bundle.article.text().slice(*paragraph)
        );
        n_multi += segments.iter().filter(|s| s.covering().len() > 1).count();
    }
    assert!(
        n_multi > 0,
        "the seeds include nested or overlapping annotations"
    );
}

#[test]
fn seed_document_round_trips_through_export() {
    let bundle = seed_bundle();
    let exported =
        collection_to_jsonld(&bundle.article, "Editorial annotations", &bundle.editorial);
    let text = exported.to_string();
    let report = parse_document(&text, Origin::Editorial).expect("re-imports");
    assert!(
        report.rejected.is_empty() && report.warnings.is_empty(),
        "{report:#?}"
    );
    let original: Vec<_> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.clone())
        .collect();
    assert_eq!(report.annotations, original);
    // And the shipped file itself is exactly what the parser reads back.
    let shipped = parse_document(SEED_ANNOTATIONS, Origin::Editorial).expect("parses");
    assert_eq!(shipped.annotations, original);
}
