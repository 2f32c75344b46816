//! The toolbar: Undo and Redo (their shortcuts named for assistive technology), Export and
//! Import, and on phones the button that opens the list as a sheet over the article.

use yew::prelude::*;

use crate::model::i18n::{Key, Msg};
use crate::options::{I18n, InstanceId};
use crate::state::{Action, History};

/// The panels the toolbar opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Export as JSON-LD.
    Export,
    /// Import from a file or pasted text.
    Import,
}

/// What [`toolbar`] shows.
pub struct ToolbarProps {
    /// The undo history (for enabled state and labels).
    pub history: History,
    /// Where Undo and Redo go.
    pub on_action: Callback<Action>,
    /// The open panel, if any.
    pub panel: Option<Panel>,
    /// Opens or closes a panel.
    pub on_panel: Callback<Panel>,
    /// Read-only widgets offer export only.
    pub read_only: bool,
    /// How many annotations the list holds (the phone's list button says it).
    pub n_annotations: usize,
    /// True while the list is open as a sheet (phones).
    pub sheet: bool,
    /// Opens or closes the sheet.
    pub on_sheet: Callback<bool>,
}

/// Renders the toolbar, in the strings `t` with the ids `ids`. A function, not a component: it
/// has no state of its own, and a component of its own compiled Yew's component machinery once
/// more into the reader's wasm (issue 9); the app's render builds it, with the same markup.
pub fn toolbar(props: &ToolbarProps, t: &I18n, ids: &InstanceId) -> Html {
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    let redo = props.on_action.reform(|_: MouseEvent| Action::Redo);
    let undo_title = match props.history.undo_label() {
        Some(step) => t.text(&Msg::UndoTitle { step }),
        None => t.get(Key::NothingToUndoTitle).to_string(),
    };
    let redo_title = match props.history.redo_label() {
        Some(step) => t.text(&Msg::RedoTitle { step }),
        None => t.get(Key::NothingToRedoTitle).to_string(),
    };
    let export = props.on_panel.reform(|_: MouseEvent| Panel::Export);
    let import = props.on_panel.reform(|_: MouseEvent| Panel::Import);
    let open = !props.sheet;
    let sheet = props.on_sheet.reform(move |_: MouseEvent| open);
    html! {
        <div class="aa-toolbar" role="toolbar" aria-label={t.get(Key::ToolsLabel).to_string()}>
            if !props.read_only {
            <button type="button" class="aa-button" onclick={undo} disabled={!props.history.can_undo()}
                title={undo_title} aria-keyshortcuts="Control+Z Meta+Z"><span aria-hidden="true">{ "↶ " }</span><span class="aa-button__label">{ t.get(Key::Undo) }</span></button>
            <button type="button" class="aa-button" onclick={redo} disabled={!props.history.can_redo()}
                title={redo_title} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"><span aria-hidden="true">{ "↷ " }</span><span class="aa-button__label">{ t.get(Key::Redo) }</span></button>
            }
            <button type="button" class="aa-button" onclick={export} aria-expanded={(props.panel == Some(Panel::Export)).to_string()}
                aria-controls={ids.id("export-title")}>{ t.get(Key::Export) }</button>
            if !props.read_only {
            <button type="button" class="aa-button" onclick={import} aria-expanded={(props.panel == Some(Panel::Import)).to_string()}
                aria-controls={ids.id("import-title")}>{ t.get(Key::Import) }</button>
            }
            <button type="button" class="aa-button aa-sheet__open" onclick={sheet} aria-expanded={props.sheet.to_string()}
                aria-controls={ids.id("list-title")}>{ t.text(&Msg::ListTitle { n: props.n_annotations }) }</button>
        </div>
    }
}
