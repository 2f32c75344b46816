//! The JS handle of one mounted widget: `destroy()`, and the host's API to the reader's
//! annotations (`annotations()`, `set_annotations()`, `export_collection()`, `import_document()`),
//! all in W3C Web Annotation JSON-LD. `src/embed/element.js` exposes them on the element.

use serde_json::Value;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::components::App;
use crate::dom::events;
use crate::hooks::{detail, reader_collection};
use crate::model::w3c::{parse_document, standalone_annotation_jsonld, ImportReport};
use crate::model::Origin;
use crate::options::Bridge;
use crate::state::{Action, AppState};

/// A mounted widget; `destroy()` removes it and detaches its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    pub(crate) app: Option<yew::AppHandle<App>>,
    pub(crate) instance: String,
    pub(crate) bridge: Bridge,
    pub(crate) events: Option<Element>,
}

/// What a script on the page called the documents it handed over.
const SCRIPT_SOURCE: &str = "the page's script";

#[wasm_bindgen]
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
    #[wasm_bindgen(getter)]
    pub fn instance(&self) -> String {
        self.instance.clone()
    }

    /// The reader's annotations: an array of W3C Annotation objects.
    pub fn annotations(&self) -> Result<JsValue, JsValue> {
        let state = self.state()?;
        let items: Vec<Value> = state
            .annotations
            .iter()
            .filter(|p| p.annotation.origin == Origin::Reader)
            .map(|p| standalone_annotation_jsonld(&state.article, p))
            .collect();
        to_js(&Value::Array(items).to_string())
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
        self.run(Action::ReplaceReader {
            source: SCRIPT_SOURCE.into(),
            parsed,
        })
    }

    /// The reader's annotations as one W3C AnnotationCollection object; also announced to the
    /// page as an `article-annotator:export` event.
    pub fn export_collection(&self) -> Result<JsValue, JsValue> {
        let state = self.state()?;
        let json = reader_collection(&state.article, &state.annotations);
        if let Some(target) = &self.events {
            events::emit(target, "export", &detail(&self.instance, "document", &json));
        }
        to_js(&json)
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
        let summary = outcome.map(|o| &o.summary);
        let count = |f: fn(&crate::model::import::ImportSummary) -> usize| {
            Value::from(summary.map_or(0, f))
        };
        let result = serde_json::json!({
            "imported": count(|s| s.imported),
            "alreadyPresent": count(|s| s.already_present),
            "fuzzy": count(|s| s.fuzzy),
            "orphaned": count(|s| s.orphaned),
            "rejected": count(|s| s.rejected),
            "error": outcome.and_then(|o| o.error.clone()),
        });
        to_js(&result.to_string())
    }
}

fn not_mounted() -> JsValue {
    JsError::new("article-annotator: the widget is not mounted (destroyed, or not ready yet)")
        .into()
}

/// `[]`, or a page or collection with no items.
fn is_empty_document(json: &str) -> bool {
    let Ok(value) = serde_json::from_str::<Value>(json) else {
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

fn to_js(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json)
}
