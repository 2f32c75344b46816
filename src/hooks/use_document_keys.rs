//! Widget-wide keyboard shortcuts: undo/redo, 1/2/3 to categorise a selection, Esc to back out.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::model::Category;
use crate::state::Action;

/// What the shortcuts do, decided by the component that owns the state.
#[derive(Clone, PartialEq)]
pub struct KeyHandlers {
    /// Receives undo, redo and Esc.
    pub on_action: Callback<Action>,
    /// Called with the category when 1, 2 or 3 is pressed while a selection waits.
    pub on_category: Callback<Category>,
}

/// Attaches a document keydown listener; `has_pending` re-registers it when the selection changes.
#[hook]
pub fn use_document_keys(root: NodeRef, has_pending: bool, handlers: KeyHandlers) {
    use_effect_with(has_pending, move |&has_pending| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let Some(root) = root.cast::<Element>() else {
                    return;
                };
                let active = gloo::utils::document().active_element();
                let typing = active.as_ref().is_some_and(is_text_field);
                // Shortcuts belong to this widget only when focus is inside it or nowhere in particular.
                let ours = active
                    .as_ref()
                    .is_none_or(|el| root.contains(Some(el)) || el.tag_name() == "BODY");
                if !ours || typing || event.is_composing() {
                    return;
                }
                let command = event.ctrl_key() || event.meta_key();
                let key = event.key();
                let action = match key.as_str() {
                    "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
                    "z" | "Z" if command => Some(Action::Undo),
                    "y" | "Y" if command => Some(Action::Redo),
                    "Escape" => Some(Action::ClearSelection),
                    _ => None,
                };
                if let Some(action) = action {
                    event.prevent_default();
                    if matches!(action, Action::ClearSelection) {
                        handlers.on_action.emit(Action::HideNotes { trigger: None });
                        crate::dom::selection::clear();
                    }
                    handlers.on_action.emit(action);
                    return;
                }
                // Inside the menu, the menu handles 1/2/3 itself so it can include the typed note.
                let in_menu = active
                    .as_ref()
                    .is_some_and(|el| el.closest(".aa-menu").ok().flatten().is_some());
                if has_pending && !in_menu && !command && !event.alt_key() {
                    let category = match key.as_str() {
                        "1" => Some(Category::Claim),
                        "2" => Some(Category::Demand),
                        "3" => Some(Category::Question),
                        _ => None,
                    };
                    if let Some(category) = category {
                        event.prevent_default();
                        handlers.on_category.emit(category);
                    }
                }
            });
        move || drop(listener)
    });
}

fn is_text_field(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
