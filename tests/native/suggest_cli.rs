//! `article-annotator-cli`, in-process through `cli::run` and once as a spawned binary: flags,
//! help and one-line errors with their exit status.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use article_annotator::cli::{run, CliError};
use article_annotator::model::Timestamp;
use serde_json::Value;

pub const SEED_TXT: &str = "seeds/000_bfbf250b9c86d46e.txt";
pub const SEED_JSON: &str = "seeds/000_bfbf250b9c86d46e.json";

/// A fresh scratch directory for one test.
pub fn scratch_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "aa-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

pub fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub fn created() -> Timestamp {
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
