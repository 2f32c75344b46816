//! Custom hooks that attach document-level listeners; dropping them (on unmount) detaches them.

mod use_document_keys;
mod use_selection;

pub use use_document_keys::{use_document_keys, KeyHandlers};
pub use use_selection::use_selection;
