//! The export panel: W3C Web Annotation JSON-LD as a `.jsonld` download or on the clipboard,
//! for the reader's annotations (default), all of them, or what the list filter shows.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_i18n, use_ids};
use crate::model::i18n::{Key, Msg};

use crate::dom::{clock, transfer};
use crate::model::w3c::collection_to_json;
use crate::model::{Article, Origin, Placed};
use crate::state::{Action, Annotations, ListFilter, Tone};

/// Which annotations go into the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    Mine,
    All,
    Filter,
}

impl Scope {
    /// Whether `placed` goes into a file of this scope.
    fn includes(self, filter: ListFilter, placed: &Placed) -> bool {
        match self {
            Scope::Mine => placed.annotation.origin == Origin::Reader,
            Scope::All => true,
            Scope::Filter => filter.accepts(placed),
        }
    }
}

/// Properties of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The article (for sources, quotes and the file name).
    pub article: Rc<Article>,
    /// Every annotation.
    pub annotations: Annotations,
    /// The list's filter, for the "current filter" scope.
    pub filter: ListFilter,
    /// Notices go here.
    pub on_action: Callback<Action>,
    /// Told the exported document (JSON text) after a download or copy.
    #[prop_or_default]
    pub on_exported: Callback<String>,
}

/// Renders the export panel.
#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let t = use_i18n();
    let scope = use_state(|| Scope::Mine);
    let fallback = use_state(|| None::<String>);
    let document = {
        let (article, annotations, filter, scope, t) = (
            props.article.clone(),
            props.annotations.clone(),
            props.filter,
            *scope,
            t.clone(),
        );
        move || {
            let items = annotations
                .iter()
                .map(Rc::as_ref)
                .filter(|p| scope.includes(filter, p));
            let label = t.get(match scope {
                Scope::Mine => Key::CollectionMine,
                Scope::All => Key::CollectionAll,
                Scope::Filter => Key::CollectionFiltered,
            });
            collection_to_json(&article, label, items, true)
        }
    };
    let count = props
        .annotations
        .iter()
        .filter(|p| (*scope).includes(props.filter, p))
        .count();
    let on_download = {
        let (document, on_action, article, on_exported) = (
            document.clone(),
            props.on_action.clone(),
            props.article.clone(),
            props.on_exported.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let date: String = clock::now().as_str().chars().take(10).collect();
            let filename = format!("{}-{date}.jsonld", article.slug());
            let json = document();
            let (msg, tone) = match transfer::download(&filename, &json, "application/ld+json") {
                Ok(()) => {
                    on_exported.emit(json);
                    (Msg::ExportDownloaded { file: filename }, Tone::Info)
                }
                Err(reason) => (reason.into(), Tone::Error),
            };
            on_action.emit(Action::Notify { msg, tone });
        })
    };
    let on_copy = {
        let (document, on_action, fallback, on_exported, t) = (
            document.clone(),
            props.on_action.clone(),
            fallback.clone(),
            props.on_exported.clone(),
            t.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let json = document();
            let (on_action, fallback, on_exported, t) = (
                on_action.clone(),
                fallback.clone(),
                on_exported.clone(),
                t.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match transfer::copy(&json).await {
                    Ok(()) => {
                        fallback.set(None);
                        on_exported.emit(json);
                        on_action.emit(Action::Notify {
                            msg: Key::ExportCopied.into(),
                            tone: Tone::Info,
                        });
                    }
                    Err(reason) => {
                        // Show the text so the reader can copy it by hand.
                        fallback.set(Some(json));
                        let reason = t.get(reason).to_string();
                        on_action.emit(Action::Notify {
                            msg: Msg::ExportCopyFailed { reason },
                            tone: Tone::Error,
                        });
                    }
                }
            });
        })
    };
    let ids = use_ids();
    let radio = |value: Scope, label: Key| {
        let checked = *scope == value;
        let scope = scope.clone();
        let onchange = Callback::from(move |_: Event| scope.set(value));
        html! { <label><input type="radio" name={ids.id("export-scope")} {checked} {onchange} />{ t.get(label) }</label> }
    };
    html! {
        <section class="aa-panel aa-export" aria-labelledby={ids.id("export-title")}>
            <h2 class="aa-panel__title" id={ids.id("export-title")}>{ t.get(Key::ExportTitle) }</h2>
            <fieldset class="aa-panel__choices">
                <legend>{ t.get(Key::ExportWhich) }</legend>
                { radio(Scope::Mine, Key::ExportMine) }
                { radio(Scope::All, Key::ExportAll) }
                { radio(Scope::Filter, Key::ExportFiltered) }
            </fieldset>
            <p class="aa-panel__hint">{ t.text(&Msg::ExportCount { n: count }) }</p>
            <div class="aa-panel__actions">
                <button type="button" class="aa-button aa-button--primary" onclick={on_download}>{ t.get(Key::ExportDownload) }</button>
                <button type="button" class="aa-button" onclick={on_copy}>{ t.get(Key::ExportCopy) }</button>
            </div>
            if let Some(json) = (*fallback).clone() {
                <label class="aa-panel__fallback"><span>{ t.get(Key::ExportFallback) }</span>
                    <textarea readonly=true rows="6" value={json} />
                </label>
            }
        </section>
    }
}
