//! The toast ("Deleted, Undo"), the polite live region that announces changes, and the storage warning.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::state::{Action, Notice, StorageStatus, Tone};

/// How long a toast stays, long enough to reach its Undo button.
const TOAST_MS: u32 = 8_000;

/// Properties of [`Toast`].
#[derive(Properties, PartialEq)]
pub struct ToastProps {
    /// The latest notice.
    pub notice: Option<Notice>,
    /// How the saved copy stands: a persistent warning, with Export while work is only on the
    /// page and Save anyway while a stored value is held.
    pub storage: StorageStatus,
    /// Undo and dismiss.
    pub on_action: Callback<Action>,
}

/// Renders the live region always (so announcements are heard) and the toast when there is one.
#[component]
pub fn Toast(props: &ToastProps) -> Html {
    {
        let on_action = props.on_action.clone();
        use_effect_with(props.notice.as_ref().map(|n| n.seq), move |seq| {
            let timer =
                seq.map(|_| Timeout::new(TOAST_MS, move || on_action.emit(Action::DismissNotice)));
            move || drop(timer)
        });
    }
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    let dismiss = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissNotice);
    let save_anyway = props.on_action.reform(|_: MouseEvent| Action::SaveAnyway);
    let export = props
        .on_action
        .reform(|_: MouseEvent| Action::ExportUnsaved);
    let storage = &props.storage;
    let spoken = props
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    html! {
        <>
            if let Some(warning) = &storage.warning {
                <div class="aa-warning" role="alert">
                    <p class="aa-warning__text">{ warning.clone() }</p>
                    if storage.unsaved || storage.held {
                        <p class="aa-warning__actions">
                            <button type="button" class="aa-button aa-warning__export" onclick={export}>{ "Export my annotations" }</button>
                            if storage.held {
                                <button type="button" class="aa-button aa-warning__force" onclick={save_anyway}>{ "Save anyway" }</button>
                            }
                        </p>
                    }
                </div>
            }
            <div class="aa-sr" role="status" aria-live="polite" aria-atomic="true">{ spoken }</div>
            if let Some(notice) = &props.notice {
                <div class="aa-toast" data-tone={if notice.tone == Tone::Error { "error" } else { "info" }}>
                    <span class="aa-toast__text">{ notice.text.clone() }</span>
                    if notice.undoable {
                        <button type="button" class="aa-button aa-toast__undo" onclick={undo}>{ "Undo" }</button>
                    }
                    <button type="button" class="aa-button aa-toast__close" onclick={dismiss} aria-label="Dismiss message">{ "×" }</button>
                </div>
            }
        </>
    }
}
