//! Issue 10, property: a file of valid annotations with one arbitrary corrupted item among them
//! imports every valid annotation, whatever the corruption (a junk value, a lone surrogate, a
//! number beyond f64, nesting past the limit, a hostile id, a huge note) and the container.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::import_robustness::annotation_like;
use article_annotator::model::import::merge_import;
use article_annotator::model::w3c::parse_document;
use article_annotator::model::Origin;
use article_annotator::seed::seed_bundle;

/// Quotes of the seed article, one per valid annotation, so none is a duplicate of another.
const QUOTES: &[&str] = &[
    "Peace in Ukraine",
    "remains as elusive as ever",
    "Vladimir Putin",
    "ceasefire",
    "military aid",
];

/// Valid annotation `i`: W3C (alternating body shapes) or a Hypothesis row.
fn valid(i: usize, hypothesis: bool) -> Value {
    let quote = QUOTES[i % QUOTES.len()];
    let selector = json!([{"type": "TextQuoteSelector", "exact": quote}]);
    let body = match i % 2 {
        0 => json!("urn:article-annotator:category:demand"),
        _ => json!({"type": "TextualBody", "purpose": "tagging", "value": "demand"}),
    };
    match hypothesis {
        true => json!({"id": format!("valid{i}"), "uri": "u", "tags": ["claim"], "text": "ok",
            "target": [{"selector": selector}]}),
        false => json!({"id": format!("urn:valid:{i}"), "type": "Annotation", "body": body,
            "target": {"selector": selector}}),
    }
}

fn valid_id(i: usize, hypothesis: bool) -> String {
    match hypothesis {
        true => format!("urn:x-hypothesis:valid{i}"),
        false => format!("urn:valid:{i}"),
    }
}

/// Raw JSON spliced into an otherwise valid item: values no serde `Value` can hold.
const RAW: &[&str] = &[
    r#""cut \ud83d""#,
    r#""\udc00\ud800 backwards""#,
    "1e400",
    "-1e999",
    "123456789012345678901234567890",
    r#"{"a": "\ud800", "b": [1e400, "\udfff"]}"#,
];

/// The corrupted item as JSON text.
fn corrupted(kind: usize, junk: &Value, raw: usize, at_key: &str, hypothesis: bool) -> String {
    let base = valid(99, hypothesis).to_string();
    let splice = |value: &str| format!("{}, {:?}: {value}}}", &base[..base.len() - 1], at_key);
    match kind {
        0 => junk.to_string(),
        1 => splice(RAW[raw]),
        2 => splice(&format!(
            "{}0{}",
            "[".repeat(70 + raw),
            "]".repeat(70 + raw)
        )),
        3 => splice(&format!("\"{}\"", "n".repeat(70_000))),
        4 => base.replace("urn:valid:99", "javascript:alert(1)"),
        5 => RAW[raw].to_string(),
        _ => {
            let mut value = valid(99, hypothesis);
            if let Some(map) = value.as_object_mut() {
                map.insert(at_key.to_string(), junk.clone());
            }
            value.to_string()
        }
    }
}

fn wrap(items: &[String], wrapper: usize) -> String {
    let list = format!("[{}]", items.join(","));
    match wrapper {
        0 => list,
        1 => format!(r#"{{"type": "AnnotationPage", "items": {list}}}"#),
        2 => format!(
            r#"{{"type": "AnnotationCollection", "first": {{"type": "AnnotationPage", "items": {list}}}}}"#
        ),
        3 => format!(r#"{{"@context": "http://www.w3.org/ns/anno.jsonld", "@graph": {list}}}"#),
        _ => format!(r#"{{"total": {}, "rows": {list}}}"#, items.len()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn one_corrupted_item_never_costs_the_valid_ones(
        n_valid in 1..6usize,
        at in 0..6usize,
        kind in 0..7usize,
        junk in annotation_like(),
        raw in 0..RAW.len(),
        at_key in prop::sample::select(vec!["id", "type", "body", "target", "note", "bodyValue", "created", "tags", "text"]),
        hypothesis in any::<bool>(),
        wrapper in 0..5usize,
    ) {
        let mut items: Vec<String> = (0..n_valid).map(|i| valid(i, hypothesis).to_string()).collect();
        items.insert(at.min(n_valid), corrupted(kind, &junk, raw, at_key, hypothesis));
        let document = wrap(&items, wrapper);
        let report = parse_document(&document, Origin::Reader)
            .map_err(|e| TestCaseError::fail(format!("{e}: {document}")))?;
        let ids: Vec<&str> = report.annotations.iter().map(|a| a.id.as_str()).collect();
        for i in 0..n_valid {
            let want = valid_id(i, hypothesis);
            prop_assert!(ids.contains(&want.as_str()), "{} missing from {:?} in {}", want, ids, document);
        }
        for problem in report.rejected.iter().chain(&report.warnings) {
            prop_assert!(problem.path.starts_with('$'), "{:?}", problem);
        }
        // Merged into the seed's article, each valid one is imported (none repeats another).
        let bundle = seed_bundle();
        let mut shown = Vec::new();
        let summary = merge_import(&bundle.article, &mut shown, report);
        prop_assert!(summary.imported >= n_valid, "{:?}", summary);
        prop_assert!(summary.read >= n_valid, "{:?}", summary);
    }
}
