//! The desk's keys: the table is `state::desk::command_for` (pure, tested natively); this
//! listens on the document (while focus is in the desk or nowhere in particular) and turns a
//! key press into actions and focus moves. Keys typed into a field, or inside the selection
//! menu (which handles its own), are left alone.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::dom::{clock, events, focus, selection};
use crate::state::desk::{command_for, Command, DeskAction, KeyPress};
use crate::state::Tone;

/// Where the review panel's note field is, for E and Enter.
pub const NOTE_FIELD: &str = ".aa-desk__note textarea";

/// What a key press needs to know about the desk.
#[derive(Clone)]
pub struct KeyContext {
    /// The desk's root element.
    pub root: NodeRef,
    /// Words are selected and waiting.
    pub pending: bool,
    /// The current item's category, for Shift+A / Shift+R.
    pub category: Option<crate::model::Category>,
    /// Where actions go.
    pub dispatch: Callback<DeskAction>,
}

fn in_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el
                    .closest(crate::dom::markup::selector::MENU)
                    .ok()
                    .flatten()
                    .is_some()
        })
}

/// Listens for the desk's keys while the desk is mounted; `cx` is refreshed at every render.
#[hook]
pub fn use_desk_keys(cx: KeyContext) {
    let latest = use_mut_ref(|| cx.clone());
    *latest.borrow_mut() = cx;
    use_effect_with((), move |_| {
        let listener = events::on_document_keydown(move |event| {
            let cx = latest.borrow().clone();
            let Some(root) = cx.root.cast::<Element>() else {
                return;
            };
            let ours = match gloo::utils::document().active_element() {
                Some(el) if root.contains(Some(&el)) => true,
                Some(el) => el.tag_name() == "BODY",
                None => true,
            };
            if ours {
                on_key(event, &cx);
            }
        });
        move || drop(listener)
    });
}

/// True when Enter on the event's target activates it (a button, a link, a summary).
fn activates(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY"))
}

/// Handles one key press on the desk.
fn on_key(event: &KeyboardEvent, cx: &KeyContext) {
    if event.default_prevented() || event.is_composing() || in_field(event) {
        return;
    }
    if event.key() == "Enter" && activates(event) {
        return;
    }
    if event.key() == "Escape" {
        cx.dispatch.emit(DeskAction::HideNotes { trigger: None });
        cx.dispatch.emit(DeskAction::ClearSelection);
        selection::clear();
        return;
    }
    let key = event.key();
    let press = KeyPress {
        key: &key,
        shift: event.shift_key(),
        command: event.ctrl_key() || event.meta_key(),
        alt: event.alt_key(),
        pending: cx.pending,
    };
    let Some(command) = command_for(&press) else {
        return;
    };
    event.prevent_default();
    let now = clock::now;
    let action = match command {
        Command::Next => DeskAction::Step {
            direction: crate::model::selection::Direction::Forward,
        },
        Command::Previous => DeskAction::Step {
            direction: crate::model::selection::Direction::Backward,
        },
        Command::Accept => DeskAction::Accept {
            id: None,
            now: now(),
        },
        Command::Reject => DeskAction::Reject { id: None },
        Command::Recategorise(category) => DeskAction::Recategorise {
            id: None,
            category,
            now: now(),
        },
        Command::Add(category) => {
            selection::clear();
            DeskAction::Add {
                id: clock::new_id(),
                category,
                note: String::new(),
                now: now(),
            }
        }
        Command::AcceptAll | Command::RejectAll => match cx.category {
            Some(category) => DeskAction::DecideAll {
                category,
                accept: command == Command::AcceptAll,
                now: now(),
            },
            None => DeskAction::Notify {
                text: "Choose a suggestion first (J or N: next).".into(),
                tone: Tone::Error,
            },
        },
        Command::Resize(edge, direction) => DeskAction::Resize {
            id: None,
            edge,
            direction,
            now: now(),
        },
        Command::Note => {
            if let Some(root) = cx.root.cast::<Element>() {
                focus::focus_selector(&root, NOTE_FIELD);
            }
            return;
        }
        Command::UseSelection => {
            selection::clear();
            DeskAction::UseSelection {
                id: None,
                now: now(),
            }
        }
        Command::Undo => DeskAction::Undo,
        Command::Redo => DeskAction::Redo,
    };
    cx.dispatch.emit(action);
}
