//! The widget's reducer: the first render shows the props only (the editorial layer), the
//! reader's saved annotations come back in an effect after it, and are saved after every change.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::reader_document::ReaderDocument;
use crate::dom::storage;
use crate::model::bundle::Bundle;
use crate::options::StorageChoice;
use crate::state::{Action, AppState, Changed};

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
    let key: Rc<Option<String>> = use_memo((), |_| match storage {
        StorageChoice::PerArticle => Some(storage::key_for(
            article.meta.id.as_str(),
            &article.text_hash(),
        )),
        StorageChoice::Key(key) => Some(key),
        StorageChoice::Off => None,
    });
    let writable = use_mut_ref(|| Cell::new(key.is_some()));
    let state = {
        let (bundle, nothing_stored) = (bundle.clone(), key.is_none());
        use_reducer(move || {
            let mut state = AppState::new(bundle.article.clone(), bundle.editorial.clone());
            if nothing_stored {
                state.apply(Action::Restore {
                    annotations: Vec::new(),
                    warning: None,
                });
            }
            state
        })
    };
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    {
        let (dispatch, key, writable) = (dispatch.clone(), key.clone(), writable.clone());
        use_effect_with((), move |_| {
            let Some(key) = key.as_ref() else {
                return;
            };
            let restored = storage::restore(key, &bundle.article);
            writable.borrow().set(restored.writable);
            dispatch.emit(Action::Restore {
                annotations: restored.annotations,
                warning: restored.warning,
            });
        });
    }
    let document = {
        let article = article.clone();
        use_memo(state.annotations.clone(), move |annotations| {
            ReaderDocument::new(article, annotations.clone())
        })
    };
    {
        let dispatch = dispatch.clone();
        let saw_restore = use_mut_ref(|| false);
        // Dropping the timeout cancels it, so a burst of changes (an import, quick undos) is
        // written once, after the browser painted the change.
        let pending_save = use_mut_ref(|| None::<Timeout>);
        let deps = (document.clone(), state.restored);
        use_effect_with(deps, move |(document, restored)| {
            // Nothing is saved before the saved annotations are read, and reading them is no change.
            if !*restored || !std::mem::replace(&mut *saw_restore.borrow_mut(), true) {
                return;
            }
            if !writable.borrow().get() {
                return;
            }
            let Some(key) = (*key).clone() else {
                return;
            };
            let document = document.clone();
            let save = move || match storage::save(&key, &document.json()) {
                Ok(()) => dispatch.emit(Action::StorageOk),
                Err(storage::StorageError(message)) => {
                    dispatch.emit(Action::StorageProblem { message })
                }
            };
            *pending_save.borrow_mut() = Some(Timeout::new(0, save));
        });
    }
    (state, dispatch, document)
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
