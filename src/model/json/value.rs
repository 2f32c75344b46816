//! `Value`: one JSON value, with the accessors the readers use and compact or indented output
//! (written by [`JsonWriter`], so strings are escaped as everywhere else: HTML-safe).

use std::fmt;

use super::write::JsonWriter;
use super::Map;

/// One JSON value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number: an integer, or the text of any other.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON number: an integer that fits 64 bits, or the source text of any other number
/// (a fraction, an exponent, a big integer), checked against the grammar but never parsed as
/// a float, and written back as it came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(Repr);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Repr {
    /// Zero or more.
    Whole(u64),
    /// Below zero.
    Negative(i64),
    /// Anything else, as written.
    Text(Box<str>),
}

impl Number {
    /// A number from its text, which the lexer checked against the JSON grammar.
    pub(crate) fn from_text(text: &str) -> Number {
        Number(Repr::Text(text.into()))
    }

    /// The number as a `u64`, when it is a whole number in range.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            Repr::Whole(n) => Some(n),
            _ => None,
        }
    }

    /// The number as an `i64`, when it is a whole number in range.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Repr::Whole(n) => i64::try_from(n).ok(),
            Repr::Negative(n) => Some(n),
            Repr::Text(_) => None,
        }
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Number {
        Number(Repr::Whole(n))
    }
}

impl From<i64> for Number {
    fn from(n: i64) -> Number {
        // Non-negative integers have one form, so `-0` (read as the `i64` 0) equals `0`.
        match u64::try_from(n) {
            Ok(n) => Number(Repr::Whole(n)),
            Err(_) => Number(Repr::Negative(n)),
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Whole(n) => write!(f, "{n}"),
            Repr::Negative(n) => write!(f, "{n}"),
            Repr::Text(text) => f.write_str(text),
        }
    }
}

impl Value {
    /// Member `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// Member `key` of an object, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(map) => map.get_mut(key),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A boolean's value.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// An array's elements.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// An array's elements, to change them.
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// An object's members.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// A whole number within `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// True for an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// True for a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    /// An object of `entries` (a later duplicate key wins).
    pub fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// The value as indented JSON text (two spaces a level, as serde_json's pretty printer).
    pub fn to_pretty_string(&self) -> String {
        let mut w = JsonWriter::new(0, true);
        write(&mut w, self);
        w.finish()
    }
}

/// Writes `value` at the writer's cursor.
fn write(w: &mut JsonWriter, value: &Value) {
    match value {
        Value::Null => w.raw("null"),
        Value::Bool(b) => w.raw(if *b { "true" } else { "false" }),
        Value::Number(n) => w.raw(&n.to_string()),
        Value::String(s) => w.string_of(&[s]),
        Value::Array(items) => {
            w.open('[');
            for item in items {
                w.item();
                write(w, item);
            }
            w.close(']');
        }
        Value::Object(map) => {
            w.open('{');
            for (key, item) in map.iter() {
                w.key(key);
                write(w, item);
            }
            w.close('}');
        }
    }
}

/// Compact JSON text, as `to_string()` gives it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut w = JsonWriter::new(0, false);
        write(&mut w, self);
        f.write_str(&w.finish())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n.into())
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        // `usize` is at most 64 bits on every target this builds for.
        Value::Number(u64::try_from(n).unwrap_or(u64::MAX).into())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n.into())
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::Object(map)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Value {
        value.map_or(Value::Null, Into::into)
    }
}
