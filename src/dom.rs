//! The browser shell: the only code that reads DOM geometry, the selection, storage or the console.
//!
//! Components call these helpers from event handlers and effects; the model and the reducer
//! never do. UTF-16 offsets, when selection reading arrives, are converted here and nowhere else.

pub mod clock;
pub mod events;
pub mod focus;
pub mod geometry;
pub mod highlights;
pub mod host;
pub mod log;
pub mod markup;
pub mod selection;
pub mod storage;
pub mod style;
pub mod transfer;
