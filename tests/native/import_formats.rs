//! Importing other tools' files (Hypothesis API JSON, Recogito's W3C output) and merging an import into the shown list.

use article_annotator::model::import::{merge_import, ImportSummary};
use article_annotator::model::w3c::parse_document;
use article_annotator::model::{AnchorStatus, Category, Origin};
use article_annotator::seed::seed_bundle;

/// A Hypothesis search result as the h API returns it (abridged: `document`, `links`,
/// `permissions` and `user_info` kept to show they are ignored). Positions count UTF-16 units
/// of the whole page, so they point past this article's text; the quotes place the rows.
const HYPOTHESIS: &str = r#"{
  "total": 5,
  "rows": [
    {
      "id": "Xk3oZqPvEe6mR1ORnEnSaA",
      "created": "2026-11-20T09:15:02.478215+00:00",
      "updated": "2026-11-20T09:16:40.001000+00:00",
      "user": "acct:reader@hypothes.is",
      "uri": "https://news.example/world/putin-ceasefire",
      "text": "Is there <b>any</b> evidence for this?",
      "tags": ["Claim", "ukraine"],
      "group": "__world__",
      "permissions": {"read": ["group:__world__"], "admin": ["acct:reader@hypothes.is"]},
      "target": [{
        "source": "https://news.example/world/putin-ceasefire",
        "selector": [
          {"type": "RangeSelector", "endOffset": 43, "startOffset": 0, "endContainer": "/div[1]/p[1]", "startContainer": "/div[1]/p[1]"},
          {"type": "TextPositionSelector", "start": 1187, "end": 1230},
          {"type": "TextQuoteSelector", "exact": "Peace in Ukraine remains as elusive as ever", "prefix": "", "suffix": " after Vladimir Putin rejected a"}
        ]
      }],
      "document": {"title": ["Putin rejects ceasefire"]},
      "links": {"html": "https://hypothes.is/a/Xk3oZqPvEe6mR1ORnEnSaA"},
      "user_info": {"display_name": "A Reader"},
      "flagged": false, "hidden": false
    },
    {
      "id": "second_row-2",
      "created": "2026-11-20T09:20:00+00:00",
      "text": "",
      "tags": ["unanswered question"],
      "uri": "https://news.example/world/putin-ceasefire",
      "target": [{"source": "https://news.example/world/putin-ceasefire", "selector": [
        {"type": "TextQuoteSelector", "exact": "Peace in Ukraine"}
      ]}]
    },
    {
      "id": "untagged",
      "tags": ["interesting"],
      "uri": "https://news.example/world/putin-ceasefire",
      "target": [{"source": "https://news.example/world/putin-ceasefire", "selector": [{"type": "TextQuoteSelector", "exact": "Peace"}]}]
    },
    {
      "id": "pagenote",
      "tags": ["claim"],
      "uri": "https://news.example/world/putin-ceasefire",
      "target": [{"source": "https://news.example/world/putin-ceasefire"}]
    },
    {
      "id": "reply1",
      "tags": ["claim"],
      "references": ["Xk3oZqPvEe6mR1ORnEnSaA"],
      "uri": "https://news.example/world/putin-ceasefire",
      "target": [{"source": "https://news.example/world/putin-ceasefire"}]
    }
  ]
}"#;

/// Recogito text-annotator's W3C output: bare UUID ids, a tagging body, targets as an array,
/// positions in UTF-16 units, no prefix or suffix.
const RECOGITO: &str = r#"[
  {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "3B1E0E6A-8C1D-4B0E-9F0A-2C3D4E5F6A7B",
    "type": "Annotation",
    "body": [
      {"type": "TextualBody", "purpose": "tagging", "value": "demand", "created": "2026-11-21T10:00:00.000Z"},
      {"type": "TextualBody", "purpose": "commenting", "value": "A precondition, not a concession.", "creator": {"id": "mailto:r@example.org"}}
    ],
    "creator": {"id": "https://example.org/users/r", "type": "Person", "name": "R"},
    "created": "2026-11-21T10:00:00.000Z",
    "modified": "2026-11-21T10:05:00.000Z",
    "target": [{
      "source": "https://news.example/world/putin-ceasefire",
      "selector": [
        {"type": "TextQuoteSelector", "exact": "the complete cessation of foreign military aid"},
        {"type": "TextPositionSelector", "start": 3, "end": 49}
      ]
    }]
  }
]"#;

#[test]
fn hypothesis_rows_become_annotations_placed_by_their_quotes() {
    let bundle = seed_bundle();
    let report = parse_document(HYPOTHESIS, Origin::Reader).expect("parses");
    let ids: Vec<&str> = report.annotations.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "urn:x-hypothesis:Xk3oZqPvEe6mR1ORnEnSaA",
            "urn:x-hypothesis:second_row-2"
        ]
    );
    let first = &report.annotations[0];
    assert_eq!(first.category, Category::Claim);
    assert_eq!(first.note, "Is there <b>any</b> evidence for this?");
    assert_eq!(
        first.created.as_ref().map(|t| t.as_str()),
        Some("2026-11-20T09:15:02.478215+00:00")
    );
    assert_eq!(
        first.modified.as_ref().map(|t| t.as_str()),
        Some("2026-11-20T09:16:40.001000+00:00")
    );
    assert_eq!(report.annotations[1].category, Category::Question);
    let reasons: Vec<&str> = report.rejected.iter().map(|p| p.reason.as_str()).collect();
    assert!(reasons[0].contains("no TextQuoteSelector"), "{reasons:?}");
    assert!(reasons[1].contains("a reply"), "{reasons:?}");
    // Issue 10: an untagged row is not rejected but left out, counted for the caller to decide.
    assert_eq!(report.n_untagged, 1);
    let warnings: Vec<&str> = report.warnings.iter().map(|p| p.reason.as_str()).collect();
    assert!(
        warnings.len() == 1
            && warnings[0].contains("no claim/demand/question tag")
            && warnings[0].contains("interesting"),
        "RangeSelectors are skipped silently: {warnings:?}"
    );

    // Beside the editorial layer, the first row repeats the seed's own claim on these words:
    // a duplicate (issue 10); on its own it is placed by its quote.
    let mut beside = bundle.editorial.clone();
    let summary = merge_import(&bundle.article, &mut beside, report.clone());
    assert_eq!((summary.imported, summary.duplicates), (1, 1));
    let mut shown = Vec::new();
    let summary = merge_import(&bundle.article, &mut shown, report);
    assert_eq!(
        summary,
        ImportSummary {
            read: 5,
            imported: 2,
            rejected: 2,
            untagged: 1,
            ..ImportSummary::default()
        }
    );
    let placed = &shown[shown.len() - 2];
    let span = placed.placement.span.expect("placed");
    assert_eq!(
        bundle.article.text().slice(span),
        Some("Peace in Ukraine remains as elusive as ever")
    );
    assert_eq!(
        placed.placement.status,
        AnchorStatus::Moved,
        "the UTF-16 page offset was only a hint"
    );
}

#[test]
fn single_rows_and_arrays_of_rows_are_read_too() {
    let start = HYPOTHESIS
        .find("{\n      \"id\": \"second_row-2\"")
        .expect("row");
    let end = HYPOTHESIS[start..].find("\n    },").expect("row end") + start + 6;
    let row = &HYPOTHESIS[start..end];
    for document in [row.to_string(), format!("[{row}, {row}]")] {
        let report = parse_document(&document, Origin::Reader).expect("parses");
        assert_eq!(report.annotations.len(), 1, "{document}");
        assert!(report.rejected.is_empty(), "{document}");
        assert_eq!(
            report.n_duplicate_ids,
            usize::from(document.starts_with('[')),
            "the copy is a duplicate"
        );
    }
}

#[test]
fn recogito_output_is_read_with_urn_uuid_ids() {
    let bundle = seed_bundle();
    let report = parse_document(RECOGITO, Origin::Reader).expect("parses");
    assert!(
        report.rejected.is_empty() && report.warnings.is_empty(),
        "{report:?}"
    );
    let annotation = &report.annotations[0];
    assert_eq!(
        annotation.id.as_str(),
        "urn:uuid:3b1e0e6a-8c1d-4b0e-9f0a-2c3d4e5f6a7b"
    );
    assert_eq!(annotation.category, Category::Demand);
    assert_eq!(annotation.note, "A precondition, not a concession.");
    let mut shown = Vec::new();
    let summary = merge_import(&bundle.article, &mut shown, report);
    assert_eq!(
        (summary.imported, summary.fuzzy, summary.orphaned),
        (1, 0, 0)
    );
    let span = shown[0].placement.span.expect("placed");
    assert_eq!(
        bundle.article.text().slice(span),
        Some("the complete cessation of foreign military aid")
    );
}
