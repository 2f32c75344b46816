//! The W3C Web Annotation MUST rules (as the web-platform-tests annotation-model assertions check
//! them) plus our code-point rule, shared by the conformance tests.
#![allow(dead_code)] // Each test crate that includes this module uses a different subset.

use serde_json::{json, Value};

pub const MOTIVATIONS: &[&str] = &[
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
pub const SELECTOR_TYPES: &[&str] = &[
    "FragmentSelector",
    "CssSelector",
    "XPathSelector",
    "TextQuoteSelector",
    "TextPositionSelector",
    "DataPositionSelector",
    "SvgSelector",
    "RangeSelector",
];

pub fn is_uri(value: &Value) -> bool {
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

pub fn is_date_time(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|s| article_annotator::model::Timestamp::parse(s).is_some())
}

pub fn many(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// Every MUST the annotation-model assertions check for what we emit; returns the broken rules.
pub fn must_violations(annotation: &Value) -> Vec<String> {
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
pub fn code_point_violations(annotation: &Value, text: &str) -> Vec<String> {
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
