//! Building one annotation's `Value` from the lexer, within limits that concern that
//! annotation only.
//!
//! A `Value` of a hostile 5 MiB file could take hundreds of megabytes (every key, string,
//! array and object is its own allocation), so every value, key and string byte is charged to an estimate:
//! past 1 MB for one annotation the rest of the value is read to stay in step but not kept,
//! and the annotation is refused as too large. Only one annotation is held at a time
//! (`reader.rs` drops a container's other members before walking its list). Nesting
//! deeper than [`MAX_ITEM_DEPTH`] below the annotation refuses it too (the rest is skipped
//! without recursion). Unpaired surrogates (replaced by U+FFFD) and numbers too large to read
//! (read as null) are noted as warnings at their JSON path; the annotation stays.

use super::report::Problem;
use crate::model::json::lexer::{Fatal, Kind, Lexer, Number};
use crate::model::json::{Map, Value};

/// Levels of nesting allowed below an annotation (a real one uses under ten).
pub const MAX_ITEM_DEPTH: usize = 64;

/// Estimated bytes one annotation's value may take: ample for a real one (under 70 KB).
const MAX_HELD_PER_ITEM: usize = 1 << 20;

/// Estimated bytes of one `Value` (or map entry) besides its string bytes.
const VALUE_COST: usize = 48;

/// Estimated bytes of a non-empty object (generous: the figure of serde_json's B-tree node,
/// kept so the limit stays where it was).
const OBJECT_COST: usize = 512;

/// Warnings kept per annotation; the rest are counted in one more.
const MAX_ITEM_WARNINGS: usize = 8;

/// Longest key written into a path, in characters.
const MAX_PATH_KEY: usize = 40;

/// The state of one annotation being built: where the cursor is, what it cost, what was wrong.
pub struct Item {
    /// The JSON path of the value being read.
    pub path: String,
    /// Estimated bytes charged to this annotation.
    pub charged: usize,
    /// Repairs noted so far.
    pub warnings: Vec<Problem>,
    n_unlisted: usize,
    /// Why the annotation cannot be used, once it cannot.
    pub refusal: Option<Problem>,
}

impl Item {
    /// An annotation at `path`.
    pub fn new(path: &str) -> Item {
        Item {
            path: path.to_string(),
            charged: OBJECT_COST,
            warnings: Vec::new(),
            n_unlisted: 0,
            refusal: None,
        }
    }

    fn charge(&mut self, n_bytes: usize) {
        self.charged += n_bytes;
        if self.refusal.is_none() && self.charged > MAX_HELD_PER_ITEM {
            self.refuse("the annotation is too large to read (over 1 MB of JSON values)".into());
        }
    }

    fn refuse(&mut self, reason: String) {
        self.refusal = Some(Problem::new(&self.path, reason));
    }

    fn warn(&mut self, reason: &str) {
        match self.warnings.len() < MAX_ITEM_WARNINGS {
            true => self.warnings.push(Problem::new(&self.path, reason)),
            false => self.n_unlisted += 1,
        }
    }

    /// Notes `n_lone` unpaired surrogates replaced at the current path.
    fn note_surrogates(&mut self, n_lone: usize) {
        if n_lone > 0 {
            self.warn("an unpaired UTF-16 surrogate escape (such as \\ud83d, what cutting a JavaScript string in half leaves) was replaced by U+FFFD");
        }
    }

    /// Its warnings (with one more for any not listed) and its refusal, if any.
    pub fn finish(mut self) -> (Vec<Problem>, Option<Problem>) {
        if self.n_unlisted > 0 {
            let reason = format!("{} more repairs in this annotation", self.n_unlisted);
            self.warnings.push(Problem::new(&self.path, reason));
        }
        (self.warnings, self.refusal)
    }

    /// Reads one member value of the annotation (at `depth` below it; `abs` in the document).
    fn value(&mut self, lexer: &mut Lexer<'_>, depth: usize, abs: usize) -> Result<Value, Fatal> {
        self.charge(VALUE_COST);
        let kind = lexer.peek()?;
        if self.refusal.is_some() {
            return lexer.skip(abs).map(|()| Value::Null);
        }
        if matches!(kind, Kind::Object | Kind::Array) && depth >= MAX_ITEM_DEPTH {
            self.refuse(format!(
                "the annotation is nested more than {MAX_ITEM_DEPTH} levels deep"
            ));
            return lexer.skip(abs).map(|()| Value::Null);
        }
        match kind {
            Kind::Object => self.object(lexer, depth, abs).map(Value::Object),
            Kind::Array => {
                lexer.open();
                let mut items = Vec::new();
                let mut first = true;
                while lexer.next_element(&mut first)? {
                    let len = self.path.len();
                    push_index(&mut self.path, items.len());
                    let value = self.value(lexer, depth + 1, abs + 1)?;
                    self.path.truncate(len);
                    items.push(value);
                }
                Ok(Value::Array(items))
            }
            Kind::String => {
                let mut text = String::new();
                let n_lone = lexer.string(&mut text)?;
                self.note_surrogates(n_lone);
                self.charge(text.len());
                Ok(Value::String(text))
            }
            Kind::Number => match lexer.number()? {
                Number::Integer(n) => Ok(Value::Number(n)),
                Number::Other => Ok(Value::Null),
                Number::TooLarge => {
                    self.warn("a number too large to read was ignored");
                    Ok(Value::Null)
                }
            },
            Kind::Literal => Ok(lexer.literal()?.map_or(Value::Null, Value::Bool)),
        }
    }

    /// Reads an object's members into a map (the cursor is at its `{`).
    fn object(&mut self, lexer: &mut Lexer<'_>, depth: usize, abs: usize) -> Result<Map, Fatal> {
        lexer.open();
        self.charge(OBJECT_COST);
        let mut fields = Vec::new();
        let mut first = true;
        let mut key = String::new();
        while let Some(n_lone) = lexer.next_key(&mut first, &mut key)? {
            self.member(lexer, &mut fields, &mut key, n_lone, depth + 1, abs + 1)?;
        }
        Ok(Map::from_entries(fields))
    }

    /// Reads the value of member `key` (whose name had `n_lone` surrogates replaced) onto
    /// `fields` (made a [`Map`] once the object ends); the value sits `depth` levels below the annotation, `abs` in the document.
    pub fn member(
        &mut self,
        lexer: &mut Lexer<'_>,
        fields: &mut Vec<(String, Value)>,
        key: &mut String,
        n_lone: usize,
        depth: usize,
        abs: usize,
    ) -> Result<(), Fatal> {
        self.charge(VALUE_COST + key.len());
        let len = self.path.len();
        push_key(&mut self.path, key);
        self.note_surrogates(n_lone);
        let value = self.value(lexer, depth, abs)?;
        self.path.truncate(len);
        if self.refusal.is_none() {
            fields.push((std::mem::take(key), value));
        }
        Ok(())
    }
}

/// Appends `[idx]` to a JSON path, without the formatting machinery (it runs for every
/// element of every array read).
pub fn push_index(path: &mut String, idx: usize) {
    let mut digits = [0_u8; 20];
    let mut at = digits.len();
    let mut rest = idx;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    path.push('[');
    path.push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
    path.push(']');
}

/// Appends `.key` to a JSON path, the key cut to [`MAX_PATH_KEY`] characters.
pub fn push_key(path: &mut String, key: &str) {
    let end = key
        .char_indices()
        .nth(MAX_PATH_KEY)
        .map_or(key.len(), |(at, _)| at);
    path.push('.');
    path.push_str(key.get(..end).unwrap_or_default());
}
