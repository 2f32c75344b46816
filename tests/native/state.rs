//! Reducer tables: action sequences and the state (and re-render decision) they lead to.

use std::rc::Rc;

use article_annotator::model::{AnnotationId, Category, Origin, Span, Timestamp};
use article_annotator::seed::seed_bundle;
use article_annotator::state::{Action, AppState, Input, Pending, ScreenBox, Tone, Trigger};

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("urn:test:{n}")).expect("valid id")
}

fn now() -> Timestamp {
    Timestamp::parse("2026-11-25T10:00:00Z").expect("valid")
}

fn state() -> AppState {
    let bundle = seed_bundle();
    AppState::new(bundle.article.clone(), bundle.editorial)
}

fn select(start: usize, end: usize) -> Action {
    let span = Span::new(start, end).expect("non-empty");
    Action::Select {
        pending: Pending {
            span,
            on_screen: ScreenBox::default(),
            input: Input::Pointer,
            hint: None,
        },
    }
}

fn create(n: u32, category: Category, note: &str) -> Action {
    Action::Create {
        id: id(n),
        category,
        note: note.into(),
        now: now(),
    }
}

fn show(trigger: Trigger, n: u32) -> Action {
    Action::ShowNotes {
        ids: Rc::from(vec![id(n)]),
        on_screen: ScreenBox::default(),
        trigger,
    }
}

/// The reader's annotations as (id number, category, note), in list order.
fn mine(state: &AppState) -> Vec<(String, Category, String)> {
    state
        .annotations
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .map(|p| {
            (
                p.annotation.id.to_string(),
                p.annotation.category,
                p.annotation.note.clone(),
            )
        })
        .collect()
}

fn row(n: u32, category: Category, note: &str) -> (String, Category, String) {
    (id(n).to_string(), category, note.to_string())
}

#[test]
fn editing_table() {
    use Category::*;
    struct Case {
        name: &'static str,
        actions: Vec<Action>,
        /// The reader's annotations afterwards (see `mine`).
        want: Vec<(String, Category, String)>,
        /// The last notice's tone.
        tone: Option<Tone>,
    }
    let cases = vec![
        Case {
            name: "create",
            actions: vec![select(0, 5), create(1, Claim, "  Check this.  ")],
            want: vec![row(1, Claim, "Check this.")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "create needs a selection",
            actions: vec![create(1, Claim, "")],
            want: vec![],
            tone: Some(Tone::Error),
        },
        Case {
            name: "overlap across categories is fine",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                select(3, 9),
                create(2, Demand, ""),
                select(0, 5),
                create(3, Question, ""),
            ],
            want: vec![row(1, Claim, ""), row(2, Demand, ""), row(3, Question, "")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "same span twice in one category is refused",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                select(0, 5),
                create(2, Claim, ""),
            ],
            want: vec![row(1, Claim, "")],
            tone: Some(Tone::Error),
        },
        Case {
            name: "duplicate of an editorial annotation is refused",
            actions: vec![select(0, 43), create(1, Claim, "")],
            want: vec![],
            tone: Some(Tone::Error),
        },
        Case {
            name: "edit note and category",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                Action::Update {
                    id: id(1),
                    category: Question,
                    note: "Who says?".into(),
                    now: now(),
                },
            ],
            want: vec![row(1, Question, "Who says?")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "delete",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                Action::Delete { id: id(1) },
            ],
            want: vec![],
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo delete",
            actions: vec![
                select(0, 5),
                create(1, Claim, "n"),
                Action::Delete { id: id(1) },
                Action::Undo,
            ],
            want: vec![row(1, Claim, "n")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo create then redo",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                Action::Undo,
                Action::Redo,
            ],
            want: vec![row(1, Claim, "")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo edit",
            actions: vec![
                select(0, 5),
                create(1, Claim, "a"),
                Action::Update {
                    id: id(1),
                    category: Demand,
                    note: "b".into(),
                    now: now(),
                },
                Action::Undo,
            ],
            want: vec![row(1, Claim, "a")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "a new change clears redo",
            actions: vec![
                select(0, 5),
                create(1, Claim, ""),
                Action::Undo,
                select(6, 9),
                create(2, Demand, ""),
                Action::Redo,
            ],
            want: vec![row(2, Demand, "")],
            tone: Some(Tone::Info),
        },
        Case {
            name: "undo with nothing to undo",
            actions: vec![Action::Undo],
            want: vec![],
            tone: Some(Tone::Info),
        },
    ];
    for Case {
        name,
        actions,
        want,
        tone,
    } in cases
    {
        let mut state = state();
        for action in actions {
            state.apply(action);
        }
        assert_eq!(mine(&state), want, "{name}");
        assert_eq!(
            state.notice.as_ref().map(|n| n.tone),
            tone,
            "{name}: notice {:?}",
            state.notice
        );
    }
}

#[test]
fn editorial_annotations_are_read_only() {
    let mut state = state();
    let editorial = state.annotations[0].annotation.id.clone();
    let before = state.annotations.clone();
    state.apply(Action::Delete {
        id: editorial.clone(),
    });
    state.apply(Action::Update {
        id: editorial,
        category: Category::Demand,
        note: "x".into(),
        now: now(),
    });
    assert_eq!(state.annotations, before);
    assert_eq!(
        state
            .notice
            .as_ref()
            .map(|n| n.text(&article_annotator::model::i18n::Strings::english())),
        Some("Editorial annotations are read-only.".to_string())
    );
    assert!(!state.history.can_undo());
}

#[test]
fn undo_restores_selection_consistency() {
    let mut state = state();
    state.apply(select(0, 5));
    state.apply(create(1, Category::Claim, ""));
    assert_eq!(state.selected, Some(id(1)));
    assert!(state.pending.is_none(), "creating consumes the selection");
    state.apply(show(Trigger::Focus, 1));
    state.apply(Action::Undo);
    assert_eq!(
        state.selected, None,
        "the undone annotation is no longer selected"
    );
    assert!(state.popover.is_none(), "nor shown in a popover");
    assert_eq!(
        state.history.redo_label(),
        Some(article_annotator::model::i18n::Step::Add(Category::Claim))
    );
}

#[test]
fn creating_in_a_hidden_category_shows_it_again() {
    let mut state = state();
    state.apply(Action::ToggleCategory {
        category: Category::Demand,
    });
    state.apply(select(0, 5));
    state.apply(create(1, Category::Demand, ""));
    assert!(!state.hidden.contains(Category::Demand));
}

#[test]
fn hiding_a_category_removes_it_from_visible_but_not_from_counts() {
    let mut state = state();
    let n_demands = state.count(Category::Demand);
    assert!(state
        .visible()
        .any(|p| p.annotation.category == Category::Demand));
    state.apply(Action::ToggleCategory {
        category: Category::Demand,
    });
    assert!(state
        .visible()
        .all(|p| p.annotation.category != Category::Demand));
    assert_eq!(state.count(Category::Demand), n_demands);
    assert_eq!(state.n_orphaned(), 0);
}
