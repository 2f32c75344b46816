//! Articles handed to the embed by URL (JSON bundle, Markdown or plain text): telling the formats apart and reading the text ones.
//!
//! JSON bundles are read by `crate::embed::bundle_from_json`; this module decides when a fetched
//! document is one, and reads Markdown and plain text into a [`SourceArticle`] whose body has the
//! shape `Article::from_plain_text` reads (one paragraph per line). Markdown markup is dropped
//! from the text, never turned into HTML, and no input can make it panic; its structure
//! (headings, lists, quotes, code, emphasis, links) is kept beside the text as one [`Block`] per
//! paragraph, for `Article::from_blocks`.
//!
//! Only `detect` and `read_plain_text` are on the reader's wasm path: [`read_markdown`] runs in
//! the CLI (which writes the article already read into pages, `model::article::json`), in the
//! desk's bundle and in the Markdown bundle (`src/bin/article-annotator-markdown.rs`, which
//! compiles this module from its files), so the reader's bundle carries no Markdown reader.

use super::article::Block;

mod blocks;
mod emphasis;
mod front_matter;
mod html;
mod inline;
mod lines;
mod links;
mod lists;

/// What a fetched article document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// A JSON bundle (`{ meta, text, annotations }`), for `crate::embed::bundle_from_json`.
    Json,
    /// Markdown, for [`read_markdown`].
    Markdown,
    /// Plain text, one paragraph per line, for [`read_plain_text`].
    PlainText,
}

/// The text of an article document: optional headline and standfirst, and the body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceArticle {
    /// Headline, when the document names one.
    pub title: Option<String>,
    /// Standfirst (summary under the headline), when the document names one.
    pub standfirst: Option<String>,
    /// Paragraphs separated by `\n`.
    pub body: String,
    /// Markdown only: one block per line of `body`, inline spans relative to the line; empty
    /// for plain text (every paragraph body text).
    pub blocks: Vec<Block>,
}

/// Tells a fetched document's format from its HTTP `Content-Type` (parameters ignored), its URL's
/// extension (query and fragment ignored) and, when both are silent or generic, its first
/// non-space character (`{` is JSON). A JSON media type wins; an explicit Markdown type comes
/// next; then the extension, which beats the generic `text/plain` servers send for `.md` files.
pub fn detect(content_type: Option<&str>, url: &str, body: &str) -> SourceFormat {
    let media = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if media == "application/json" || media.ends_with("+json") || media == "text/json" {
        return SourceFormat::Json;
    }
    if media == "text/markdown" || media == "text/x-markdown" {
        return SourceFormat::Markdown;
    }
    match url_extension(url).as_deref() {
        Some("json" | "jsonld") => return SourceFormat::Json,
        Some("md" | "markdown" | "mdown" | "mkd") => return SourceFormat::Markdown,
        Some("txt" | "text") => return SourceFormat::PlainText,
        _ => {}
    }
    let body = body.trim_start_matches('\u{feff}');
    match body.trim_start().chars().next() {
        Some('{') => SourceFormat::Json,
        _ if looks_like_markdown(body) => SourceFormat::Markdown,
        _ => SourceFormat::PlainText,
    }
}

/// The lower-cased extension of the URL path's last segment, if it has one.
fn url_extension(url: &str) -> Option<String> {
    let url = url.split(['?', '#']).next().unwrap_or(url);
    // Skip the scheme and authority, so a bare host name ("example.com") is no extension.
    let path = match super::scan::find(url, "//") {
        Some(i) if url[..i].is_empty() || url[..i].ends_with(':') => {
            let rest = &url[i + 2..];
            rest.find('/').map_or("", |j| &rest[j..])
        }
        _ => url,
    };
    let name = path.rsplit('/').next().unwrap_or(path);
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// A heading on the first line, or front matter: enough to read an untyped document as Markdown.
fn looks_like_markdown(body: &str) -> bool {
    let first = body.lines().next().unwrap_or("");
    let heading = first.starts_with("# ") || first.starts_with("## ");
    heading || (first.trim_end() == "---" && front_matter::opens(&normalise(body)))
}

/// BOM dropped, CRLF and lone CR turned into LF.
fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    super::scan::unix_lines(text)
}

/// A plain-text document: the body as given, with line endings normalised and a BOM stripped.
pub fn read_plain_text(text: &str) -> SourceArticle {
    SourceArticle {
        title: None,
        standfirst: None,
        body: normalise(text),
        blocks: Vec::new(),
    }
}

/// A Markdown document's readers' text: front matter `title` and `standfirst` (or
/// `description`), a leading level-1 heading as the title if the front matter has none, and one
/// body paragraph per paragraph, heading, list item and fenced code line, each with its block.
pub fn read_markdown(md: &str) -> SourceArticle {
    let text = normalise(md);
    let (front, rest) = front_matter::split(&text);
    let front = front.unwrap_or_default();
    let mut reader = blocks::Blocks::new(rest, front.title.is_some());
    for line in rest.split('\n') {
        reader.line(line);
    }
    let (heading_title, paragraphs) = reader.finish();
    let (texts, blocks): (Vec<String>, Vec<Block>) = paragraphs.into_iter().unzip();
    SourceArticle {
        title: front.title.or(heading_title),
        standfirst: front.standfirst,
        body: texts.join("\n"),
        blocks,
    }
}
