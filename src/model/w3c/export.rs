//! Serialising placed annotations to W3C Web Annotation JSON-LD, as values or straight to text.
//!
//! The document is described by borrowing structs and written by serde in one pass: building a
//! `serde_json::Value` first costs dozens of small allocations per annotation, which made an
//! export of 10,000 annotations several times slower. Each target carries a `TextQuoteSelector`
//! (32 code points of context), a `TextPositionSelector` in code points and a
//! `FragmentSelector` holding a Text Fragment directive (`:~:text=…`, see `fragment.rs`); when
//! the article's source is an http(s) URL the target's `id` is the full link to the passage.

use serde_json::Value;

use super::fragment::{text_directive, text_fragment_link, TEXT_FRAGMENT_SPEC};
use super::shape::{
    AnnotationOut, Body, Collection, Page, Selector, Target, EDITORIAL_DESK, GENERATOR,
};
use super::{ANNO_CONTEXT, MOTIVATION};
use crate::model::anchor::CONTEXT_LEN;
use crate::model::annotation::Origin;
use crate::model::article::Article;
use crate::model::category::Category;
use crate::model::placement::Placed;
use crate::model::span::Span;
use crate::model::utf8::{back_chars, forward_chars};

/// Name and version written as every annotation's `generator`.
pub const GENERATOR_NAME: &str = concat!("article-annotator ", env!("CARGO_PKG_VERSION"));

/// IRI of the software (this version) in `generator.id`.
pub const GENERATOR_ID: &str =
    concat!("urn:article-annotator:software:", env!("CARGO_PKG_VERSION"));

/// The quote at `span` with [`CONTEXT_LEN`] code points each side: what `anchor::describe`
/// gives, borrowed, and with two code-point lookups instead of six.
fn quote_at(article: &Article, span: Span) -> Option<(&str, &str, &str)> {
    let text = article.text();
    let s = text.as_str();
    let (start, end) = (text.byte_of(span.start())?, text.byte_of(span.end())?);
    let (prefix_start, suffix_end) = (
        back_chars(s, start, CONTEXT_LEN),
        forward_chars(s, end, CONTEXT_LEN),
    );
    Some((
        s.get(start..end)?,
        s.get(prefix_start..start)?,
        s.get(end..suffix_end)?,
    ))
}

/// The category's IRI as a static string (`Category::iri` allocates; an export has thousands).
fn category_iri(category: Category) -> &'static str {
    match category {
        Category::Claim => "urn:article-annotator:category:claim",
        Category::Demand => "urn:article-annotator:category:demand",
        Category::Question => "urn:article-annotator:category:question",
    }
}

fn describe<'a>(article: &'a Article, placed: &'a Placed) -> AnnotationOut<'a> {
    let annotation = &placed.annotation;
    let stored = &annotation.target.quote;
    // The quote is refreshed from the article where the annotation is placed, so an export
    // always describes the text the reader saw; orphans keep their stored selectors unchanged.
    let (exact, prefix, suffix, position) = match placed
        .placement
        .span
        .and_then(|span| Some((quote_at(article, span)?, span)))
    {
        Some(((exact, prefix, suffix), span)) => (exact, prefix, suffix, Some(span)),
        None => (
            stored.exact.as_str(),
            stored.prefix.as_str(),
            stored.suffix.as_str(),
            annotation.target.position,
        ),
    };
    let mut body = vec![Body::SpecificResource {
        purpose: "classifying",
        source: category_iri(annotation.category),
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
    // About a kilobyte per annotation: sized once, the buffer is not copied as it grows.
    let mut out = Vec::with_capacity(1024 * (doc.total + 1));
    let written = if pretty {
        serde_json::to_writer_pretty(&mut out, &doc)
    } else {
        serde_json::to_writer(&mut out, &doc)
    };
    // Writing these plain structs cannot fail, and serde_json writes UTF-8.
    written
        .ok()
        .and_then(|()| String::from_utf8(out).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{category_iri, quote_at};
    use crate::model::anchor::describe;
    use crate::model::article::{Article, ArticleId, ArticleMeta};
    use crate::model::{Category, Span};

    #[test]
    fn static_iris_are_the_category_iris() {
        for category in Category::ALL {
            assert_eq!(category_iri(category), category.iri());
        }
    }

    #[test]
    fn borrowed_quotes_equal_described_ones() {
        let meta = ArticleMeta {
            id: ArticleId::parse("t").expect("valid"),
            title: "T".into(),
            standfirst: None,
            source: "urn:x:t".into(),
        };
        let article =
            Article::from_plain_text(meta, &"Zürich “deal” 😀 e\u{301} talks.\n".repeat(9));
        let n = article.text().n_chars();
        for (start, end) in [(0, 1), (0, n), (5, 40), (n - 3, n), (70, 71)] {
            let span = Span::new(start, end).expect("non-empty");
            let described = describe(article.text(), span).expect("in range");
            let borrowed = quote_at(&article, span).expect("in range");
            assert_eq!(
                borrowed,
                (
                    described.exact.as_str(),
                    described.prefix.as_str(),
                    described.suffix.as_str()
                )
            );
        }
    }
}
