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

/// One row: a named input and what it must produce.
struct Case {
    name: &'static str,
    input: String,
    want: Want,
}

fn case(name: &'static str, input: String, want: Want) -> Case {
    Case { name, input, want }
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
    let deep_document = format!("{}{}", "[".repeat(1_200), "]".repeat(1_200));
    let huge = format!(r#"{{"pad": "{}"}}"#, "x".repeat(6 << 20));
    let long_note = anno(
        r#""urn:x:1""#,
        &format!(r#", "bodyValue": "{}""#, "n".repeat(70_000)),
    );
    let cases: Vec<Case> = vec![
        case("not JSON", "hello".into(), Want::Error("line 1, column 1")),
        case("truncated", r#"{"type": "Annotation","#.into(), Want::Error("EOF while parsing")),
        case("trailing garbage", format!("{} x", anno(r#""urn:x:1""#, "")), Want::Error("trailing characters")),
        case("a bare number", "42".into(), Want::Error("neither an object nor an array")),
        case("an empty array", "[]".into(), Want::Error("No annotations found")),
        case("NaN", r#"{"start": NaN}"#.into(), Want::Error("expected value")),
        // Issue 10: a bad value rejects (or is dropped from) its annotation only, never the file.
        case("a number out of range, alone", r#"{"start": 1e400}"#.into(), report(0, "`type` must be", "")),
        case("a number out of range in an annotation", anno(r#""urn:x:1""#, r#", "x": 1e400"#), report(1, "", "too large to read")),
        case("a number out of range as a position", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": 1e400"#), report(1, "", "too large to read")),
        case("lone surrogate, alone", r#"{"id": "\ud800"}"#.into(), report(0, "`type` must be", "")),
        case("lone surrogate in a note", anno(r#""urn:x:1""#, r#", "bodyValue": "cut \ud83d""#), report(1, "", "unpaired UTF-16 surrogate")),
        case("lone surrogate in a key", anno(r#""urn:x:1""#, r#", "\udc00": 1"#), report(1, "", "unpaired UTF-16 surrogate")),
        case("lone trailing surrogate", r#"["\udc00"]"#.into(), report(0, "not an annotation object", "")),
        // Nested arrays where an annotation should be are skipped unread; nested objects are read.
        case("too deep, arrays", deep_arrays, report(0, "not an annotation object", "")),
        case("too deep, objects", deep_objects, report(0, "nested more than 64 levels", "")),
        case("too deep inside an annotation", deep_in_body, report(0, "nested more than 64 levels", "")),
        case("too deep for the whole file", deep_document, Want::Error("nested more than 1000 levels")),
        case("too large", huge, Want::Error("The file is 6.1 MB; the import limit is 5 MB.")),
        case("pages only linked", r#"{"type": "AnnotationCollection", "first": "https://x/page1"}"#.into(), Want::Error("pages are links")),
        case("byte-order mark", format!("\u{feff}{}", anno(r#""urn:x:1""#, "")), report(1, "", "")),
        case("empty object", "{}".into(), report(0, "`type` must be", "")),
        // Issue 10: an unusable id is replaced by a minted one (and reported when it was unsafe).
        case("id missing", anno("null", ""), report(1, "", "")),
        case("id a number", anno("5", ""), report(1, "", "`id` is not a string")),
        case("id breaks out of an attribute", anno(r#""urn:x\"]{}<script>""#, ""), report(1, "", "is not allowed")),
        case("id with CSS escape", anno(r#""urn:x\\0022]""#, ""), report(1, "", "is not allowed")),
        case("id javascript", anno(r#""javascript:alert('x')""#, ""), report(1, "", "is not allowed")),
        case("id data", anno(r#""data:text/html,<b>x</b>""#, ""), report(1, "", "is not allowed")),
        case("id vbscript, spaced", anno(r#""VB script:x""#, ""), report(1, "", "is not allowed")),
        case("id of another scheme", anno(r#""tag:example.org,2026:1""#, ""), report(1, "", "uses the scheme \"tag\"")),
        case("target missing", r#"{"id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"}}"#.into(), report(0, "`target` is missing", "")),
        case("target only a URI", r#"{"id": "urn:x:1", "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"}, "target": "urn:x:a"}"#.into(), report(0, "no TextQuoteSelector", "")),
        case("body a number", r#"{"id": "urn:x:1", "type": "Annotation", "body": 3, "target": "urn:x:a"}"#.into(), report(0, "no body names a category", "")),
        case("exact a number", anno(r#""urn:x:1""#, "").replace(r#""exact": "Peace in Ukraine""#, r#""exact": 7"#), report(0, "`exact` must be a string", "")),
        case("note too long", long_note, report(0, "longer than 64 KB", "")),
        case("unknown selector", anno(r#""urn:x:1""#, "").replace(r#"{"type": "TextPositionSelector""#, r#"{"type": "WordSelector"}, {"type": "TextPositionSelector""#), report(1, "", "\"WordSelector\" is not supported")),
        case("negative position", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": -4"#), report(1, "", "non-negative integer")),
        case("reversed position", anno(r#""urn:x:1""#, "").replace(r#""start": 0, "end": 16"#, r#""start": 16, "end": 0"#), report(1, "", "end not after start")),
        case("float position", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": 1e20"#), report(1, "", "non-negative integer")),
        case("position past u64", anno(r#""urn:x:1""#, "").replace(r#""start": 0"#, r#""start": 18446744073709551616"#), report(1, "", "non-negative integer")),
        case("position past the end", anno(r#""urn:x:1""#, "").replace(r#""start": 0, "end": 16"#, r#""start": 900000, "end": 900016"#), report(1, "", "")),
        case("bad date", anno(r#""urn:x:1""#, r#", "created": "yesterday""#), report(1, "", "not an ISO 8601 date-time")),
        case("no such date", anno(r#""urn:x:1""#, r#", "created": "2026-99-99T99:99:99Z""#), report(1, "", "no such date")),
        // Issue 10: a repeated id is counted as a duplicate (`n_duplicate_ids`), not rejected.
        case("duplicate ids", format!("[{}, {}]", anno(r#""urn:x:1""#, ""), anno(r#""urn:x:1""#, "")), report(1, "", "")),
        case("one value too wide", wide, report(0, "too large to read", "")),
        case("millions of empty objects", many_objects, report(0, "`type` must be", "only the first 50000 of 1500001 items")),
        case("millions of numbers", many_numbers, report(0, "not an annotation object", "only the first 50000 of 2500001 items")),
        case("items not an array", r#"{"type": "AnnotationPage", "items": {"a": 1}}"#.into(), Want::Error("No annotations found")),
        case("page without items", r#"{"type": "AnnotationPage"}"#.into(), report(0, "needs an embedded `items`", "")),
        case("hypothesis reply", r#"{"rows": [{"id": "abc", "uri": "u", "tags": ["claim"], "references": ["xyz"], "target": [{"source": "u"}]}]}"#.into(), report(0, "a reply", "")),
        case("hypothesis bad tags", r#"[{"id": "abc", "uri": "u", "tags": "claim", "target": [{"source": "u"}]}]"#.into(), report(0, "`tags` must be an array", "")),
        case("hypothesis id injection", r#"{"id": "a\"><img>", "uri": "u", "tags": ["claim"], "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Peace"}]}]}"#.into(), report(1, "", "is not allowed")),
    ];
    for Case { name, input, want } in cases {
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
