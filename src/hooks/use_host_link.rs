//! The widget's side of the host page's API: the bridge kept current after every render, and
//! `article-annotator:*` events (create, update, delete, change, select) on the host element,
//! each carrying W3C JSON-LD, so a CMS can save the reader's annotations to its own backend.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::effect::{use_effect_boxed, use_ref_of};
use super::reader_document::ReaderDocument;
use crate::dom::events::{self, detail, from_json};
use crate::model::w3c::standalone_annotation_json;
use crate::model::{AnnotationId, Origin, Placed};
use crate::options::WidgetOptions;
use crate::state::{Annotations, AppState};

/// Keeps the bridge current and reports changes to the reader's annotations and the selection.
#[hook]
pub fn use_host_link(
    options: Rc<WidgetOptions>,
    instance: AttrValue,
    reducer: &UseReducerHandle<AppState>,
    document: &Rc<ReaderDocument>,
) {
    {
        let (bridge, reducer) = (options.bridge.clone(), reducer.clone());
        use_effect(move || bridge.connect(reducer));
    }
    let state: &AppState = reducer;
    {
        let bridge = options.bridge.clone();
        use_effect_boxed(
            (),
            Box::new(move |_: &()| Box::new(move || bridge.disconnect())),
        );
    }
    let previous = use_mut_ref(|| None::<Annotations>);
    {
        let (options, instance, article) =
            (options.clone(), instance.clone(), state.article.clone());
        let deps = (document.clone(), state.restored);
        use_effect_with(deps, move |(document, restored)| {
            let Some(target) = options.events.as_ref() else {
                return;
            };
            // Before the saved annotations are read, nothing is the reader's change.
            if !*restored {
                return;
            }
            let annotations = document.annotations();
            let before = previous.borrow_mut().replace(annotations.clone());
            // The restored state is where changes start, not a change.
            let Some(before) = before else {
                return;
            };
            let changes = diff(&before, annotations);
            for (kind, placed) in &changes {
                let annotation = from_json(&standalone_annotation_json(&article, placed));
                events::emit(target, kind, &detail(&instance, "annotation", &annotation));
            }
            if !changes.is_empty() {
                // The same text storage saves: written once for both.
                let document = from_json(&document.json());
                events::emit(
                    target,
                    "change",
                    &detail(&instance, "annotations", &document),
                );
            }
        });
    }
    {
        let (options, instance) = (options.clone(), instance.clone());
        let (article, annotations) = (state.article.clone(), state.annotations.clone());
        let first = use_ref_of(true);
        use_effect_with(state.selected.clone(), move |selected| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let Some(target) = options.events.as_ref() else {
                return;
            };
            let annotation = selected
                .as_ref()
                .and_then(|id| annotations.iter().find(|p| &p.annotation.id == id))
                .map_or(JsValue::NULL, |placed| {
                    from_json(&standalone_annotation_json(&article, placed))
                });
            events::emit(
                target,
                "select",
                &detail(&instance, "annotation", &annotation),
            );
        });
    }
}

/// What happened to the reader's annotations between two states, in a stable order:
/// deletions (in the old order), then creations and updates (in the new order).
fn diff<'a>(before: &'a Annotations, after: &'a Annotations) -> Vec<(&'static str, &'a Placed)> {
    let mine = |list: &'a Annotations| -> HashMap<&'a AnnotationId, &'a Rc<Placed>> {
        list.iter()
            .filter(|p| p.annotation.origin == Origin::Reader)
            .map(|p| (&p.annotation.id, p))
            .collect()
    };
    let (old, new) = (mine(before), mine(after));
    let mut changes = Vec::new();
    for placed in before
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
    {
        if !new.contains_key(&placed.annotation.id) {
            changes.push(("delete", placed.as_ref()));
        }
    }
    for placed in after
        .iter()
        .filter(|p| p.annotation.origin == Origin::Reader)
    {
        match old.get(&placed.annotation.id) {
            None => changes.push(("create", placed.as_ref())),
            // Unchanged annotations keep their `Rc`; a new one with equal content is no update.
            Some(was) if !Rc::ptr_eq(was, placed) && was.annotation != placed.annotation => {
                changes.push(("update", placed.as_ref()))
            }
            Some(_) => {}
        }
    }
    changes
}
