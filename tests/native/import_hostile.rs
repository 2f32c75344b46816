//! Hostile and malformed imports: each case gives a clear error, rejection or warning, never a panic.

use article_annotator::model::w3c::{parse_document, ImportError, MAX_ANNOTATIONS};
use article_annotator::model::{place_all, Origin};
use article_annotator::seed::seed_bundle;

/// A valid annotation (the seed article's opening words) with `extra` fields spliced in.
fn anno(id: &str, extra: &str) -> String {
    format!(
        r#"{{"id": {id}, "type": "Annotation", "body": {{"type": "TextualBody", "purpose": "tagging", "value": "claim"}},
        "target": {{"source": "urn:x:a", "selector": [{{"type": "TextQuoteSelector", "exact": "Peace in Ukraine"}}, {{"type": "TextPositionSelector", "start": 0, "end": 16}}]}}{extra}}}"#
    )
}

/// What a case must produce: an error whose message contains the text, or a report with that
/// many annotations and a rejection and a warning containing the texts ("" for none expected).
enum Want {
    Error(&'static str),
    Report {
        n_ok: usize,
        rejected: &'static str,
        warning: &'static str,
    },
}

fn report(n_ok: usize, rejected: &'static str, warning: &'static str) -> Want {
    Want::Report {
        n_ok,
        rejected,
        warning,
    }
}

#[test]
fn hostile_inputs_table() {
    let deep_arrays = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let deep_objects = format!("{}1{}", r#"{"a":"#.repeat(200), "}".repeat(200));
    let deep_in_body = anno(
        r#""urn:x:1""#,
        &format!(r#", "x": {}1{}"#, "[".repeat(150), "]".repeat(150)),
    );
    let wide = anno(
        r#""urn:x:1""#,
        &format!(r#", "x": [{}1]"#, "1,".repeat(40_000)),
    );
    let many_objects = format!("[{}{{}}]", "{},".repeat(1_500_000));
    let many_numbers = format!("[{}1]", "1,".repeat(2_500_000));
    let huge = format!(r#"{{"pad": "{}"}}"#, "x".repeat(6 << 20));
    let long_note = anno(
        r#""urn:x:1""#,
        &format!(r#", "bodyValue": "{}""#, "n".repeat(70_000)),
    );
    let cases: Vec<(&str, String, Want)> = vec![
        ("not JSON", "hello".into(), Want::Error("line 1, column 1")),
        ("truncated", r#"{"type": "Annotation","#.into(), Want::Error("EOF while parsing")),
        ("trailing garbage", format!("{} x", anno(r#""urn:x:1""#, "")), Want::Error("trailing characters")),
        ("a bare number", "42".into(), Want::Error("neither an object nor an array")),
        ("an empty array", "[]".into(), Want::Error("No annotations found")),
        ("NaN", r#"{"start": NaN}"#.into(), Want::Error("expected value")),
        ("a number out of range", r#"{"start": 1e400}"#.into(), Want::Error("too large to read")),
        ("lone surrogate", r#"{"id": "\ud800"}"#.into(), Want::Error("unpaired UTF-16 surrogate")),
        ("lone trailing surrogate", r#"["\udc00"]"#.into(), Want::Error("unpaired UTF-16 surrogate")),
        // Nested arrays where an annotation should be are skipped unread; nested objects are read.
        ("too deep, arrays", deep_arrays, report(0, "not an annotation object", "")),
        ("too deep, objects", deep_objects, Want::Error("nested more than 128 levels")),
        ("too deep inside an annotation", deep_in_body, Want::Error("nested more than 128 levels")),
        ("too large", huge, Want::Error("the limit is 5 MB")),
        ("pages only linked", r#"{"type": "AnnotationCollection", "first": "https://x/page1"}"#.into(), Want::Error("pages are links")),
        ("byte-order mark", format!("\u{feff}{}", anno(r#""urn:x:1""#, "")), report(1, "", "")),
        ("empty object", "{}".into(), report(0, "`type` must be", "")),
        ("id missing", anno("null", ""), report(0, "`id` is missing", "")),
        ("id a number", anno("5", ""), report(0, "`id` must be a string", "")),
        ("id breaks out of an attribute", anno(r#""urn:x\"]{}<script>""#, ""), report(0, "not a safe absolute URI", "")),
        ("id with CSS escape", anno(r#""urn:x\\0022]""#, ""), report(0, "not a safe absolute URI", "")),
        ("id javascript", anno(r#""javascript:alert('x')""#, ""), report(0, "not a safe absolute URI", "")),
        ("target missing", r#"{"id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"}}"#.into(), report(0, "`target` is missing", "")),
        ("target only a URI", r#"{"id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"}, "target": "urn:x:a"}"#.into(), report(0, "no TextQuoteSelector", "")),
        ("body a number", r#"{"id": "urn:x:1", "type": "Annotation", "body": 3, "target": "urn:x:a"}"#.into(), report(0, "no body names a category", "")),
        ("exact a number", anno(r#""urn:x:1""#, "").replace(r#""exact": "Peace in Ukraine""#, r#""exact": 7"#), report(0, "`exact` must be a string", "")),
        ("note too long", long_note, report(0, "longer than 64 KB", "")),
        ("unknown selector", anno(r#""urn:x:1""#, "").replace(r#"{"type": "TextPositionSelector""#, r#"{"type": "WordSelector"}, {"type": "TextPositionSelector""#), report(1, "", "\"WordSelector\" is not supported")),
        ("negative position", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": -4"#), report(1, "", "non-negative integer")),
        ("reversed position", anno(r#""urn:x:1""#, "").replace(r#""start": 0, "end": 16"#, r#""start": 16, "end": 0"#), report(1, "", "end not after start")),
        ("float position", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": 1e20"#), report(1, "", "non-negative integer")),
        ("position past u64", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": 18446744073709551616"#), report(1, "", "non-negative integer")),
        ("position past the end", anno(r#""urn:x:1""#, "").replace(r#""start": 0, "end": 16"#, r#""start": 900000, "end": 900016"#), report(1, "", "")),
        ("bad date", anno(r#""urn:x:1""#, r#", "created": "yesterday""#), report(1, "", "not an ISO 8601 date-time")),
        ("duplicate ids", format!("[{}, {}]", anno(r#""urn:x:1""#, ""), anno(r#""urn:x:1""#, "")), report(1, "duplicate id urn:x:1", "")),
        ("one value too wide", wide, report(0, "too large to read", "")),
        ("millions of empty objects", many_objects, report(0, "`type` must be", "only the first 50000 of 1500001 items")),
        ("millions of numbers", many_numbers, report(0, "not an annotation object", "only the first 50000 of 2500001 items")),
        ("items not an array", r#"{"type": "AnnotationPage", "items": {"a": 1}}"#.into(), Want::Error("No annotations found")),
        ("page without items", r#"{"type": "AnnotationPage"}"#.into(), report(0, "needs an embedded `items`", "")),
        ("hypothesis reply", r#"{"rows": [{"id": "abc", "uri": "u", "tags": ["claim"], "references": ["xyz"], "target": [{"source": "u"}]}]}"#.into(), report(0, "a reply", "")),
        ("hypothesis bad tags", r#"[{"id": "abc", "uri": "u", "tags": "claim", "target": [{"source": "u"}]}]"#.into(), report(0, "`tags` must be an array", "")),
        ("hypothesis id injection", r#"{"id": "a\"><img>", "uri": "u", "tags": ["claim"], "target": []}"#.into(), report(0, "not a Hypothesis id", "")),
    ];
    for (name, input, want) in cases {
        let got = parse_document(&input, Origin::Reader);
        match (want, got) {
            (Want::Error(text), Err(error)) => {
                assert!(error.to_string().contains(text), "{name}: {error}")
            }
            (
                Want::Report {
                    n_ok,
                    rejected,
                    warning,
                },
                Ok(report),
            ) => {
                assert_eq!(report.annotations.len(), n_ok, "{name}: {report:?}");
                let has = |problems: &[article_annotator::model::w3c::Problem], text: &str| {
                    if text.is_empty() {
                        problems.is_empty()
                    } else {
                        problems.iter().any(|p| p.reason.contains(text))
                    }
                };
                assert!(
                    has(&report.rejected, rejected),
                    "{name}: rejected {:?}",
                    report.rejected.first()
                );
                assert!(
                    has(&report.warnings, warning),
                    "{name}: warnings {:?}",
                    report.warnings.first()
                );
                assert!(report.rejected.len() <= MAX_ANNOTATIONS, "{name}");
            }
            (_, got) => panic!(
                "{name}: unexpected {:?}",
                got.map(|r| (r.annotations.len(), r.rejected.first().cloned()))
            ),
        }
    }
}

#[test]
fn markup_in_notes_is_kept_as_text_and_positions_are_only_hints() {
    let input = anno(
        r#""urn:x:1""#,
        r#", "bodyValue": "<script>alert(1)</script><img src=x onerror=y()>""#,
    )
    .replace(
        r#""start": 0, "end": 16"#,
        r#""start": 900000, "end": 900016"#,
    );
    let report = parse_document(&input, Origin::Reader).expect("parses");
    assert_eq!(
        report.annotations[0].note,
        "<script>alert(1)</script><img src=x onerror=y()>"
    );
    let bundle = seed_bundle();
    let placed = place_all(&bundle.article, report.annotations);
    let span = placed[0].placement.span.expect("found by its quote");
    assert_eq!((span.start(), span.end()), (0, 16));
}

#[test]
fn errors_say_where() {
    let error = parse_document("{\n  \"id\": 1,\n  oops\n}", Origin::Reader).expect_err("invalid");
    assert!(
        matches!(
            error,
            ImportError::InvalidJson {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{error:?}"
    );
}
