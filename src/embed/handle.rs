//! The JS handle of one mounted widget: `destroy()`, and the host's API to the reader's
//! annotations (`annotations()`, `set_annotations()`, `export_collection()`, `import_document()`),
//! all in W3C Web Annotation JSON-LD. `src/embed/element.js` exposes them on the element.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::components::App;
use crate::dom::events::{self, detail, from_json};
use crate::model::json::{self, Value};
use crate::model::w3c::{
    parse_document, reader_collection, standalone_annotation_json, ImportReport,
};
use crate::model::Origin;
use crate::options::Bridge;
use crate::state::{Action, AppState};

/// A mounted widget; `destroy()` removes it and detaches its listeners.
#[cfg_attr(feature = "reader-exports", wasm_bindgen)]
pub struct WidgetHandle {
    pub(crate) app: Option<yew::AppHandle<App>>,
    pub(crate) instance: String,
    pub(crate) bridge: Bridge,
    pub(crate) events: Option<Element>,
}

/// What a script on the page called the documents it handed over.
const SCRIPT_SOURCE: &str = "the page's script";

#[cfg_attr(feature = "reader-exports", wasm_bindgen)]
impl WidgetHandle {
    /// Unmounts the widget: its markup, highlights and document listeners go; saved
    /// annotations stay.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.bridge.disconnect();
    }

    /// The prefix of the widget's element ids.
    #[cfg_attr(feature = "reader-exports", wasm_bindgen(getter))]
    pub fn instance(&self) -> String {
        self.instance.clone()
    }

    /// The reader's annotations: an array of W3C Annotation objects.
    pub fn annotations(&self) -> Result<JsValue, JsValue> {
        let state = self.state()?;
        let items: Vec<String> = state
            .annotations
            .iter()
            .filter(|p| p.annotation.origin == Origin::Reader)
            .map(|p| standalone_annotation_json(&state.article, p))
            .collect();
        // One array of the written texts, parsed once by the browser.
        Ok(from_json(&format!("[{}]", items.join(","))))
    }

    /// Replaces the reader's annotations with `document` (an array of annotations, a W3C
    /// collection, or its JSON text); one undoable change. Returns the import summary.
    pub fn set_annotations(&self, document: JsValue) -> Result<JsValue, JsValue> {
        let json = json_text(&document)?;
        // "No annotations" is a valid thing to set (an import of nothing is refused instead).
        let parsed = match parse_document(&json, Origin::Reader) {
            Err(_) if is_empty_document(&json) => Ok(ImportReport::default()),
            parsed => parsed,
        };
        let summary = self.run(Action::ReplaceReader {
            source: SCRIPT_SOURCE.into(),
            parsed,
        })?;
        // Not an annotation document (a backend's error body): the reader's annotations were
        // kept, and the host hears why.
        let refused = self.state()?.import_outcome.and_then(|o| o.error.clone());
        if let (Some(error), Some(target)) = (refused, &self.events) {
            let error = crate::model::i18n::Strings::english().text(&error);
            let message = format!("article-annotator: the annotations were not replaced: {error}");
            events::emit(
                target,
                "error",
                &detail(&self.instance, "message", &message.into()),
            );
        }
        Ok(summary)
    }

    /// The reader's annotations as one W3C AnnotationCollection object; also announced to the
    /// page as an `article-annotator:export` event.
    pub fn export_collection(&self) -> Result<JsValue, JsValue> {
        let state = self.state()?;
        let json = reader_collection(&state.article, state.annotations.iter().map(Rc::as_ref));
        if let Some(target) = &self.events {
            let document = from_json(&json);
            events::emit(
                target,
                "export",
                &detail(&self.instance, "document", &document),
            );
        }
        Ok(from_json(&json))
    }

    /// Adds the annotations in `document` (W3C JSON-LD, Hypothesis or Recogito export; an
    /// object or JSON text), as the Import panel would. Returns the summary.
    pub fn import_document(&self, document: JsValue) -> Result<JsValue, JsValue> {
        let json = json_text(&document)?;
        let parsed = parse_document(&json, Origin::Reader);
        self.run(Action::Import {
            source: SCRIPT_SOURCE.into(),
            parsed,
        })
    }
}

impl WidgetHandle {
    fn state(&self) -> Result<AppState, JsValue> {
        self.bridge.state().ok_or_else(not_mounted)
    }

    /// Sends an import-like action and returns its summary. The reducer runs at dispatch (Yew
    /// renders later), so the state read next holds the import, anchored once.
    fn run(&self, action: Action) -> Result<JsValue, JsValue> {
        if !self.bridge.dispatch(action) {
            return Err(not_mounted());
        }
        let state = self.state()?;
        let outcome = state.import_outcome.as_ref();
        let summary = outcome.map(|o| o.summary).unwrap_or_default();
        let error = outcome
            .and_then(|o| o.error.as_ref())
            // For developers: in English, whatever the reader's language.
            .map_or(JsValue::NULL, |msg| {
                JsValue::from(crate::model::i18n::Strings::english().text(msg))
            });
        let result = js_sys::Object::new();
        let fields = [
            ("imported", JsValue::from(summary.imported)),
            ("alreadyPresent", JsValue::from(summary.already_present)),
            ("fuzzy", JsValue::from(summary.fuzzy)),
            ("orphaned", JsValue::from(summary.orphaned)),
            ("rejected", JsValue::from(summary.rejected)),
            ("duplicates", JsValue::from(summary.duplicates)),
            ("untagged", JsValue::from(summary.untagged)),
            ("error", error),
        ];
        for (key, value) in fields {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&result, &key.into(), &value);
        }
        Ok(result.into())
    }
}

fn not_mounted() -> JsValue {
    JsError::new("article-annotator: the widget is not mounted (destroyed, or not ready yet)")
        .into()
}

/// `[]`, or a page or collection with no items.
fn is_empty_document(json: &str) -> bool {
    let Ok(value) = json::from_str(json) else {
        return false;
    };
    let no_items = |v: &Value| {
        v.get("items")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
    };
    match &value {
        Value::Array(items) => items.is_empty(),
        Value::Object(_) => {
            no_items(&value)
                || value.get("first").is_some_and(no_items)
                || value.get("total").and_then(Value::as_u64) == Some(0)
        }
        _ => false,
    }
}

/// JSON text from a string (taken as is) or plain data (through `JSON.stringify`).
fn json_text(document: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = document.as_string() {
        return Ok(text);
    }
    js_sys::JSON::stringify(document)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("article-annotator: the annotations are not plain data").into())
}
