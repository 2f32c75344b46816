//! Widget-wide keyboard shortcuts: undo/redo, 1/2/3 to categorise a selection, Esc to back out.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::effect::{use_effect_boxed, use_ref_of};
use crate::dom::markup::selector;
use crate::dom::{events, focus};
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

thread_local! {
    /// The widget root the reader last pressed or focused in. With several widgets on a page,
    /// shortcuts typed while focus is on the page itself go to that one only.
    static LAST_TOUCHED: std::cell::RefCell<Option<Element>> = const { std::cell::RefCell::new(None) };
}

/// True when this widget should take a shortcut typed while focus is on the page body.
fn owns_page_shortcuts(root: &Element) -> bool {
    LAST_TOUCHED.with(|last| match &*last.borrow() {
        Some(last) => last == root,
        // Nothing touched yet: the first widget on the page.
        None => {
            gloo::utils::document()
                .query_selector(selector::ROOT)
                .ok()
                .flatten()
                .as_ref()
                == Some(root)
        }
    })
}

/// Attaches a document keydown listener once. Whether a selection waits (and the handlers) is
/// read at the key press from a cell that every render refreshes, not from a listener that an
/// effect re-registers: Yew runs effects in a later task when a render takes over 16 ms (a slow
/// phone), and a 1/2/3 pressed in between would meet the old listener and be lost.
#[hook]
pub fn use_document_keys(root: NodeRef, has_pending: bool, handlers: KeyHandlers) {
    let latest = use_ref_of(None::<(bool, KeyHandlers)>);
    *latest.borrow_mut() = Some((has_pending, handlers));
    {
        let root = root.clone();
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                let document = gloo::utils::document();
                let touch = move |event: &web_sys::Event| {
                    let target = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    if let (Some(root), Some(target)) = (root.cast::<Element>(), target) {
                        if root.contains(Some(&target)) {
                            LAST_TOUCHED.with(|last| *last.borrow_mut() = Some(root));
                        }
                    }
                };
                let touch = std::rc::Rc::new(touch);
                let on_down = {
                    let t = touch.clone();
                    EventListener::new(&document, "pointerdown", move |e| t(e))
                };
                let on_focus = EventListener::new(&document, "focusin", move |e| touch(e));
                Box::new(move || drop((on_down, on_focus)))
            }),
        );
    }
    use_effect_boxed(
        (),
        Box::new(move |_: &()| {
            let listener = events::on_document_keydown(move |event| {
                let Some(root) = root.cast::<Element>() else {
                    return;
                };
                let active = gloo::utils::document().active_element();
                let typing = active.as_ref().is_some_and(is_text_field);
                // Shortcuts belong to this widget only when focus is inside it or nowhere in particular.
                let ours = match active.as_ref() {
                    Some(el) if root.contains(Some(el)) => true,
                    Some(el) if el.tag_name() != "BODY" => false,
                    _ => owns_page_shortcuts(&root),
                };
                if !ours || typing || event.is_composing() {
                    return;
                }
                let Some((has_pending, handlers)) = latest.borrow().clone() else {
                    return;
                };
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
                if has_pending && !focus::in_menu() && !command && !event.alt_key() {
                    if let Some(category) = Category::from_key(&key) {
                        event.prevent_default();
                        handlers.on_category.emit(category);
                    }
                }
            });
            Box::new(move || drop(listener))
        }),
    );
}

fn is_text_field(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
