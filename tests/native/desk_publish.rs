//! Publishing the desk's draft: every W3C MUST holds, the editor is the creator and the desk
//! the generator, and the reader loads the file as its editorial layer, word for word.

use article_annotator::model::bundle::load;
use article_annotator::model::w3c::{editorial_layer_to_json, parse_document, DESK_GENERATOR_ID};
use article_annotator::model::{Category, Origin};
use serde_json::Value;

use crate::desk_fixture::{now, worked};
use crate::w3c_rules::{code_point_violations, must_violations};

#[test]
fn publish_writes_the_accepted_drafts_for_the_reader() {
    let state = worked();
    let published = state.published();
    assert_eq!(
        published.len(),
        3,
        "c1, d1 (as a question) and the added one"
    );
    let json = editorial_layer_to_json(&state.article, &published, &state.editor, &now());
    let document: Value = serde_json::from_str(&json).expect("JSON");
    let items = document["first"]["items"].as_array().expect("items");
    for annotation in items {
        let mut standalone = annotation.clone();
        standalone["@context"] = Value::from("http://www.w3.org/ns/anno.jsonld");
        assert_eq!(must_violations(&standalone), Vec::<String>::new());
        assert_eq!(
            code_point_violations(annotation, state.article.text().as_str()),
            Vec::<String>::new()
        );
        assert_eq!(annotation["creator"]["type"], "Person");
        assert_eq!(annotation["creator"]["name"], "Ada Editor");
        assert_eq!(annotation["generator"]["id"], DESK_GENERATOR_ID);
    }
    // The reader reads it as its editorial layer: the same words, categories and notes.
    let report = parse_document(&json, Origin::Editorial).expect("readable");
    assert_eq!(report.annotations.len(), 3);
    let bundle = load(
        state.article.meta.clone(),
        state.article.text().as_str(),
        Some(&json),
    );
    assert!(bundle.problems.is_empty(), "{:?}", bundle.problems);
    let got: Vec<(Category, String, String)> = bundle
        .editorial
        .iter()
        .map(|p| {
            let words = p
                .placement
                .span
                .and_then(|s| state.article.text().slice(s))
                .unwrap_or_default();
            (
                p.annotation.category,
                words.to_string(),
                p.annotation.note.clone(),
            )
        })
        .collect();
    let want = [
        (Category::Claim, "The minister", "Who."),
        (
            Category::Claim,
            "the deal was dead",
            "The minister's verdict.",
        ),
        (Category::Question, "a 5% raise before any vote", ""),
    ];
    let want: Vec<(Category, String, String)> = want
        .iter()
        .map(|(c, w, n)| (*c, w.to_string(), n.to_string()))
        .collect();
    assert_eq!(got, want);
    assert!(bundle
        .editorial
        .iter()
        .all(|p| p.annotation.origin == Origin::Editorial));
}
