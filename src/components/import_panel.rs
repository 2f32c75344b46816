//! The import panel: a file picker and a paste box (drops onto the widget arrive the same way),
//! the question a file of untagged Hypothesis rows raises (which category, or leave them out),
//! and the summary of what the last import did, with every rejected item's reason and JSON path.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::options::InstanceId;

use crate::dom::transfer;
use crate::model::w3c::{parse_bytes, ImportOptions, MAX_ANNOTATIONS, MAX_IMPORT_BYTES};
use crate::model::{Category, Origin};
use crate::state::{Action, ImportOutcome, UntaggedQuestion};

/// Properties of [`ImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    /// The last import's outcome.
    pub outcome: Option<ImportOutcome>,
    /// A document waiting for the reader's answer about its untagged Hypothesis rows.
    #[prop_or_default]
    pub question: Option<UntaggedQuestion>,
    /// Imports and dismissals go here.
    pub on_action: Callback<Action>,
}

/// Parses `bytes` (a file's, or pasted text's UTF-8) from `source` and asks the reducer to
/// merge them (parsing is pure and bounded); a document with untagged Hypothesis rows first
/// asks the reader what to do with them.
pub fn import_bytes(on_action: &Callback<Action>, source: String, bytes: Rc<[u8]>) {
    let parsed = parse_bytes(&bytes, Origin::Reader, ImportOptions::default());
    if let Some(n_untagged) = parsed.as_ref().ok().map(|r| r.n_untagged) {
        if n_untagged > 0 {
            let question = UntaggedQuestion {
                source,
                bytes,
                n_untagged,
            };
            on_action.emit(Action::AskUntagged { question });
            return;
        }
    }
    on_action.emit(Action::Import { source, parsed });
}

/// Imports the questioned document, its untagged rows as `category` (or left out).
fn answer(on_action: &Callback<Action>, question: &UntaggedQuestion, category: Option<Category>) {
    let options = ImportOptions {
        untagged: category,
        id_seed: None,
    };
    on_action.emit(Action::Import {
        source: question.source.clone(),
        parsed: parse_bytes(&question.bytes, Origin::Reader, options),
    });
}

/// Reads a picked or dropped file and imports it; too-large files are refused before reading.
pub fn import_file(on_action: Callback<Action>, file: web_sys::File) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        match transfer::read_bytes(&file).await {
            Ok(bytes) => import_bytes(&on_action, name, bytes.into()),
            Err(reason) => on_action.emit(Action::Notify {
                text: reason,
                tone: crate::state::Tone::Error,
            }),
        }
    });
}

/// Renders the import panel.
#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let pasted = use_state(String::new);
    let on_file = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import_file(on_action.clone(), file);
            }
            input.set_value(""); // Picking the same file again must import again.
        })
    };
    let on_paste_input = super::bind_text(&pasted);
    let on_paste_import = {
        let (pasted, on_action) = (pasted.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            import_bytes(&on_action, "pasted text".into(), pasted.as_bytes().into());
            pasted.set(String::new());
        })
    };
    let dismiss = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissImport);
    let ids = use_context::<InstanceId>().unwrap_or_default();
    html! {
        <section class="aa-panel aa-import" aria-labelledby={ids.id("import-title")}>
            <h2 class="aa-panel__title" id={ids.id("import-title")}>{ "Import annotations" }</h2>
            <p class="aa-panel__hint">
                { format!("W3C Web Annotations (this widget's export, Recogito, Apache Annotator) or Hypothesis API JSON, up to {} MB. You can also drop a file onto the article.", MAX_IMPORT_BYTES / 1_048_576) }
            </p>
            <label class="aa-panel__file"><span>{ "Choose a file" }</span>
                <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onchange={on_file} />
            </label>
            <label class="aa-panel__paste"><span>{ "Or paste JSON" }</span>
                <textarea rows="3" value={(*pasted).clone()} oninput={on_paste_input} spellcheck="false" />
            </label>
            <button type="button" class="aa-button" onclick={on_paste_import} disabled={pasted.trim().is_empty()}>{ "Import pasted JSON" }</button>
            if let Some(question) = props.question.clone() {
                <div class="aa-import__question" role="group" aria-labelledby={ids.id("import-question")}>
                    <p id={ids.id("import-question")}>{ format!("{}: {} Hypothesis row(s) have no claim, demand or question tag. Import them as:", question.source, question.n_untagged) }</p>
                    { for Category::ALL.iter().map(|&category| {
                        let (on_action, question) = (props.on_action.clone(), question.clone());
                        let onclick = Callback::from(move |_: MouseEvent| answer(&on_action, &question, Some(category)));
                        html! { <button type="button" class="aa-button" data-category={category.token()} {onclick}>{ category.plural() }</button> }
                    }) }
                    <button type="button" class="aa-button aa-import__leave-out" onclick={
                        let (on_action, question) = (props.on_action.clone(), question.clone());
                        Callback::from(move |_: MouseEvent| answer(&on_action, &question, None))
                    }>{ format!("Leave the {} out", question.n_untagged) }</button>
                </div>
            }
            if let Some(outcome) = &props.outcome {
                <div class="aa-import__summary" role="status">
                    <h3>{ format!("Import from {}", outcome.source) }</h3>
                    if let Some(error) = &outcome.error {
                        <p class="aa-import__error">{ error.clone() }</p>
                    } else {
                        <ul class="aa-import__counts">
                            <li>{ format!("{} read", outcome.summary.read) }</li>
                            <li>{ format!("{} imported", outcome.summary.imported) }</li>
                            <li>{ format!("{} already present (not duplicated)", outcome.summary.already_present) }</li>
                            <li>{ format!("{} placed approximately: please confirm them in the list", outcome.summary.fuzzy) }</li>
                            <li>{ format!("{} not found in this text (kept, listed, exported unchanged)", outcome.summary.orphaned) }</li>
                            <li>{ format!("{} rejected", outcome.summary.rejected) }</li>
                            if outcome.summary.duplicates > 0 {
                                <li>{ format!("{} duplicates (the same words in the same category; not added)", outcome.summary.duplicates) }</li>
                            }
                            if outcome.summary.over_cap > 0 {
                                <li>{ format!("{} over the cap of {MAX_ANNOTATIONS} (not read)", outcome.summary.over_cap) }</li>
                            }
                            if outcome.summary.untagged > 0 {
                                <li class="aa-import__untagged">{ format!("{} Hypothesis row(s) without a category tag (left out)", outcome.summary.untagged) }</li>
                            }
                        </ul>
                    }
                    if !outcome.problems.is_empty() {
                        <details class="aa-import__problems">
                            <summary>{ format!("{} problem(s)", outcome.n_problems) }</summary>
                            <ul>
                                { for outcome.problems.iter().map(|p| html! { <li><code>{ p.path.clone() }</code>{ ": " }{ p.reason.clone() }</li> }) }
                            </ul>
                        </details>
                    }
                    <button type="button" class="aa-button" onclick={dismiss}>{ "Close summary" }</button>
                </div>
            }
        </section>
    }
}
