//! Article data handed over by the host page as JSON (the data island, `mount` options, a fetched
//! `src` in JSON), read here and nowhere else, and turned into a [`Bundle`] by
//! [`crate::model::bundle::load`]: never failing as a whole, problems as messages.
//!
//! The shape is `{ "meta": {id, title, standfirst, source}, "text": "…", "blocks": [ … ],
//! "annotations": <W3C JSON-LD document, or null> }`: `blocks`, when the article came from
//! Markdown, is its structure already read (headings, lists, inline styles; the shape is in
//! `model::article::json`), so the reader's wasm never reads Markdown. Data an older
//! `article-annotator-cli render` wrote has `"format": "markdown"` and the Markdown source as
//! `text`: [`old_markdown`] finds it, and whoever can read Markdown (the embed loader's Markdown
//! bundle, the desk, the CLI) hands the result to [`parts`]; without one it is shown as plain
//! text, with a problem that says why. Whatever can be shown is shown: bad metadata gives a placeholder
//! headline, a bad annotations document gives the article without its editorial layer, and only
//! data with no readable `text` gives an empty article whose standfirst says what went wrong.

use std::rc::Rc;

use crate::model::article::json::blocks_from_json;
use crate::model::article::{Article, ArticleId, ArticleMeta, Block};
use crate::model::bundle::{load_blocks, meta_from_value, Bundle};
use crate::model::json::{self, Value};
use crate::model::source::{read_plain_text, SourceArticle};

/// Markdown read outside the reader's wasm (by the Markdown bundle, or natively by the CLI and
/// the desk), or why it could not be read.
pub type MarkdownRead = Result<SourceArticle, String>;

/// The `id` of the `<script type="application/json">` element holding a page's article data.
pub const ISLAND_ID: &str = "article-annotator-data";

/// Builds a bundle from the article data's JSON text.
pub fn bundle_from_json(json: &str) -> Bundle {
    match json::from_str(json) {
        Ok(value) => bundle_from_value(&value),
        Err(error) => unreadable(format!("article data is not valid JSON: {error}")),
    }
}

/// Builds a bundle from already parsed article data.
pub fn bundle_from_value(value: &Value) -> Bundle {
    let parts = match parts(value, None) {
        Ok(parts) => parts,
        Err(problem) => return unreadable(problem),
    };
    let mut problems = parts.problems;
    let meta = parts.meta.unwrap_or_else(|problem| {
        problems.push(problem);
        placeholder_meta("Untitled article")
    });
    let mut bundle = load_blocks(
        meta,
        &parts.text,
        parts.blocks,
        parts.annotations.as_deref(),
    );
    problems.append(&mut bundle.problems);
    bundle.problems = problems;
    bundle
}

/// The parts of article data, read but not yet placed: each caller decides what a bad `meta`
/// means (a placeholder and a message here; `config.rs` is stricter about empty text).
pub(super) struct Parts {
    /// The metadata, or why it could not be read.
    pub meta: Result<ArticleMeta, String>,
    /// The body text, one paragraph a line.
    pub text: String,
    /// The paragraphs' Markdown structure (empty for plain text).
    pub blocks: Vec<Block>,
    /// The editorial annotations document as JSON text, if there is one.
    pub annotations: Option<String>,
    /// What was left out, and why (a bad `blocks`, Markdown nobody read).
    pub problems: Vec<String>,
}

/// The Markdown source in data an older CLI wrote (`"format": "markdown"`), to be read and
/// handed to [`parts`].
pub fn old_markdown(value: &Value) -> Option<&str> {
    let markdown = value.get("format").and_then(Value::as_str) == Some("markdown");
    value
        .get("text")
        .and_then(Value::as_str)
        .filter(|_| markdown)
}

/// Reads `{meta, text, blocks?, annotations}`; `Err` only when there is no `text` string.
/// `markdown` is the [`old_markdown`] of `value` read, if someone could read it.
pub(super) fn parts(value: &Value, markdown: Option<&MarkdownRead>) -> Result<Parts, String> {
    let Some(text) = value.get("text").and_then(Value::as_str) else {
        return Err("article data has no \"text\" string".into());
    };
    let meta = match value.get("meta") {
        Some(meta) => meta_from_value(meta),
        None => Err("article data has no \"meta\" object".into()),
    };
    let annotations = match value.get("annotations") {
        None | Some(Value::Null) => None,
        // A document given as a string (e.g. a file's content passed through) is read as is.
        Some(Value::String(document)) => Some(document.clone()),
        Some(document) => Some(document.to_string()),
    };
    let mut problems = Vec::new();
    let (text, blocks) = match (old_markdown(value), markdown) {
        (Some(_), Some(Ok(source))) => (source.body.clone(), source.blocks.clone()),
        (Some(_), read) => {
            let why = match read {
                Some(Err(problem)) => problem.clone(),
                _ => "this page has no Markdown reader".into(),
            };
            problems.push(format!(
                "the article data is Markdown (\"format\": \"markdown\", from an older \
                 article-annotator-cli render) and {why}: it is shown as plain text; render it again"
            ));
            (read_plain_text(text).body, Vec::new())
        }
        (None, _) => {
            let blocks = match value.get("blocks") {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(blocks) => blocks_from_json(blocks),
            };
            let blocks = blocks.unwrap_or_else(|problem| {
                problems.push(format!(
                    "the article's structure was left out ({problem}): its text is shown as body text"
                ));
                Vec::new()
            });
            (text.to_string(), blocks)
        }
    };
    Ok(Parts {
        meta,
        text,
        blocks,
        annotations,
        problems,
    })
}

/// Metadata for an article nobody described: id `untitled`, a URN source.
pub fn placeholder_meta(title: &str) -> ArticleMeta {
    ArticleMeta {
        id: ArticleId::parse("untitled").expect("literal id is valid"),
        title: title.into(),
        standfirst: None,
        source: "urn:article-annotator:article:untitled".into(),
    }
}

/// An empty article that says why there is nothing to show.
pub fn unreadable(problem: String) -> Bundle {
    let mut meta = placeholder_meta("Article unavailable");
    meta.standfirst = Some(format!(
        "The article data on this page could not be read: {problem}"
    ));
    Bundle {
        article: Rc::new(Article::from_plain_text(meta, "")),
        editorial: Vec::new(),
        problems: vec![problem],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::{SEED_ANNOTATIONS, SEED_META, SEED_TEXT};

    fn island(meta: &str, text: &str, annotations: &str) -> String {
        format!(
            r#"{{"meta": {meta}, "text": {}, "annotations": {annotations}}}"#,
            Value::from(text)
        )
    }

    #[test]
    fn the_seed_given_as_data_equals_the_compiled_seed() {
        let bundle = bundle_from_json(&island(SEED_META, SEED_TEXT, SEED_ANNOTATIONS));
        let seed = crate::seed::seed_bundle();
        assert_eq!(bundle.problems, Vec::<String>::new());
        assert_eq!(bundle.article, seed.article);
        assert_eq!(bundle.editorial.len(), seed.editorial.len());
    }

    #[test]
    fn annotations_may_be_null_absent_or_a_string() {
        let meta = r#"{"id": "a-1", "title": "T", "source": "urn:x:a-1"}"#;
        let text = "One </script> 🦀.\n\nTwo.";
        let null = bundle_from_json(&island(meta, text, "null"));
        assert!(null.problems.is_empty() && null.editorial.is_empty());
        assert_eq!(null.article.paragraphs().len(), 2);
        assert_eq!(null.article.text().as_str(), text);
        let absent = bundle_from_json(&format!(r#"{{"meta": {meta}, "text": "x"}}"#));
        assert!(absent.problems.is_empty());
        let as_string = Value::from(SEED_ANNOTATIONS).to_string();
        let seed = bundle_from_json(&island(SEED_META, SEED_TEXT, &as_string));
        assert_eq!(seed.editorial.len(), 42);
    }

    #[test]
    fn bad_parts_are_reported_and_the_rest_is_shown() {
        let bad_meta = bundle_from_json(&island(r#"{"id": "no spaces"}"#, "Text.", "null"));
        assert_eq!(bad_meta.article.meta.title, "Untitled article");
        assert_eq!(bad_meta.article.text().as_str(), "Text.");
        assert_eq!(bad_meta.problems.len(), 1);
        let bad_annotations = bundle_from_json(&island(SEED_META, SEED_TEXT, "[1, 2]"));
        assert_eq!(
            bad_annotations.article.meta.id.as_str(),
            "000_bfbf250b9c86d46e"
        );
        assert!(!bad_annotations.problems.is_empty());
        assert!(bad_annotations.editorial.is_empty());
    }

    #[test]
    fn unreadable_data_gives_an_empty_article_that_says_why() {
        for json in ["", "{", "[]", r#"{"meta": {}}"#, r#"{"text": 3}"#] {
            let bundle = bundle_from_json(json);
            assert_eq!(bundle.problems.len(), 1, "{json:?}");
            assert!(bundle.article.paragraphs().is_empty());
            let standfirst = bundle.article.meta.standfirst.clone().unwrap_or_default();
            assert!(standfirst.contains(&bundle.problems[0]), "{json:?}");
        }
    }
}
