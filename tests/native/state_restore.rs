//! Restoring the reader's saved annotations as an action: after the editorial layer, never
//! duplicating an id, never undoable, once only; and the one visibility rule.

use std::rc::Rc;

use article_annotator::model::i18n::{Key, Msg};
use article_annotator::model::{AnnotationId, Category, Origin, Placed, Span, Timestamp};
use article_annotator::seed::seed_bundle;
use article_annotator::state::{Action, AppState, CategorySet, Input, Pending, Said, ScreenBox};

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("urn:test:{n}")).expect("valid id")
}

fn state() -> AppState {
    let bundle = seed_bundle();
    AppState::new(bundle.article.clone(), bundle.editorial)
}

/// Reader annotations as a save would hold them: made in a scratch state, one per span.
fn saved(spans: &[(u32, usize, usize)]) -> Vec<Placed> {
    let mut scratch = state();
    for &(n, start, end) in spans {
        scratch.apply(Action::Select {
            pending: Pending {
                span: Span::new(start, end).expect("non-empty"),
                on_screen: ScreenBox::default(),
                input: Input::Pointer,
                hint: None,
            },
        });
        scratch.apply(Action::Create {
            id: id(n),
            category: Category::Claim,
            note: String::new(),
            now: Timestamp::parse("2026-11-25T10:00:00Z").expect("valid"),
        });
    }
    scratch
        .annotations
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .map(|p| (**p).clone())
        .collect()
}

fn reader_ids(state: &AppState) -> Vec<String> {
    state
        .annotations
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .map(|p| p.annotation.id.to_string())
        .collect()
}

/// What a partly readable value says.
fn partly() -> Msg {
    Msg::StoragePartialKept {
        n: 1,
        key: "k:corrupt:now".into(),
    }
}

/// One `Action::Restore`.
struct Restore {
    annotations: Vec<Placed>,
    warning: Option<Msg>,
}

fn restore(annotations: Vec<Placed>, warning: Option<Msg>) -> Restore {
    Restore {
        annotations,
        warning,
    }
}

struct Case {
    name: &'static str,
    /// Restore actions, in order.
    restores: Vec<Restore>,
    /// The reader's ids afterwards, in list order.
    want_ids: Vec<String>,
    want_warning: Option<Msg>,
}

#[test]
fn restore_table() {
    let editorial_copy = state().annotations[0].as_ref().clone();
    let cases = [
        Case {
            name: "nothing stored",
            restores: vec![restore(Vec::new(), None)],
            want_ids: vec![],
            want_warning: None,
        },
        Case {
            name: "saved annotations follow the editorial layer in saved order",
            restores: vec![restore(saved(&[(2, 6, 9), (1, 0, 5)]), None)],
            want_ids: vec![id(2).to_string(), id(1).to_string()],
            want_warning: None,
        },
        Case {
            name: "an editorial id in an old save is not duplicated",
            restores: vec![restore(vec![editorial_copy], None)],
            want_ids: vec![],
            want_warning: None,
        },
        Case {
            name: "a warning is shown",
            restores: vec![restore(saved(&[(1, 0, 5)]), Some(partly()))],
            want_ids: vec![id(1).to_string()],
            want_warning: Some(partly()),
        },
        Case {
            name: "only the first restore counts",
            restores: vec![
                restore(saved(&[(1, 0, 5)]), None),
                restore(saved(&[(2, 6, 9)]), Some(Msg::Plain(Key::StorageHeld))),
            ],
            want_ids: vec![id(1).to_string()],
            want_warning: None,
        },
    ];
    for case in cases {
        let mut state = state();
        let n_editorial = state.annotations.len();
        assert!(!state.restored, "{}", case.name);
        for restore in case.restores {
            state.apply(Action::Restore {
                annotations: restore.annotations,
                warning: restore.warning,
                revised: false,
                held: false,
            });
        }
        assert!(state.restored, "{}", case.name);
        assert_eq!(reader_ids(&state), case.want_ids, "{}", case.name);
        assert_eq!(
            state.annotations.len(),
            n_editorial + case.want_ids.len(),
            "{}",
            case.name
        );
        assert_eq!(
            state.storage.warning,
            case.want_warning.map(|msg| Rc::new(Said::Msg(msg))),
            "{}",
            case.name
        );
        // Where history starts: nothing to undo, no notice.
        assert!(!state.history.can_undo(), "{}", case.name);
        assert_eq!(state.notice, None, "{}", case.name);
        state.apply(Action::Undo);
        assert_eq!(reader_ids(&state), case.want_ids, "{}: undo", case.name);
    }
}

#[test]
fn one_visibility_rule() {
    let state = state();
    let placed = state
        .annotations
        .iter()
        .find(|p| p.placement.span.is_some())
        .expect("a placed editorial annotation");
    let category = placed.annotation.category;
    let other = Category::ALL
        .into_iter()
        .find(|&c| c != category)
        .expect("three categories");
    struct Case {
        hidden: CategorySet,
        visible: bool,
    }
    let none = CategorySet::default();
    let cases = [
        Case {
            hidden: none,
            visible: true,
        },
        Case {
            hidden: none.toggled(category),
            visible: false,
        },
        Case {
            hidden: none.toggled(other),
            visible: true,
        },
    ];
    for case in cases {
        let want = placed.placement.span.filter(|_| case.visible);
        assert_eq!(case.hidden.visible_span(placed), want, "{:?}", case.hidden);
    }
    let mut orphan = placed.as_ref().clone();
    orphan.placement.span = None;
    assert_eq!(none.visible_span(&orphan), None);
}
