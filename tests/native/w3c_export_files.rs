//! Writes real exports (the seed article, and the same with a web URL) to files for the external checker.
//!
//! `../shared/w3c-annotation-model/check` runs the web-platform-tests MUST assertions on them:
//! `cargo test --test w3c_export_files` and then
//! `../shared/w3c-annotation-model/check target/tmp/w3c-export-*.jsonld`. The files are also
//! read back here, so they are known to round-trip whoever runs the checker. And every escape
//! of the hand-written writer, one note at a time, round-trips.

use std::path::PathBuf;

use serde_json::Value;

use article_annotator::model::w3c::{collection_to_json, parse_document};
use article_annotator::model::{place_all, Article, Origin};
use article_annotator::seed::seed_bundle;

use super::w3c_writer::{assert_html_safe, hostile_article};

fn write(name: &str, json: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

#[test]
fn exports_are_written_and_read_back() {
    let bundle = seed_bundle();
    let mut meta = bundle.article.meta.clone();
    meta.source = "https://news.example/world/2026/putin-rejects-ceasefire".into();
    let web = Article::from_plain_text(meta, bundle.article.text().as_str());
    let annotations: Vec<_> = bundle
        .editorial
        .iter()
        .map(|p| p.annotation.clone())
        .collect();
    let web_placed = place_all(&web, annotations.clone());
    let cases = [
        (
            "w3c-export-seed.jsonld",
            collection_to_json(
                &bundle.article,
                "Editorial annotations",
                &bundle.editorial,
                true,
            ),
        ),
        (
            "w3c-export-web.jsonld",
            collection_to_json(&web, "Editorial annotations", &web_placed, true),
        ),
    ];
    for (name, json) in cases {
        let path = write(name, &json);
        let report = parse_document(&json, Origin::Editorial).expect("re-imports");
        assert!(
            report.rejected.is_empty() && report.warnings.is_empty(),
            "{}: {report:#?}",
            path.display()
        );
        assert_eq!(report.annotations, annotations, "{}", path.display());
    }
}

#[test]
fn escaping_table_round_trips() {
    let cases = [
        ("\"", "\\\""),
        ("\\", "\\\\"),
        ("a\nb", "a\\nb"),
        ("\r\t\u{8}\u{c}", "\\r\\t\\b\\f"),
        ("\u{0}\u{1}\u{1f}", "\\u0000\\u0001\\u001f"),
        ("\u{7f}", "\u{7f}"),
        ("</script>", "\\u003c/script\\u003e"),
        ("a&b", "a\\u0026b"),
        ("\u{2028}\u{2029}", "\\u2028\\u2029"),
        ("\u{2027}\u{202a}é😀", "\u{2027}\u{202a}é😀"),
        ("", ""),
    ];
    let (article, mut placed) = hostile_article();
    placed.truncate(1);
    for (note, escaped) in cases {
        placed[0].annotation.note = format!("<{note}>");
        let json = collection_to_json(&article, note, &placed, false);
        assert_html_safe(note, &json);
        assert!(
            json.contains(&format!("\"label\":\"{escaped}\"")),
            "{note:?} → {json}"
        );
        let doc: Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(doc["label"], note);
        let body = &doc["first"]["items"][0]["body"][1];
        assert_eq!(body["value"], format!("<{note}>"), "{note:?}");
    }
}
