//! The import panel: a file picker and a paste box (drops onto the widget arrive the same way),
//! the question a file of untagged Hypothesis rows raises (which category, or leave them out),
//! and the summary of what the last import did, with every rejected item's reason and JSON path.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::{use_i18n, use_ids, use_state_of};

use crate::model::i18n::{CategoryForm, Key, Msg};

use crate::dom::transfer;
use crate::model::w3c::{parse_bytes, ImportOptions, MAX_IMPORT_BYTES};
use crate::model::{Category, Origin};
use crate::state::{Action, ImportOutcome, UntaggedQuestion};

/// Properties of [`ImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    /// The last import's outcome.
    pub outcome: Option<Rc<ImportOutcome>>,
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
            Err(msg) => on_action.emit(Action::Notify {
                msg,
                tone: crate::state::Tone::Error,
            }),
        }
    });
}

/// Renders the import panel.
#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let t = use_i18n();
    let pasted = use_state_of(String::new());
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
        let source = t.get(Key::ImportPasted).to_string();
        Callback::from(move |_: MouseEvent| {
            import_bytes(&on_action, source.clone(), pasted.as_bytes().into());
            pasted.set(String::new());
        })
    };
    let dismiss = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissImport);
    let ids = use_ids();
    html! {
        <section class="aa-panel aa-import" aria-labelledby={ids.id("import-title")}>
            <h2 class="aa-panel__title" id={ids.id("import-title")}>{ t.get(Key::ImportTitle) }</h2>
            <p class="aa-panel__hint">
                { t.text(&Msg::ImportHint { mb: MAX_IMPORT_BYTES / 1_048_576 }) }
            </p>
            <label class="aa-panel__file"><span>{ t.get(Key::ImportFile) }</span>
                <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onchange={on_file} />
            </label>
            <label class="aa-panel__paste"><span>{ t.get(Key::ImportPaste) }</span>
                <textarea rows="3" value={(*pasted).clone()} oninput={on_paste_input} spellcheck="false" />
            </label>
            <button type="button" class="aa-button" onclick={on_paste_import} disabled={pasted.trim().is_empty()}>{ t.get(Key::ImportPasteButton) }</button>
            if let Some(question) = props.question.clone() {
                <div class="aa-import__question" role="group" aria-labelledby={ids.id("import-question")}>
                    <p id={ids.id("import-question")}>{ t.text(&Msg::ImportUntaggedQuestion { source: question.source.clone(), n: question.n_untagged }) }</p>
                    { for Category::ALL.iter().map(|&category| {
                        let (on_action, question) = (props.on_action.clone(), question.clone());
                        let onclick = Callback::from(move |_: MouseEvent| answer(&on_action, &question, Some(category)));
                        html! { <button type="button" class="aa-button" data-category={category.token()} {onclick}>{ t.category(category, CategoryForm::Plural) }</button> }
                    }) }
                    <button type="button" class="aa-button aa-import__leave-out" onclick={
                        let (on_action, question) = (props.on_action.clone(), question.clone());
                        Callback::from(move |_: MouseEvent| answer(&on_action, &question, None))
                    }>{ t.text(&Msg::ImportLeaveOut { n: question.n_untagged }) }</button>
                </div>
            }
            if let Some(outcome) = &props.outcome {
                <div class="aa-import__summary" role="status">
                    <h3>{ t.text(&Msg::ImportFrom { source: outcome.source.clone() }) }</h3>
                    if let Some(error) = &outcome.error {
                        <p class="aa-import__error">{ t.text(error) }</p>
                    } else {
                        <ul class="aa-import__counts">
                            <li>{ t.text(&Msg::ImportCountRead { n: outcome.summary.read }) }</li>
                            <li>{ t.text(&Msg::ImportCountImported { n: outcome.summary.imported }) }</li>
                            <li>{ t.text(&Msg::ImportCountAlready { n: outcome.summary.already_present }) }</li>
                            <li>{ t.text(&Msg::ImportCountDuplicates { n: outcome.summary.duplicates }) }</li>
                            <li>{ t.text(&Msg::ImportCountFuzzy { n: outcome.summary.fuzzy }) }</li>
                            <li>{ t.text(&Msg::ImportCountOrphaned { n: outcome.summary.orphaned }) }</li>
                            <li>{ t.text(&Msg::ImportCountRejected { n: outcome.summary.rejected }) }</li>
                            if outcome.summary.untagged > 0 {
                                <li class="aa-import__untagged">{ t.text(&Msg::ImportCountUntagged { n: outcome.summary.untagged }) }</li>
                            }
                            if outcome.summary.over_cap > 0 {
                                <li>{ t.text(&Msg::ImportCountOverCap { n: outcome.summary.over_cap }) }</li>
                            }
                        </ul>
                    }
                    if !outcome.problems.is_empty() {
                        <details class="aa-import__problems">
                            <summary>{ t.text(&Msg::ImportProblems { n: outcome.n_problems }) }</summary>
                            <ul>
                                { for outcome.problems.iter().map(|p| html! { <li><code>{ p.path.clone() }</code>{ ": " }{ p.reason.clone() }</li> }) }
                            </ul>
                        </details>
                    }
                    <button type="button" class="aa-button" onclick={dismiss}>{ t.get(Key::ImportClose) }</button>
                </div>
            }
        </section>
    }
}
