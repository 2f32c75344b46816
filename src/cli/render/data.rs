//! `render`'s data: the article data a page carries, the bundle the browser will build from it
//! (through the very functions the wasm calls), and the checks a newsroom wants before
//! publishing (annotations that cannot be used fail the run, orphans fail unless allowed).

use super::{CliError, Options, Shape};
use crate::embed::{bundle_from_value, embed_options, page_options, EmbedConfig, PageFacts};
use crate::model::article::json::blocks_to_json;
use crate::model::article::Article;
use crate::model::bundle::Bundle;
use crate::model::i18n::Lang;
use crate::model::json::{Map, Value};
use crate::model::AnchorStatus;
use crate::options::WidgetOptions;

/// The article data as the page carries it: `{meta, text, blocks?, annotations}`, the text as
/// read, with `blocks`, its Markdown structure (`model::article::json`), when it has one: the
/// browser shows the same structure without reading Markdown (the reader's wasm cannot).
pub fn article_data(article: &Article, annotations: Option<Value>) -> Value {
    let meta = &article.meta;
    let mut meta_json = Map::new();
    meta_json.insert("id".into(), meta.id.as_str().into());
    meta_json.insert("title".into(), meta.title.as_str().into());
    meta_json.insert("source".into(), meta.source.as_str().into());
    if let Some(standfirst) = &meta.standfirst {
        meta_json.insert("standfirst".into(), standfirst.as_str().into());
    }
    let mut data = Map::new();
    data.insert("meta".into(), meta_json.into());
    data.insert("text".into(), article.text().as_str().into());
    data.insert("annotations".into(), annotations.unwrap_or_default());
    if let Some(blocks) = blocks_to_json(&article.paragraph_blocks()) {
        data.insert("blocks".into(), blocks);
    }
    Value::Object(data)
}

/// What the browser will build from `data`, and the options it will mount with: for a template,
/// the standalone page's (its data island; strings from `lang`, the template's `<html lang>`);
/// otherwise the element's (its inline data as `src` content, its `lang` attribute and, for a
/// language other than English, the strings file the loader fetches beside itself).
pub fn browser_view(
    data: &Value,
    shape: &Shape,
    instance: &str,
    lang: Option<&str>,
) -> (Bundle, WidgetOptions) {
    if matches!(shape, Shape::Template(_)) {
        return (bundle_from_value(data), page_options(lang));
    }
    let lang = lang.unwrap_or("en");
    let source = Value::object([
        ("url", "inline".into()),
        ("contentType", "application/json".into()),
        ("text", data.to_string().into()),
    ]);
    let mut config = Map::new();
    config.insert("instance".into(), instance.into());
    config.insert("lang".into(), lang.into());
    config.insert("source".into(), source);
    let file = Lang::from_tag(lang).file_name().and_then(language_file);
    if let Some(file) = file {
        config.insert("langData".into(), file.into());
    }
    let config = EmbedConfig::from_value(&Value::Object(config)).unwrap_or_default();
    let page = PageFacts {
        title: String::new(),
        url: String::new(),
    };
    (config.bundle(None, &page), embed_options(&config).0)
}

/// The strings files in `i18n/`, which the build copies beside the loader.
fn language_file(name: &str) -> Option<&'static str> {
    Some(match name {
        "ar.json" => include_str!("../../../i18n/ar.json"),
        "de.json" => include_str!("../../../i18n/de.json"),
        "es.json" => include_str!("../../../i18n/es.json"),
        "fr.json" => include_str!("../../../i18n/fr.json"),
        _ => return None,
    })
}

/// Refuses a bundle whose annotations the widget could not use; lists orphans (an error unless
/// allowed) and approximate placements (warnings).
pub(super) fn check(bundle: &Bundle, options: &Options) -> Result<Vec<String>, CliError> {
    let source = options.annotations.as_deref().unwrap_or("(none)");
    // `model::bundle::load` reports a rejected item or an unreadable document as an error, a
    // doubtful one as a warning, and then each orphan (listed below from the placements).
    let unusable: Vec<&str> = bundle
        .problems
        .iter()
        .map(String::as_str)
        .filter(|p| {
            p.starts_with("editorial annotation rejected")
                || p.starts_with("editorial annotations not loaded")
        })
        .collect();
    if !unusable.is_empty() {
        return Err(CliError::input(format!(
            "the annotations {source} cannot be used: {}",
            unusable.join("; ")
        )));
    }
    let describe = |status: AnchorStatus| {
        bundle
            .editorial
            .iter()
            .filter(|p| p.placement.status == status)
            .map(|p| {
                let quote: String = p.annotation.target.quote.exact.chars().take(60).collect();
                format!("{} \u{201c}{quote}\u{201d}", p.annotation.id.as_str())
            })
            .collect::<Vec<_>>()
    };
    let orphans = describe(AnchorStatus::Orphaned);
    let mut notes: Vec<String> = bundle
        .problems
        .iter()
        .filter(|p| p.starts_with("editorial annotation warning"))
        .map(|p| format!("warning: {p}"))
        .collect();
    notes.extend(
        describe(AnchorStatus::Fuzzy)
            .into_iter()
            .map(|a| format!("warning: placed approximately: {a}")),
    );
    if !orphans.is_empty() {
        let list = orphans.join(", ");
        let n = orphans.len();
        if !options.allow_orphans {
            return Err(CliError::input(format!(
                "{n} annotation(s) in {source} do not anchor in {}: {list} (fix them, or pass --allow-orphans)",
                options.article
            )));
        }
        notes.extend(
            orphans
                .iter()
                .map(|a| format!("warning: not found in the text: {a}")),
        );
    }
    Ok(notes)
}
