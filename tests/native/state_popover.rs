//! Reducer table for the note popover: which trigger opens and closes it, and when Yew may skip a render.

use std::rc::Rc;

use article_annotator::model::{AnnotationId, Category};
use article_annotator::seed::seed_bundle;
use article_annotator::state::{Action, AppState, Changed, ScreenBox, Trigger};

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("urn:test:{n}")).expect("valid id")
}

fn state() -> AppState {
    let bundle = seed_bundle();
    AppState::new(bundle.article.clone(), bundle.editorial)
}

fn show(trigger: Trigger, n: u32) -> Action {
    Action::ShowNotes {
        ids: Rc::from(vec![id(n)]),
        on_screen: ScreenBox::default(),
        trigger,
    }
}

#[test]
fn popover_table() {
    let hide = |trigger| Action::HideNotes { trigger };
    struct Case {
        name: &'static str,
        actions: Vec<Action>,
        /// What each action reported.
        changes: Vec<Changed>,
        /// What opened the popover still open at the end.
        trigger: Option<Trigger>,
    }
    let cases = vec![
        Case {
            name: "focus opens",
            actions: vec![show(Trigger::Focus, 1)],
            changes: vec![Changed::Yes],
            trigger: Some(Trigger::Focus),
        },
        Case {
            name: "same focus twice is a no-op",
            actions: vec![show(Trigger::Focus, 1), show(Trigger::Focus, 1)],
            changes: vec![Changed::Yes, Changed::No],
            trigger: Some(Trigger::Focus),
        },
        Case {
            name: "hover does not steal focus",
            actions: vec![show(Trigger::Focus, 1), show(Trigger::Hover, 2)],
            changes: vec![Changed::Yes, Changed::No],
            trigger: Some(Trigger::Focus),
        },
        Case {
            name: "focus replaces hover",
            actions: vec![show(Trigger::Hover, 1), show(Trigger::Focus, 2)],
            changes: vec![Changed::Yes, Changed::Yes],
            trigger: Some(Trigger::Focus),
        },
        Case {
            name: "leaving hover keeps focus popover",
            actions: vec![show(Trigger::Focus, 1), hide(Some(Trigger::Hover))],
            changes: vec![Changed::Yes, Changed::No],
            trigger: Some(Trigger::Focus),
        },
        Case {
            name: "blur closes",
            actions: vec![show(Trigger::Focus, 1), hide(Some(Trigger::Focus))],
            changes: vec![Changed::Yes, Changed::Yes],
            trigger: None,
        },
        Case {
            name: "Esc closes anything",
            actions: vec![show(Trigger::Hover, 1), hide(None)],
            changes: vec![Changed::Yes, Changed::Yes],
            trigger: None,
        },
        Case {
            name: "Esc with nothing open is a no-op",
            actions: vec![hide(None)],
            changes: vec![Changed::No],
            trigger: None,
        },
        Case {
            name: "toggle closes the popover",
            actions: vec![
                show(Trigger::Focus, 1),
                Action::ToggleCategory {
                    category: Category::Claim,
                },
            ],
            changes: vec![Changed::Yes, Changed::Yes],
            trigger: None,
        },
    ];
    for Case {
        name,
        actions,
        changes,
        trigger,
    } in cases
    {
        let mut state = state();
        let got: Vec<Changed> = actions.into_iter().map(|a| state.apply(a)).collect();
        assert_eq!(got, changes, "{name}: changes");
        assert_eq!(
            state.popover.as_ref().map(|p| p.trigger),
            trigger,
            "{name}: popover"
        );
    }
}
