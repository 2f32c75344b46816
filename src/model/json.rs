//! JSON without serde: a [`Value`] tree, a parser on the streaming lexer and a writer.
//!
//! The reader's wasm used to carry serde_json for the few places that want a whole document as
//! a tree (the embed's configuration, article data, language files, the desk's saved draft):
//! its float parsing and formatting alone brought tens of kilobytes of power-of-ten tables. Here
//! a number is kept as an integer when it fits 64 bits and otherwise as its validated source
//! text, so no float is ever parsed or formatted. Objects keep their keys sorted, the last of
//! duplicate keys winning, as serde_json's (B-tree) map did, so everything written from a
//! `Value` comes out in the same order as before. The W3C import streams the same lexer
//! (`w3c/reader.rs`) rather than building a whole tree.

pub(crate) mod lexer;
mod map;
mod parse;
mod value;
pub(crate) mod write;

pub use map::Map;
pub use parse::{from_str, Error, MAX_DEPTH};
pub use value::{Number, Value};
