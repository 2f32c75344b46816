//! The desk's draft beyond one session: saved and restored (damaged parts skipped), the
//! keyboard table, and the first items from the real suggester.

use article_annotator::model::selection::Direction;
use article_annotator::model::suggest::suggest;
use article_annotator::model::w3c::suggestion_id;
use article_annotator::model::Category;
use article_annotator::seed::seed_bundle;
use article_annotator::state::desk::{
    command_for, decode_draft, encode_draft, initial_items, Command, DeskAction, DeskState, Edge,
    KeyPress, Status,
};

use crate::desk_fixture::{article, desk, id, row, worked};

#[test]
fn restore_table() {
    struct Case {
        name: &'static str,
        /// The saved value, given the worked desk's encoding.
        saved: fn(String) -> String,
        /// Items expected back, or the error's start.
        want: Result<usize, &'static str>,
        /// Items skipped.
        skipped: usize,
    }
    let cases = [
        Case {
            name: "a clean round trip",
            saved: |s| s,
            want: Ok(5),
            skipped: 0,
        },
        Case {
            name: "an item beyond the text is skipped",
            saved: |s| s.replacen("\"end\":", "\"end\":99999,\"x\":", 1),
            want: Ok(4),
            skipped: 1,
        },
        Case {
            name: "an unknown status is skipped",
            saved: |s| s.replacen("\"accepted\"", "\"maybe\"", 1),
            want: Ok(4),
            skipped: 1,
        },
        Case {
            name: "not JSON at all",
            saved: |_| "{oops".into(),
            want: Err("not a saved draft"),
            skipped: 0,
        },
        Case {
            name: "another format",
            saved: |s| s.replace("article-annotator-desk-draft", "other"),
            want: Err("not a saved draft of this version"),
            skipped: 0,
        },
    ];
    let text = encode_draft(&worked());
    for case in cases {
        let got = decode_draft(&(case.saved)(text.clone()), &article());
        match (got, case.want) {
            (Ok(draft), Ok(n)) => {
                assert_eq!(draft.items.len(), n, "{}", case.name);
                assert_eq!(draft.n_skipped, case.skipped, "{}", case.name);
                assert_eq!(draft.editor, "Ada Editor", "{}", case.name);
            }
            (Err(e), Err(start)) => assert!(e.0.starts_with(start), "{}: {}", case.name, e.0),
            (got, want) => panic!("{}: got {got:?}, want {want:?}", case.name),
        }
    }
}

#[test]
fn a_restored_draft_is_the_draft_left_behind() {
    let before = worked();
    let draft = decode_draft(&encode_draft(&before), &article()).expect("readable");
    let mut after = DeskState::new(
        article(),
        desk().items.iter().map(|i| (**i).clone()).collect(),
        String::new(),
    );
    after.apply(DeskAction::Restore {
        draft: Some(draft.clone()),
        warning: None,
    });
    for name in ["c1", "c2", "d1", "q1", "new"] {
        assert_eq!(row(&after, name), row(&before, name), "item {name}");
    }
    assert_eq!(after.editor, "Ada Editor");
    assert!(
        after.restored && !after.history.can_undo(),
        "restoring is not a step"
    );
    // Once only: a second restore changes nothing.
    after.apply(DeskAction::Reject { id: Some(id("c1")) });
    after.apply(DeskAction::Restore {
        draft: Some(draft),
        warning: None,
    });
    assert_eq!(row(&after, "c1").0, Status::Rejected);
}

#[test]
fn keys_table() {
    struct Case {
        key: &'static str,
        shift: bool,
        command: bool,
        pending: bool,
        want: Option<Command>,
    }
    let k = |key, shift, command, pending, want| Case {
        key,
        shift,
        command,
        pending,
        want,
    };
    let cases = [
        k("j", false, false, false, Some(Command::Next)),
        k("n", false, false, false, Some(Command::Next)),
        k("k", false, false, false, Some(Command::Previous)),
        k("a", false, false, false, Some(Command::Accept)),
        k("A", true, false, false, Some(Command::AcceptAll)),
        k("r", false, false, false, Some(Command::Reject)),
        k("R", true, false, false, Some(Command::RejectAll)),
        k(
            "2",
            false,
            false,
            false,
            Some(Command::Recategorise(Category::Demand)),
        ),
        k(
            "3",
            false,
            false,
            true,
            Some(Command::Add(Category::Question)),
        ),
        k(
            "]",
            false,
            false,
            false,
            Some(Command::Resize(Edge::End, Direction::Forward)),
        ),
        k(
            "[",
            false,
            false,
            false,
            Some(Command::Resize(Edge::End, Direction::Backward)),
        ),
        k(
            "{",
            true,
            false,
            false,
            Some(Command::Resize(Edge::Start, Direction::Backward)),
        ),
        k(
            "}",
            true,
            false,
            false,
            Some(Command::Resize(Edge::Start, Direction::Forward)),
        ),
        k("e", false, false, false, Some(Command::Note)),
        k("Enter", false, false, true, None),
        k("m", false, false, true, Some(Command::UseSelection)),
        k("z", false, true, false, Some(Command::Undo)),
        k("Z", true, true, false, Some(Command::Redo)),
        k("y", false, true, false, Some(Command::Redo)),
        k("a", false, true, false, None),
        k("ArrowRight", false, false, false, None),
    ];
    for case in cases {
        let press = KeyPress {
            key: case.key,
            shift: case.shift,
            command: case.command,
            alt: false,
            pending: case.pending,
        };
        assert_eq!(command_for(&press), case.want, "{}", case.key);
    }
}

#[test]
fn the_seed_starts_as_the_suggester_left_it() {
    let bundle = seed_bundle();
    let suggestions = suggest(&bundle.article);
    let fresh = initial_items(&bundle.article, &[], &suggestions);
    assert_eq!(fresh.len(), suggestions.len());
    assert!(fresh
        .iter()
        .all(|i| i.status == Status::Open && i.proposal.is_some()));
    // The same ids as `article-annotator-cli suggest`, so pipelines and the desk agree.
    let hash = bundle.article.text_hash();
    assert_eq!(
        fresh[0].id,
        suggestion_id(&bundle.article, &hash, &suggestions[0])
    );
    // An existing editorial layer comes in accepted, and what it covers is not suggested again.
    let revising = initial_items(&bundle.article, &bundle.editorial, &suggestions);
    let accepted = revising
        .iter()
        .filter(|i| i.status == Status::Accepted)
        .count();
    assert_eq!(accepted, bundle.editorial.len());
    assert!(
        revising.len() - accepted < suggestions.len() / 2,
        "most suggestions repeat the seed's layer"
    );
}
