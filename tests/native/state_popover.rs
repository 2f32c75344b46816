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
    // (name, actions, expected changes, popover trigger at the end)
    let cases: Vec<(&str, Vec<Action>, Vec<Changed>, Option<Trigger>)> = vec![
        (
            "focus opens",
            vec![show(Trigger::Focus, 1)],
            vec![Changed::Yes],
            Some(Trigger::Focus),
        ),
        (
            "same focus twice is a no-op",
            vec![show(Trigger::Focus, 1), show(Trigger::Focus, 1)],
            vec![Changed::Yes, Changed::No],
            Some(Trigger::Focus),
        ),
        (
            "hover does not steal focus",
            vec![show(Trigger::Focus, 1), show(Trigger::Hover, 2)],
            vec![Changed::Yes, Changed::No],
            Some(Trigger::Focus),
        ),
        (
            "focus replaces hover",
            vec![show(Trigger::Hover, 1), show(Trigger::Focus, 2)],
            vec![Changed::Yes, Changed::Yes],
            Some(Trigger::Focus),
        ),
        (
            "leaving hover keeps focus popover",
            vec![show(Trigger::Focus, 1), hide(Some(Trigger::Hover))],
            vec![Changed::Yes, Changed::No],
            Some(Trigger::Focus),
        ),
        (
            "blur closes",
            vec![show(Trigger::Focus, 1), hide(Some(Trigger::Focus))],
            vec![Changed::Yes, Changed::Yes],
            None,
        ),
        (
            "Esc closes anything",
            vec![show(Trigger::Hover, 1), hide(None)],
            vec![Changed::Yes, Changed::Yes],
            None,
        ),
        (
            "Esc with nothing open is a no-op",
            vec![hide(None)],
            vec![Changed::No],
            None,
        ),
        (
            "toggle closes the popover",
            vec![
                show(Trigger::Focus, 1),
                Action::ToggleCategory {
                    category: Category::Claim,
                },
            ],
            vec![Changed::Yes, Changed::Yes],
            None,
        ),
    ];
    for (name, actions, changes, trigger) in cases {
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
