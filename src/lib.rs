//! article-annotator: a news article with inline highlights for claims, demands and unanswered
//! questions, which readers extend with their own annotations and export as W3C Web Annotations.
//!
//! Layers, from the inside out (see ARCHITECTURE.md); a module names only its own layer and the
//! ones before it, and no files import each other in a loop (`tests/native/tidy_layers.rs`):
//! - [`model`]: pure text and annotation logic, no browser or framework types;
//! - [`seed`]: the shipped seed article (and the synthetic benchmark one), as data;
//! - [`state`]: the single owner of UI state, a pure reducer over typed actions (no framework);
//! - [`dom`]: browser helpers (selection, storage, geometry, focus, events, in-place highlights)
//!   and the widget's class names and selectors ([`dom::markup`]);
//! - [`options`]: what a host page configures for one widget, and the bridge to its JS API;
//! - [`hooks`]: the reducer with storage and host events, document-level listeners;
//! - [`components`]: Yew components that map state to markup and turn DOM events into actions
//!   (they read the elements their events point at with web-sys, by `dom::markup`'s names;
//!   selection, storage, focus and placing go through `dom`);
//! - [`desk`]: the editor's desk (issue 12), reached only from its own bundle;
//! - [`embed`]: start-up and everything a host page calls (mount, the element, the JS API).
//! - `cli` (native only): the newsroom's command line, `article-annotator-cli`.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod components;
pub mod desk;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod model;
pub mod options;
pub mod seed;
pub mod state;
