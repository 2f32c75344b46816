//! article-annotator: a news article with inline highlights for claims, demands and unanswered
//! questions, which readers extend with their own annotations and export as W3C Web Annotations.
//!
//! Layers, from the inside out (see ARCHITECTURE.md):
//! - [`model`]: pure text and annotation logic, no browser types;
//! - [`state`]: the single owner of UI state, a pure reducer over typed actions;
//! - [`dom`]: the only code that talks to browser APIs beyond rendering;
//! - [`components`]: Yew components that map state to markup;
//! - [`seed`]: the article and editorial annotations shipped with the widget;
//! - [`embed`]: what a host page hands the widget (article data) and gets from it;
//! - `cli` (native only): the newsroom's command line, `article-annotator-cli`.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod components;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod model;
pub mod seed;
pub mod state;
