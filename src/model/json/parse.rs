//! `from_str`: JSON text to a [`Value`] on the same lexer as the W3C import, so there is one
//! JSON grammar in the bundle. Syntax errors name the line and column (1-based, in
//! characters) and what was expected, in serde_json's words (`expected value at line 1
//! column 1`); a number beyond `f64`'s range (`1e400`) is refused as serde_json refused it, and
//! an unpaired surrogate escape is read as U+FFFD, as the import reads it.

use std::fmt;

use super::lexer::{Fatal, Kind, Lexer, Number as Lexed};
use super::{Map, Number, Value};

/// Deepest nesting of arrays and objects read: serde_json's recursion limit (127 levels).
pub const MAX_DEPTH: usize = 127;

/// Why a text is not a readable JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What was wrong.
    pub message: &'static str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// The JSON value `text` holds (whitespace around it allowed, nothing else).
pub fn from_str(text: &str) -> Result<Value, Error> {
    let mut lexer = Lexer::new(text);
    let read = value(&mut lexer, text, 0).and_then(|value| lexer.end().map(|()| value));
    read.map_err(|fatal| {
        let (line, column) = lexer.line_column(fatal.at);
        Error {
            message: fatal.message,
            line,
            column,
        }
    })
}

/// The value at the cursor; `depth` arrays and objects enclose it.
fn value(lexer: &mut Lexer<'_>, text: &str, depth: usize) -> Result<Value, Fatal> {
    let kind = lexer.peek()?;
    let start = lexer.offset();
    if matches!(kind, Kind::Object | Kind::Array) && depth >= MAX_DEPTH {
        return Err(Fatal {
            at: start,
            message: "recursion limit exceeded",
        });
    }
    Ok(match kind {
        Kind::Object => {
            lexer.open();
            let mut entries = Vec::new();
            let mut first = true;
            let mut key = String::new();
            while lexer.next_key(&mut first, &mut key)?.is_some() {
                let member = value(lexer, text, depth + 1)?;
                entries.push((std::mem::take(&mut key), member));
            }
            Value::Object(Map::from_entries(entries))
        }
        Kind::Array => {
            lexer.open();
            let mut items = Vec::new();
            let mut first = true;
            while lexer.next_element(&mut first)? {
                items.push(value(lexer, text, depth + 1)?);
            }
            Value::Array(items)
        }
        Kind::String => {
            let mut s = String::new();
            lexer.string(&mut s)?;
            Value::String(s)
        }
        Kind::Number => match lexer.number()? {
            Lexed::Integer(n) => Value::Number(n),
            Lexed::Other => Value::Number(Number::from_text(
                text.get(start..lexer.offset()).unwrap_or_default(),
            )),
            Lexed::TooLarge => {
                return Err(Fatal {
                    at: start,
                    message: "number out of range",
                })
            }
        },
        Kind::Literal => lexer.literal()?.map_or(Value::Null, Value::Bool),
    })
}
