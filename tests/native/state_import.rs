//! Reducer table for import: one undoable change, ids never duplicated, whole-document failures reported.

use article_annotator::model::w3c::{collection_to_json, parse_document};
use article_annotator::model::{AnchorStatus, Origin, Timestamp};
use article_annotator::seed::seed_bundle;
use article_annotator::state::{Action, AppState, Tone};

fn state() -> AppState {
    let bundle = seed_bundle();
    AppState::new(bundle.article.clone(), bundle.editorial)
}

fn import(json: &str) -> Action {
    Action::Import {
        source: "test.jsonld".into(),
        parsed: parse_document(json, Origin::Reader),
    }
}

const ONE: &str = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:11111111-1111-4111-8111-111111111111",
  "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "question"},
  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "Donald Trump is so eager"}}}"#;

/// The same quote with one letter changed, so it can only be placed approximately.
const EDITED: &str = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:22222222-2222-4222-8222-222222222222",
  "type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "Donald Trump is so keen to achieve"}}}"#;

fn n_mine(state: &AppState) -> usize {
    state
        .annotations
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .count()
}

#[test]
fn import_table() {
    struct Case {
        name: &'static str,
        /// Imported in order.
        documents: &'static [&'static str],
        /// Reader annotations after.
        want: usize,
        /// The last notice's tone.
        tone: Tone,
    }
    fn case(
        name: &'static str,
        documents: &'static [&'static str],
        want: usize,
        tone: Tone,
    ) -> Case {
        Case {
            name,
            documents,
            want,
            tone,
        }
    }
    let cases = [
        case("one annotation", &[ONE], 1, Tone::Info),
        case(
            "the same file twice changes nothing",
            &[ONE, ONE],
            1,
            Tone::Info,
        ),
        case(
            "invalid JSON imports nothing",
            &["{not json"],
            0,
            Tone::Error,
        ),
        case("not annotations", &["[1, 2, 3]"], 0, Tone::Error),
        case(
            "script payload stays text",
            &[
                r#"{"id":"urn:x:1","type":"Annotation","bodyValue":"<script>alert(1)</script>","body":null,"target":"urn:x"}"#,
            ],
            0,
            Tone::Error,
        ),
    ];
    for Case {
        name,
        documents,
        want,
        tone,
    } in cases
    {
        let mut state = state();
        for document in documents {
            state.apply(import(document));
        }
        assert_eq!(n_mine(&state), want, "{name}");
        assert_eq!(
            state.notice.as_ref().map(|n| n.tone),
            Some(tone),
            "{name}: {:?}",
            state.notice
        );
        assert!(state.import_outcome.is_some(), "{name}: a summary is shown");
    }
}

#[test]
fn an_import_is_one_undoable_change() {
    let mut state = state();
    let before = state.annotations.len();
    let bundle = seed_bundle();
    // Re-importing an export of everything: editorial ids are already present, nothing doubles.
    let everything = collection_to_json(&bundle.article, "all", &bundle.editorial, false);
    state.apply(import(&everything));
    assert_eq!(state.annotations.len(), before);
    assert_eq!(
        state
            .import_outcome
            .as_ref()
            .map(|o| o.summary.already_present),
        Some(before)
    );
    state.apply(import(ONE));
    state.apply(import(EDITED));
    assert_eq!(n_mine(&state), 2);
    state.apply(Action::Undo);
    assert_eq!(n_mine(&state), 1, "undo removes the last import only");
    state.apply(Action::Undo);
    assert_eq!(n_mine(&state), 0);
    state.apply(Action::Redo);
    assert_eq!(n_mine(&state), 1);
}

#[test]
fn approximate_placements_can_be_confirmed() {
    let mut state = state();
    state.apply(import(EDITED));
    let placed = state
        .annotations
        .iter()
        .find(|p| p.annotation.origin == Origin::Reader)
        .expect("imported")
        .clone();
    assert_eq!(
        placed.placement.status,
        AnchorStatus::Fuzzy,
        "one word changed: fuzzy, not silently exact"
    );
    assert_eq!(
        state.import_outcome.as_ref().map(|o| o.summary.fuzzy),
        Some(1)
    );
    let now = Timestamp::parse("2026-11-25T12:00:00Z").expect("valid");
    state.apply(Action::ConfirmPlacement {
        id: placed.annotation.id.clone(),
        now,
    });
    let confirmed = state.find(&placed.annotation.id).expect("still there");
    assert_eq!(confirmed.placement.status, AnchorStatus::Exact);
    let span = confirmed.placement.span.expect("placed");
    assert_eq!(
        state.article.text().slice(span),
        Some(confirmed.annotation.target.quote.exact.as_str())
    );
    assert_eq!(confirmed.annotation.target.position, Some(span));
}

#[test]
fn a_flood_of_copies_imports_one_and_counts_the_rest_as_duplicates() {
    // Issue 10, item 4: 29,000 copies of one annotation (the file stays under 5 MB).
    let copy = r#"{"type":"Annotation","body":"urn:article-annotator:category:claim","target":{"selector":{"type":"TextQuoteSelector","exact":"Donald Trump is so eager"}}}"#;
    let n = 29_000;
    let document = format!("[{}]", vec![copy; n].join(","));
    assert!(document.len() < 5 << 20);
    let mut state = state();
    let start = std::time::Instant::now();
    state.apply(import(&document));
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    assert_eq!(n_mine(&state), 1);
    let outcome = state.import_outcome.as_ref().expect("a summary");
    let summary = outcome.summary;
    assert_eq!(
        (
            summary.read,
            summary.imported,
            summary.duplicates,
            summary.rejected
        ),
        (n, 1, n - 1, 0)
    );
    let english = article_annotator::model::i18n::Strings::english();
    let text = &state.notice.as_ref().expect("a notice").text(&english);
    assert!(
        text.contains("Imported 1") && text.contains("28999 duplicates"),
        "{text}"
    );
    state.apply(Action::Undo);
    assert_eq!(n_mine(&state), 0, "still one undoable step");
}

#[test]
fn replacing_with_an_error_body_keeps_the_readers_annotations() {
    // Issue 10, item 3 (the reducer's half): `el.annotations = {error: …}` must not wipe.
    let mut state = state();
    state.apply(import(ONE));
    assert_eq!(n_mine(&state), 1);
    let replace = |json: &str| Action::ReplaceReader {
        source: "script".into(),
        parsed: parse_document(json, Origin::Reader),
    };
    for body in [
        r#"{"error": "Service Unavailable", "status": 503}"#,
        r#"[{"oops": 1}, 7]"#,
        "not json",
    ] {
        state.apply(replace(body));
        assert_eq!(n_mine(&state), 1, "{body}");
        let outcome = state.import_outcome.as_ref().expect("a summary");
        assert!(outcome.error.is_some(), "{body}");
        assert_eq!(state.notice.as_ref().map(|n| n.tone), Some(Tone::Error));
    }
    // A document with annotations replaces them, as before.
    state.apply(replace(EDITED));
    assert_eq!(n_mine(&state), 1);
    assert!(state.annotations.iter().any(|p| p
        .annotation
        .id
        .as_str()
        .starts_with("urn:uuid:2222")));
}
