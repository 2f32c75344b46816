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
        // One struct literal whose members never return early: the first error is kept and
        // returned after it. (With a `?` per member, each `?` dropped the members read before
        // it, and those drops came out as code for each of the 20.)
        let mut error = None;
        let mut keep = |read: Result<Option<String>, String>| {
            read.unwrap_or_else(|e| {
                error.get_or_insert(e);
                None
            })
        };
        let config = EmbedConfig {
            instance: keep(text(map, "instance", "")),
            article_id: keep(text(map, "articleId", "")),
            canonical_url: keep(text(map, "canonicalUrl", "")),
            headline: keep(text(map, "headline", "")),
            standfirst: keep(text(map, "standfirst", "")),
            storage_key: keep(text(map, "storageKey", "")),
            readonly: any(map, "readonly"),
            labels: any(map, "labels"),
            strings: any(map, "strings"),
            colors: any(map, "colors"),
            lang: keep(text(map, "lang", "")),
            dir: keep(text(map, "dir", "")),
            lang_data: keep(text(map, "langData", "")),
            exclude: keep(text(map, "exclude", "")),
            source: match any(map, "source").map(|v| Fetched::from_value(&v)) {
                Some(Err(e)) => {
                    keep(Err(e));
                    None
                }
                read => read.and_then(Result::ok),
            },
            source_error: keep(text(map, "sourceError", "")),
            annotations_text: keep(text(map, "annotationsText", "")),
            annotations_error: keep(text(map, "annotationsError", "")),
            for_selector: keep(text(map, "for", "")),
            for_error: keep(text(map, "forError", "")),
            config_error: keep(text(map, "configError", "")),
            // Read by the caller, never given in the configuration (`markdown.rs`).
            markdown: None,
        };
        match error {
            Some(e) => Err(e),
            None => Ok(config),
        }
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
