//! The article and editorial annotations shipped in `seeds/`, loaded as a [`Bundle`], for the
//! tests, the benchmarks and the CLI (which pre-renders the seed pages at build time).
//!
//! The reader's wasm never names this module: a page brings its article in its data island, so
//! the seed's text and its 66 KB annotation file are not in the wasm. Loading itself is the
//! model's ([`crate::model::bundle`]).

use crate::model::article::{ArticleId, ArticleMeta};
use crate::model::bundle::{load, parse_meta, Bundle};

/// The seed article's text, byte for byte as in `seeds/`.
pub const SEED_TEXT: &str = include_str!("../seeds/000_bfbf250b9c86d46e.txt");
/// The seed article's metadata (id, title, standfirst, source).
pub const SEED_META: &str = include_str!("../seeds/000_bfbf250b9c86d46e.json");
/// The editorial annotations, as a W3C AnnotationCollection.
pub const SEED_ANNOTATIONS: &str = include_str!("../seeds/000_bfbf250b9c86d46e.annotations.jsonld");

/// The bundle shipped with the widget.
pub fn seed_bundle() -> Bundle {
    let meta = parse_meta(SEED_META).unwrap_or_else(|problem| ArticleMeta {
        // The embedded metadata is tested natively; this fallback only keeps a bad edit visible, not fatal.
        id: ArticleId::parse("seed").expect("literal id is valid"),
        title: format!("Untitled article ({problem})"),
        standfirst: None,
        source: "urn:article-annotator:article:seed".into(),
    });
    load(meta, SEED_TEXT, Some(SEED_ANNOTATIONS))
}
