//! `article-annotator-cli suggest`, in-process through `cli::run` and once as a spawned binary:
//! flags and errors, and an output that keeps the W3C MUSTs and imports back into the widget.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use article_annotator::cli::suggest::{self, Options};
use article_annotator::cli::{run, CliError};
use article_annotator::model::w3c::{parse_document, AUTOMATIC_TAG, SUGGESTER_ID};
use article_annotator::model::{place_all, AnchorStatus, Origin, Timestamp};
use serde_json::Value;

use crate::w3c_rules::{code_point_violations, must_violations};

const SEED_TXT: &str = "seeds/000_bfbf250b9c86d46e.txt";
const SEED_JSON: &str = "seeds/000_bfbf250b9c86d46e.json";

/// A fresh scratch directory for one test.
fn scratch_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "aa-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn created() -> Timestamp {
    Timestamp::parse("2026-12-06T12:00:00Z").expect("valid")
}

#[test]
fn bad_command_lines_give_one_line_and_a_status() {
    struct Case {
        args: &'static [&'static str],
        code: i32,
        says: &'static str,
    }
    let cases = [
        Case {
            args: &["frobnicate"],
            code: 2,
            says: "unknown command \"frobnicate\"",
        },
        Case {
            args: &["suggest"],
            code: 2,
            says: "suggest needs --article FILE",
        },
        Case {
            args: &["suggest", "--article"],
            code: 2,
            says: "--article needs a value",
        },
        Case {
            args: &["suggest", "--article", SEED_TXT, "--bogus"],
            code: 2,
            says: "unknown flag --bogus",
        },
        Case {
            args: &["suggest", "--article", SEED_TXT, "stray"],
            code: 2,
            says: "unexpected argument \"stray\"",
        },
        Case {
            args: &["suggest", "--article", "no/such/story.txt"],
            code: 1,
            says: "cannot read the article no/such/story.txt",
        },
        Case {
            args: &["suggest", "--article", SEED_TXT, "--meta", "no/such.json"],
            code: 1,
            says: "cannot read the metadata no/such.json",
        },
        Case {
            args: &["suggest", "--article", SEED_TXT, "--meta", SEED_TXT],
            code: 1,
            says: "unusable metadata in",
        },
        Case {
            args: &["suggest", "--article", SEED_JSON],
            code: 1,
            says: "looks like JSON",
        },
        Case {
            args: &["help", "frobnicate"],
            code: 2,
            says: "no help for \"frobnicate\"",
        },
    ];
    for case in cases {
        let error: CliError = run(&args(case.args)).expect_err(case.says);
        assert_eq!(error.code, case.code, "{:?}", case.args);
        assert!(
            error.message.contains(case.says),
            "{:?}: {}",
            case.args,
            error.message
        );
        assert!(!error.message.contains('\n'), "one line: {}", error.message);
    }
}

#[test]
fn help_and_version_document_the_flags() {
    for list in [&["--help"][..], &["help"], &[]] {
        let out = run(&args(list)).expect("help");
        assert!(out
            .stdout
            .contains("suggest --article FILE [--meta FILE] [--out FILE]"));
    }
    for list in [&["suggest", "--help"][..], &["help", "suggest"]] {
        let out = run(&args(list)).expect("help");
        for flag in [
            "--article FILE",
            "--meta FILE",
            "--out FILE",
            "--compact",
            "taConfidence",
        ] {
            assert!(out.stdout.contains(flag), "{flag}");
        }
    }
    let version = run(&args(&["--version"])).expect("version");
    assert!(version.stdout.starts_with("article-annotator-cli "));
}

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
fn the_binary_prints_the_document_and_fails_with_a_status() {
    let bin = env!("CARGO_BIN_EXE_article-annotator-cli");
    let ok = std::process::Command::new(bin)
        .args(["suggest", "--article", SEED_TXT, "--compact"])
        .env("SOURCE_DATE_EPOCH", "1796558400")
        .output()
        .expect("runs");
    assert!(ok.status.success());
    let doc: Value = serde_json::from_slice(&ok.stdout).expect("JSON on stdout");
    assert_eq!(doc["first"]["items"][0]["created"], "2026-12-06T12:00:00Z");
    let bad = std::process::Command::new(bin)
        .args(["suggest", "--article", "missing.txt"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("article-annotator-cli: cannot read the article missing.txt"));
}
