//! Serialising placed annotations to W3C Web Annotation JSON-LD, as text or as values.
//!
//! The document is written by hand into one pre-sized `String` (`json/write.rs`): serde's derived
//! serialisers took over twice as long in the size-optimised wasm build (10,000 annotations:
//! 65 ms, now under 30), and a JSON `Value` costs dozens of small allocations per
//! annotation. Fixed keys and values are literals (`entry!`) equal to `ANNO_CONTEXT`,
//! `MOTIVATION`, `TEXT_FRAGMENT_SPEC` and the `GENERATOR_*` constants, which
//! `tests/w3c_writer.rs` checks against a reference built from them. Per annotation the
//! quote and its context are borrowed from the article (two code-point lookups), and the Text
//! Fragment directive is built in one reused buffer. Each target carries a
//! `TextQuoteSelector` (32 code points of context), a `TextPositionSelector` in code points
//! and a `FragmentSelector` holding a Text Fragment directive (`:~:text=…`, see
//! `fragment.rs`); when the article's source is an http(s) URL the target's `id` is the full
//! link to the passage. Values (`collection_to_jsonld`) are parsed back from the text.

use super::fragment::{link_joiner, push_directive};
use crate::model::anchor::{AnchorStatus, CONTEXT_LEN};
use crate::model::annotation::Origin;
use crate::model::article::Article;
use crate::model::category::Category;
use crate::model::json::write::{entry, Entry, JsonWriter};
use crate::model::json::Value;
use crate::model::placement::Placed;
use crate::model::span::Span;
use crate::model::utf8::{back_chars, forward_chars};

/// Name and version written as every annotation's `generator`.
pub const GENERATOR_NAME: &str = concat!("article-annotator ", env!("CARGO_PKG_VERSION"));

/// IRI of the software (this version) in `generator.id`.
pub const GENERATOR_ID: &str =
    concat!("urn:article-annotator:software:", env!("CARGO_PKG_VERSION"));

/// Bytes reserved per annotation: a compact synthetic one takes about 980, an indented one
/// about 1,500; the buffer only grows for long quotes and notes.
const BYTES_PER_ANNOTATION: usize = 1024;

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

/// The classifying body's `source` entry: the category's IRI, written without escaping.
fn category_source(category: Category) -> Entry {
    match category {
        Category::Claim => entry!("source" = "urn:article-annotator:category:claim"),
        Category::Demand => entry!("source" = "urn:article-annotator:category:demand"),
        Category::Question => entry!("source" = "urn:article-annotator:category:question"),
    }
}

/// What every annotation of one export shares, worked out once.
pub(super) struct Export<'a> {
    article: &'a Article,
    source: &'a str,
    /// `Some` when the source is a web URL: targets then get a link as their `id`.
    joiner: Option<&'static str>,
    /// The current annotation's Text Fragment directive (reused, so allocated once).
    directive: String,
}

impl<'a> Export<'a> {
    pub(super) fn new(article: &'a Article) -> Export<'a> {
        let source = article.meta.source.as_str();
        Export {
            article,
            source,
            joiner: link_joiner(source),
            directive: String::with_capacity(256),
        }
    }

    /// Writes one annotation object (without `@context`, which the collection carries).
    pub(super) fn annotation(&mut self, w: &mut JsonWriter, placed: &Placed) {
        let annotation = &placed.annotation;
        let stored = &annotation.target.quote;
        // Placed for sure (exact, moved): the quote is refreshed from the article, as the reader
        // saw it. Orphans and fuzzy guesses keep the selectors they came with, unconfirmed.
        let (exact, prefix, suffix, position) = match placed
            .placement
            .span
            .filter(|_| placed.placement.status != AnchorStatus::Fuzzy)
            .and_then(|span| Some((quote_at(self.article, span)?, span)))
        {
            Some(((exact, prefix, suffix), span)) => (exact, prefix, suffix, Some(span)),
            None => (
                stored.exact.as_str(),
                stored.prefix.as_str(),
                stored.suffix.as_str(),
                annotation.target.position,
            ),
        };
        w.open('{');
        w.field(entry!("id"), annotation.id.as_str());
        w.entry(entry!("type" = "Annotation"));
        w.entry(entry!("motivation" = "classifying"));
        if let Some(created) = &annotation.created {
            w.field(entry!("created"), created.as_str());
        }
        if let Some(modified) = &annotation.modified {
            w.field(entry!("modified"), modified.as_str());
        }
        if let Some(via) = &annotation.via {
            w.field(entry!("via"), via);
        }
        if annotation.origin == Origin::Editorial {
            w.entry(entry!("creator"));
            agent(
                w,
                [
                    entry!("id" = "urn:article-annotator:agent:editorial-desk"),
                    entry!("type" = "Organization"),
                    entry!("name" = "Editorial desk"),
                ],
            );
        }
        w.entry(entry!("generator"));
        agent(
            w,
            [
                entry!(
                    "id" = concat!("urn:article-annotator:software:", env!("CARGO_PKG_VERSION"))
                ),
                entry!("type" = "Software"),
                entry!("name" = concat!("article-annotator ", env!("CARGO_PKG_VERSION"))),
            ],
        );
        w.entry(entry!("body"));
        w.open('[');
        w.item();
        w.open('{');
        w.entry(entry!("type" = "SpecificResource"));
        w.entry(entry!("purpose" = "classifying"));
        w.entry(category_source(annotation.category));
        w.close('}');
        if !annotation.note.is_empty() {
            w.item();
            w.open('{');
            w.entry(entry!("type" = "TextualBody"));
            w.entry(entry!("purpose" = "commenting"));
            w.field(entry!("value"), &annotation.note);
            w.entry(entry!("format" = "text/plain"));
            w.close('}');
        }
        w.close(']');
        self.directive.clear();
        let has_directive = push_directive(&mut self.directive, exact, prefix, suffix);
        w.entry(entry!("target"));
        w.open('{');
        if let Some(joiner) = self.joiner.filter(|_| has_directive) {
            w.entry(entry!("id"));
            w.string_of(&[self.source, joiner, &self.directive]);
        }
        w.field(entry!("source"), self.source);
        w.entry(entry!("selector"));
        w.open('[');
        w.item();
        w.open('{');
        w.entry(entry!("type" = "TextQuoteSelector"));
        w.field(entry!("exact"), exact);
        w.field(entry!("prefix"), prefix);
        w.field(entry!("suffix"), suffix);
        w.close('}');
        if let Some(span) = position {
            w.item();
            w.open('{');
            w.entry(entry!("type" = "TextPositionSelector"));
            w.field_number(entry!("start"), span.start());
            w.field_number(entry!("end"), span.end());
            w.close('}');
        }
        if has_directive {
            w.item();
            w.open('{');
            w.entry(entry!("type" = "FragmentSelector"));
            w.entry(entry!(
                "conformsTo" = "https://wicg.github.io/scroll-to-text-fragment/"
            ));
            w.field(entry!("value"), &self.directive);
            w.close('}');
        }
        w.close(']');
        w.close('}');
        w.close('}');
    }
}

/// A `creator` or `generator` object: its `id`, `type` and `name` entries.
fn agent(w: &mut JsonWriter, entries: [Entry; 3]) {
    w.open('{');
    for entry in entries {
        w.entry(entry);
    }
    w.close('}');
}

/// One annotation as a JSON-LD object (without `@context`, which the collection carries).
pub fn annotation_to_jsonld(article: &Article, placed: &Placed) -> Value {
    let mut w = JsonWriter::new(BYTES_PER_ANNOTATION, false);
    Export::new(article).annotation(&mut w, placed);
    // The writer's output is always valid JSON.
    crate::model::json::from_str(&w.finish()).unwrap_or_default()
}

/// One annotation on its own (a host page's event, the embed API): with its `@context`, as the
/// model requires of a top-level annotation.
pub fn standalone_annotation_jsonld(article: &Article, placed: &Placed) -> Value {
    let mut value = annotation_to_jsonld(article, placed);
    if let Value::Object(map) = &mut value {
        map.insert(
            "@context".into(),
            Value::from("http://www.w3.org/ns/anno.jsonld"),
        );
    }
    value
}

/// A whole `AnnotationCollection` with one embedded page holding `items`, as a value.
pub fn collection_to_jsonld<'a>(
    article: &Article,
    label: &str,
    items: impl IntoIterator<Item = &'a Placed>,
) -> Value {
    crate::model::json::from_str(&collection_to_json(article, label, items, false))
        .unwrap_or_default()
}

/// The same collection written straight to JSON text (indented when `pretty`): the fast path
/// for downloads and the clipboard.
pub fn collection_to_json<'a>(
    article: &Article,
    label: &str,
    items: impl IntoIterator<Item = &'a Placed>,
    pretty: bool,
) -> String {
    // `total` comes before the items, so they are counted first.
    let items: Vec<&Placed> = items.into_iter().collect();
    write_collection(article, label, &items, pretty)
}

/// The body of [`collection_to_json`], compiled once rather than per iterator type.
fn write_collection(article: &Article, label: &str, items: &[&Placed], pretty: bool) -> String {
    let per_item = BYTES_PER_ANNOTATION + if pretty { BYTES_PER_ANNOTATION / 2 } else { 0 };
    let mut w = JsonWriter::new(512 + label.len() * 6 + per_item * items.len(), pretty);
    w.open('{');
    w.entry(entry!("@context" = "http://www.w3.org/ns/anno.jsonld"));
    w.entry(entry!("type" = "AnnotationCollection"));
    w.field(entry!("label"), label);
    w.field_number(entry!("total"), items.len());
    w.entry(entry!("first"));
    w.open('{');
    w.entry(entry!("type" = "AnnotationPage"));
    w.field_number(entry!("startIndex"), 0);
    w.entry(entry!("items"));
    w.open('[');
    let mut export = Export::new(article);
    for placed in items {
        w.item();
        export.annotation(&mut w, placed);
    }
    w.close(']');
    w.close('}');
    w.close('}');
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::{category_source, quote_at, JsonWriter};
    use crate::model::anchor::describe;
    use crate::model::article::{Article, ArticleId, ArticleMeta};
    use crate::model::{Category, Span};

    #[test]
    fn static_iris_are_the_category_iris() {
        for category in Category::ALL {
            let mut w = JsonWriter::new(0, false);
            w.entry(category_source(category));
            assert_eq!(w.finish(), format!("\"source\":\"{}\"", category.iri()));
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
