//! The pure domain model: article text, annotations, spans, segments, anchoring and the W3C adapter.
//!
//! Nothing under `model` may name `web_sys`, `yew` or `gloo` (enforced by `tests/native/tidy.rs`): every
//! decision about text is a plain function here, tested natively in milliseconds. Offsets are
//! Unicode code points (Rust `char`s), the unit of the W3C TextPositionSelector; UTF-16 exists
//! only in the browser shell (`crate::dom`), which converts with [`units`].

pub mod anchor;
pub mod annotation;
pub mod article;
pub mod bundle;
pub mod category;
pub mod graphemes;
pub mod host_text;
pub mod i18n;
pub mod import;
pub mod json;
pub mod order;
pub mod placement;
pub mod scan;
pub mod segments;
pub mod selection;
pub mod simulation;
pub mod source;
pub mod span;
pub mod suggest;
pub mod synthetic;
pub mod text;
pub mod units;
pub mod utf8;
pub mod w3c;

pub use anchor::{AnchorStatus, Placement, TextQuote};
pub use annotation::{Annotation, AnnotationId, Origin, TextTarget, Timestamp};
pub use article::{Article, ArticleId};
pub use category::Category;
pub use placement::{place_all, Placed};
pub use segments::{paragraph_segments, segments, Segment};
pub use span::Span;
pub use text::IndexedText;
