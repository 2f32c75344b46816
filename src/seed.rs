//! The article and editorial annotations shipped in `seeds/`, loaded as a [`Bundle`]; and the
//! synthetic benchmark article.
//!
//! The seed files are embedded at compile time so the widget works offline and from a single
//! static file. Loading itself is the model's ([`crate::model::bundle`]).

use std::rc::Rc;

use crate::model::article::{ArticleId, ArticleMeta};
use crate::model::bundle::{load, parse_meta, Bundle};
use crate::model::{place_all, Origin};

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

/// A synthetic bundle for benchmarks: about `n_bytes` of text and `n_annotations` editorial
/// annotations (editorial, so the benchmark never writes megabytes to the reader's storage).
pub fn synthetic_bundle(n_bytes: usize, n_annotations: usize) -> Bundle {
    let data = crate::model::synthetic::generate(n_bytes, n_annotations, 42);
    let annotations = data
        .annotations
        .into_iter()
        .map(|mut annotation| {
            annotation.origin = Origin::Editorial;
            annotation
        })
        .collect();
    let article = Rc::new(data.article);
    let editorial = place_all(&article, annotations);
    Bundle {
        article,
        editorial,
        problems: Vec::new(),
    }
}
