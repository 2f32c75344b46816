//! Streaming a document's structure, so memory stays bounded whatever the input.
//!
//! The document is never built whole: arrays and the lists under `items`, `rows` and `@graph`
//! are walked as they are read, pages under `first` and `next` are followed, and every other
//! object is an annotation, built as one `Value` (`build.rs`), handed to the [`Sink`] and
//! dropped. An object becomes a container at its first list or page key: what was read of it
//! is dropped then, so only one annotation is ever held. Past the sink's item cap, items are
//! skipped unbuilt. Recursion is bounded: below [`MAX_CONTAINER_DEPTH`] levels an object is
//! read as an annotation whatever its keys, and `build.rs` bounds the levels inside one.

use super::build::{push_index, push_key, Item};
use super::sink::Sink;
use crate::model::json::lexer::{Fatal, Kind, Lexer};
use crate::model::json::{Map, Value};

/// Nesting levels within which lists and pages are followed (real files use under six).
pub const MAX_CONTAINER_DEPTH: usize = 16;

/// What the document's root turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RootKind {
    /// An array of annotations (or pages, or Hypothesis rows).
    Array,
    /// One annotation, page, collection, `@graph` document or Hypothesis search result.
    Object,
    /// A string, number, boolean or null: no annotations.
    Scalar,
}

/// What a member of an object is for.
enum Role {
    /// `items`, `rows`, `@graph`: a list of items.
    List,
    /// `first`, `next`: an embedded page, or a link to one.
    Page,
    /// Anything else: part of an annotation.
    Field,
}

/// Reads a whole document into `sink`.
pub fn read(lexer: &mut Lexer<'_>, sink: &mut Sink) -> Result<RootKind, Fatal> {
    let kind = match lexer.peek()? {
        Kind::Array => list(lexer, sink, "$", 1).map(|()| RootKind::Array)?,
        Kind::Object => object(lexer, sink, "$", 1).map(|()| RootKind::Object)?,
        _ => lexer.skip(1).map(|()| RootKind::Scalar)?,
    };
    lexer.end()?;
    Ok(kind)
}

/// Hands each element of the array at the cursor to the sink; past its cap, only counts them.
fn list(lexer: &mut Lexer<'_>, sink: &mut Sink, path: &str, depth: usize) -> Result<(), Fatal> {
    lexer.open();
    let mut first = true;
    let mut idx = 0_usize;
    while lexer.next_element(&mut first)? {
        if sink.is_full() {
            lexer.skip(depth + 1)?;
            sink.skip_item();
        } else {
            let mut here = String::with_capacity(path.len() + 8);
            here.push_str(path);
            push_index(&mut here, idx);
            match lexer.peek()? {
                Kind::Object => object(lexer, sink, &here, depth + 1)?,
                _ => {
                    lexer.skip(depth + 1)?;
                    sink.not_an_object(&here);
                }
            }
        }
        idx += 1;
    }
    Ok(())
}

/// The object at the cursor: a container when it has a list or page key, else an annotation.
fn object(lexer: &mut Lexer<'_>, sink: &mut Sink, path: &str, depth: usize) -> Result<(), Fatal> {
    lexer.open();
    let mut item = Some(Item::new(path));
    let mut fields = Vec::new();
    let mut first = true;
    let mut key = String::new();
    while let Some(n_lone) = lexer.next_key(&mut first, &mut key)? {
        let role = match key.as_str() {
            _ if depth > MAX_CONTAINER_DEPTH => Role::Field,
            "items" | "rows" | "@graph" => Role::List,
            "first" | "next" => Role::Page,
            _ => Role::Field,
        };
        match (role, item.as_mut()) {
            (Role::Field, Some(item)) => {
                item.member(lexer, &mut fields, &mut key, n_lone, 1, depth + 1)?
            }
            (Role::Field, None) => lexer.skip(depth + 1)?,
            (Role::List, _) => {
                (item, fields) = (None, Vec::new());
                let mut here = path.to_string();
                push_key(&mut here, &key);
                match lexer.peek()? {
                    Kind::Array => list(lexer, sink, &here, depth + 1)?,
                    _ => {
                        lexer.skip(depth + 1)?;
                        sink.problem(&here, "must be an array of annotations");
                    }
                }
            }
            (Role::Page, _) => {
                (item, fields) = (None, Vec::new());
                let mut here = path.to_string();
                push_key(&mut here, &key);
                match lexer.peek()? {
                    Kind::Object => object(lexer, sink, &here, depth + 1)?,
                    Kind::String => {
                        lexer.skip(depth + 1)?;
                        sink.reference(&here);
                    }
                    _ => {
                        lexer.skip(depth + 1)?;
                        sink.problem(&here, "must be an embedded AnnotationPage");
                    }
                }
            }
        }
    }
    if let Some(item) = item {
        let (warnings, refusal) = item.finish();
        sink.item(
            Value::Object(Map::from_entries(fields)),
            path,
            warnings,
            refusal,
        );
    }
    Ok(())
}
