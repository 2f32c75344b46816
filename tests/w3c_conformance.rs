//! The W3C Web Annotation MUST rules (as the web-platform-tests annotation-model suite checks them),
//! encoded here so exports are verified without the external checker, plus the code-point rule.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};

use article_annotator::model::w3c::collection_to_jsonld;
use article_annotator::model::{place_all, synthetic, Placed};
use article_annotator::seed::seed_bundle;

const MOTIVATIONS: &[&str] = &[
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];
const SELECTOR_TYPES: &[&str] = &[
    "FragmentSelector",
    "CssSelector",
    "XPathSelector",
    "TextQuoteSelector",
    "TextPositionSelector",
    "DataPositionSelector",
    "SvgSelector",
    "RangeSelector",
];

fn is_uri(value: &Value) -> bool {
    let Some(s) = value.as_str() else {
        return false;
    };
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.chars().any(char::is_whitespace)
}

fn is_date_time(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| article_annotator::model::Timestamp::parse(s).is_some())
}

fn many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// Every MUST the annotation-model assertions check for what we emit; returns the broken rules.
fn must_violations(annotation: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut rule = |ok: bool, what: &str| {
        if !ok {
            out.push(what.to_string());
        }
    };
    rule(is_uri(&annotation["id"]), "3.1 id is a single URI string");
    rule(
        annotation["type"] == "Annotation"
            || annotation["type"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("Annotation"))),
        "3.1 type is Annotation",
    );
    rule(!annotation["target"].is_null(), "3.1 target present");
    rule(
        annotation.get("body").is_none() || annotation.get("bodyValue").is_none(),
        "3.2.5 not both body and bodyValue",
    );
    for key in ["created", "modified", "generated"] {
        if let Some(value) = annotation.get(key) {
            rule(is_date_time(value), &format!("3.3.1 {key} is a date-time"));
        }
    }
    if let Some(motivation) = annotation.get("motivation") {
        rule(
            motivation
                .as_str()
                .is_some_and(|m| MOTIVATIONS.contains(&m)),
            "3.3.5 one motivation from the list",
        );
    }
    for body in annotation.get("body").map(many).unwrap_or_default() {
        let kind = body["type"].as_str().unwrap_or_default();
        match kind {
            "TextualBody" => rule(
                body["value"].is_string(),
                "3.2 TextualBody has a string value",
            ),
            "SpecificResource" => {
                rule(
                    is_uri(&body["source"]),
                    "4 SpecificResource source is a URI",
                );
                rule(
                    body.get("value").is_none(),
                    "4 SpecificResource has no value",
                );
            }
            _ => rule(false, "3.2 body is a recognised kind"),
        }
        if let Some(purpose) = body.get("purpose") {
            rule(
                !kind.is_empty() && purpose.as_str().is_some_and(|p| MOTIVATIONS.contains(&p)),
                "3.3.5 body purpose from the list",
            );
        }
    }
    if let Some(generator) = annotation.get("generator") {
        rule(
            generator.get("id").is_none_or(is_uri),
            "3.3.2 generator id is a URI",
        );
        rule(
            generator.get("name").is_none_or(Value::is_string),
            "3.3.2 generator name is one string",
        );
    }
    for target in many(&annotation["target"]) {
        rule(
            is_uri(&target["source"]) || is_uri(target),
            "3.2 target is a URI or has a URI source",
        );
        rule(
            target.get("id").is_none_or(is_uri),
            "4 a SpecificResource id is a URI",
        );
        for selector in target.get("selector").map(many).unwrap_or_default() {
            let kind = selector["type"].as_str().unwrap_or_default();
            rule(
                SELECTOR_TYPES.contains(&kind),
                "4.2 selector type is one of the eight",
            );
            if kind == "TextQuoteSelector" {
                rule(selector["exact"].is_string(), "4.2.4 exact is one string");
                for key in ["prefix", "suffix"] {
                    rule(
                        selector.get(key).is_none_or(Value::is_string),
                        "4.2.4 prefix/suffix are strings",
                    );
                }
            }
            if kind == "FragmentSelector" {
                rule(
                    selector["value"].is_string(),
                    "4.2.1 FragmentSelector has one string value",
                );
                rule(
                    selector.get("conformsTo").is_none_or(is_uri),
                    "4.2.1 conformsTo is a URI",
                );
            }
            if kind == "TextPositionSelector" {
                rule(
                    selector["start"].is_u64() && selector["end"].is_u64(),
                    "4.2.5 start/end are integers >= 0",
                );
            }
        }
    }
    out
}

/// Our own rule beyond the schemas: positions count code points, and the quote is the text there.
fn code_point_violations(annotation: &Value, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let selectors = many(&annotation["target"]["selector"]);
    let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector");
    let position = selectors
        .iter()
        .find(|s| s["type"] == "TextPositionSelector");
    let (Some(quote), Some(position)) = (quote, position) else {
        return vec!["both selectors present".into()];
    };
    let start = position["start"].as_u64().unwrap_or(u64::MAX) as usize;
    let end = position["end"].as_u64().unwrap_or(0) as usize;
    if start >= end || end > chars.len() {
        return vec![format!("position {start}..{end} inside the text")];
    }
    let at: String = chars[start..end].iter().collect();
    let prefix: String = chars[start.saturating_sub(32)..start].iter().collect();
    let suffix: String = chars[end..(end + 32).min(chars.len())].iter().collect();
    let mut out = Vec::new();
    if quote["exact"] != at.as_str() {
        out.push(format!("exact equals the code points {start}..{end}"));
    }
    if quote["prefix"] != prefix.as_str() || quote["suffix"] != suffix.as_str() {
        out.push("prefix/suffix are the 32 code points around the quote".into());
    }
    out
}

fn check_export(article: &article_annotator::model::Article, placed: &[Placed]) {
    let doc = collection_to_jsonld(article, "test", placed);
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
    let doc = collection_to_jsonld(&data.article, "test", &placed);
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
    let cases: &[(&str, &str, Value)] = &[
        ("id not a uri", "/id", json!("not a uri")),
        ("wrong type", "/type", json!("Note")),
        ("bad date", "/created", json!("yesterday")),
        ("unknown motivation", "/motivation", json!("claiming")),
        ("SpecificResource with value", "/body/0/value", json!("x")),
        (
            "negative start",
            "/target/selector/0",
            json!({"type": "TextPositionSelector", "start": -1, "end": 2}),
        ),
        (
            "exact not a string",
            "/target/selector/0",
            json!({"type": "TextQuoteSelector", "exact": ["a"]}),
        ),
        (
            "unknown selector",
            "/target/selector/0",
            json!({"type": "WordSelector"}),
        ),
        ("body and bodyValue", "/bodyValue", json!("note")),
        (
            "fragment without value",
            "/target/selector/0",
            json!({"type": "FragmentSelector", "conformsTo": "https://wicg.github.io/scroll-to-text-fragment/"}),
        ),
        ("target id not a uri", "/target/id", json!("#:~:text=a")),
        (
            "generator id not a uri",
            "/generator",
            json!({"id": "not a uri", "type": "Software"}),
        ),
    ];
    for (name, pointer, value) in cases {
        let mut bad = good.clone();
        let (parent, key) = pointer.rsplit_once('/').expect("pointer has a slash");
        let slot = bad.pointer_mut(parent).expect("parent exists");
        match slot {
            Value::Array(items) => items[key.parse::<usize>().expect("index")] = value.clone(),
            Value::Object(map) => {
                map.insert(key.to_string(), value.clone());
            }
            _ => unreachable!("test pointers address objects and arrays"),
        }
        assert!(!must_violations(&bad).is_empty(), "{name} must be caught");
    }
}
