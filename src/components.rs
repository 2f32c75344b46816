//! Yew components: they map state to markup and turn DOM events into actions, nothing more.

mod annotation_list;
mod app;
mod article_view;
mod legend;
mod list_item;
mod paragraph;
mod popover;
mod selection_menu;
mod toast;
mod toolbar;

pub use app::{App, AppProps};
pub use paragraph::HighlightKey;

use std::rc::Rc;

use crate::seed::seed_bundle;

/// Mounts the widget with the seed article into `#article-annotator` (or `<body>` if absent).
pub fn mount_seed_app() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("article-annotator")
        .unwrap_or_else(|| gloo::utils::body().into());
    let props = AppProps {
        bundle: Rc::new(seed_bundle()),
        instance: "aa".into(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
