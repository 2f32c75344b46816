//! `article-annotator-cli suggest`'s document: the W3C MUSTs, the automatic label, exact
//! re-import into the widget, stable ids, Markdown input and links for web sources.

use article_annotator::cli::run;
use article_annotator::cli::suggest::{self, Options};
use article_annotator::model::w3c::{parse_document, AUTOMATIC_TAG, SUGGESTER_ID};
use article_annotator::model::{place_all, AnchorStatus, Origin};
use serde_json::Value;

use super::suggest_cli::{args, created, scratch_dir, SEED_JSON, SEED_TXT};
use crate::w3c_rules::{code_point_violations, must_violations};

/// Runs `suggest` on the seed with its metadata and returns the document and the text.
fn seed_document(compact: bool) -> (Value, String) {
    let options = Options {
        article: SEED_TXT.into(),
        meta: Some(SEED_JSON.into()),
        out: None,
        compact,
    };
    let out = suggest::run(&options, &created()).expect("suggest");
    assert_eq!(out.stdout.lines().count() == 1, compact, "layout");
    let text = std::fs::read_to_string(SEED_TXT).expect("seed");
    (serde_json::from_str(&out.stdout).expect("JSON"), text)
}

#[test]
fn output_keeps_the_w3c_musts_and_labels_every_item_automatic() {
    let (doc, text) = seed_document(false);
    assert_eq!(doc["type"], "AnnotationCollection");
    assert_eq!(doc["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    let items = doc["first"]["items"].as_array().expect("items");
    assert!(items.len() >= 30, "{} suggestions", items.len());
    assert_eq!(doc["total"], items.len());
    for item in items {
        let id = item["id"].as_str().unwrap_or_default();
        assert_eq!(must_violations(item), Vec::<String>::new(), "{id}");
        assert_eq!(
            code_point_violations(item, &text),
            Vec::<String>::new(),
            "{id}"
        );
        assert_eq!(item["creator"]["type"], "Software");
        assert_eq!(item["creator"]["id"], SUGGESTER_ID);
        assert_eq!(item["generator"]["type"], "Software");
        assert_eq!(item["created"], "2026-12-06T12:00:00Z");
        let confidence = item["confidence"].as_f64().unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&confidence), "{id}: {confidence}");
        let bodies = item["body"].as_array().expect("bodies");
        let purpose = |p: &str| {
            bodies
                .iter()
                .find(|b| b["purpose"] == p)
                .cloned()
                .unwrap_or_default()
        };
        let category = purpose("classifying")["source"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            category.starts_with("urn:article-annotator:category:"),
            "{id}"
        );
        assert!(
            purpose("commenting")["value"]
                .as_str()
                .is_some_and(|v| !v.is_empty()),
            "{id}"
        );
        assert_eq!(purpose("tagging")["value"], AUTOMATIC_TAG);
        let source = &item["target"]["source"];
        assert_eq!(source, "urn:article-annotator:article:000_bfbf250b9c86d46e");
    }
}

#[test]
fn output_imports_back_into_the_widget_exactly_and_ids_are_stable() {
    let (doc, text) = seed_document(true);
    let json = serde_json::to_string(&doc).expect("JSON");
    let report = parse_document(&json, Origin::Editorial).expect("readable");
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    let meta = article_annotator::model::bundle::parse_meta(
        &std::fs::read_to_string(SEED_JSON).expect("meta"),
    )
    .expect("meta");
    let article = article_annotator::model::Article::from_plain_text(meta, &text);
    let placed = place_all(&article, report.annotations);
    assert!(placed
        .iter()
        .all(|p| p.placement.status == AnchorStatus::Exact));
    assert!(
        placed.iter().all(|p| !p.annotation.note.is_empty()),
        "the reason is the note"
    );
    let (again, _) = seed_document(true);
    assert_eq!(doc, again, "same text, same document");
}

#[test]
fn markdown_article_without_metadata_writes_a_file() {
    let dir = scratch_dir();
    let md = dir.join("council-vote.md");
    std::fs::write(
        &md,
        "---\ntitle: Council backs rise\n---\n\nThe council has approved a 4.99% rise in council tax, \
         officials said on Tuesday.\n\nIt is unclear whether the libraries will stay open.\n",
    )
    .expect("write");
    let out_path = dir.join("out.jsonld");
    let out = run(&args(&[
        "suggest",
        "--article",
        md.to_str().unwrap_or_default(),
        "--out",
        out_path.to_str().unwrap_or_default(),
    ]))
    .expect("suggest");
    assert!(out.stdout.is_empty());
    assert!(
        out.notes[0].starts_with("wrote 2 suggestions (1 claims, 0 demands, 1 questions) to "),
        "{:?}",
        out.notes
    );
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).expect("out")).expect("JSON");
    assert_eq!(doc["label"], "Automatic suggestions: Council backs rise");
    let items = doc["first"]["items"].as_array().expect("items");
    assert_eq!(
        items[0]["target"]["source"],
        "urn:article-annotator:article:council-vote"
    );
    assert_eq!(
        items[1]["target"]["selector"][0]["exact"],
        "whether the libraries will stay open"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_web_source_gives_each_target_a_link_to_its_passage() {
    let dir = scratch_dir();
    let meta = dir.join("story.json");
    std::fs::write(
        &meta,
        r#"{"id": "story-1", "title": "Story", "source": "https://news.example/story-1"}"#,
    )
    .expect("write");
    let options = Options {
        article: SEED_TXT.into(),
        meta: Some(meta.to_string_lossy().into_owned()),
        out: None,
        compact: true,
    };
    let out = suggest::run(&options, &created()).expect("suggest");
    let doc: Value = serde_json::from_str(&out.stdout).expect("JSON");
    for item in doc["first"]["items"].as_array().expect("items") {
        let link = item["target"]["id"].as_str().unwrap_or_default();
        assert!(
            link.starts_with("https://news.example/story-1#:~:text="),
            "{link}"
        );
        assert_eq!(item["target"]["source"], "https://news.example/story-1");
    }
    std::fs::remove_dir_all(dir).ok();
}
