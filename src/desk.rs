//! The editor's desk (issue 12): the suggester's proposals shown as dashed "suggested"
//! highlights over the article, reviewed with the mouse or the keyboard into a draft editorial
//! layer, kept in `localStorage`, and published as W3C JSON-LD for the reader widget's
//! `annotations=`.
//!
//! A layer of its own between `components` (whose article view, selection menu and toast it
//! reuses) and `embed`; its state is the pure reducer `state::desk`. Only the desk's own wasm
//! bundle (`src/bin/article-annotator-desk.rs`, mounted by the loader for
//! `<article-annotator mode="editor">` and by `dist/desk.html`) reaches this module, so the
//! suggester and the desk never ship to readers.

mod app;
mod keys;
mod list;
mod panel;
mod perf;
mod popover;
mod publish;
mod use_desk;

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;
use yew::{AppHandle, UseReducerHandle};

pub use app::{DeskApp, DeskProps};
pub use perf::time_suggest;
pub use publish::published_json;

use crate::model::bundle::Bundle;
use crate::options::StorageChoice;
use crate::state::desk::DeskState;

/// What the page configures for one desk.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeskOptions {
    /// Where the draft is kept: per article (default), under the host's key (see
    /// [`host_draft_key`]), or nowhere.
    pub storage: StorageChoice,
    /// The editor's name from the page (`editor="…"`); wins over a saved one.
    pub editor: Option<String>,
    /// Where `article-annotator:publish` events go.
    pub events: Option<Element>,
}

/// The mounted desk's state, for the JS handle (publish, read the draft).
#[derive(Clone, Default)]
pub struct DeskLink(Rc<RefCell<Option<UseReducerHandle<DeskState>>>>);

impl PartialEq for DeskLink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl DeskLink {
    /// Keeps the latest reducer handle (called by the desk at every render).
    fn set(&self, handle: UseReducerHandle<DeskState>) {
        *self.0.borrow_mut() = Some(handle);
    }

    /// The state as it is now, if the desk is mounted.
    pub fn state(&self) -> Option<Rc<DeskState>> {
        let handle = self.0.borrow();
        handle.as_ref().map(|h| Rc::new((**h).clone()))
    }
}

/// A mounted desk: destroy it, or reach its state.
pub struct Desk {
    /// The Yew app (dropping it does not unmount; `destroy` does).
    pub app: Option<AppHandle<DeskApp>>,
    /// Its state.
    pub link: DeskLink,
}

impl Desk {
    /// Unmounts the desk.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a desk for `bundle` inside `host`.
pub fn render(host: Element, bundle: Bundle, instance: String, options: DeskOptions) -> Desk {
    // Before the suggester tokenizes: the model's grapheme clusters come from the browser,
    // unless this build carries the tables (the desk's bundle does: scripts/desk.mjs).
    #[cfg(not(feature = "grapheme-tables"))]
    crate::dom::graphemes::install();
    let link = DeskLink::default();
    let props = DeskProps {
        bundle: Rc::new(bundle),
        instance: instance.into(),
        options: Rc::new(options),
        link: link.clone(),
    };
    let app = yew::Renderer::<DeskApp>::with_root_and_props(host, props).render();
    Desk {
        app: Some(app),
        link,
    }
}

/// The storage key of the draft under the host's `storage-key`, inside the desk's namespace
/// (as the reader's are inside the widget's), so a value of the host's is never touched.
pub fn host_draft_key(key: &str) -> String {
    format!("article-annotator:desk:key:{key}")
}

/// The storage key of the draft: `article-annotator:desk:v1:<article id>:<text hash>` (spans
/// count code points of one text, so another revision of the article starts a new draft).
pub fn draft_key(article_id: &str, text_hash: &str) -> String {
    format!("article-annotator:desk:v1:{article_id}:{text_hash}")
}
