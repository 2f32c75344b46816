//! Markdown for the reader's wasm, which links no Markdown reader: the Markdown an embedded widget's article needs read, and reading it with the Markdown bundle through the embed loader.
//!
//! Pages whose article is already read (pre-rendered pages, data islands: `blocks`) never need
//! this. A `src` that is Markdown, or JSON data an older CLI wrote with `"format": "markdown"`,
//! is read by the Markdown bundle (`src/bin/article-annotator-markdown.rs`, built by
//! `scripts/markdown.mjs`), which the loader (`element.js`, `readMarkdown`) loads on first use
//! and whose answer `model::article::json` reads. When it cannot be loaded the widget shows the
//! text as plain text and says why (`config.rs`). The CLI and the desk read Markdown natively.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::data::{old_markdown, MarkdownRead};
use super::EmbedConfig;
use crate::model::article::json::source_from_json;
use crate::model::source::{detect, SourceArticle, SourceFormat};

impl EmbedConfig {
    /// The Markdown `bundle` needs read (into `markdown`) before it can show the fetched `src`:
    /// the document itself when it is Markdown, or the `text` of JSON article data an older CLI
    /// wrote (`"format": "markdown"`). Not needed when the widget is given in-place text.
    pub fn markdown_text(&self) -> Option<String> {
        let fetched = self.source.as_ref()?;
        match detect(fetched.content_type.as_deref(), &fetched.url, &fetched.text) {
            SourceFormat::Markdown => Some(fetched.text.clone()),
            SourceFormat::PlainText => None,
            // Parsed here only when it may be old data, not twice for every JSON article.
            SourceFormat::Json if !crate::model::scan::contains(&fetched.text, "\"markdown\"") => {
                None
            }
            SourceFormat::Json => {
                let value = crate::model::json::from_str(&fetched.text).ok()?;
                old_markdown(&value).map(str::to_string)
            }
        }
    }

    /// Reads [`EmbedConfig::markdown_text`] with `read` (`model::source::read_markdown`: the CLI
    /// and the desk, whose builds link it).
    pub fn read_markdown_with(&mut self, read: impl FnOnce(&str) -> SourceArticle) {
        if let Some(source) = self.markdown_text().as_deref().map(read) {
            self.markdown = Some(Ok(source));
        }
    }
}

/// Reads `text` with `reader`, the loader's `readMarkdown(text)`: a promise of the JSON text
/// `model::article::json` describes. Never fails: `Err` says why there is no reading.
pub(super) async fn read_with(reader: &JsValue, text: &str) -> MarkdownRead {
    let Some(reader) = reader.dyn_ref::<js_sys::Function>() else {
        return Err("this page has no Markdown reader".into());
    };
    let promise = reader
        .call1(&JsValue::NULL, &JsValue::from_str(text))
        .map_err(not_loaded)?;
    let answer = JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(not_loaded)?;
    let json = answer
        .as_string()
        .ok_or("the Markdown reader answered no text")?;
    source_from_json(&json).map_err(|e| format!("the Markdown reader's answer is unusable: {e}"))
}

/// What the loader's rejection says (an `Error`'s message, or a string).
fn not_loaded(error: JsValue) -> String {
    let message = js_sys::Reflect::get(&error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no reason given".into());
    format!("the Markdown reader could not be loaded ({message})")
}
