//! `article-annotator-cli render`'s failures: orphans (an error unless allowed, never dropped),
//! unreadable or unusable inputs and usage mistakes as one line with a status, `--help`, and
//! once as a spawned binary (exit status, stderr).

use article_annotator::cli::run;

use crate::render_cli::{annotations, render, scratch_dir, write, SEED_TXT};

#[test]
fn orphans_fail_the_run_unless_allowed_and_are_never_dropped() {
    let dir = scratch_dir();
    let story = write(&dir, "story.txt", "The council met on Tuesday.\n");
    let notes = write(
        &dir,
        "notes.jsonld",
        &annotations(&[
            ("urn:t:1", "claim", "The council met"),
            ("urn:t:2", "demand", "words that are not there"),
        ]),
    );
    let error = render(&["--article", &story, "--annotations", &notes]).expect_err("orphan");
    assert_eq!(error.code, 1);
    assert!(!error.message.contains('\n'), "one line: {}", error.message);
    assert!(
        error.message.contains("1 annotation(s)"),
        "{}",
        error.message
    );
    assert!(error.message.contains("urn:t:2"), "{}", error.message);
    assert!(
        error.message.contains("--allow-orphans"),
        "{}",
        error.message
    );

    let args: Vec<String> = [
        "render",
        "--article",
        &story,
        "--annotations",
        &notes,
        "--allow-orphans",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let output = run(&args).expect("allowed");
    assert!(output
        .notes
        .iter()
        .any(|n| n.starts_with("warning: not found in the text: urn:t:2")));
    assert!(output.stdout.contains("Not found in this text:"));
    assert!(output.stdout.contains("data-annotation-id=\"urn:t:2\""));
    assert!(output
        .stdout
        .contains("1 annotation could not be placed in this text."));
}

#[test]
fn bad_inputs_give_one_line_and_a_status() {
    let dir = scratch_dir();
    let empty = write(&dir, "empty.txt", "");
    let not_json = write(&dir, "broken.jsonld", "{\"items\": [");
    let rejected = write(
        &dir,
        "rejected.jsonld",
        r#"[{"id": "javascript:alert(1)", "type": "Annotation", "body": "nope", "target": 3}]"#,
    );
    let template = write(
        &dir,
        "plain.html",
        "<html><body><p>no host</p></body></html>",
    );
    struct Case<'a> {
        args: Vec<&'a str>,
        code: i32,
        says: &'a str,
    }
    let cases = [
        Case {
            args: vec!["--article", "no/such/story.txt"],
            code: 1,
            says: "cannot read the article no/such/story.txt",
        },
        Case {
            args: vec!["--article", &empty],
            code: 1,
            says: "has no text",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--annotations", "no/such.jsonld"],
            code: 1,
            says: "cannot read the annotations",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--annotations", &not_json],
            code: 1,
            says: "are not JSON",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--annotations", &rejected],
            code: 1,
            says: "cannot be used",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--template", &template],
            code: 1,
            says: "has no <div id=\"article-annotator\"",
        },
        Case {
            args: vec![],
            code: 2,
            says: "render needs --article FILE",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--fragment", "--template", &template],
            code: 2,
            says: "exclude each other",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--instance", "no spaces"],
            code: 2,
            says: "must be 1-32 letters",
        },
        Case {
            args: vec![
                "--article",
                SEED_TXT,
                "--template",
                &template,
                "--instance",
                "x",
            ],
            code: 2,
            says: "do not apply to --template",
        },
        Case {
            args: vec!["--article", SEED_TXT, "--lang", "fr\"x"],
            code: 2,
            says: "must be a language tag",
        },
    ];
    for case in cases {
        let error = render(&case.args).expect_err(case.says);
        assert_eq!(error.code, case.code, "{:?}: {}", case.args, error.message);
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
fn help_documents_render_and_its_orphan_rule() {
    for args in [vec!["help", "render"], vec!["render", "--help"]] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let help = run(&args).expect("help").stdout;
        for flag in [
            "--article",
            "--meta",
            "--annotations",
            "--out",
            "--fragment",
            "--template",
            "--instance",
            "--allow-orphans",
        ] {
            assert!(help.contains(flag), "{flag}");
        }
    }
    let usage = run(&["--help".to_string()]).expect("help").stdout;
    assert!(usage.contains("article-annotator-cli render --article FILE"));
}

#[test]
fn the_binary_exits_non_zero_and_lists_the_orphan_on_stderr() {
    let dir = scratch_dir();
    let story = write(&dir, "story.txt", "Only this.\n");
    let notes = write(
        &dir,
        "notes.jsonld",
        &annotations(&[("urn:t:9", "claim", "absent words")]),
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_article-annotator-cli"))
        .args(["render", "--article", &story, "--annotations", &notes])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("article-annotator-cli: 1 annotation(s)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("urn:t:9 \u{201c}absent words\u{201d}"),
        "{stderr}"
    );
}
