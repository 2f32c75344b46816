//! Merging an import into the shown list: the summary's counts, ids never duplicated, and the
//! same words in the same category refused as when creating (issue 10).

use article_annotator::model::import::{merge_import, ImportSummary};
use article_annotator::model::w3c::parse_document;
use article_annotator::model::Origin;
use article_annotator::seed::seed_bundle;

#[test]
fn merging_counts_table() {
    let bundle = seed_bundle();
    let editorial_ids: Vec<String> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.id.to_string())
        .collect();
    let anno = |id: &str, exact: &str| {
        format!(
            r#"{{"id": "{id}", "type": "Annotation", "body": {{"type": "TextualBody", "purpose": "tagging", "value": "claim"}},
            "target": {{"source": "urn:x", "selector": {{"type": "TextQuoteSelector", "exact": "{exact}"}}}}}}"#
        )
    };
    struct Case {
        name: &'static str,
        /// The annotations in the file.
        items: Vec<String>,
        want: ImportSummary,
    }
    let peace = "Peace in Ukraine remains";
    let cases = [
        Case {
            name: "new and exact",
            items: vec![anno("urn:x:1", peace)],
            want: summary(1, 0, 0, 0, 0),
        },
        Case {
            name: "already shown",
            items: vec![anno(&editorial_ids[0], peace)],
            want: summary(0, 1, 0, 0, 0),
        },
        Case {
            name: "edited quote",
            items: vec![anno(
                "urn:x:2",
                "Peace in Ukraine remains as elusive as always",
            )],
            want: summary(1, 0, 1, 0, 0),
        },
        Case {
            name: "not in this article",
            items: vec![anno("urn:x:3", "Completely different words here")],
            want: summary(1, 0, 0, 1, 0),
        },
        Case {
            name: "a bad one among good",
            items: vec![
                anno("urn:x:4", "Peace in Ukraine"),
                "7".into(),
                anno(&editorial_ids[1], "x"),
            ],
            want: summary(1, 1, 0, 0, 1),
        },
        // Issue 10: the same words in the same category are refused, as when creating.
        Case {
            name: "the same words twice in one file",
            items: vec![anno("urn:x:5", peace), anno("urn:x:6", peace)],
            want: ImportSummary {
                duplicates: 1,
                ..summary(1, 0, 0, 0, 0)
            },
        },
        Case {
            name: "the same orphan twice",
            items: vec![
                anno("urn:x:7", "Nowhere to be seen"),
                anno("urn:x:8", "Nowhere to be seen"),
            ],
            want: ImportSummary {
                duplicates: 1,
                ..summary(1, 0, 0, 1, 0)
            },
        },
    ];
    for Case { name, items, want } in cases {
        let document = format!("[{}]", items.join(","));
        let report = parse_document(&document, Origin::Reader).expect("parses");
        let mut shown = bundle.editorial.clone();
        let got = merge_import(&bundle.article, &mut shown, report);
        let want = ImportSummary {
            read: items.len(),
            ..want
        };
        assert_eq!(got, want, "{name}");
        assert_eq!(
            shown.len(),
            bundle.editorial.len() + want.imported,
            "{name}"
        );
    }
}

#[test]
fn words_an_editorial_annotation_already_marks_are_a_duplicate() {
    let bundle = seed_bundle();
    let editorial = &bundle.editorial[0];
    let span = editorial.placement.span.expect("placed");
    let exact = bundle.article.text().slice(span).expect("in the text");
    let document = format!(
        r#"[{{"id": "urn:x:dup", "type": "Annotation", "body": "{}",
        "target": {{"selector": [{{"type": "TextPositionSelector", "start": {}, "end": {}}},
        {{"type": "TextQuoteSelector", "exact": {}}}]}}}}]"#,
        editorial.annotation.category.iri(),
        span.start(),
        span.end(),
        serde_json::to_string(exact).expect("string")
    );
    let report = parse_document(&document, Origin::Reader).expect("parses");
    let mut shown = bundle.editorial.clone();
    let got = merge_import(&bundle.article, &mut shown, report);
    assert_eq!((got.imported, got.duplicates), (0, 1));
}

fn summary(
    imported: usize,
    already_present: usize,
    fuzzy: usize,
    orphaned: usize,
    rejected: usize,
) -> ImportSummary {
    ImportSummary {
        imported,
        already_present,
        fuzzy,
        orphaned,
        rejected,
        ..ImportSummary::default()
    }
}

#[test]
fn items_past_the_cap_are_over_the_cap_not_rejected() {
    use article_annotator::model::w3c::MAX_ANNOTATIONS;
    let document = format!("[{}{{}}]", "{},".repeat(MAX_ANNOTATIONS + 2));
    let report = parse_document(&document, Origin::Reader).expect("parses");
    let bundle = seed_bundle();
    let summary = merge_import(&bundle.article, &mut Vec::new(), report);
    assert_eq!(
        (summary.read, summary.rejected, summary.over_cap),
        (MAX_ANNOTATIONS, MAX_ANNOTATIONS, 3)
    );
}
