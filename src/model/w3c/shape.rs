//! The exported JSON-LD shape, as plain serde structs that borrow from the article and the annotations.
//!
//! Field order is the order written. Built by `export.rs`; serde writes them in one pass,
//! without the allocations of a `serde_json::Value` per object.

use serde::Serialize;

use super::export::{GENERATOR_ID, GENERATOR_NAME};

/// An `AnnotationCollection` with its first page embedded.
#[derive(Serialize)]
pub struct Collection<'a> {
    #[serde(rename = "@context")]
    pub context: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub label: &'a str,
    pub total: usize,
    pub first: Page<'a>,
}

/// An `AnnotationPage`.
#[derive(Serialize)]
pub struct Page<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(rename = "startIndex")]
    pub start_index: usize,
    pub items: Vec<AnnotationOut<'a>>,
}

/// One `Annotation`.
#[derive(Serialize)]
pub struct AnnotationOut<'a> {
    pub id: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub motivation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<Agent>,
    pub generator: Agent,
    pub body: Vec<Body<'a>>,
    pub target: Target<'a>,
}

/// A `creator` or `generator`.
#[derive(Serialize)]
pub struct Agent {
    pub id: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: &'static str,
}

/// The creator of editorial annotations.
pub const EDITORIAL_DESK: Agent = Agent {
    id: "urn:article-annotator:agent:editorial-desk",
    kind: "Organization",
    name: "Editorial desk",
};

/// This software, as every annotation's `generator`.
pub const GENERATOR: Agent = Agent {
    id: GENERATOR_ID,
    kind: "Software",
    name: GENERATOR_NAME,
};

/// A body: the category, or the reader's note.
#[derive(Serialize)]
#[serde(tag = "type")]
pub enum Body<'a> {
    SpecificResource {
        purpose: &'static str,
        source: &'static str,
    },
    TextualBody {
        purpose: &'static str,
        value: &'a str,
        format: &'static str,
    },
}

/// The target: the article, the selectors, and the Text Fragment link when there is one.
#[derive(Serialize)]
pub struct Target<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub source: &'a str,
    pub selector: Vec<Selector<'a>>,
}

/// A selector, tagged with its W3C type name.
#[derive(Serialize)]
#[serde(tag = "type")]
pub enum Selector<'a> {
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
