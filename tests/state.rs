//! Reducer table: action sequences and the state (and re-render decision) they lead to.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use article_annotator::model::{AnnotationId, Category};
use article_annotator::seed::seed_bundle;
use article_annotator::state::{Action, Anchor, AppState, Changed, Trigger};

fn show(trigger: Trigger, id: &str) -> Action {
    Action::ShowNotes {
        ids: Rc::from(vec![AnnotationId::parse(id).expect("valid id")]),
        anchor: Anchor::default(),
        trigger,
    }
}

fn hide(trigger: Option<Trigger>) -> Action {
    Action::HideNotes { trigger }
}

fn toggle(category: Category) -> Action {
    Action::ToggleCategory { category }
}

#[test]
fn reducer_table() {
    // (name, actions, expected changes, popover trigger at the end, hidden categories at the end)
    let cases: Vec<(&str, Vec<Action>, Vec<Changed>, Option<Trigger>, Vec<Category>)> = vec![
        ("focus opens", vec![show(Trigger::Focus, "urn:a:1")], vec![Changed::Yes], Some(Trigger::Focus), vec![]),
        ("same focus twice is a no-op", vec![show(Trigger::Focus, "urn:a:1"), show(Trigger::Focus, "urn:a:1")], vec![Changed::Yes, Changed::No], Some(Trigger::Focus), vec![]),
        ("hover does not steal focus", vec![show(Trigger::Focus, "urn:a:1"), show(Trigger::Hover, "urn:a:2")], vec![Changed::Yes, Changed::No], Some(Trigger::Focus), vec![]),
        ("focus replaces hover", vec![show(Trigger::Hover, "urn:a:1"), show(Trigger::Focus, "urn:a:2")], vec![Changed::Yes, Changed::Yes], Some(Trigger::Focus), vec![]),
        ("leaving hover keeps focus popover", vec![show(Trigger::Focus, "urn:a:1"), hide(Some(Trigger::Hover))], vec![Changed::Yes, Changed::No], Some(Trigger::Focus), vec![]),
        ("blur closes", vec![show(Trigger::Focus, "urn:a:1"), hide(Some(Trigger::Focus))], vec![Changed::Yes, Changed::Yes], None, vec![]),
        ("Esc closes anything", vec![show(Trigger::Hover, "urn:a:1"), hide(None)], vec![Changed::Yes, Changed::Yes], None, vec![]),
        ("Esc with nothing open is a no-op", vec![hide(None)], vec![Changed::No], None, vec![]),
        ("toggle hides", vec![toggle(Category::Demand)], vec![Changed::Yes], None, vec![Category::Demand]),
        ("toggle twice shows again", vec![toggle(Category::Demand), toggle(Category::Demand)], vec![Changed::Yes, Changed::Yes], None, vec![]),
        ("toggle closes the popover", vec![show(Trigger::Focus, "urn:a:1"), toggle(Category::Claim)], vec![Changed::Yes, Changed::Yes], None, vec![Category::Claim]),
    ];
    for (name, actions, changes, trigger, hidden) in cases {
        let mut state = AppState::default();
        let got: Vec<Changed> = actions.into_iter().map(|a| state.apply(a)).collect();
        assert_eq!(got, changes, "{name}: changes");
        assert_eq!(state.popover.as_ref().map(|p| p.trigger), trigger, "{name}: popover");
        for category in Category::ALL {
            assert_eq!(state.hidden.contains(category), hidden.contains(&category), "{name}: {category:?}");
        }
    }
}

#[test]
fn hiding_a_category_removes_it_from_visible_but_not_from_counts() {
    let mut state = AppState::new(seed_bundle().editorial);
    let n_demands = state.count(Category::Demand);
    assert!(state.visible().any(|p| p.annotation.category == Category::Demand));
    state.apply(toggle(Category::Demand));
    assert!(state.visible().all(|p| p.annotation.category != Category::Demand));
    assert_eq!(state.count(Category::Demand), n_demands);
    assert_eq!(state.n_orphaned(), 0);
}
