//! An embedded widget's configuration (attributes, a JSON config element, the documents the
//! loader fetched) and the article bundle it describes. No DOM access: the page's own facts
//! (title, canonical URL, in-place text) come in as arguments.

use super::data::{parts, placeholder_meta, unreadable, MarkdownRead};
use crate::model::article::Block;
use crate::model::article::{ArticleId, ArticleMeta};
use crate::model::bundle::{load_blocks, Bundle};
use crate::model::i18n::{Dir, Lang, Strings};
use crate::model::json::{self, Map, Value};
use crate::model::source::{detect, read_plain_text, SourceFormat};
use crate::model::Category;
use crate::options::StorageChoice;

mod read;

/// An article read from `src`: metadata, text, editorial annotations, Markdown structure, and
/// what could not be read.
type Source = (ArticleMeta, String, Option<String>, Vec<Block>, Vec<String>);

/// What the loader hands over (camelCase keys; every one optional; read by `config/read.rs`).
#[derive(Default, Debug)]
pub struct EmbedConfig {
    pub instance: Option<String>,
    pub article_id: Option<String>,
    pub canonical_url: Option<String>,
    pub headline: Option<String>,
    pub standfirst: Option<String>,
    pub storage_key: Option<String>,
    pub readonly: Option<Value>,
    pub labels: Option<Value>,
    pub strings: Option<Value>,
    pub colors: Option<Value>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    /// The language file (`i18n/<lang>.json`) the loader fetched for `lang`.
    pub lang_data: Option<String>,
    pub exclude: Option<String>,
    pub source: Option<Fetched>,
    pub source_error: Option<String>,
    pub annotations_text: Option<String>,
    pub annotations_error: Option<String>,
    /// `for`.
    pub for_selector: Option<String>,
    pub for_error: Option<String>,
    pub config_error: Option<String>,
    /// The `markdown_text` read (`markdown.rs`): the reader's wasm has no Markdown reader, so
    /// its caller reads it first (the Markdown bundle in the browser, `read_markdown` natively).
    pub markdown: Option<MarkdownRead>,
}

/// A document the loader fetched for `src`.
#[derive(Debug)]
pub struct Fetched {
    pub url: String,
    pub content_type: Option<String>,
    pub text: String,
}

/// Facts about the host page, for metadata nobody configured.
pub struct PageFacts {
    /// `document.title`.
    pub title: String,
    /// `<link rel="canonical">`, else the page URL without its fragment.
    pub url: String,
}

impl EmbedConfig {
    /// True unless `readonly` is absent, `false` or `"false"`.
    pub fn read_only(&self) -> bool {
        match &self.readonly {
            None | Some(Value::Null) | Some(Value::Bool(false)) => false,
            Some(Value::String(s)) => s != "false",
            Some(_) => true,
        }
    }

    /// `storage-key`: absent → per article; `none` → nowhere.
    pub fn storage(&self) -> StorageChoice {
        match self.storage_key.as_deref().map(str::trim) {
            None | Some("") => StorageChoice::PerArticle,
            Some("none") => StorageChoice::Off,
            Some(key) => StorageChoice::Key(key.chars().take(200).collect()),
        }
    }

    /// The strings: `lang`'s data (as the loader fetched it), then the host's `strings`
    /// (message id → text) and `labels` (`claim`, `claims`, …: the same ids) over it, each an
    /// object or its JSON text; problems are returned for the console.
    pub fn strings(&self) -> (Strings, Vec<String>) {
        let lang = self.lang().map_or(Lang::En, |tag| Lang::from_tag(&tag));
        let (mut strings, mut problems) = match &self.lang_data {
            Some(text) if lang != Lang::En => {
                let (strings, problems) = Strings::from_json(lang, text);
                let file = lang.file_name().unwrap_or_default();
                (
                    strings,
                    problems.iter().map(|p| format!("{file}: {p}")).collect(),
                )
            }
            _ => (Strings::new(lang), Vec::new()),
        };
        for (name, value) in [("strings", &self.strings), ("labels", &self.labels)] {
            if let Some(map) = object(value.as_ref()) {
                let found = strings.apply_overrides(&Value::Object(map));
                problems.extend(found.iter().map(|p| format!("{name}: {p}")));
            }
        }
        (strings, problems)
    }

    /// `dir`: `rtl` or `ltr` (`auto` and anything else: from the language and the article).
    pub fn dir(&self) -> Option<Dir> {
        match self.dir.as_deref().map(str::trim) {
            Some("rtl") => Some(Dir::Rtl),
            Some("ltr") => Some(Dir::Ltr),
            _ => self.lang().map(|tag| Dir::of_tag(&tag)),
        }
    }

    /// `lang`, if it looks like a language tag (letters, digits, hyphens; at most 35).
    pub fn lang(&self) -> Option<String> {
        self.lang
            .as_deref()
            .map(str::trim)
            .filter(|l| (1..=35).contains(&l.len()))
            .filter(|l| l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .map(str::to_string)
    }

    /// CSS custom properties from `colors` (`--aa-claim-bg: …`): colours only (no `url(`,
    /// `image-set(`, `var(`; see `colors.rs`), anything else left out.
    pub fn colors(&self) -> Vec<(String, String)> {
        let Some(map) = object(self.colors.as_ref()) else {
            return Vec::new();
        };
        let safe = |s: &str| super::colors::is_colour(s);
        let mut out = Vec::new();
        for category in Category::ALL {
            for (key, suffix) in [
                (category.token().to_string(), "bg"),
                (format!("{}-line", category.token()), "line"),
            ] {
                if let Some(value) = map.get(&key).and_then(Value::as_str).filter(|v| safe(v)) {
                    out.push((
                        format!("--aa-{}-{suffix}", category.token()),
                        value.to_string(),
                    ));
                }
            }
        }
        out
    }

    /// The article, from the fetched `src` or the host's in-place text, with the editorial
    /// annotations; problems are reported in the bundle, never as a failure.
    pub fn bundle(&self, in_place_text: Option<&str>, page: &PageFacts) -> Bundle {
        if let Some(problem) = self.config_error.as_ref().or(self.for_error.as_ref()) {
            return unreadable(problem.clone());
        }
        let (mut meta, text, mut annotations, blocks, mut problems) =
            if let Some(text) = in_place_text {
                let mut meta = placeholder_meta(&page.title);
                meta.source = page.url.clone();
                (meta, text.to_string(), None, Vec::new(), Vec::new())
            } else if let Some(fetched) = &self.source {
                match self.read_source(fetched) {
                    Ok(parts) => parts,
                    Err(problem) => return unreadable(problem),
                }
            } else if let Some(problem) = &self.source_error {
                return unreadable(problem.clone());
            } else {
                return unreadable("neither src nor for says where the article is".into());
            };
        self.override_meta(&mut meta);
        if let Some(text) = &self.annotations_text {
            annotations = Some(text.clone());
        } else if let Some(problem) = &self.annotations_error {
            problems.push(problem.clone());
        }
        let mut bundle = load_blocks(meta, &text, blocks, annotations.as_deref());
        problems.append(&mut bundle.problems);
        bundle.problems = problems;
        bundle
    }

    /// (meta, text, annotations document, Markdown structure, problems) from a fetched `src`.
    fn read_source(&self, fetched: &Fetched) -> Result<Source, String> {
        let derived_id = id_from_url(&fetched.url);
        match detect(fetched.content_type.as_deref(), &fetched.url, &fetched.text) {
            SourceFormat::Json => {
                let value = json::from_str(&fetched.text).map_err(|e| {
                    format!("the article at {} is not valid JSON: {e}", fetched.url)
                })?;
                // Only the parts: the editorial layer is placed once, by `bundle` (placing it
                // here too, through `bundle_from_value`, would anchor every annotation twice).
                let parts = parts(&value, self.markdown.as_ref())?;
                let meta = match parts.meta {
                    Ok(meta) => meta,
                    Err(problem) if parts.text.lines().all(|l| l.trim().is_empty()) => {
                        return Err(problem)
                    }
                    Err(_) => placeholder_meta("Untitled article"),
                };
                Ok((
                    meta,
                    parts.text,
                    parts.annotations,
                    parts.blocks,
                    parts.problems,
                ))
            }
            format => {
                let mut problems = Vec::new();
                let article = match (format, &self.markdown) {
                    (SourceFormat::Markdown, Some(Ok(article))) => article.clone(),
                    (SourceFormat::Markdown, read) => {
                        let why = match read {
                            Some(Err(problem)) => problem.as_str(),
                            _ => "this page has no Markdown reader",
                        };
                        problems.push(format!(
                            "the article at {} is Markdown and {why}: it is shown as plain text",
                            fetched.url
                        ));
                        read_plain_text(&fetched.text)
                    }
                    _ => read_plain_text(&fetched.text),
                };
                let mut meta =
                    placeholder_meta(article.title.as_deref().unwrap_or("Untitled article"));
                meta.id = derived_id;
                meta.standfirst = article.standfirst;
                meta.source = fetched.url.clone();
                Ok((meta, article.body, None, article.blocks, problems))
            }
        }
    }

    fn override_meta(&self, meta: &mut ArticleMeta) {
        if let Some(id) = self.article_id.as_deref().and_then(ArticleId::parse) {
            meta.id = id;
        } else if meta.id.as_str() == "untitled" {
            meta.id = id_from_url(&meta.source);
        }
        if let Some(title) = self.headline.as_ref().filter(|t| !t.trim().is_empty()) {
            meta.title = title.trim().to_string();
        }
        if let Some(standfirst) = self.standfirst.as_ref().filter(|t| !t.trim().is_empty()) {
            meta.standfirst = Some(standfirst.trim().to_string());
        }
        if let Some(url) = self.canonical_url.as_ref().filter(|t| !t.trim().is_empty()) {
            meta.source = url.trim().to_string();
        }
    }
}

fn object(value: Option<&Value>) -> Option<Map> {
    match value? {
        Value::Object(map) => Some(map.clone()),
        Value::String(text) => match json::from_str(text) {
            Ok(Value::Object(map)) => Some(map),
            _ => None,
        },
        _ => None,
    }
}

/// An article id from a URL's last path segment ("…/2025/peace-talks.md" → "peace-talks").
pub fn id_from_url(url: &str) -> ArticleId {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let last = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let stem = last.split('.').next().unwrap_or_default();
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(128)
        .collect();
    ArticleId::parse(cleaned.trim_matches('-'))
        .or_else(|| ArticleId::parse("article"))
        .unwrap_or_else(|| placeholder_meta("").id)
}
