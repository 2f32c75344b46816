//! Mounting the editor's desk for `<article-annotator mode="editor">` (and `dist/desk.html`):
//! the same configuration as the reader's element (`src`, `annotations`, `for`, metadata,
//! `storage-key`), plus `editor`, the name published as the creator. Without an article it
//! opens the seed as received, with no editorial layer, for a review from scratch.
//!
//! Only the desk's bundle calls this (through `src/bin/article-annotator-desk.rs`, which holds
//! the JS exports): nothing on the reader's wasm path names it, so readers never download the
//! desk or the suggester.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{default_instance, page_facts, valid_instance, EmbedConfig};
use crate::desk::{render, Desk, DeskOptions};
use crate::dom::host::HostArticle;
use crate::dom::markup;
use crate::model::bundle::Bundle;
use crate::model::json::{self, Value};
use crate::model::source::read_markdown;
use crate::seed::seed_bundle;

/// Mounts a desk inside `host` as `config` (what the loader read and fetched) describes;
/// `target` is the host's article element for `for="…"` (the desk reviews a copy of its
/// text), else `null`. Errors only for a bad host element.
pub fn mount_desk(
    host: JsValue,
    config: JsValue,
    target: JsValue,
) -> Result<(Desk, String), JsValue> {
    let host: web_sys::Element = host
        .dyn_into()
        .map_err(|_| JsError::new("mount_desk: host must be an Element"))?;
    if host
        .query_selector(markup::CHILD_ROOT)
        .ok()
        .flatten()
        .is_some()
    {
        return Err(JsError::new("mount_desk: this element already holds a widget").into());
    }
    let json = js_sys::JSON::stringify(&config)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let raw = json::from_str(&json).unwrap_or_default();
    let mut config = EmbedConfig::from_value(&raw).unwrap_or_else(|e| EmbedConfig {
        config_error: Some(format!("the configuration could not be read: {e}")),
        ..EmbedConfig::default()
    });
    let instance = config
        .instance
        .clone()
        .filter(|s| valid_instance(s))
        .unwrap_or_else(default_instance);
    let in_place = target
        .dyn_into::<web_sys::Element>()
        .ok()
        .map(|element| HostArticle::read(element, config.exclude.as_deref()));
    let says_where = config.source.is_some()
        || config.source_error.is_some()
        || config.config_error.is_some()
        || config.for_selector.is_some()
        || in_place.is_some();
    let bundle = if says_where {
        // The desk's bundle reads Markdown itself (the reader's loads the Markdown bundle).
        config.read_markdown_with(read_markdown);
        config.bundle(in_place.as_ref().map(|h| h.text()), &page_facts())
    } else {
        Bundle {
            editorial: Vec::new(),
            problems: Vec::new(),
            ..seed_bundle()
        }
    };
    let editor = raw
        .get("editor")
        .and_then(Value::as_str)
        .map(|s| s.trim().chars().take(200).collect::<String>())
        .filter(|s| !s.is_empty());
    let options = DeskOptions {
        storage: config.storage(),
        editor,
        events: Some(host.clone()),
    };
    let desk = render(host, bundle, instance.clone(), options);
    Ok((desk, instance))
}

/// The desk's suggestions timed `runs` times on its own article (milliseconds each).
pub fn time_suggest(desk: &Desk, runs: usize) -> Vec<f64> {
    match desk.link.state() {
        Some(state) => crate::desk::time_suggest(&state.article, runs),
        None => Vec::new(),
    }
}

/// The published document as JSON text, or why not yet.
pub fn publish_json(desk: &Desk) -> Result<String, String> {
    let state = desk.link.state().ok_or("the desk is not mounted")?;
    crate::desk::published_json(&state)
}
