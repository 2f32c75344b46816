//! Two tabs on one article: `state::sync::merge` and `Action::Sync` merge what another tab
//! saved into this tab's list against what both last knew, so neither tab's work is lost.

use std::rc::Rc;

use article_annotator::model::{
    Annotation, AnnotationId, Category, Origin, Placed, Span, Timestamp,
};
use article_annotator::seed::seed_bundle;
use article_annotator::state::sync::merge;
use article_annotator::state::{Action, AppState, Input, Pending, ScreenBox};

/// One version of a reader annotation: id number, note, last modified.
type Version = (u32, &'static str, &'static str);

fn state() -> AppState {
    let bundle = seed_bundle();
    AppState::new(bundle.article.clone(), bundle.editorial)
}

/// A reader annotation with id `urn:test:n` on its own passage, in the given version.
fn placed(&(n, note, modified): &Version) -> Placed {
    let mut scratch = state();
    let start = 40 * n as usize;
    scratch.apply(Action::Select {
        pending: Pending {
            span: Span::new(start, start + 12).expect("non-empty"),
            on_screen: ScreenBox::default(),
            input: Input::Pointer,
            hint: None,
        },
    });
    scratch.apply(Action::Create {
        id: AnnotationId::parse(&format!("urn:test:{n}")).expect("valid id"),
        category: Category::Claim,
        note: note.into(),
        now: Timestamp::parse("2026-11-25T10:00:00Z").expect("valid"),
    });
    let mut made = scratch
        .annotations
        .iter()
        .find(|p| p.annotation.origin == Origin::Reader)
        .map(|p| (**p).clone())
        .expect("created");
    made.annotation.modified = Timestamp::parse(modified);
    made
}

fn list(versions: &[Version]) -> Vec<Placed> {
    versions.iter().map(placed).collect()
}

fn shared(versions: &[Version]) -> Vec<Rc<Placed>> {
    list(versions).into_iter().map(Rc::new).collect()
}

fn shown(placed: &[Rc<Placed>]) -> Vec<(String, String)> {
    placed
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .map(|p| (p.annotation.id.to_string(), p.annotation.note.clone()))
        .collect()
}

fn expected(versions: &[(u32, &str)]) -> Vec<(String, String)> {
    versions
        .iter()
        .map(|(n, note)| (format!("urn:test:{n}"), note.to_string()))
        .collect()
}

const T1: &str = "2026-12-01T10:00:00Z";
const T2: &str = "2026-12-01T11:00:00Z";
const T3: &str = "2026-12-01T12:00:00Z";

struct Case {
    name: &'static str,
    base: &'static [Version],
    ours: &'static [Version],
    theirs: &'static [Version],
    /// The reader's list after the merge; `None`: this tab's list stays as it is.
    merged: Option<&'static [(u32, &'static str)]>,
}

#[test]
fn three_way_merge_table() {
    let cases = [
        Case {
            name: "added in each tab: both kept, this tab's first",
            base: &[],
            ours: &[(1, "mine", T1)],
            theirs: &[(2, "theirs", T2)],
            merged: Some(&[(1, "mine"), (2, "theirs")]),
        },
        Case {
            name: "deleted in the other tab, unchanged here: deleted",
            base: &[(1, "a", T1), (2, "b", T1)],
            ours: &[(1, "a", T1), (2, "b", T1)],
            theirs: &[(1, "a", T1)],
            merged: Some(&[(1, "a")]),
        },
        Case {
            name: "edited in the other tab, unchanged here: their edit",
            base: &[(1, "a", T1)],
            ours: &[(1, "a", T1)],
            theirs: &[(1, "b", T2)],
            merged: Some(&[(1, "b")]),
        },
        Case {
            name: "edited here, unchanged there: no change",
            base: &[(1, "a", T1)],
            ours: &[(1, "c", T2)],
            theirs: &[(1, "a", T1)],
            merged: None,
        },
        Case {
            name: "edited in both, theirs later: theirs",
            base: &[(1, "a", T1)],
            ours: &[(1, "c", T2)],
            theirs: &[(1, "b", T3)],
            merged: Some(&[(1, "b")]),
        },
        Case {
            name: "edited in both, ours later: ours",
            base: &[(1, "a", T1)],
            ours: &[(1, "c", T3)],
            theirs: &[(1, "b", T2)],
            merged: None,
        },
        Case {
            name: "deleted here, edited there: the edit comes back",
            base: &[(1, "a", T1)],
            ours: &[],
            theirs: &[(1, "b", T2)],
            merged: Some(&[(1, "b")]),
        },
        Case {
            name: "deleted here, unchanged there: stays deleted",
            base: &[(1, "a", T1)],
            ours: &[],
            theirs: &[(1, "a", T1)],
            merged: None,
        },
        Case {
            name: "edited here, deleted there: the edit is kept",
            base: &[(1, "a", T1)],
            ours: &[(1, "c", T2)],
            theirs: &[],
            merged: None,
        },
        Case {
            name: "the same list written again: no change",
            base: &[(1, "a", T1)],
            ours: &[(1, "a", T1), (3, "new here", T2)],
            theirs: &[(1, "a", T1)],
            merged: None,
        },
    ];
    for case in cases {
        let result = merge(&shared(case.ours), &shared(case.base), &shared(case.theirs));
        let got = result.as_ref().map(|m| shown(&m.annotations));
        assert_eq!(got, case.merged.map(expected), "{}", case.name);
    }
}

#[test]
fn sync_keeps_the_editorial_layer_tells_the_reader_and_survives_undo() {
    let mut tab = state();
    let n_editorial = tab.annotations.len();
    // Sync before the saved copy is read: the restore reads the same value, so nothing here.
    tab.apply(Action::Sync {
        theirs: shared(&[(2, "theirs", T2)]),
        base: Vec::new(),
    });
    assert_eq!(
        tab.annotations.len(),
        n_editorial,
        "not merged before the restore"
    );
    tab.apply(Action::Restore {
        annotations: list(&[(1, "mine", T1)]),
        warning: None,
        revised: false,
        held: false,
    });
    let mine = placed(&(3, "typed here", T2));
    tab.apply(Action::Select {
        pending: Pending {
            span: mine.placement.span.expect("placed"),
            on_screen: ScreenBox::default(),
            input: Input::Pointer,
            hint: None,
        },
    });
    tab.apply(Action::Create {
        id: mine.annotation.id.clone(),
        category: Category::Claim,
        note: String::new(),
        now: Timestamp::parse(T2).expect("valid"),
    });
    tab.apply(Action::Sync {
        theirs: shared(&[(1, "mine", T1), (2, "theirs", T2)]),
        base: shared(&[(1, "mine", T1)]),
    });
    let ids = |tab: &AppState| {
        shown(&tab.annotations)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&tab), ["urn:test:1", "urn:test:3", "urn:test:2"]);
    assert_eq!(
        tab.annotations.len(),
        n_editorial + 3,
        "editorial layer kept"
    );
    assert!(tab.notice.is_some(), "the reader is told");
    // Undoing this tab's own change does not drop what the other tab added.
    tab.apply(Action::Undo);
    assert_eq!(ids(&tab), ["urn:test:1", "urn:test:2"]);
}

#[test]
fn what_a_tab_writes_reads_back_equal_so_the_base_compares_true() {
    use article_annotator::model::w3c::reader_collection;
    use article_annotator::state::saved::{read_value, stored_value};
    // The base of a merge is what this tab wrote, kept in memory; the other tab's copy is read
    // from storage. An annotation nobody changed must compare equal across that round trip,
    // or a deletion made elsewhere would look like an edit here and come back.
    let mut tab = state();
    tab.apply(Action::Restore {
        annotations: list(&[(1, "with a note", T1), (2, "", T2)]),
        warning: None,
        revised: false,
        held: false,
    });
    let mine: Vec<&Placed> = tab
        .annotations
        .iter()
        .map(Rc::as_ref)
        .filter(|p| p.annotation.origin == Origin::Reader)
        .collect();
    let raw = stored_value(
        &reader_collection(&tab.article, mine.iter().copied()),
        &tab.article.text_hash(),
    );
    let back = read_value(&raw, &tab.article, None).annotations;
    let written: Vec<&Annotation> = mine.iter().map(|p| &p.annotation).collect();
    let read: Vec<&Annotation> = back.iter().map(|p| &p.annotation).collect();
    assert_eq!(read, written);
}
