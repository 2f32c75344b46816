//! The W3C Web Annotation MUST rules (as the web-platform-tests annotation-model suite checks them),
//! encoded here so exports are verified without the external checker, plus the code-point rule.

use serde_json::{json, Value};

use article_annotator::model::w3c::collection_to_jsonld;
use article_annotator::model::{place_all, synthetic, Placed};
use article_annotator::seed::seed_bundle;

use crate::json::theirs;
use crate::w3c_rules;

use w3c_rules::{code_point_violations, many, must_violations};

fn check_export(article: &article_annotator::model::Article, placed: &[Placed]) {
    let doc = theirs(&collection_to_jsonld(article, "test", placed));
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    let items = doc["first"]["items"].as_array().expect("items");
    assert_eq!(doc["total"], items.len());
    for item in items {
        let mut broken = must_violations(item);
        broken.extend(code_point_violations(item, article.text().as_str()));
        assert!(broken.is_empty(), "{}: {broken:?}", item["id"]);
    }
}

#[test]
fn seed_export_meets_every_must() {
    let bundle = seed_bundle();
    check_export(&bundle.article, &bundle.editorial);
}

#[test]
fn synthetic_export_with_emoji_and_accents_meets_every_must() {
    let data = synthetic::generate(40_000, 400, 11);
    let placed = place_all(&data.article, data.annotations);
    check_export(&data.article, &placed);
}

#[test]
fn export_for_a_web_article_links_each_passage_with_a_text_fragment() {
    let mut data = synthetic::generate(20_000, 200, 5);
    let mut meta = data.article.meta.clone();
    meta.source = "https://news.example/2026/11/ceasefire".into();
    data.article =
        article_annotator::model::Article::from_plain_text(meta, data.article.text().as_str());
    let placed = place_all(&data.article, data.annotations);
    check_export(&data.article, &placed);
    let doc = theirs(&collection_to_jsonld(&data.article, "test", &placed));
    for item in doc["first"]["items"].as_array().expect("items") {
        let target = &item["target"];
        let fragment = many(&target["selector"])
            .into_iter()
            .find(|s| s["type"] == "FragmentSelector")
            .cloned();
        let value = fragment
            .as_ref()
            .and_then(|f| f["value"].as_str())
            .expect("a FragmentSelector");
        assert!(value.starts_with(":~:text="), "{value}");
        assert_eq!(
            target["id"],
            format!("https://news.example/2026/11/ceasefire#{value}")
        );
        assert_eq!(item["generator"]["type"], "Software");
    }
}

#[test]
fn the_rules_catch_known_bad_annotations() {
    let good = json!({
        "id": "urn:uuid:00000000-0000-4000-8000-000000000000", "type": "Annotation", "motivation": "classifying",
        "body": [{"type": "SpecificResource", "purpose": "classifying", "source": "urn:x:claim"}],
        "target": {"source": "urn:x:a", "selector": [{"type": "TextQuoteSelector", "exact": "a"}]}
    });
    assert!(must_violations(&good).is_empty());
    struct Case {
        name: &'static str,
        /// JSON pointer of the value replaced.
        pointer: &'static str,
        value: Value,
    }
    let case = |name, pointer, value| Case {
        name,
        pointer,
        value,
    };
    let cases = [
        case("id not a uri", "/id", json!("not a uri")),
        case("wrong type", "/type", json!("Note")),
        case("bad date", "/created", json!("yesterday")),
        case("unknown motivation", "/motivation", json!("claiming")),
        case("SpecificResource with value", "/body/0/value", json!("x")),
        case(
            "negative start",
            "/target/selector/0",
            json!({"type": "TextPositionSelector", "start": -1, "end": 2}),
        ),
        case(
            "exact not a string",
            "/target/selector/0",
            json!({"type": "TextQuoteSelector", "exact": ["a"]}),
        ),
        case(
            "unknown selector",
            "/target/selector/0",
            json!({"type": "WordSelector"}),
        ),
        case("body and bodyValue", "/bodyValue", json!("note")),
        case(
            "fragment without value",
            "/target/selector/0",
            json!({"type": "FragmentSelector", "conformsTo": "https://wicg.github.io/scroll-to-text-fragment/"}),
        ),
        case("target id not a uri", "/target/id", json!("#:~:text=a")),
        case(
            "generator id not a uri",
            "/generator",
            json!({"id": "not a uri", "type": "Software"}),
        ),
    ];
    for Case {
        name,
        pointer,
        value,
    } in cases
    {
        let mut bad = good.clone();
        let (parent, key) = pointer.rsplit_once('/').expect("pointer has a slash");
        let slot = bad.pointer_mut(parent).expect("parent exists");
        match slot {
            Value::Array(items) => items[key.parse::<usize>().expect("index")] = value,
            Value::Object(map) => {
                map.insert(key.to_string(), value);
            }
            _ => unreachable!("test pointers address objects and arrays"),
        }
        assert!(!must_violations(&bad).is_empty(), "{name} must be caught");
    }
}
