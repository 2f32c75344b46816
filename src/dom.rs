//! The browser shell's helpers: the selection, grapheme clusters (`Intl.Segmenter`), storage,
//! geometry and placing, focus, the console, files and the clipboard, host events, the host's
//! own article and its highlights, and the widget's class names and selectors ([`markup`]).
//!
//! Hooks and components call these from event handlers and effects; the model and the reducer
//! never do. DOM offsets are UTF-16; `selection` and `host` convert them with `model::units`,
//! the only code that converts UTF-16 (tidy-checked).

pub mod clock;
pub mod events;
pub mod focus;
pub mod geometry;
pub mod graphemes;
pub mod guard;
pub mod highlights;
pub mod host;
pub mod log;
pub mod markup;
pub mod saver;
pub mod selection;
pub mod storage;
pub mod style;
pub mod transfer;
