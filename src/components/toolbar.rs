//! The toolbar: Undo and Redo, with their shortcuts named for assistive technology.

use yew::prelude::*;

use crate::options::InstanceId;

use crate::state::{Action, History};

/// The panels the toolbar opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Export as JSON-LD.
    Export,
    /// Import from a file or pasted text.
    Import,
}

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
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
    #[prop_or_default]
    pub read_only: bool,
}

/// Renders the toolbar.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let undo = props.on_action.reform(|_: MouseEvent| Action::Undo);
    let redo = props.on_action.reform(|_: MouseEvent| Action::Redo);
    let undo_title = props
        .history
        .undo_label()
        .map_or("Nothing to undo".to_string(), |l| {
            format!("Undo {l} (Ctrl+Z)")
        });
    let redo_title = props
        .history
        .redo_label()
        .map_or("Nothing to redo".to_string(), |l| {
            format!("Redo {l} (Ctrl+Shift+Z)")
        });
    let export = props.on_panel.reform(|_: MouseEvent| Panel::Export);
    let import = props.on_panel.reform(|_: MouseEvent| Panel::Import);
    let ids = use_context::<InstanceId>().unwrap_or_default();
    html! {
        <div class="aa-toolbar" role="toolbar" aria-label="Annotation tools">
            if !props.read_only {
            <button type="button" class="aa-button" onclick={undo} disabled={!props.history.can_undo()}
                title={undo_title} aria-keyshortcuts="Control+Z Meta+Z">{ "↶ Undo" }</button>
            <button type="button" class="aa-button" onclick={redo} disabled={!props.history.can_redo()}
                title={redo_title} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">{ "↷ Redo" }</button>
            }
            <button type="button" class="aa-button" onclick={export} aria-expanded={(props.panel == Some(Panel::Export)).to_string()}
                aria-controls={ids.id("export-title")}>{ "Export" }</button>
            if !props.read_only {
            <button type="button" class="aa-button" onclick={import} aria-expanded={(props.panel == Some(Panel::Import)).to_string()}
                aria-controls={ids.id("import-title")}>{ "Import" }</button>
            }
        </div>
    }
}
