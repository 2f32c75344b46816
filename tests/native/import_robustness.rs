//! Robustness: arbitrary bytes, token soup and mutated annotations fed to the importer, then placed, merged and exported: no panics.
//!
//! Kept under a few seconds in a debug build: 400 cases of each kind, inputs of a few hundred bytes.

use proptest::prelude::*;

use article_annotator::model::import::merge_import;
use article_annotator::model::w3c::{collection_to_json, parse_document};
use article_annotator::model::Origin;
use article_annotator::seed::seed_bundle;

/// JSON-ish text built from the tokens the reader cares about, glued at random.
fn jsonish() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"type\"",
        "\"Annotation\"",
        "\"AnnotationPage\"",
        "\"AnnotationCollection\"",
        "\"id\"",
        "\"urn:x:1\"",
        "\"0b6c3c54-5d5e-4f0e-9a55-1f2d3c4b5a69\"",
        "\"body\"",
        "\"target\"",
        "\"selector\"",
        "\"TextQuoteSelector\"",
        "\"TextPositionSelector\"",
        "\"exact\"",
        "\"Peace in Ukraine\"",
        "\"ceasefire\"",
        "\"start\"",
        "\"end\"",
        "\"items\"",
        "\"first\"",
        "\"next\"",
        "\"rows\"",
        "\"tags\"",
        "\"claim\"",
        "\"purpose\"",
        "\"tagging\"",
        "\"value\"",
        "0",
        "16",
        "-1",
        "1e999",
        "null",
        "true",
        "\"\\ud800\"",
        "\"uri\"",
        "\"text\"",
        "\"references\"",
    ]);
    prop::collection::vec(tokens, 0..80).prop_map(|parts| parts.concat())
}

/// Structured JSON made of the keys and values the readers look at, nested at random: it
/// reaches much deeper into the readers than token soup does.
pub fn annotation_like() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e30..1e30f64).prop_map(Value::from),
        prop::sample::select(vec![
            "Annotation",
            "AnnotationPage",
            "AnnotationCollection",
            "TextQuoteSelector",
            "TextPositionSelector",
            "FragmentSelector",
            "RangeSelector",
            "SpecificResource",
            "TextualBody",
            "tagging",
            "classifying",
            "commenting",
            "claim",
            "demand",
            "Unanswered question",
            "urn:x:1",
            "urn:x:2",
            "0b6c3c54-5d5e-4f0e-9a55-1f2d3c4b5a69",
            "Peace in Ukraine",
            "ceasefire",
            "Putin",
            "",
            "2026-11-25T10:00:00Z",
            "not a date",
            "<script>x</script>",
        ])
        .prop_map(Value::from),
    ];
    let keys = prop::sample::select(vec![
        "id",
        "type",
        "body",
        "bodyValue",
        "target",
        "selector",
        "source",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "purpose",
        "value",
        "items",
        "first",
        "next",
        "rows",
        "tags",
        "text",
        "uri",
        "references",
        "created",
        "modified",
        "updated",
        "conformsTo",
    ]);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(keys.clone(), inner, 0..7).prop_map(|map| json!(map)),
        ]
    })
}

/// Places in the templates that mutations replace (with a random value) or delete.
const MUTABLE: &[&str] = &[
    "/id",
    "/type",
    "/body",
    "/body/0",
    "/body/0/value",
    "/body/1/value",
    "/target",
    "/target/0/selector",
    "/target/0/selector/0/exact",
    "/target/0/selector/0/prefix",
    "/target/0/selector/1/start",
    "/target/0/selector/1/end",
    "/created",
    "/tags",
    "/tags/0",
    "/text",
    "/references",
];

/// A valid W3C annotation or Hypothesis row, mutated, then wrapped in a container.
fn mutated(
    template: usize,
    mutations: &[(usize, Option<serde_json::Value>)],
    wrapper: usize,
) -> serde_json::Value {
    use serde_json::json;
    let selectors = json!([
        {"type": "TextQuoteSelector", "exact": "Peace in Ukraine", "prefix": "", "suffix": " remains as"},
        {"type": "TextPositionSelector", "start": 0, "end": 16}
    ]);
    let mut value = if template == 0 {
        json!({"id": "urn:x:1", "type": "Annotation", "created": "2026-11-25T10:00:00Z",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}, {"type": "TextualBody", "purpose": "commenting", "value": "n"}],
            "target": [{"source": "urn:x", "selector": selectors}]})
    } else {
        json!({"id": "abc_123", "uri": "https://x", "text": "n", "tags": ["demand"], "created": "2026-11-25T10:00:00+00:00",
            "target": [{"source": "https://x", "selector": selectors}]})
    };
    for (at, replacement) in mutations {
        let (parent, key) = MUTABLE[*at].rsplit_once('/').unwrap_or(("", ""));
        match (value.pointer_mut(parent), replacement) {
            (Some(serde_json::Value::Object(map)), Some(new)) => {
                map.insert(key.to_string(), new.clone());
            }
            (Some(serde_json::Value::Object(map)), None) => {
                map.remove(key);
            }
            (Some(serde_json::Value::Array(items)), new) => {
                if let Some(slot) = key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                    *slot = new.clone().unwrap_or_default();
                }
            }
            _ => {}
        }
    }
    match wrapper {
        0 => value,
        1 => json!([value.clone(), value]),
        2 => json!({"type": "AnnotationPage", "items": [value]}),
        3 => {
            json!({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [value]}})
        }
        _ => json!({"total": 1, "rows": [value]}),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn structured_input_never_panics_and_round_trips(
        template in 0..2usize,
        mutations in prop::collection::vec((0..MUTABLE.len(), proptest::option::of(annotation_like())), 0..4),
        wrapper in 0..5usize,
    ) {
        let bundle = seed_bundle();
        let value = mutated(template, &mutations, wrapper);
        if let Ok(report) = parse_document(&value.to_string(), Origin::Reader) {
            let mut shown = Vec::new();
            merge_import(&bundle.article, &mut shown, report);
            // Whatever was accepted exports to a document that reads back the same.
            let json = collection_to_json(&bundle.article, "x", &shown, false);
            let again = parse_document(&json, Origin::Reader);
            if !shown.is_empty() {
                let again = again.map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(again.annotations.len(), shown.len());
            }
        }
    }

    #[test]
    fn arbitrary_input_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), jsonish in jsonish()) {
        let bundle = seed_bundle();
        for input in [String::from_utf8_lossy(&bytes).into_owned(), jsonish] {
            if let Ok(report) = parse_document(&input, Origin::Reader) {
                let mut shown = bundle.editorial.clone();
                let summary = merge_import(&bundle.article, &mut shown, report);
                prop_assert!(summary.imported + summary.already_present <= shown.len());
                let _ = collection_to_json(&bundle.article, "x", &shown, false);
            }
        }
    }
}
