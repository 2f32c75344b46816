//! Yew components: they map state to markup and turn DOM events into actions, nothing more.

mod annotation_list;
mod app;
mod article_view;
mod blocks;
mod class_attr;
mod export_panel;
mod find_text;
mod host_view;
mod import_panel;
mod legend;
mod list_item;
mod notes;
mod paragraph;
mod popover;
pub mod prerender;
mod selection_menu;
mod toast;
mod toolbar;
mod wiring;

pub use app::{App, AppProps};
// The desk (`crate::desk`) reuses these as they are.
pub use article_view::ArticleView;
pub use notes::Notes;
pub use paragraph::HighlightKey;
pub use selection_menu::SelectionMenu;
pub use toast::{toast, use_toast, ToastProps};

/// An `oninput` callback that keeps `state` equal to a text field's value (textarea or input).
fn bind_text(state: &yew::UseStateHandle<String>) -> yew::Callback<yew::InputEvent> {
    let state = state.clone();
    yew::Callback::from(move |event: yew::InputEvent| {
        use wasm_bindgen::JsCast;
        let value = event.target().and_then(|t| {
            t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                .map(|f| f.value())
                .or_else(|| t.dyn_ref::<web_sys::HtmlInputElement>().map(|f| f.value()))
        });
        if let Some(value) = value {
            state.set(value);
        }
    })
}
