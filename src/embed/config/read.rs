//! Reading an embed's configuration from JSON, as the loader hands it over: every member
//! optional, camelCase, `null` meaning absent, unknown members ignored; a member of the wrong
//! type refuses the configuration with a message naming it (the widget then says why).

use super::{EmbedConfig, Fetched};
use crate::model::json::{self, Map, Value};

/// Member `key` of `map` as a string; `None` when absent or `null`.
fn text(map: &Map, key: &str, path: &str) -> Result<Option<String>, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("`{path}{key}` must be a string")),
    }
}

/// Member `key` of `map` as it is; `None` when absent or `null`.
fn any(map: &Map, key: &str) -> Option<Value> {
    map.get(key).filter(|v| !v.is_null()).cloned()
}

impl EmbedConfig {
    /// The configuration in JSON text (what `JSON.stringify` made of the loader's object).
    pub fn from_json(text: &str) -> Result<EmbedConfig, String> {
        let value = json::from_str(text).map_err(|e| e.to_string())?;
        EmbedConfig::from_value(&value)
    }

    /// The configuration in a parsed JSON object.
    pub fn from_value(value: &Value) -> Result<EmbedConfig, String> {
        let Some(map) = value.as_object() else {
            return Err("the configuration must be a JSON object".into());
        };
        let text = |key: &str| text(map, key, "");
        Ok(EmbedConfig {
            instance: text("instance")?,
            article_id: text("articleId")?,
            canonical_url: text("canonicalUrl")?,
            headline: text("headline")?,
            standfirst: text("standfirst")?,
            storage_key: text("storageKey")?,
            readonly: any(map, "readonly"),
            labels: any(map, "labels"),
            strings: any(map, "strings"),
            colors: any(map, "colors"),
            lang: text("lang")?,
            dir: text("dir")?,
            lang_data: text("langData")?,
            exclude: text("exclude")?,
            source: any(map, "source")
                .map(|v| Fetched::from_value(&v))
                .transpose()?,
            source_error: text("sourceError")?,
            annotations_text: text("annotationsText")?,
            annotations_error: text("annotationsError")?,
            for_selector: text("for")?,
            for_error: text("forError")?,
            config_error: text("configError")?,
            // Read by the caller, never given in the configuration (`markdown.rs`).
            markdown: None,
        })
    }
}

impl Fetched {
    /// A fetched document from `{url, contentType?, text}`.
    pub fn from_value(value: &Value) -> Result<Fetched, String> {
        let Some(map) = value.as_object() else {
            return Err("`source` must be an object".into());
        };
        let required = |key: &str| {
            text(map, key, "source.")?.ok_or_else(|| format!("`source.{key}` is missing"))
        };
        Ok(Fetched {
            url: required("url")?,
            content_type: text(map, "contentType", "source.")?,
            text: required("text")?,
        })
    }
}
