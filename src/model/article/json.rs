//! The article structure's JSON shape: an article already read from Markdown, as data islands and the Markdown bundle carry it, written and read here.
//!
//! So that the reader's wasm never links the Markdown reader, Markdown is read before the
//! browser sees it (by `article-annotator-cli render`) or by the small Markdown bundle (for a
//! `src` that is Markdown); both hand over this shape. One entry of `blocks` per paragraph
//! (non-blank line) of `text`, in order; every key optional:
//!
//! ```json
//! { "kind": "heading", "level": 2 }
//! { "kind": "item", "ordered": true, "number": 3, "list": 1,
//!   "inlines": [[0, 4, "strong"], [5, 9, "em"], [10, 14, "link", "https://example.org"]] }
//! { "kind": "quote", "quote": 2 }
//! ```
//!
//! `kind` is `paragraph` (the default), `heading` (with `level` 1–6), `item` (a list item's
//! first paragraph, with `ordered` and `number`), `quote` or `code`; `quote` and `list` are the
//! nesting depths (0 when absent); `inlines` are `[start, end, style]` in code points relative to
//! the paragraph, style `strong`, `em`, `del`, `code` or `link` (then a fourth element, the
//! `href` as written, or none). The Markdown bundle's answer is `{title?, standfirst?, text,
//! blocks}`. Anything else is refused with a message naming the block, and the text is kept.

use super::super::json::{self, Map, Value};

use super::super::source::SourceArticle;
use super::super::span::Span;
use super::{Block, BlockKind, Inline, InlineStyle};

/// The blocks as JSON (inline spans relative to their paragraph, as `SourceArticle::blocks`);
/// `None` when every block is plain body text, so plain-text articles carry no `blocks`.
pub fn blocks_to_json(blocks: &[Block]) -> Option<Value> {
    if blocks.iter().all(|b| *b == Block::default()) {
        return None;
    }
    Some(Value::Array(blocks.iter().map(block_to_json).collect()))
}

fn block_to_json(block: &Block) -> Value {
    let mut out = Map::new();
    match block.kind {
        BlockKind::Paragraph => {}
        BlockKind::Heading(level) => {
            out.insert("kind".into(), "heading".into());
            out.insert("level".into(), u64::from(level).into());
        }
        BlockKind::ListItem { ordered, number } => {
            out.insert("kind".into(), "item".into());
            out.insert("ordered".into(), ordered.into());
            out.insert("number".into(), u64::from(number).into());
        }
        BlockKind::Quote => drop(out.insert("kind".into(), "quote".into())),
        BlockKind::Code => drop(out.insert("kind".into(), "code".into())),
    }
    for (key, depth) in [("quote", block.quote_depth), ("list", block.list_depth)] {
        if depth > 0 {
            out.insert(key.into(), u64::from(depth).into());
        }
    }
    if !block.inlines.is_empty() {
        let inlines = block.inlines.iter().map(|inline| {
            let (start, end) = (inline.span.start(), inline.span.end());
            match &inline.style {
                InlineStyle::Link { href: Some(href) } => Value::Array(vec![
                    start.into(),
                    end.into(),
                    "link".into(),
                    href.as_str().into(),
                ]),
                style => Value::Array(vec![start.into(), end.into(), style_name(style).into()]),
            }
        });
        out.insert("inlines".into(), Value::Array(inlines.collect()));
    }
    Value::Object(out)
}

fn style_name(style: &InlineStyle) -> &'static str {
    match style {
        InlineStyle::Strong => "strong",
        InlineStyle::Emphasis => "em",
        InlineStyle::Strikethrough => "del",
        InlineStyle::Code => "code",
        InlineStyle::Link { .. } => "link",
    }
}

/// Reads `blocks` (see the module header); `Err` names the first entry that is not a block.
pub fn blocks_from_json(value: &Value) -> Result<Vec<Block>, String> {
    let Value::Array(items) = value else {
        return Err("\"blocks\" is not an array".into());
    };
    let read = items.iter().enumerate().map(|(i, item)| {
        block_from_json(item).map_err(|problem| format!("block {}: {problem}", i + 1))
    });
    read.collect()
}

fn block_from_json(value: &Value) -> Result<Block, String> {
    let Value::Object(map) = value else {
        return Err("not an object".into());
    };
    let number = |key: &str, max: u64| -> Result<u64, String> {
        match map.get(key) {
            None => Ok(0),
            Some(v) => v
                .as_u64()
                .filter(|n| *n <= max)
                .ok_or_else(|| format!("\"{key}\" is not a whole number up to {max}")),
        }
    };
    let kind = match map.get("kind").map(|k| k.as_str().ok_or(k)) {
        None | Some(Ok("paragraph")) => BlockKind::Paragraph,
        Some(Ok("heading")) => match number("level", 6)? {
            0 => return Err("a heading needs a \"level\" from 1 to 6".into()),
            level => BlockKind::Heading(level as u8),
        },
        Some(Ok("item")) => BlockKind::ListItem {
            ordered: map.get("ordered").and_then(Value::as_bool).unwrap_or(false),
            number: number("number", u64::from(u32::MAX))? as u32,
        },
        Some(Ok("quote")) => BlockKind::Quote,
        Some(Ok("code")) => BlockKind::Code,
        Some(Ok(other)) => return Err(format!("unknown kind {other:?}")),
        Some(Err(other)) => return Err(format!("\"kind\" {other} is not a string")),
    };
    let inlines = match map.get("inlines") {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(inline_from_json)
            .collect::<Result<_, _>>()?,
        Some(_) => return Err("\"inlines\" is not an array".into()),
    };
    Ok(Block {
        kind,
        quote_depth: number("quote", u64::from(u8::MAX))? as u8,
        list_depth: number("list", u64::from(u8::MAX))? as u8,
        inlines,
    })
}

fn inline_from_json(value: &Value) -> Result<Inline, String> {
    let bad = || format!("inline {value} is not [start, end, style]");
    let items = value.as_array().ok_or_else(bad)?;
    let at = |i: usize| items.get(i).and_then(Value::as_u64).map(|n| n as usize);
    let span = match (at(0), at(1)) {
        (Some(start), Some(end)) => Span::new(start, end).ok_or_else(bad)?,
        _ => return Err(bad()),
    };
    let style = match items.get(2).and_then(Value::as_str).ok_or_else(bad)? {
        "strong" => InlineStyle::Strong,
        "em" => InlineStyle::Emphasis,
        "del" => InlineStyle::Strikethrough,
        "code" => InlineStyle::Code,
        "link" => InlineStyle::Link {
            href: items.get(3).and_then(Value::as_str).map(str::to_string),
        },
        other => return Err(format!("unknown inline style {other:?}")),
    };
    Ok(Inline { span, style })
}

/// The Markdown bundle's answer for a read document: `{title?, standfirst?, text, blocks}`.
pub fn source_to_json(source: &SourceArticle) -> String {
    let mut out = Map::new();
    for (key, value) in [("title", &source.title), ("standfirst", &source.standfirst)] {
        if let Some(value) = value {
            out.insert(key.into(), value.as_str().into());
        }
    }
    out.insert("text".into(), source.body.as_str().into());
    // Every block, plain ones too: the answer reads back exactly as `read_markdown` gave it.
    let blocks = source.blocks.iter().map(block_to_json).collect();
    out.insert("blocks".into(), Value::Array(blocks));
    Value::Object(out).to_string()
}

/// Reads the Markdown bundle's answer back; `Err` says what was wrong with it.
pub fn source_from_json(json: &str) -> Result<SourceArticle, String> {
    let value: Value = json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let body = text("text").ok_or("it has no \"text\" string")?;
    let blocks = match value.get("blocks") {
        None => Vec::new(),
        Some(blocks) => blocks_from_json(blocks)?,
    };
    Ok(SourceArticle {
        title: text("title"),
        standfirst: text("standfirst"),
        body,
        blocks,
    })
}
