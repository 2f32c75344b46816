//! `suggest`: reads an article (plain text or Markdown, optional metadata), runs the
//! suggester and writes its suggestions as a W3C AnnotationCollection to stdout or a file.

use std::fs;
use std::path::Path;

use super::args::{flags, switch, value};
use super::{CliError, Output};
use crate::model::article::{Article, ArticleId, ArticleMeta};
use crate::model::bundle::parse_meta;
use crate::model::category::Category;
use crate::model::source::{detect, read_markdown, read_plain_text, SourceFormat};
use crate::model::suggest::suggest;
use crate::model::w3c::{suggestions_to_json, Generator};
use crate::model::Timestamp;

/// `help suggest`.
pub const HELP: &str = "\
article-annotator-cli suggest: propose claims, demands and open questions

Usage:
  article-annotator-cli suggest --article FILE [--meta FILE] [--out FILE] [--compact]

Flags:
  --article FILE  The article: plain text (one paragraph per line) or Markdown (.md,
                  .markdown; front matter title/standfirst, a leading # heading as the
                  title). `-` reads standard input as plain text.
  --meta FILE     Metadata JSON as in seeds/*.json: {\"id\", \"title\", \"standfirst\",
                  \"source\"}. `source` (the article's URL or URN) becomes every target's
                  source. Without it the id comes from the file name, the title from the
                  Markdown or the file name, and the source is urn:article-annotator:article:ID.
  --out FILE      Write the collection to FILE instead of standard output.
  --compact       One-line JSON instead of indented.
  -h, --help      This help.

Output: a W3C Web Annotation AnnotationCollection. Each suggestion has motivation
`classifying`; a classifying SpecificResource body urn:article-annotator:category:claim
(or demand, question); the reason as a commenting TextualBody (\"attributed statement:
'said'\"); a tagging body `automatic` and the rule id as a describing body; the Software
suggester as creator and this program as generator; a confidence (0-1, ITS taConfidence);
and a target with TextQuoteSelector, TextPositionSelector (Unicode code points of the
text, paragraphs joined by one newline) and a Text Fragment selector. Set
SOURCE_DATE_EPOCH for a fixed `created` time.
";

/// What `suggest` was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The article file (`-` for standard input).
    pub article: String,
    /// The metadata file, if any.
    pub meta: Option<String>,
    /// Where to write, or standard output.
    pub out: Option<String>,
    /// One-line JSON.
    pub compact: bool,
}

/// Parses `suggest`'s flags.
pub fn parse(args: &[String]) -> Result<Options, CliError> {
    let given = flags(args, &["article", "meta", "out"], &["compact"])?;
    let article =
        value(&given, "article").ok_or_else(|| CliError::usage("suggest needs --article FILE"))?;
    Ok(Options {
        article: article.to_string(),
        meta: value(&given, "meta").map(String::from),
        out: value(&given, "out").map(String::from),
        compact: switch(&given, "compact"),
    })
}

fn read(path: &str, what: &str) -> Result<String, CliError> {
    if path == "-" {
        return std::io::read_to_string(std::io::stdin()).map_err(|e| {
            CliError::input(format!("cannot read the {what} from standard input: {e}"))
        });
    }
    fs::read_to_string(path)
        .map_err(|e| CliError::input(format!("cannot read the {what} {path}: {e}")))
}

/// An article id from a file name: its stem with anything outside the id alphabet dropped
/// (or `article` when nothing is left).
fn id_from_path(path: &str) -> Result<ArticleId, CliError> {
    let stem = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let clean: String = stem
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(128)
        .collect();
    ArticleId::parse(&clean)
        .or_else(|| ArticleId::parse("article"))
        .ok_or_else(|| {
            CliError::input(format!(
                "cannot make an article id from {path}; give --meta"
            ))
        })
}

/// Reads the article and its metadata into an [`Article`].
pub fn load(options: &Options) -> Result<Article, CliError> {
    let text = read(&options.article, "article")?;
    let format = match options.article.as_str() {
        "-" => SourceFormat::PlainText,
        path => detect(None, path, &text),
    };
    let source = match format {
        SourceFormat::Markdown => read_markdown(&text),
        SourceFormat::PlainText => read_plain_text(&text),
        SourceFormat::Json => {
            return Err(CliError::input(format!(
                "{} looks like JSON; give the article as plain text or Markdown and the metadata with --meta",
                options.article
            )))
        }
    };
    let meta = match &options.meta {
        Some(path) => parse_meta(&read(path, "metadata")?)
            .map_err(|e| CliError::input(format!("unusable metadata in {path}: {e}")))?,
        None => {
            let id = id_from_path(&options.article)?;
            ArticleMeta {
                title: source
                    .title
                    .clone()
                    .unwrap_or_else(|| id.as_str().to_string()),
                standfirst: source.standfirst.clone(),
                source: format!("urn:article-annotator:article:{}", id.as_str()),
                id,
            }
        }
    };
    // With its Markdown structure, which `render` carries to the page (`suggest` reads only the text).
    let article = Article::from_blocks(meta, &source.body, source.blocks);
    if article.paragraphs().is_empty() {
        return Err(CliError::input(format!(
            "the article {} has no text",
            options.article
        )));
    }
    Ok(article)
}

/// Runs `suggest`, stamping each suggestion `created`.
pub fn run(options: &Options, created: &Timestamp) -> Result<Output, CliError> {
    let article = load(options)?;
    let suggestions = suggest(&article);
    let generator = Generator {
        id: concat!(
            "urn:article-annotator:software:cli:",
            env!("CARGO_PKG_VERSION")
        ),
        name: concat!("article-annotator-cli ", env!("CARGO_PKG_VERSION")),
    };
    let mut json =
        suggestions_to_json(&article, &suggestions, created, generator, !options.compact);
    json.push('\n');
    let count = |c: Category| suggestions.iter().filter(|s| s.category == c).count();
    let summary = format!(
        "{} suggestions ({} claims, {} demands, {} questions)",
        suggestions.len(),
        count(Category::Claim),
        count(Category::Demand),
        count(Category::Question)
    );
    match &options.out {
        Some(path) => {
            fs::write(path, &json)
                .map_err(|e| CliError::input(format!("cannot write {path}: {e}")))?;
            Ok(Output {
                stdout: String::new(),
                notes: vec![format!("wrote {summary} to {path}")],
            })
        }
        None => Ok(Output {
            stdout: json,
            notes: vec![summary],
        }),
    }
}
