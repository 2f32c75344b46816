//! Publish: the editor's name (the `creator`), and the accepted drafts written as a W3C
//! AnnotationCollection (`model::w3c::editorial_layer_to_json`), downloaded as
//! `<article>.editorial.jsonld`, announced to the page as `article-annotator:publish`, and
//! ready to be served as the reader widget's `annotations=`.

use yew::prelude::*;

use crate::dom::{clock, events, transfer};
use crate::hooks::use_ids;
use crate::model::i18n::Strings;
use crate::model::w3c::editorial_layer_to_json;
use crate::state::desk::{DeskAction, DeskState, Status};
use crate::state::Tone;

/// The published document for `state`, or why it cannot be published yet.
pub fn published_json(state: &DeskState) -> Result<String, String> {
    if state.editor.trim().is_empty() {
        return Err("Enter the editor's name first: it is published as the creator.".into());
    }
    let items = state.published();
    Ok(editorial_layer_to_json(
        &state.article,
        &items,
        &state.editor,
        &clock::now(),
    ))
}

/// Properties of [`PublishPanel`].
#[derive(Properties, PartialEq)]
pub struct PublishPanelProps {
    /// The desk's state.
    pub state: std::rc::Rc<DeskState>,
    /// Where the name and messages go.
    pub on_action: Callback<DeskAction>,
    /// Where `article-annotator:publish` goes, if anywhere.
    pub events: Option<web_sys::Element>,
}

/// The editor's name and the Publish button.
#[component]
pub fn PublishPanel(props: &PublishPanelProps) -> Html {
    let ids = use_ids();
    let state = &props.state;
    let on_name = props.on_action.reform(|event: Event| {
        let name = event
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|f| f.value())
            .unwrap_or_default();
        DeskAction::SetEditor { name }
    });
    let publish = {
        let (state, on_action, events) =
            (state.clone(), props.on_action.clone(), props.events.clone());
        let instance = ids.0.clone();
        Callback::from(move |_: MouseEvent| {
            let json = match published_json(&state) {
                Ok(json) => json,
                Err(message) => {
                    on_action.emit(DeskAction::Notify {
                        text: message,
                        tone: Tone::Error,
                    });
                    return;
                }
            };
            let n = state.published().len();
            let name = format!("{}.editorial.jsonld", state.article.slug());
            let told = match transfer::download(&name, &json, "application/ld+json") {
                Ok(()) => format!("Published {n} annotation(s) by {}: {name}.", state.editor),
                Err(e) => format!(
                    "Published {n} annotation(s), but the download failed: {}",
                    Strings::english().get(e)
                ),
            };
            if let Some(target) = &events {
                let document = events::from_json(&json);
                events::emit(
                    target,
                    "publish",
                    &events::detail(&instance, "document", &document),
                );
            }
            on_action.emit(DeskAction::Notify {
                text: told,
                tone: Tone::Info,
            });
        })
    };
    let n_accepted = state
        .items
        .iter()
        .filter(|i| i.status == Status::Accepted)
        .count();
    let n_open = state
        .items
        .iter()
        .filter(|i| i.status == Status::Open)
        .count();
    html! {
        <section class="aa-desk__publish" aria-label="Publish">
            <label class="aa-desk__editor" for={ids.id("editor")}>{ "Editor (published as the creator)" }</label>
            <input id={ids.id("editor")} type="text" autocomplete="name" maxlength="200"
                value={state.editor.clone()} onchange={on_name} placeholder="Your name" />
            <p class="aa-desk__summary">
                { format!("{n_accepted} in the draft; {n_open} suggestion(s) still open (left out when publishing).") }
            </p>
            <button type="button" class="aa-button aa-button--primary aa-desk__publish-button" onclick={publish}>
                { "Publish editorial layer" }
            </button>
        </section>
    }
}
