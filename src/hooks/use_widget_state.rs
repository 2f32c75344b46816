//! The widget's reducer: the first render shows the props only (the editorial layer), the
//! reader's saved annotations come back in an effect after it, and are saved after every change
//! unless the stored value must not be written over (`dom::saver`'s rules); work that exists
//! only on the page is offered as an export, and leaving the page asks first.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::effect::{no_cleanup, timeout, use_effect_boxed, use_ref_of};
use super::reader_document::ReaderDocument;
use crate::dom::saver::{Elsewhere, Guard, Saver};
use crate::dom::{clock, transfer};
use crate::model::bundle::Bundle;
use crate::model::i18n::{Key, Msg};
use crate::model::{AnnotationId, Article, Origin};
use crate::options::StorageChoice;
use crate::state::{sync, Action, AppState, Changed, Tone};

/// What a change says while the stored value is held.
const HELD: Msg = Msg::Plain(Key::StorageHeld);

/// The state, a stable dispatcher, and the reader's annotations as one document per change
/// (serialised at most once, for storage and the host's events). The first render is a pure
/// function of the props (what a server would render); the reader's annotations come back from
/// storage in an effect after it (`Action::Restore`), and are written back (in the next task,
/// once per burst) after each change.
#[hook]
pub fn use_widget_state(
    bundle: Rc<Bundle>,
    storage: StorageChoice,
) -> (
    UseReducerHandle<AppState>,
    Callback<Action>,
    Rc<ReaderDocument>,
) {
    let article = bundle.article.clone();
    let saver: Rc<RefCell<Option<Saver>>> = {
        let article = article.clone();
        use_mut_ref(move || match &storage {
            StorageChoice::PerArticle => Some(Saver::for_article(&article)),
            StorageChoice::Key(key) => Some(Saver::for_host_key(key, &article)),
            StorageChoice::Off => None,
        })
    };
    let state = {
        let (bundle, nothing_stored) = (bundle.clone(), saver.borrow().is_none());
        use_reducer(move || {
            let mut state = AppState::new(bundle.article.clone(), bundle.editorial.clone());
            if nothing_stored {
                state.apply(Action::Restore {
                    annotations: Vec::new(),
                    warning: None,
                    revised: false,
                    held: false,
                });
            }
            state
        })
    };
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    // Set by the restore when what it read should be written at once (moved from an old key,
    // or made on an earlier text).
    let save_now = use_mut_ref(|| Cell::new(false));
    {
        let (dispatch, saver, save_now) = (dispatch.clone(), saver.clone(), save_now.clone());
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                let mut slot = saver.borrow_mut();
                let Some(saver) = slot.as_mut() else {
                    return no_cleanup();
                };
                let restored = saver.restore(&bundle.article);
                save_now.borrow().set(restored.save_now);
                dispatch.emit(Action::Restore {
                    annotations: restored.annotations,
                    warning: restored.warning,
                    revised: restored.revised,
                    held: saver.guard() != Guard::Free,
                });
                no_cleanup()
            }),
        );
    }
    let document = {
        let article = article.clone();
        use_memo(state.annotations.clone(), move |annotations| {
            ReaderDocument::new(article, annotations.clone())
        })
    };
    {
        let (dispatch, saver, article) = (dispatch.clone(), saver.clone(), article.clone());
        let saw_restore = use_ref_of(false);
        let forced_seen = use_mut_ref(|| 0_u32);
        // Dropping the timeout cancels it, so a burst of changes (an import, quick undos) is
        // written once, after the browser painted the change.
        let pending_save = use_ref_of(None::<Timeout>);
        let deps = (document.clone(), state.restored, state.storage.forced);
        use_effect_with(deps, move |(document, restored, forced)| {
            // Nothing is saved before the saved annotations are read, and reading them is no
            // change (unless they were moved from an old key or made on an earlier text).
            if !*restored {
                return;
            }
            let first = !std::mem::replace(&mut *saw_restore.borrow_mut(), true);
            if first && !save_now.borrow().replace(false) {
                return;
            }
            let force = std::mem::replace(&mut *forced_seen.borrow_mut(), *forced) != *forced;
            let document = document.clone();
            let write = move || write_now(&saver, &article, &document, force, &dispatch);
            *pending_save.borrow_mut() = Some(timeout(0, Box::new(write)));
        });
    }
    {
        let (document, dispatch) = (document.clone(), dispatch.clone());
        use_effect_with(state.storage.exports, move |exports| {
            if *exports > 0 {
                export_copy(&document, &dispatch);
            }
        });
    }
    {
        // Another tab of the same article saved: its changes are merged in at once (the
        // browser tells every other tab of a write to localStorage).
        let (dispatch, saver, article) = (dispatch.clone(), saver.clone(), article.clone());
        use_effect_boxed(
            (),
            Box::new(move |_: &()| {
                let window = gloo::utils::window();
                let listener = EventListener::new(&window, "storage", move |event| {
                    let key = js_sys::Reflect::get(event.as_ref(), &"key".into())
                        .ok()
                        .and_then(|key| key.as_string());
                    let mut slot = saver.borrow_mut();
                    let Some(saver) = slot.as_mut() else {
                        return;
                    };
                    // No key: the other tab cleared all storage; the next write puts ours back.
                    if key.as_deref() != Some(saver.key()) {
                        return;
                    }
                    if let Some(elsewhere) = saver.elsewhere(&article) {
                        take_elsewhere(saver, elsewhere, &dispatch);
                    }
                });
                Box::new(move || drop(listener))
            }),
        );
    }
    use_effect_boxed(
        state.storage.unsaved,
        Box::new(|unsaved: &bool| {
            // Leaving the page with work kept nowhere else asks first.
            let listener = unsaved.then(|| {
                let window = gloo::utils::window();
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&window, "beforeunload", options, |event| {
                    event.prevent_default();
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                })
            });
            Box::new(move || drop(listener))
        }),
    );
    (state, dispatch, document)
}

/// Writes `document` if the key may be written: after a failed read, reads again first (what
/// it brings back is added, and saved with the change that follows); a held value waits for
/// the reader's choice (`force`).
fn write_now(
    saver: &RefCell<Option<Saver>>,
    article: &Article,
    document: &ReaderDocument,
    force: bool,
    dispatch: &Callback<Action>,
) {
    let mut slot = saver.borrow_mut();
    let Some(saver) = slot.as_mut() else {
        return;
    };
    if force {
        saver.force();
    }
    if saver.guard() == Guard::Unread {
        let restored = saver.restore(article);
        if saver.guard() == Guard::Unread {
            let message = restored.warning.unwrap_or(HELD);
            dispatch.emit(Action::StorageProblem {
                message,
                held: true,
            });
            return;
        }
        let shown: HashSet<&AnnotationId> = document
            .annotations()
            .iter()
            .map(|p| &p.annotation.id)
            .collect();
        let brings_back = restored
            .annotations
            .iter()
            .any(|p| !shown.contains(&p.annotation.id));
        dispatch.emit(Action::Recover {
            annotations: restored.annotations,
            warning: restored.warning,
        });
        if brings_back {
            return;
        }
    }
    if saver.guard() == Guard::Held {
        dispatch.emit(Action::StorageProblem {
            message: HELD,
            held: true,
        });
        return;
    }
    // Another tab wrote since this one last did: what it changed is merged in first, and
    // the merged list is written by the save that change brings.
    match saver.elsewhere(article) {
        Some(Elsewhere::Saved { theirs, base })
            if sync::merge(document.annotations(), &base, &theirs).is_some() =>
        {
            dispatch.emit(Action::Sync { theirs, base });
            return;
        }
        Some(elsewhere @ Elsewhere::Damaged(_)) => {
            take_elsewhere(saver, elsewhere, dispatch);
            if saver.guard() != Guard::Free {
                return;
            }
        }
        _ => {}
    }
    let own = document
        .annotations()
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
        .cloned()
        .collect();
    match saver.write(&document.json(), own) {
        Ok(()) => dispatch.emit(Action::StorageOk),
        Err(error) => dispatch.emit(Action::StorageProblem {
            message: error.message,
            held: false,
        }),
    }
}

/// Hands what another tab left to the reducer: a readable value to merge, or what the
/// restore's rules made of a damaged one.
fn take_elsewhere(saver: &Saver, elsewhere: Elsewhere, dispatch: &Callback<Action>) {
    match elsewhere {
        Elsewhere::Saved { theirs, base } => dispatch.emit(Action::Sync { theirs, base }),
        Elsewhere::Damaged(restored) => {
            dispatch.emit(Action::Recover {
                annotations: restored.annotations,
                warning: restored.warning,
            });
            if saver.guard() == Guard::Held {
                dispatch.emit(Action::StorageProblem {
                    message: HELD,
                    held: true,
                });
            }
        }
    }
}

/// Downloads the reader's annotations (the storage warning's Export button); the warning and
/// the leave-page prompt stay, as the copy is the reader's, not the widget's.
fn export_copy(document: &ReaderDocument, dispatch: &Callback<Action>) {
    let date: String = clock::now().as_str().chars().take(10).collect();
    let filename = format!("{}-my-annotations-{date}.jsonld", document.article().slug());
    let (msg, tone) = match transfer::download(&filename, &document.json(), "application/ld+json") {
        Ok(()) => (Msg::ExportDownloaded { file: filename }, Tone::Info),
        Err(reason) => (reason.into(), Tone::Error),
    };
    dispatch.emit(Action::Notify { msg, tone });
}

/// The reducer as Yew runs it: `apply` on a copy; an action that changed nothing keeps the old
/// `Rc`, so Yew skips the render. Here, not in `state`, so the state layer names no framework.
impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match next.apply(action) {
            Changed::Yes => Rc::new(next),
            Changed::No => self,
        }
    }
}
