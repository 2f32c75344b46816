//! The toast ("Deleted, Undo"), the polite live region that announces changes, and the storage warning.
//!
//! The toast stays while it has keyboard focus or the pointer (it closes 8 seconds after both
//! left), names the keyboard's way to undo, and is a region named by its own message, so it is
//! inside a landmark wherever the widget is.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{timeout, use_state_of};

use crate::model::i18n::Key;
use crate::options::{I18n, InstanceId};
use crate::state::{Action, Notice, StorageStatus, Tone};

/// How long a toast stays, long enough to reach its Undo button.
const TOAST_MS: u32 = 8_000;

/// What [`toast`] shows.
pub struct ToastProps {
    /// The latest notice.
    pub notice: Option<Rc<Notice>>,
    /// How the saved copy stands: a persistent warning, with Export while work is only on the
    /// page and Save anyway while a stored value is held.
    pub storage: StorageStatus,
    /// Undo and dismiss.
    pub on_action: Callback<Action>,
}

/// Whether the toast is held (it has keyboard focus or the pointer), and the timer that
/// dismisses the notice `notice` through `on_action` 8 seconds after it is shown and not held.
/// The root calls it among its hooks and hands the handle to [`toast`].
#[hook]
pub fn use_toast(
    notice: Option<&Rc<Notice>>,
    on_action: &Callback<Action>,
) -> UseStateHandle<bool> {
    let held = use_state_of(false);
    let on_action = on_action.clone();
    let seq = notice.map(|n| n.seq);
    use_effect_with((seq, *held), move |&(seq, held)| {
        let timer = seq.filter(|_| !held).map(|_| {
            timeout(
                TOAST_MS,
                Box::new(move || on_action.emit(Action::DismissNotice)),
            )
        });
        move || drop(timer)
    });
    held
}

/// Renders the live region always (so announcements are heard) and the toast when there is one,
/// held through `held` (from [`use_toast`]), in the strings `t` with the ids `ids`. A function,
/// not a component: its one state lives in the root's hooks, and a component of its own
/// compiled Yew's component machinery once more into the wasm (issue 9). The pointer holds it
/// through `mouseenter`/`mouseleave`, which fire once at the toast's edge, so moving over its
/// children does not re-render the root (`mouseover` would, at each child).
pub fn toast(props: &ToastProps, held: &UseStateHandle<bool>, t: &I18n, ids: &InstanceId) -> Html {
    let hold = |value: bool| {
        let held = held.clone();
        Callback::from(move |_: Event| held.set(value))
    };
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    let dismiss = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissNotice);
    let save_anyway = props.on_action.reform(|_: MouseEvent| Action::SaveAnyway);
    let export = props
        .on_action
        .reform(|_: MouseEvent| Action::ExportUnsaved);
    let storage = &props.storage;
    let spoken = props.notice.as_ref().map(|n| n.text(t)).unwrap_or_default();
    let text_id = ids.id("toast-text");
    html! {
        <>
            if let Some(warning) = &storage.warning {
                <div class="aa-warning" role="alert">
                    <p class="aa-warning__text">{ warning.text(t) }</p>
                    if storage.unsaved || storage.held {
                        <p class="aa-warning__actions">
                            <button type="button" class="aa-button aa-warning__export" onclick={export}>{ t.get(Key::StorageExport) }</button>
                            if storage.held {
                                <button type="button" class="aa-button aa-warning__force" onclick={save_anyway}>{ t.get(Key::StorageSaveAnyway) }</button>
                            }
                        </p>
                    }
                </div>
            }
            <div class="aa-sr" role="status" aria-live="polite" aria-atomic="true">{ spoken.clone() }</div>
            if let Some(notice) = &props.notice {
                <section class="aa-toast" data-tone={if notice.tone == Tone::Error { "error" } else { "info" }}
                    aria-labelledby={text_id.clone()}
                    onfocusin={hold(true).reform(|e: FocusEvent| e.into())}
                    onfocusout={hold(false).reform(|e: FocusEvent| e.into())}
                    onmouseenter={hold(true).reform(|e: MouseEvent| e.into())}
                    onmouseleave={hold(false).reform(|e: MouseEvent| e.into())}>
                    <span class="aa-toast__text" id={text_id}>{ spoken }</span>
                    if notice.undoable {
                        <button type="button" class="aa-button aa-toast__undo" onclick={undo}
                            aria-keyshortcuts="Control+Z Meta+Z">{ t.get(Key::ToastUndo) }</button>
                        <span class="aa-toast__keys">{ t.get(Key::ToastUndoKeys) }</span>
                    }
                    <button type="button" class="aa-button aa-toast__close" onclick={dismiss}
                        aria-label={t.get(Key::ToastDismiss).to_string()}>{ "×" }</button>
                </section>
            }
        </>
    }
}
