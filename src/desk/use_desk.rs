//! The desk's reducer with its storage: the first render shows the suggestions (and any
//! editorial layer the page gave) as they are; the saved draft comes back in an effect after it
//! (`DeskAction::Restore`) and is written back, once per burst of changes, after each change.
//! A damaged saved draft is kept aside, never overwritten; blocked or full storage is said.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{draft_key, host_draft_key, perf, DeskOptions};
use crate::dom::storage;
use crate::model::bundle::Bundle;
use crate::options::StorageChoice;
use crate::state::desk::{decode_draft, encode_draft, initial_items, DeskAction, DeskState};
use crate::state::Changed;

const SAVE_FAILED: &str = "The draft could not be saved: browser storage is full or blocked. It is kept until you leave this page; publish to keep a copy.";

/// The state and a stable dispatcher.
#[hook]
pub fn use_desk_state(
    bundle: Rc<Bundle>,
    options: Rc<DeskOptions>,
) -> (UseReducerHandle<DeskState>, Callback<DeskAction>) {
    let article = bundle.article.clone();
    let key: Rc<Option<String>> = use_memo((), |_| match &options.storage {
        StorageChoice::PerArticle => {
            Some(draft_key(article.meta.id.as_str(), &article.text_hash()))
        }
        StorageChoice::Key(key) => Some(host_draft_key(key)),
        StorageChoice::Off => None,
    });
    let writable = use_mut_ref(|| Cell::new(key.is_some()));
    let state = {
        let (bundle, options, nothing_stored) = (bundle.clone(), options.clone(), key.is_none());
        use_reducer(move || {
            let suggestions = perf::timed_suggest(&bundle.article);
            let items = initial_items(&bundle.article, &bundle.editorial, &suggestions);
            let editor = options.editor.clone().unwrap_or_default();
            let mut state = DeskState::new(bundle.article.clone(), items, editor);
            if nothing_stored {
                state.apply(DeskAction::Restore {
                    draft: None,
                    warning: None,
                });
            }
            state
        })
    };
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: DeskAction, _| dispatcher.dispatch(action))
    };
    {
        let (dispatch, key, writable) = (dispatch.clone(), key.clone(), writable.clone());
        use_effect_with((), move |_| {
            if let Some(key) = key.as_ref() {
                let (restore, can_write) = read_draft(key, &article);
                writable.borrow().set(can_write);
                dispatch.emit(restore);
            }
        });
    }
    {
        let dispatch = dispatch.clone();
        let pending_save = use_mut_ref(|| None::<Timeout>);
        let saw_restore = use_mut_ref(|| false);
        let deps = (state.items.clone(), state.editor.clone(), state.restored);
        let state = state.clone();
        use_effect_with(deps, move |(_, _, restored)| {
            // Reading the draft back is not a change to save.
            if !*restored || !std::mem::replace(&mut *saw_restore.borrow_mut(), true) {
                return;
            }
            let Some(key) = (*key).clone().filter(|_| writable.borrow().get()) else {
                return;
            };
            let save = move || match storage::save(&key, &encode_draft(&state)) {
                Ok(()) => dispatch.emit(DeskAction::StorageOk),
                Err(_) => dispatch.emit(DeskAction::StorageProblem {
                    message: SAVE_FAILED.into(),
                }),
            };
            *pending_save.borrow_mut() = Some(Timeout::new(0, save));
        });
    }
    (state, dispatch)
}

/// The Restore action for what `key` holds, and whether saving may write there.
fn read_draft(key: &str, article: &crate::model::Article) -> (DeskAction, bool) {
    let raw = match storage::load(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return (
                DeskAction::Restore {
                    draft: None,
                    warning: None,
                },
                true,
            )
        }
        Err(_) => {
            let warning = "This browser is not letting the page save (storage is blocked). The draft is kept only until you leave this page; publish to keep a copy.";
            let restore = DeskAction::Restore {
                draft: None,
                warning: Some(warning.into()),
            };
            return (restore, true);
        }
    };
    match decode_draft(&raw, article) {
        Ok(draft) => {
            let warning = (draft.n_skipped > 0).then(|| {
                format!(
                    "{} saved item(s) could not be read and were skipped.",
                    draft.n_skipped
                )
            });
            (
                DeskAction::Restore {
                    draft: Some(draft),
                    warning,
                },
                true,
            )
        }
        Err(error) => match storage::set_aside(key, &raw) {
            Ok(aside) => {
                let warning = format!("The saved draft was damaged ({}). It was kept aside under \"{aside}\"; the review starts afresh.", error.0);
                (
                    DeskAction::Restore {
                        draft: None,
                        warning: Some(warning),
                    },
                    true,
                )
            }
            Err(_) => {
                let warning = format!("The saved draft is damaged ({}) and storage is full, so nothing will be saved over it. Publish to keep your work.", error.0);
                (
                    DeskAction::Restore {
                        draft: None,
                        warning: Some(warning),
                    },
                    false,
                )
            }
        },
    }
}

/// The reducer as Yew runs it: `apply` on a copy; an action that changed nothing keeps the
/// old `Rc`, so Yew skips the render.
impl Reducible for DeskState {
    type Action = DeskAction;

    fn reduce(self: Rc<Self>, action: DeskAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match next.apply(action) {
            Changed::Yes => Rc::new(next),
            Changed::No => self,
        }
    }
}
