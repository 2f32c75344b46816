//! Watches the browser selection and turns a selection in the article into a pending annotation.
//!
//! Like Hypothesis's selection observer, it reads soon after a pointer is released and, for
//! touch-handle and other changes that fire many `selectionchange` events, after a pause. The
//! article view's keyboard caret acts on its selection at the key press itself, so no pause
//! decides which words a key annotates: its echo here is skipped.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use super::effect::{timeout, use_effect_boxed};
use crate::dom::focus;
use crate::dom::host::HostArticle;
use crate::dom::markup::selector;
use crate::dom::selection;
use crate::model::selection::{snap, Snap};
use crate::model::Article;
use crate::state::{Action, Input, Pending};

/// Pause after the last `selectionchange` before reading: long enough for a drag of the touch
/// handles or a run of Shift+arrow presses to settle, short enough to feel immediate.
const SETTLE_MS: u32 = 180;

/// Pause after pointer release: the browser finishes updating the selection first.
const POINTER_MS: u32 = 10;

/// A read after the selection settled (not after a pointer release).
const SETTLE: (u32, bool) = (SETTLE_MS, true);

/// How a read was asked for.
#[derive(Clone, Copy)]
struct Read {
    /// The last pointer was a finger.
    touch: bool,
    /// Alt was held: exact edges instead of whole words.
    alt: bool,
    /// After `selectionchange` settled (else after a pointer release).
    settled: bool,
}

/// Where selections are read: the widget's own copy of the article, or the host's article.
#[derive(Clone)]
pub enum SelectionSource {
    /// The article the widget renders under its root.
    Rendered,
    /// The host page's article element (in-place mode).
    Host(Rc<HostArticle>),
    /// Nowhere: the widget is read-only.
    Off,
}

/// Attaches the listeners while the component is mounted.
#[hook]
pub fn use_selection(
    root: NodeRef,
    article: Rc<Article>,
    source: SelectionSource,
    on_action: Callback<Action>,
) {
    use_effect_boxed(
        (),
        Box::new(move |_: &()| {
            let source = Rc::new(source);
            let document = gloo::utils::document();
            let pointer_is_touch = Rc::new(Cell::new(false));
            let alt_held = Rc::new(Cell::new(false));
            let pending_read: Rc<Cell<Option<Timeout>>> = Rc::new(Cell::new(None));
            let schedule = {
                let (root, article, on_action) = (root.clone(), article.clone(), on_action.clone());
                let source = source.clone();
                let (pointer_is_touch, alt_held, pending_read) = (
                    pointer_is_touch.clone(),
                    alt_held.clone(),
                    pending_read.clone(),
                );
                Rc::new(move |(delay, settled): (u32, bool)| {
                    if matches!(*source, SelectionSource::Off) {
                        return;
                    }
                    let (root, article, on_action) =
                        (root.clone(), article.clone(), on_action.clone());
                    let source = source.clone();
                    let (touch, alt) = (pointer_is_touch.get(), alt_held.get());
                    // Replacing the timeout cancels the previous one: only the last change is read.
                    pending_read.set(Some(timeout(
                        delay,
                        Box::new(move || {
                            if let Some(root) = root.cast::<Element>() {
                                let how = Read {
                                    touch,
                                    alt,
                                    settled,
                                };
                                read_into_action(&root, &source, &article, how, &on_action);
                            }
                        }),
                    )));
                })
            };
            let on_change = {
                let schedule = schedule.clone();
                EventListener::new(&document, "selectionchange", move |_| schedule(SETTLE))
            };
            let on_down = {
                let pointer_is_touch = pointer_is_touch.clone();
                EventListener::new(&document, "pointerdown", move |event| {
                    if let Some(event) = event.dyn_ref::<PointerEvent>() {
                        pointer_is_touch.set(event.pointer_type() == "touch");
                    }
                })
            };
            let on_up = EventListener::new(&document, "pointerup", move |event| {
                if let Some(event) = event.dyn_ref::<PointerEvent>() {
                    alt_held.set(event.alt_key());
                }
                schedule((POINTER_MS, false));
            });
            Box::new(move || drop((on_change, on_down, on_up, pending_read)))
        }),
    );
}

fn read_into_action(
    root: &Element,
    source: &SelectionSource,
    article: &Article,
    how: Read,
    on_action: &Callback<Action>,
) {
    let Read {
        touch,
        alt,
        settled,
    } = how;
    let active = gloo::utils::document().active_element();
    let raw = match source {
        SelectionSource::Rendered => selection::read(root, article.text().n_chars()),
        SelectionSource::Host(host) => host.read_selection(root),
        SelectionSource::Off => None,
    };
    let Some(raw) = raw else {
        // Typing a note moves the selection into the text field; that must not close the menu.
        if !focus::in_menu() {
            on_action.emit(Action::ClearSelection);
        }
        return;
    };
    // The keyboard's own selection was acted on when the key was pressed; reading it again
    // after the pause would only race the next keys.
    if settled && selection::is_keyboard_echo(raw.span) {
        return;
    }
    let keyboard = active
        .as_ref()
        .is_some_and(|el| el.matches(selector::BODY).unwrap_or(false));
    let mode = if alt { Snap::Graphemes } else { Snap::Words };
    let Some(span) = snap(article.text(), raw.span, mode) else {
        on_action.emit(Action::ClearSelection);
        return;
    };
    let input = if keyboard {
        Input::Keyboard
    } else if touch {
        Input::Touch
    } else {
        Input::Pointer
    };
    let hint = raw
        .clipped
        .then_some(crate::model::i18n::Key::SelectionLimited);
    on_action.emit(Action::Select {
        pending: Pending {
            span,
            on_screen: raw.on_screen,
            input,
            hint,
        },
    });
}
