//! The widget's reducer, restored from storage at start and saved after every change.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::dom::storage;
use crate::hooks::reader_collection;
use crate::model::bundle::Bundle;
use crate::options::StorageChoice;
use crate::state::{Action, AppState, Changed};

/// The state and a stable dispatcher; the reader's annotations come back from storage on the
/// first render and are written back (in the next task, once per burst) after each change.
#[hook]
pub fn use_widget_state(
    bundle: Rc<Bundle>,
    storage: StorageChoice,
) -> (UseReducerHandle<AppState>, Callback<Action>) {
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
        let (bundle, key, writable) = (bundle.clone(), key.clone(), writable.clone());
        use_reducer(move || {
            let mut all = bundle.editorial.clone();
            let mut warning = None;
            if let Some(key) = key.as_ref() {
                let restored = storage::restore(key, &bundle.article, &bundle.editorial);
                writable.borrow().set(restored.writable);
                all.extend(restored.annotations);
                warning = restored.warning;
            }
            let mut state = AppState::new(bundle.article.clone(), all);
            state.storage_warning = warning;
            state
        })
    };
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    {
        let dispatch = dispatch.clone();
        let first = use_mut_ref(|| true);
        // Dropping the timeout cancels it, so a burst of changes (an import, quick undos) is
        // written once, after the browser painted the change.
        let pending_save = use_mut_ref(|| None::<Timeout>);
        use_effect_with(state.annotations.clone(), move |annotations| {
            if std::mem::replace(&mut *first.borrow_mut(), false) || !writable.borrow().get() {
                return;
            }
            let Some(key) = (*key).clone() else {
                return;
            };
            let annotations = annotations.clone();
            let save = move || {
                let json = reader_collection(&article, &annotations);
                match storage::save(&key, &json) {
                    Ok(()) => dispatch.emit(Action::StorageOk),
                    Err(storage::StorageError(message)) => {
                        dispatch.emit(Action::StorageProblem { message })
                    }
                }
            };
            *pending_save.borrow_mut() = Some(Timeout::new(0, save));
        });
    }
    (state, dispatch)
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
