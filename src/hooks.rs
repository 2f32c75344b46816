//! Custom hooks: the reducer with storage (`use_widget_state`), the host page's link (the JS
//! API's bridge and `article-annotator:*` events), and document-level listeners (selection,
//! shortcuts). Dropping them (on unmount) detaches what they attached.

mod context;
mod effect;
mod reader_document;
mod use_document_keys;
mod use_host_link;
mod use_selection;
mod use_strings;
mod use_widget_state;

pub use context::{use_i18n, use_ids};
pub use effect::{no_cleanup, timeout, use_effect_boxed, use_ref_of, use_state_of, Cleanup};
pub use reader_document::ReaderDocument;
pub use use_document_keys::{use_document_keys, KeyHandlers};
pub use use_host_link::use_host_link;
pub use use_selection::{use_selection, SelectionSource};
pub use use_strings::use_strings;
pub use use_widget_state::use_widget_state;
