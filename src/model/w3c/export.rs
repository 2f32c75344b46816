//! Serialising placed annotations to W3C Web Annotation JSON-LD, as values or straight to text.
//!
//! The document is described by borrowing structs and written by serde in one pass: building a
//! `serde_json::Value` first costs dozens of small allocations per annotation, which made an
//! export of 10,000 annotations several times slower. Each target carries a `TextQuoteSelector`
//! (32 code points of context), a `TextPositionSelector` in code points and a
//! `FragmentSelector` holding a Text Fragment directive (`:~:text=…`, see `fragment.rs`); when
//! the article's source is an http(s) URL the target's `id` is the full link to the passage.

use serde::Serialize;
use serde_json::Value;

use super::fragment::{text_directive, text_fragment_link, TEXT_FRAGMENT_SPEC};
use super::{ANNO_CONTEXT, MOTIVATION};
use crate::model::anchor::CONTEXT_LEN;
use crate::model::annotation::Origin;
use crate::model::article::Article;
use crate::model::placement::Placed;

/// Name and version written as every annotation's `generator`.
pub const GENERATOR_NAME: &str = concat!("article-annotator ", env!("CARGO_PKG_VERSION"));

/// IRI of the software (this version) in `generator.id`.
pub const GENERATOR_ID: &str =
    concat!("urn:article-annotator:software:", env!("CARGO_PKG_VERSION"));

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    total: usize,
    first: Page<'a>,
}

#[derive(Serialize)]
struct Page<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<AnnotationOut<'a>>,
}

#[derive(Serialize)]
struct AnnotationOut<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Agent>,
    generator: Agent,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(Serialize)]
struct Agent {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
}

const EDITORIAL_DESK: Agent = Agent {
    id: "urn:article-annotator:agent:editorial-desk",
    kind: "Organization",
    name: "Editorial desk",
};

const GENERATOR: Agent = Agent {
    id: GENERATOR_ID,
    kind: "Software",
    name: GENERATOR_NAME,
};

#[derive(Serialize)]
#[serde(tag = "type")]
enum Body<'a> {
    SpecificResource {
        purpose: &'static str,
        source: String,
    },
    TextualBody {
        purpose: &'static str,
        value: &'a str,
        format: &'static str,
    },
}

#[derive(Serialize)]
struct Target<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    source: &'a str,
    selector: Vec<Selector<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Selector<'a> {
    #[serde(rename = "TextQuoteSelector")]
    TextQuote {
        exact: &'a str,
        prefix: &'a str,
        suffix: &'a str,
    },
    #[serde(rename = "TextPositionSelector")]
    TextPosition { start: usize, end: usize },
    #[serde(rename = "FragmentSelector")]
    Fragment {
        #[serde(rename = "conformsTo")]
        conforms_to: &'static str,
        value: String,
    },
}

fn describe<'a>(article: &'a Article, placed: &'a Placed) -> AnnotationOut<'a> {
    let annotation = &placed.annotation;
    let text = article.text();
    let stored = &annotation.target.quote;
    // The quote is refreshed from the article where the annotation is placed, so an export
    // always describes the text the reader saw; orphans keep their stored selectors unchanged.
    let (exact, prefix, suffix, position) = match placed
        .placement
        .span
        .and_then(|span| Some((text.slice(span)?, span)))
    {
        Some((exact, span)) => (
            exact,
            text.before(span.start(), CONTEXT_LEN),
            text.after(span.end(), CONTEXT_LEN),
            Some(span),
        ),
        None => (
            stored.exact.as_str(),
            stored.prefix.as_str(),
            stored.suffix.as_str(),
            annotation.target.position,
        ),
    };
    let mut body = vec![Body::SpecificResource {
        purpose: "classifying",
        source: annotation.category.iri(),
    }];
    if !annotation.note.is_empty() {
        body.push(Body::TextualBody {
            purpose: "commenting",
            value: &annotation.note,
            format: "text/plain",
        });
    }
    let mut selector = vec![Selector::TextQuote {
        exact,
        prefix,
        suffix,
    }];
    if let Some(span) = position {
        selector.push(Selector::TextPosition {
            start: span.start(),
            end: span.end(),
        });
    }
    let directive = text_directive(exact, prefix, suffix);
    let source = article.meta.source.as_str();
    let link = directive
        .as_deref()
        .and_then(|directive| text_fragment_link(source, directive));
    if let Some(value) = directive {
        selector.push(Selector::Fragment {
            conforms_to: TEXT_FRAGMENT_SPEC,
            value,
        });
    }
    AnnotationOut {
        id: annotation.id.as_str(),
        kind: "Annotation",
        motivation: MOTIVATION,
        created: annotation.created.as_ref().map(|t| t.as_str()),
        modified: annotation.modified.as_ref().map(|t| t.as_str()),
        creator: (annotation.origin == Origin::Editorial).then_some(EDITORIAL_DESK),
        generator: GENERATOR,
        body,
        target: Target {
            id: link,
            source,
            selector,
        },
    }
}

fn collection<'a>(label: &'a str, items: Vec<AnnotationOut<'a>>) -> Collection<'a> {
    Collection {
        context: ANNO_CONTEXT,
        kind: "AnnotationCollection",
        label,
        total: items.len(),
        first: Page {
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    }
}

/// One annotation as a JSON-LD object (without `@context`, which the collection carries).
pub fn annotation_to_jsonld(article: &Article, placed: &Placed) -> Value {
    // Serialising these plain structs cannot fail (every map key is a string).
    serde_json::to_value(describe(article, placed)).unwrap_or_default()
}

/// A whole `AnnotationCollection` with one embedded page holding `items`, as a value.
pub fn collection_to_jsonld<'a>(
    article: &Article,
    label: &str,
    items: impl IntoIterator<Item = &'a Placed>,
) -> Value {
    let items = items
        .into_iter()
        .map(|placed| describe(article, placed))
        .collect();
    serde_json::to_value(collection(label, items)).unwrap_or_default()
}

/// The same collection written straight to JSON text (indented when `pretty`): the fast path
/// for downloads and the clipboard.
pub fn collection_to_json<'a>(
    article: &Article,
    label: &str,
    items: impl IntoIterator<Item = &'a Placed>,
    pretty: bool,
) -> String {
    let items = items
        .into_iter()
        .map(|placed| describe(article, placed))
        .collect();
    let doc = collection(label, items);
    let written = if pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    };
    written.unwrap_or_default()
}
