//! The editor's desk bundle (issue 12): a second wasm, built by `scripts/desk.mjs` (a Trunk
//! post-build hook) into `dist/desk/`, loaded only by `dist/desk.html` and by the embed loader
//! for `<article-annotator mode="editor">`. The JS exports live here, not in the library, so the
//! reader's wasm (`src/main.rs`) carries neither the desk nor the suggester.

use article_annotator::desk::Desk;
use article_annotator::dom::events::from_json;
use wasm_bindgen::prelude::*;

/// A mounted desk: `destroy()`, `publish()` (the editorial layer as a W3C collection object),
/// `time_suggest(runs)` (the suggester timed in this wasm, for the benchmark).
#[wasm_bindgen]
pub struct DeskHandle {
    desk: Desk,
    instance: String,
}

#[wasm_bindgen]
impl DeskHandle {
    /// Unmounts the desk; the saved draft stays.
    pub fn destroy(&mut self) {
        self.desk.destroy();
    }

    /// The prefix of the desk's element ids.
    #[wasm_bindgen(getter)]
    pub fn instance(&self) -> String {
        self.instance.clone()
    }

    /// The accepted drafts as a W3C AnnotationCollection object, by the editor; an error when
    /// no editor is named yet.
    pub fn publish(&self) -> Result<JsValue, JsValue> {
        article_annotator::embed::desk::publish_json(&self.desk)
            .map(|json| from_json(&json))
            .map_err(|message| JsError::new(&message).into())
    }

    /// The same document (the element's `export()` in editor mode).
    pub fn export_collection(&self) -> Result<JsValue, JsValue> {
        self.publish()
    }

    /// The suggester run `runs` times on this desk's article: milliseconds per run.
    pub fn time_suggest(&self, runs: usize) -> Vec<f64> {
        article_annotator::embed::desk::time_suggest(&self.desk, runs)
    }
}

/// Mounts the desk an `<article-annotator mode="editor">` element describes (see
/// `src/embed/desk.rs`).
#[wasm_bindgen]
pub fn mount_desk(host: JsValue, config: JsValue, target: JsValue) -> Result<DeskHandle, JsValue> {
    let (desk, instance) = article_annotator::embed::desk::mount_desk(host, config, target)?;
    Ok(DeskHandle { desk, instance })
}

fn main() {}
