//! Start-up and the widget's whole public surface for host pages: the standalone page's mount
//! ([`mount_seed_app`]), the article data island (a `<script type="application/json"
//! id="article-annotator-data">` read at start-up), the JS API `mount(host, options)` →
//! [`WidgetHandle`] (`window.wasmBindings.mount` on Trunk's pages), and `mount_embed` for the
//! `<article-annotator>` element.
//!
//! Options and island share one shape: `{ meta: {id, title, standfirst?, source}, text, annotations
//! (a W3C document, as an object or a string, or null) }`; `mount` also reads `instance`, the
//! prefix for element ids (letters, digits, `-`, `_`), unique per widget on a page.

mod colors;
mod config;
mod data;
pub mod desk;
mod handle;
mod markdown;
mod start;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub use config::{id_from_url, EmbedConfig, PageFacts};
pub use data::{bundle_from_json, bundle_from_value, MarkdownRead, ISLAND_ID};
pub use handle::WidgetHandle;

use crate::components::AppProps;
use crate::dom::host::HostArticle;
use crate::dom::markup::{self, selector};
use crate::model::bundle::Bundle;
use crate::model::i18n::{Lang, Strings};
use crate::model::json::{self, Value};
use crate::options::WidgetOptions;

/// Mounts the widget into the page's `<div id="article-annotator">`: the article in the page's
/// data island (`#article-annotator-data`, see this module) if it has one, else an empty article
/// that says so. (Benchmark pages carry their generated article in the island too, written by
/// `article-annotator-cli synthetic`, so the generator is not in the reader's wasm.) When the
/// page was pre-rendered (`article-annotator-cli render`), the widget hydrates the server's
/// markup instead of replacing it (`start.rs`).
///
/// Does nothing on other pages: a host page that loads the embed loader (which starts this same
/// wasm) mounts its widgets through `<article-annotator>` elements instead.
pub fn mount_seed_app() {
    let document = gloo::utils::document();
    let Some(root) = document
        .get_element_by_id("article-annotator")
        .filter(|el| el.tag_name() == "DIV")
    else {
        return;
    };
    let bundle = island_bundle().unwrap_or_else(no_article_data);
    let lang = document
        .document_element()
        .map(|html| html.get_attribute("lang").unwrap_or_default())
        .filter(|tag| !tag.is_empty());
    let options = page_options(lang.as_deref());
    let props = AppProps {
        bundle: Rc::new(bundle),
        instance: default_instance().into(),
        options: Rc::new(options),
    };
    crate::dom::guard::install(&root);
    start::start(&root, props);
}

/// The standalone page's options for the page's language (`<html lang>`): it picks the strings,
/// whose file is fetched next to the page after the first render. (The CLI renders a page
/// template with the same options.)
pub fn page_options(lang: Option<&str>) -> WidgetOptions {
    WidgetOptions {
        strings: Rc::new(Strings::new(lang.map_or(Lang::En, Lang::from_tag))),
        i18n_base: Some("i18n/".into()),
        ..WidgetOptions::default()
    }
}

/// The options an embedded widget's configuration gives, and its strings' problems. (The CLI
/// renders a fragment with the same options.)
pub fn embed_options(config: &EmbedConfig) -> (WidgetOptions, Vec<String>) {
    let (strings, problems) = config.strings();
    let options = WidgetOptions {
        storage: config.storage(),
        read_only: config.read_only(),
        strings: Rc::new(strings),
        dir: config.dir(),
        i18n_base: None,
        colors: config.colors(),
        lang: config.lang(),
        ..WidgetOptions::default()
    };
    (options, problems)
}

/// The article data island's bundle, if the page has one (`#article-annotator-data`).
pub fn island_bundle() -> Option<Bundle> {
    let element = gloo::utils::document().get_element_by_id(ISLAND_ID)?;
    Some(bundle_from_json(
        &element.text_content().unwrap_or_default(),
    ))
}

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Mounts a widget inside `host` (an Element). `options` may be `undefined` (the seed article)
/// or `{ meta, text, annotations, instance }`; problems in the article data are reported in the
/// console and the legend, as for the island. Errors only for a bad host or instance.
#[cfg_attr(feature = "reader-exports", wasm_bindgen)]
pub fn mount(host: JsValue, options: JsValue) -> Result<WidgetHandle, JsValue> {
    let host: web_sys::Element = host
        .dyn_into()
        .map_err(|_| JsError::new("mount(host, options): host must be an Element"))?;
    if host.query_selector(selector::ROOT).ok().flatten().is_some() {
        return Err(
            JsError::new("mount: this host already holds a widget; destroy() it first").into(),
        );
    }
    let options = if options.is_undefined() || options.is_null() {
        Value::Null
    } else {
        // Through JSON.stringify: plain data only, and no second deserializer in the bundle.
        let json = js_sys::JSON::stringify(&options)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| {
                JsError::new("mount: options are not plain data (JSON.stringify failed)")
            })?;
        json::from_str(&json)
            .map_err(|e| JsError::new(&format!("mount: options are not plain data: {e}")))?
    };
    if !(options.is_object() || options.is_null()) {
        return Err(JsError::new("mount: options must be an object or undefined").into());
    }
    let instance = match options.get("instance") {
        None | Some(Value::Null) => default_instance(),
        Some(Value::String(s)) if valid_instance(s) => s.clone(),
        Some(other) => {
            let message = format!("mount: instance {other} must be 1–32 letters, digits, - or _");
            return Err(JsError::new(&message).into());
        }
    };
    let has_article = options.get("text").is_some() || options.get("meta").is_some();
    let bundle = if has_article {
        bundle_from_value(&options)
    } else {
        island_bundle().unwrap_or_else(no_article_data)
    };
    Ok(render(host, bundle, instance, WidgetOptions::default()))
}

/// What a page without article data shows. The seed is not compiled into the reader's wasm:
/// the build writes it into `dist/index.html`'s data island (`scripts/island.mjs`).
fn no_article_data() -> Bundle {
    data::unreadable(format!("this page has no #{ISLAND_ID} element"))
}

/// Mounts the widget an `<article-annotator>` element (or a `data-article-annotator` element)
/// describes: `config` is what `src/embed/element.js` read from its attributes and fetched;
/// `target` is the host's article element for `for="…"` (in place), else `null`;
/// `read_markdown` is the loader's `readMarkdown(text)`, awaited only when the article is
/// Markdown (see `markdown.rs`); `after_frame` is the loader's `afterFrame()` (a promise of the
/// next frame), awaited once in place, between painting the editorial highlights over the host's
/// article and the widget's first render (not a function: no wait). Problems with the article
/// show in the widget and the console; errors only for a bad host element.
#[cfg_attr(feature = "reader-exports", wasm_bindgen)]
pub async fn mount_embed(
    host: JsValue,
    config: JsValue,
    target: JsValue,
    read_markdown: JsValue,
    after_frame: JsValue,
) -> Result<WidgetHandle, JsValue> {
    let host: web_sys::Element = host
        .dyn_into()
        .map_err(|_| JsError::new("mount_embed: host must be an Element"))?;
    // A root the server rendered is this widget's, waiting to be hydrated.
    let occupied = host
        .query_selector(markup::CHILD_ROOT)
        .ok()
        .flatten()
        .is_some();
    if occupied && !start::is_prerendered(&host) {
        return Err(JsError::new("mount_embed: this element already holds a widget").into());
    }
    let json = js_sys::JSON::stringify(&config)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let mut config = EmbedConfig::from_json(&json).unwrap_or_else(|e| EmbedConfig {
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
        .map(|element| Rc::new(HostArticle::read(element, config.exclude.as_deref())));
    if let Some(text) = config.markdown_text().filter(|_| in_place.is_none()) {
        config.markdown = Some(markdown::read_with(&read_markdown, &text).await);
    }
    let bundle = config.bundle(in_place.as_ref().map(|h| h.text()), &page_facts());
    if let Some(host) = &in_place {
        paint_early(host, &bundle, &after_frame).await;
    }
    let (options, problems) = embed_options(&config);
    crate::dom::log::warn_all(&problems);
    let options = WidgetOptions {
        events: Some(host.clone()),
        in_place,
        ..options
    };
    Ok(render(host, bundle, instance, options))
}

fn render(
    host: web_sys::Element,
    bundle: Bundle,
    instance: String,
    options: WidgetOptions,
) -> WidgetHandle {
    let (bridge, events) = (options.bridge.clone(), options.events.clone());
    let props = AppProps {
        bundle: Rc::new(bundle),
        instance: instance.clone().into(),
        options: Rc::new(options),
    };
    let app = start::start(&host, props);
    WidgetHandle {
        app: Some(app),
        instance,
        bridge,
        events: events.or(Some(host)),
    }
}

/// In place, the editorial highlights come first: painted over the host's article as soon as
/// they are placed, and shown in a frame of their own (`after_frame`) before the widget's first
/// render, which takes the main thread for a while, and whose drawing replaces them.
async fn paint_early(host: &HostArticle, bundle: &Bundle, after_frame: &JsValue) {
    let ranges: Vec<_> = bundle
        .editorial
        .iter()
        .filter_map(|placed| {
            let range = host.range(placed.placement.span?)?;
            Some((markup::highlight_name(placed.annotation.category), range))
        })
        .collect();
    if ranges.is_empty() {
        return;
    }
    host.early
        .borrow_mut()
        .draw(ranges, crate::dom::highlights::priority);
    if let Some(after_frame) = after_frame.dyn_ref::<js_sys::Function>() {
        if let Ok(promise) = after_frame.call0(&JsValue::NULL) {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await;
        }
    }
}

/// The page's title and canonical URL, for in-place articles nobody described.
fn page_facts() -> PageFacts {
    let document = gloo::utils::document();
    let canonical = document
        .query_selector("link[rel~='canonical'][href]")
        .ok()
        .flatten()
        .and_then(|link| link.dyn_into::<web_sys::HtmlLinkElement>().ok())
        .map(|link| link.href());
    let url = canonical.unwrap_or_else(|| {
        let href = document.url().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_string()
    });
    PageFacts {
        title: document.title(),
        url,
    }
}

/// `aa` for the first widget mounted through the API, then `aa-2`, `aa-3`, …
fn default_instance() -> String {
    let n = MOUNTED.with(|m| {
        m.set(m.get() + 1);
        m.get()
    });
    if n == 1 {
        "aa".into()
    } else {
        format!("aa-{n}")
    }
}

fn valid_instance(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
