//! `render`: pre-renders the widget for one article (plain text or Markdown, optional metadata
//! and editorial annotations) as HTML that reads without JavaScript and that the widget's wasm
//! hydrates: a complete page, a fragment for a CMS template, or a filled page template.
//!
//! The markup is the widget's own first render (the same components, through Yew's server
//! renderer), of the very bundle the browser will build from the data island written beside
//! it, so the two agree by construction; the fingerprint beside the markup lets the browser
//! check that before hydrating.

use std::fs;
use std::rc::Rc;

use super::args::{flags, switch, value};
use super::page::{fill_template, fragment, page, script_safe_json};
use super::suggest;
use super::{CliError, Output};
use crate::components::prerender::{fingerprint, render_to_html};
use crate::components::AppProps;
use crate::model::json;
use crate::model::Category;

mod data;

pub use data::{article_data, browser_view};

/// The `lang` of a page's `<html>` element, as the standalone page reads it.
fn html_lang(page: &str) -> Option<String> {
    let tag = &page[page.find("<html")?..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find(" lang=\"")? + 7..];
    Some(value[..value.find('"')?].to_string()).filter(|l| !l.is_empty())
}

/// `help render`.
pub const HELP: &str = "\
article-annotator-cli render: pre-render an article with its highlights and notes

Usage:
  article-annotator-cli render --article FILE [--meta FILE] [--annotations FILE]
      [--out FILE] [--fragment | --template FILE] [--instance NAME] [--assets URL]
      [--allow-orphans]

Flags:
  --article FILE      The article: plain text (one paragraph per line) or Markdown (.md,
                      .markdown; front matter title/standfirst, a leading # heading as the
                      title). `-` reads standard input as plain text.
  --meta FILE         Metadata JSON as in seeds/*.json: {\"id\", \"title\", \"standfirst\",
                      \"source\"}. Without it the id comes from the file name and the title
                      from the Markdown or the file name.
  --annotations FILE  The editorial annotations: a W3C Web Annotation document (JSON-LD).
  --out FILE          Write to FILE instead of standard output.
  --fragment          Write only the <article-annotator> element (the widget's markup and
                      its article data) for a CMS template; the page must load
                      article-annotator.js and article-annotator.css.
  --template FILE     Fill FILE, a page with <div id=\"article-annotator\"></div> (as the
                      built dist/index.html): the markup goes inside it, the data island
                      (#article-annotator-data) before </body>, the title into <title>.
                      Run again on its own output to render another article.
  --instance NAME     The widget's element-id prefix (letters, digits, - and _; default aa).
                      Two widgets on one page need two names. Not with --template.
  --assets URL        Where the page finds article-annotator.js and .css (default: its own
                      directory). Only for a complete page.
  --lang TAG          The widget's language, written as its `lang` (default en); the
                      strings of fr, de, es and ar come from i18n/, as the loader's do.
                      Not with --template (the page's <html lang> decides).
  --allow-orphans     Write the page even when editorial annotations do not anchor in the
                      text; they are listed as warnings and under the notes as not found.
  -h, --help          This help.

Without --fragment or --template the output is a complete page. Every output reads without
JavaScript: the article, every editorial highlight, numbered notes after the text linked
both ways. With JavaScript the widget takes over the same elements.

Errors (exit 1): a missing or empty article, metadata or annotations that cannot be read,
an annotation the widget would reject, and, unless --allow-orphans, annotations that do
not anchor in the text (each listed). Approximate placements are warnings.
";

/// What `render` was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The article file (`-` for standard input).
    pub article: String,
    /// The metadata file, if any.
    pub meta: Option<String>,
    /// The editorial annotations file, if any.
    pub annotations: Option<String>,
    /// Where to write, or standard output.
    pub out: Option<String>,
    /// What to write.
    pub shape: Shape,
    /// The element-id prefix.
    pub instance: String,
    /// The widget's language (`lang` on the element; a complete page's too).
    pub lang: String,
    /// Write even when annotations do not anchor.
    pub allow_orphans: bool,
}

/// The kinds of output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A complete page loading the loader from this URL prefix.
    Page {
        /// URL prefix of `article-annotator.js` and `.css`.
        assets: String,
    },
    /// Only the `<article-annotator>` element.
    Fragment,
    /// This page template, filled.
    Template(String),
}

/// Parses `render`'s flags.
pub fn parse(args: &[String]) -> Result<Options, CliError> {
    let names = [
        "article",
        "meta",
        "annotations",
        "out",
        "template",
        "instance",
        "assets",
        "lang",
    ];
    let given = flags(args, &names, &["fragment", "allow-orphans"])?;
    let article =
        value(&given, "article").ok_or_else(|| CliError::usage("render needs --article FILE"))?;
    let template = value(&given, "template").map(String::from);
    let instance = value(&given, "instance");
    let assets = value(&given, "assets");
    let lang = value(&given, "lang");
    let shape = match (switch(&given, "fragment"), template) {
        (true, Some(_)) => {
            return Err(CliError::usage(
                "--fragment and --template exclude each other",
            ))
        }
        (_, Some(_)) if instance.is_some() || assets.is_some() || lang.is_some() => {
            return Err(CliError::usage(
                "--instance, --assets and --lang do not apply to --template (its widget is `aa`, its language the page's)",
            ))
        }
        (true, None) if assets.is_some() => {
            return Err(CliError::usage("--assets applies to complete pages only"))
        }
        (true, None) => Shape::Fragment,
        (false, Some(path)) => Shape::Template(path),
        (false, None) => Shape::Page {
            assets: assets.unwrap_or_default().to_string(),
        },
    };
    let instance = instance.unwrap_or("aa");
    let valid = (1..=32).contains(&instance.len())
        && instance
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid {
        return Err(CliError::usage(format!(
            "--instance {instance:?} must be 1-32 letters, digits, - or _"
        )));
    }
    let lang = lang.unwrap_or("en");
    let valid = (1..=35).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !valid {
        return Err(CliError::usage(format!(
            "--lang {lang:?} must be a language tag (letters, digits and -)"
        )));
    }
    Ok(Options {
        article: article.to_string(),
        lang: lang.to_string(),
        meta: value(&given, "meta").map(String::from),
        annotations: value(&given, "annotations").map(String::from),
        out: value(&given, "out").map(String::from),
        shape,
        instance: instance.to_string(),
        allow_orphans: switch(&given, "allow-orphans"),
    })
}

fn read(path: &str, what: &str) -> Result<String, CliError> {
    fs::read_to_string(path)
        .map_err(|e| CliError::input(format!("cannot read the {what} {path}: {e}")))
}

/// Runs `render`.
pub fn run(options: &Options) -> Result<Output, CliError> {
    let article = suggest::load(&suggest::Options {
        article: options.article.clone(),
        meta: options.meta.clone(),
        out: None,
        compact: false,
    })?;
    let annotations =
        match &options.annotations {
            Some(path) => Some(json::from_str(&read(path, "annotations")?).map_err(|e| {
                CliError::input(format!("the annotations {path} are not JSON: {e}"))
            })?),
            None => None,
        };
    let data = article_data(&article, annotations);
    let template = match &options.shape {
        Shape::Template(path) => Some(read(path, "template")?),
        _ => None,
    };
    let lang = match &template {
        Some(page) => html_lang(page),
        None => Some(options.lang.clone()),
    };
    let (bundle, widget) = browser_view(&data, &options.shape, &options.instance, lang.as_deref());
    let mut notes = data::check(&bundle, options)?;
    let count = |c: Category| {
        let n = bundle.editorial.iter();
        n.filter(|p| p.annotation.category == c).count()
    };
    let summary = format!(
        "{} paragraphs, {} editorial annotations ({} claims, {} demands, {} questions)",
        bundle.article.paragraphs().len(),
        bundle.editorial.len(),
        count(Category::Claim),
        count(Category::Demand),
        count(Category::Question)
    );
    let title = bundle.article.meta.title.clone();
    let props = AppProps {
        bundle: Rc::new(bundle),
        instance: options.instance.clone().into(),
        options: Rc::new(widget),
    };
    let mark = fingerprint(&props);
    let markup = render_to_html(props).map_err(CliError::input)?;
    let island = script_safe_json(&data);
    let element = || fragment(&options.instance, &options.lang, &mark, &markup, &island);
    let mut html = match (&options.shape, &template) {
        (Shape::Template(path), Some(page)) => fill_template(page, &title, &mark, &markup, &island)
            .map_err(|e| CliError::input(format!("{path}: {e}")))?,
        (Shape::Page { assets }, _) => page(&title, &options.lang, assets, &element()),
        _ => element(),
    };
    if !html.ends_with('\n') {
        html.push('\n');
    }
    match &options.out {
        Some(path) => {
            fs::write(path, &html)
                .map_err(|e| CliError::input(format!("cannot write {path}: {e}")))?;
            notes.push(format!(
                "rendered {summary} to {path} ({} bytes)",
                html.len()
            ));
            Ok(Output {
                stdout: String::new(),
                notes,
            })
        }
        None => {
            notes.push(format!("rendered {summary}"));
            Ok(Output {
                stdout: html,
                notes,
            })
        }
    }
}
