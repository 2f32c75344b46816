//! Writing the suggester's output as a W3C AnnotationCollection, labelled as automatic.
//!
//! Each suggestion becomes an annotation shaped like the widget's exports (`export.rs`: the
//! same writer, escapes, selectors and Text Fragment directive), so the widget imports it as
//! it is, plus what marks it as machine-made: a `Software` creator (the suggester) beside the
//! `generator` (the program that ran it, named by the caller), a `tagging` body "automatic",
//! the reason as the `commenting` body, the rule id as a `describing` body, and a confidence
//! as ITS 2.0 `taConfidence` (0–1), the one term the collection's `@context` adds. Ids are
//! `urn:uuid:`s derived from the article, category and span, so rerunning the suggester on the
//! same text gives the same ids (pipelines can diff their output).

use super::fragment::{link_joiner, push_directive};
use crate::model::anchor::describe;
use crate::model::annotation::{AnnotationId, Timestamp};
use crate::model::article::Article;
use crate::model::category::Category;
use crate::model::json::write::{entry, JsonWriter};
use crate::model::suggest::Suggestion;

/// IRI of the suggester in each annotation's `creator`.
pub const SUGGESTER_ID: &str = concat!(
    "urn:article-annotator:software:suggester:",
    env!("CARGO_PKG_VERSION")
);

/// Name of the suggester in each annotation's `creator`.
pub const SUGGESTER_NAME: &str = concat!("article-annotator suggester ", env!("CARGO_PKG_VERSION"));

/// The `tagging` body's value on every suggestion.
pub const AUTOMATIC_TAG: &str = "automatic";

/// The program that ran the suggester, written as each annotation's `generator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Generator<'a> {
    /// An IRI such as `urn:article-annotator:software:cli:0.1.0`.
    pub id: &'a str,
    /// A name such as `article-annotator-cli 0.1.0`.
    pub name: &'a str,
}

/// A stable id for a suggestion (the CLI's and the desk's): two FNV-1a hashes of the article's source, its text hash,
/// the category and the span, as a `urn:uuid:`.
pub fn suggestion_id(article: &Article, text_hash: &str, s: &Suggestion) -> AnnotationId {
    let key = format!(
        "{}\n{text_hash}\n{}\n{}\n{}",
        article.meta.source,
        s.category.token(),
        s.span.start(),
        s.span.end()
    );
    let fnv = |basis: u64| {
        key.bytes().fold(basis, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let high = fnv(0xcbf2_9ce4_8422_2325);
    let low = fnv(0x8422_2325_cbf2_9ce4);
    AnnotationId::from_uuid_bits((u128::from(high) << 64) | u128::from(low))
}

fn category_source(category: Category) -> &'static str {
    match category {
        Category::Claim => "urn:article-annotator:category:claim",
        Category::Demand => "urn:article-annotator:category:demand",
        Category::Question => "urn:article-annotator:category:question",
    }
}

/// The suggestions for `article` as an AnnotationCollection (indented when `pretty`), each
/// made at `created` by the suggester and run by `generator`.
pub fn suggestions_to_json(
    article: &Article,
    suggestions: &[Suggestion],
    created: &Timestamp,
    generator: Generator<'_>,
    pretty: bool,
) -> String {
    let mut w = JsonWriter::new(512 + 1500 * suggestions.len(), pretty);
    w.open('{');
    w.entry(entry!("@context"));
    w.open('[');
    w.item();
    w.string_of(&["http://www.w3.org/ns/anno.jsonld"]);
    w.item();
    w.open('{');
    w.entry(entry!(
        "confidence" = "http://www.w3.org/2005/11/its/rdf#taConfidence"
    ));
    w.close('}');
    w.close(']');
    w.entry(entry!("type" = "AnnotationCollection"));
    w.field(
        entry!("label"),
        &format!("Automatic suggestions: {}", article.meta.title),
    );
    w.field_number(entry!("total"), suggestions.len());
    w.entry(entry!("first"));
    w.open('{');
    w.entry(entry!("type" = "AnnotationPage"));
    w.field_number(entry!("startIndex"), 0);
    w.entry(entry!("items"));
    w.open('[');
    let text_hash = article.text_hash();
    let joiner = link_joiner(&article.meta.source);
    let mut directive = String::with_capacity(256);
    for s in suggestions {
        let Some(quote) = describe(article.text(), s.span) else {
            continue;
        };
        w.item();
        w.open('{');
        w.field(entry!("id"), suggestion_id(article, &text_hash, s).as_str());
        w.entry(entry!("type" = "Annotation"));
        w.entry(entry!("motivation" = "classifying"));
        w.field(entry!("created"), created.as_str());
        w.entry(entry!("creator"));
        w.open('{');
        w.field(entry!("id"), SUGGESTER_ID);
        w.entry(entry!("type" = "Software"));
        w.field(entry!("name"), SUGGESTER_NAME);
        w.close('}');
        w.entry(entry!("generator"));
        w.open('{');
        w.field(entry!("id"), generator.id);
        w.entry(entry!("type" = "Software"));
        w.field(entry!("name"), generator.name);
        w.close('}');
        w.field_percent(entry!("confidence"), s.confidence.percent());
        w.entry(entry!("body"));
        w.open('[');
        w.item();
        w.open('{');
        w.entry(entry!("type" = "SpecificResource"));
        w.entry(entry!("purpose" = "classifying"));
        w.field(entry!("source"), category_source(s.category));
        w.close('}');
        let bodies = [
            ("commenting", s.reason.to_string()),
            ("tagging", AUTOMATIC_TAG.to_string()),
            ("describing", s.reason.kind.id().to_string()),
        ];
        for (purpose, value) in bodies {
            w.item();
            w.open('{');
            w.entry(entry!("type" = "TextualBody"));
            w.field(entry!("purpose"), purpose);
            w.field(entry!("value"), &value);
            w.entry(entry!("format" = "text/plain"));
            w.entry(entry!("language" = "en"));
            w.close('}');
        }
        w.close(']');
        directive.clear();
        let has_directive =
            push_directive(&mut directive, &quote.exact, &quote.prefix, &quote.suffix);
        w.entry(entry!("target"));
        w.open('{');
        if let Some(joiner) = joiner.filter(|_| has_directive) {
            w.entry(entry!("id"));
            w.string_of(&[&article.meta.source, joiner, &directive]);
        }
        w.field(entry!("source"), &article.meta.source);
        w.entry(entry!("selector"));
        w.open('[');
        w.item();
        w.open('{');
        w.entry(entry!("type" = "TextQuoteSelector"));
        w.field(entry!("exact"), &quote.exact);
        w.field(entry!("prefix"), &quote.prefix);
        w.field(entry!("suffix"), &quote.suffix);
        w.close('}');
        w.item();
        w.open('{');
        w.entry(entry!("type" = "TextPositionSelector"));
        w.field_number(entry!("start"), s.span.start());
        w.field_number(entry!("end"), s.span.end());
        w.close('}');
        if has_directive {
            w.item();
            w.open('{');
            w.entry(entry!("type" = "FragmentSelector"));
            w.entry(entry!(
                "conformsTo" = "https://wicg.github.io/scroll-to-text-fragment/"
            ));
            w.field(entry!("value"), &directive);
            w.close('}');
        }
        w.close(']');
        w.close('}');
        w.close('}');
    }
    w.close(']');
    w.close('}');
    w.close('}');
    w.finish()
}
