//! What leaves the widget as JSON text (model::w3c::collection): one annotation on its own
//! equals the model's JSON-LD value with its `@context`, and the reader's collection holds the
//! reader's annotations only.

use article_annotator::model::w3c::{
    collection_to_json, reader_collection, standalone_annotation_json, standalone_annotation_jsonld,
};
use article_annotator::model::{Origin, Placed};
use article_annotator::seed::seed_bundle;
use serde_json::Value;

use crate::json::theirs;

fn as_reader(placed: &Placed) -> Placed {
    let mut mine = placed.clone();
    mine.annotation.origin = Origin::Reader;
    mine
}

#[test]
fn a_standalone_annotation_is_the_models_value_written_once() {
    let bundle = seed_bundle();
    let orphan = {
        let mut orphan = as_reader(&bundle.editorial[1]);
        orphan.placement.span = None;
        orphan
    };
    struct Case {
        name: &'static str,
        placed: Placed,
    }
    let cases = [
        Case {
            name: "editorial, placed",
            placed: bundle.editorial[0].clone(),
        },
        Case {
            name: "reader's, placed",
            placed: as_reader(&bundle.editorial[2]),
        },
        Case {
            name: "reader's, orphaned",
            placed: orphan,
        },
    ];
    for case in cases {
        let json = standalone_annotation_json(&bundle.article, &case.placed);
        assert!(json.starts_with("{\"@context\":"), "{}: {json}", case.name);
        let parsed: Value = serde_json::from_str(&json).expect("valid JSON");
        let want = theirs(&standalone_annotation_jsonld(&bundle.article, &case.placed));
        assert_eq!(parsed, want, "{}", case.name);
    }
}

#[test]
fn the_reader_collection_holds_the_readers_annotations_only() {
    let bundle = seed_bundle();
    let mut all: Vec<Placed> = bundle.editorial.clone();
    let mine: Vec<Placed> = bundle.editorial[3..6].iter().map(as_reader).collect();
    all.extend(mine.iter().cloned());
    let written = reader_collection(&bundle.article, &all);
    let want = collection_to_json(&bundle.article, "Reader annotations", &mine, false);
    assert_eq!(written, want);
    let parsed: Value = serde_json::from_str(&written).expect("valid JSON");
    assert_eq!(parsed["total"], 3);
    let empty = reader_collection(&bundle.article, &bundle.editorial);
    let parsed: Value = serde_json::from_str(&empty).expect("valid JSON");
    assert_eq!(parsed["total"], 0);
}
