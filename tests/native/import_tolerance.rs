//! Issue 10, item-level tolerance: a bad value rejects its annotation only, other tools' shapes
//! are accepted (`@graph`, IRI bodies, `"type": null` rows, `#uuid`, relative and missing ids,
//! untagged rows), ids are `urn:`/`http(s):` only, dates are real, encodings are read.

use article_annotator::model::import::merge_import;
use article_annotator::model::w3c::{
    parse_bytes, parse_document, parse_document_with, ImportOptions, ImportReport,
};
use article_annotator::model::{AnchorStatus, Category, Origin};
use article_annotator::seed::seed_bundle;

/// A valid W3C annotation of the seed article's opening words; `id` is JSON (or empty: none).
fn anno(id: &str, extra: &str) -> String {
    let id = match id {
        "" => String::new(),
        id => format!(r#""id": {id}, "#),
    };
    format!(
        r#"{{{id}"type": "Annotation", "body": "urn:article-annotator:category:claim",
        "target": {{"selector": [{{"type": "TextQuoteSelector", "exact": "Peace in Ukraine"}}]}}{extra}}}"#
    )
}

fn read(json: &str) -> ImportReport {
    parse_document(json, Origin::Reader).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn one_bad_value_rejects_its_annotation_only() {
    struct Case {
        name: &'static str,
        bad: String,
        /// The JSON path and reason text of the rejection, or of a warning when kept.
        path: &'static str,
        reason: &'static str,
        kept: bool,
    }
    let deep = format!(r#"{{"x": {}1{}}}"#, "[".repeat(100), "]".repeat(100));
    let cases = [
        Case {
            name: "lone surrogate in a note",
            bad: anno(r#""urn:x:2""#, r#", "bodyValue": "emoji cut in half: \ud83d""#),
            path: "$.items[1].bodyValue",
            reason: "replaced by U+FFFD",
            kept: true,
        },
        Case {
            name: "lone surrogate in a body value",
            bad: anno(r#""urn:x:2""#, "").replace(
                r#""body": "urn:article-annotator:category:claim""#,
                r#""body": ["urn:article-annotator:category:claim", {"type": "TextualBody", "value": "x \udc00 y"}]"#,
            ),
            path: "$.items[1].body[1].value",
            reason: "replaced by U+FFFD",
            kept: true,
        },
        Case {
            name: "a number beyond f64 where it does not matter",
            bad: anno(r#""urn:x:2""#, r#", "rank": 1e400"#),
            path: "$.items[1].rank",
            reason: "too large to read",
            kept: true,
        },
        Case {
            name: "nesting deeper than the limit",
            bad: anno(r#""urn:x:2""#, &format!(r#", "extra": {deep}"#)),
            path: "$.items[1].extra.x",
            reason: "nested more than 64 levels deep",
            kept: false,
        },
        Case {
            name: "a quote of the wrong type",
            bad: anno(r#""urn:x:2""#, "").replace(r#""exact": "Peace in Ukraine""#, r#""exact": []"#),
            path: "$.items[1]",
            reason: "`exact` must be a string",
            kept: false,
        },
    ];
    for case in cases {
        let json = format!(
            r#"{{"type": "AnnotationPage", "items": [{}, {}, {}]}}"#,
            anno(r#""urn:x:1""#, ""),
            case.bad,
            anno(r#""urn:x:3""#, "").replace("Peace in Ukraine", "elusive as ever")
        );
        let report = read(&json);
        let ids: Vec<&str> = report.annotations.iter().map(|a| a.id.as_str()).collect();
        let want: &[&str] = match case.kept {
            true => &["urn:x:1", "urn:x:2", "urn:x:3"],
            false => &["urn:x:1", "urn:x:3"],
        };
        assert_eq!(ids, want, "{}", case.name);
        let problems = match case.kept {
            true => &report.warnings,
            false => &report.rejected,
        };
        assert!(
            problems
                .iter()
                .any(|p| p.path.starts_with(case.path) && p.reason.contains(case.reason)),
            "{}: {problems:?}",
            case.name
        );
    }
    let note =
        &read(&format!("[{}]", anno("", r#", "bodyValue": "cut \ud83d""#))).annotations[0].note;
    assert_eq!(note, "cut \u{fffd}");
}

#[test]
fn other_tools_shapes_are_accepted() {
    let graph = format!(
        r#"{{"@context": "http://www.w3.org/ns/anno.jsonld", "@graph": [{}, {}]}}"#,
        anno(r#""urn:x:1""#, ""),
        anno(r##""#3B1E0E6A-8C1D-4B0E-9F0A-2C3D4E5F6A7B""##, "").replace("claim\"", "question\"")
    );
    let report = read(&graph);
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    let second = &report.annotations[1];
    assert_eq!(
        (second.id.as_str(), second.category),
        (
            "urn:uuid:3b1e0e6a-8c1d-4b0e-9f0a-2c3d4e5f6a7b",
            Category::Question
        )
    );
    assert_eq!(
        second.via.as_deref(),
        Some("#3B1E0E6A-8C1D-4B0E-9F0A-2C3D4E5F6A7B")
    );

    // Relative and missing ids get minted `urn:uuid:` ids, the original kept as `via`; the same
    // document mints the same ids, a caller's seed others.
    let json = format!("[{}, {}]", anno(r#""annotations/7""#, ""), anno("", ""));
    let report = read(&json);
    let minted: Vec<&str> = report.annotations.iter().map(|a| a.id.as_str()).collect();
    assert!(
        minted.iter().all(|id| id.starts_with("urn:uuid:")),
        "{minted:?}"
    );
    assert_ne!(minted[0], minted[1]);
    assert_eq!(report.annotations[0].via.as_deref(), Some("annotations/7"));
    assert_eq!(report.annotations[1].via, None);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(read(&json).annotations, report.annotations);
    let seeded = ImportOptions {
        id_seed: Some(42),
        ..ImportOptions::default()
    };
    let other = parse_document_with(&json, Origin::Reader, seeded).expect("parses");
    assert_ne!(other.annotations[0].id, report.annotations[0].id);

    // A Hypothesis row with `"type": null`.
    let row = r#"[{"type": null, "id": "abc", "uri": "u", "tags": ["demand"], "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Peace"}]}]}]"#;
    let report = read(row);
    assert_eq!(report.annotations[0].id.as_str(), "urn:x-hypothesis:abc");
    assert_eq!(report.annotations[0].category, Category::Demand);
}

#[test]
fn untagged_hypothesis_rows_are_a_bucket_the_caller_decides() {
    let rows = r#"{"total": 3, "rows": [
      {"id": "a", "uri": "u", "tags": ["claim"], "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Peace"}]}]},
      {"id": "b", "uri": "u", "tags": ["interesting"], "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Ukraine"}]}]},
      {"id": "c", "uri": "u", "text": "no tags at all", "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "elusive"}]}]}
    ]}"#;
    let left_out = read(rows);
    assert_eq!(left_out.annotations.len(), 1);
    assert_eq!((left_out.n_untagged, left_out.rejected.len()), (2, 0));
    let bundle = seed_bundle();
    let summary = merge_import(&bundle.article, &mut Vec::new(), left_out);
    assert_eq!(
        (summary.read, summary.imported, summary.untagged),
        (3, 1, 2)
    );

    let options = ImportOptions {
        untagged: Some(Category::Question),
        ..ImportOptions::default()
    };
    let given = parse_document_with(rows, Origin::Reader, options).expect("parses");
    let categories: Vec<Category> = given.annotations.iter().map(|a| a.category).collect();
    assert_eq!(
        categories,
        [Category::Claim, Category::Question, Category::Question]
    );
    assert_eq!(given.n_untagged, 0);
}

#[test]
fn utf16_positions_from_hypothesis_place_exactly() {
    use article_annotator::model::article::ArticleMeta;
    use article_annotator::model::{Article, ArticleId};
    let meta = ArticleMeta {
        id: ArticleId::parse("utf16").expect("valid"),
        title: "UTF-16".into(),
        standfirst: None,
        source: "urn:test".into(),
    };
    let body = "Flags 🇺🇦 and faces 😀😀 come first.\nThen the ceasefire talks collapsed 🕊 again.";
    let article = Article::from_plain_text(meta, body);
    let quote = "ceasefire talks";
    let byte = body.find(quote).expect("in the text");
    let utf16 = body[..byte].encode_utf16().count();
    let code_points = body[..byte].chars().count();
    assert_ne!(
        utf16, code_points,
        "the test needs astral characters before the quote"
    );
    let row = |start: usize| {
        format!(
            r#"[{{"id": "r1", "uri": "u", "tags": ["claim"], "target": [{{"selector": [
            {{"type": "TextPositionSelector", "start": {start}, "end": {}}},
            {{"type": "TextQuoteSelector", "exact": "{quote}"}}]}}]}}]"#,
            start + quote.len()
        )
    };
    for (start, label) in [(utf16, "UTF-16 units"), (code_points, "code points")] {
        let mut shown = Vec::new();
        merge_import(&article, &mut shown, read(&row(start)));
        let placed = &shown[0].placement;
        assert_eq!(placed.status, AnchorStatus::Exact, "{label}");
        let span = placed.span.expect("placed");
        assert_eq!(article.text().slice(span), Some(quote), "{label}");
    }
}

#[test]
fn utf16_and_utf32_files_are_decoded_and_other_bytes_refused() {
    let json = format!("[{}]", anno(r#""urn:x:1""#, r#", "bodyValue": "café 😀""#));
    let mut le = vec![0xff, 0xfe];
    le.extend(json.encode_utf16().flat_map(u16::to_le_bytes));
    let be_no_bom: Vec<u8> = json.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let utf32: Vec<u8> = json
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    for (name, bytes) in [
        ("UTF-16LE", le),
        ("UTF-16BE", be_no_bom),
        ("UTF-32LE", utf32),
    ] {
        let report = parse_bytes(&bytes, Origin::Reader, ImportOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.annotations[0].note, "café 😀", "{name}");
    }
    // "café" in Latin-1: the é is one byte, 0xE9, which is not UTF-8.
    let mut bytes = json.replace("café 😀", "cafe").into_bytes();
    let at = bytes.windows(4).position(|w| w == b"cafe").expect("cafe") + 3;
    bytes[at] = 0xe9;
    let error = parse_bytes(&bytes, Origin::Reader, ImportOptions::default())
        .expect_err("not UTF-8")
        .to_string();
    assert!(error.contains("not UTF-8, UTF-16 or UTF-32"), "{error}");
    let big = vec![b' '; 6_400_000];
    let error = parse_bytes(&big, Origin::Reader, ImportOptions::default())
        .expect_err("too large")
        .to_string();
    assert_eq!(error, "The file is 6.2 MB; the import limit is 5 MB.");
}

#[test]
fn hostile_ids_never_survive_even_as_via() {
    for raw in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:msgbox",
        "urn:x\"><img src=x>",
    ] {
        let id = serde_json::to_string(raw).expect("string");
        let report = read(&format!("[{}]", anno(&id, "")));
        let annotation = &report.annotations[0];
        assert!(annotation.id.as_str().starts_with("urn:uuid:"), "{raw}");
        assert_eq!(annotation.via, None, "{raw}");
        assert!(
            report.warnings.iter().any(|w| w.path == "$[0].id"),
            "{raw}: {:?}",
            report.warnings
        );
    }
}
