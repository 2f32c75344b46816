//! `article-annotator-cli synthetic`: the benchmark bundle loads in the widget's bundle reader with every annotation exact.

use article_annotator::cli::{run, CliError};
use article_annotator::model::bundle::{load, parse_meta};
use article_annotator::model::AnchorStatus;
use serde_json::Value;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn bundles_load_whole_and_every_annotation_is_exact() {
    struct Case {
        name: &'static str,
        flags: &'static [&'static str],
        n_annotations: usize,
    }
    let cases = [
        Case {
            name: "small",
            flags: &["--bytes", "20000", "--annotations", "200"],
            n_annotations: 200,
        },
        Case {
            name: "another seed",
            flags: &["--bytes", "5000", "--annotations", "30", "--seed", "7"],
            n_annotations: 30,
        },
    ];
    for case in cases {
        let mut line = args(&["synthetic"]);
        line.extend(args(case.flags));
        let output = run(&line).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let bundle: Value = serde_json::from_str(&output.stdout).expect("JSON");
        let meta = parse_meta(&bundle["meta"].to_string()).expect("meta");
        let text = bundle["text"].as_str().expect("text");
        let loaded = load(meta, text, Some(&bundle["annotations"].to_string()));
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            case.name,
            loaded.problems
        );
        assert_eq!(loaded.editorial.len(), case.n_annotations, "{}", case.name);
        assert!(
            loaded
                .editorial
                .iter()
                .all(|p| p.placement.status == AnchorStatus::Exact),
            "{}: every annotation exact",
            case.name
        );
    }
}

#[test]
fn bad_sizes_are_usage_errors() {
    for bad in ["-1", "lots", "1e6"] {
        let result = run(&args(&["synthetic", "--bytes", bad]));
        assert!(
            matches!(&result, Err(CliError { code: 2, message }) if message.contains("--bytes")),
            "{bad}: {result:?}"
        );
    }
}
