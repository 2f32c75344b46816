//! The Markdown bundle: a third, small wasm exporting `read_markdown(text)`, which the embed loader loads only for an article that is Markdown at run time.
//!
//! The reader's wasm links no Markdown reader (pre-rendered pages and data islands carry the
//! article already read; see `model::article::json`). For a `src` that is Markdown, the loader
//! (`src/embed/element.js`) loads this bundle, built by `scripts/markdown.mjs` into
//! `dist/markdown/`, and hands its answer to the reader (`src/embed/markdown.rs`).
//!
//! It is compiled from the model's own files (`#[path]` below: the Markdown reader, the block
//! types and the JSON shape), not by linking the library: every bin that links the library also
//! exports the library's `#[wasm_bindgen]` items (`mount`, `mount_embed`, `WidgetHandle`), and
//! with them the whole widget, as the desk's bundle does.

use wasm_bindgen::prelude::*;

// Only what the Markdown reader needs; the rest of these files (used by the library) is unused.
#[path = "../model"]
#[allow(dead_code, unused_imports, unused_macros)]
mod model {
    pub mod article {
        mod block;
        pub mod json;
        pub use block::{Block, BlockKind, Inline, InlineStyle};
    }
    pub mod json;
    pub mod order;
    pub mod scan;
    pub mod source;
    pub mod span;
}

/// The article in Markdown `text`, read: `{title?, standfirst?, text, blocks}` as JSON text
/// (see `model::article::json`). Never fails: any text reads as something.
#[wasm_bindgen]
pub fn read_markdown(text: &str) -> String {
    model::article::json::source_to_json(&model::source::read_markdown(text))
}

fn main() {}
