//! `Lexer`: the JSON grammar over a document's text, strict about syntax and tolerant of values.
//!
//! A strict reader (serde_json, which the crate used before) stops the whole document at a lone
//! surrogate escape (`"\ud83d"`, what JavaScript's `slice()` + `JSON.stringify` produce), at a
//! number beyond `f64` or at nesting past 128 levels. Here those are facts about one value,
//! which the caller reports at its JSON path (the W3C reader) or refuses (`parse.rs`); only
//! real syntax errors stop the document, since nothing after one can be trusted. Strings are
//! decoded with unpaired surrogates replaced by U+FFFD (and counted); numbers are checked
//! against the grammar and kept only when they are integers (the caller may keep the text of
//! any other), so no float is ever parsed, which also keeps float code out of the wasm;
//! [`Lexer::skip`] walks a value of any depth without recursion.

mod number;
mod strings;

/// Deepest nesting of the whole document, whatever is inside: deeper is refused as a whole.
pub const MAX_NESTING: usize = 1_000;

// The refusal message spells the limit out (a `&'static str`, no formatting).
const _: () = assert!(MAX_NESTING == 1_000);

/// Why the document cannot be read further: a byte offset and what was expected there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fatal {
    /// Byte offset in the text.
    pub at: usize,
    /// What went wrong, in serde_json's words where it has some.
    pub message: &'static str,
}

/// What the next value is, from its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Literal,
}

/// A number as read: an integer that fits in 64 bits, or anything else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Number {
    /// Fits `u64` (or `i64` when negative).
    Integer(super::Number),
    /// A fraction, an exponent or a big integer within `f64`'s range: valid, not kept.
    Other,
    /// Beyond `f64` (such as `1e400`): valid JSON that most readers cannot hold.
    TooLarge,
}

/// A cursor over the document's text.
pub struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `text`.
    pub fn new(text: &'a str) -> Lexer<'a> {
        Lexer { text, pos: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn fail<T>(&self, message: &'static str) -> Result<T, Fatal> {
        Err(Fatal {
            at: self.pos,
            message,
        })
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    /// Skips whitespace and says what the next value is.
    pub fn peek(&mut self) -> Result<Kind, Fatal> {
        self.skip_ws();
        match self.bytes().get(self.pos) {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b't' | b'f' | b'n') => Ok(Kind::Literal),
            Some(_) => self.fail("expected value"),
            None => self.fail("EOF while parsing a value"),
        }
    }

    /// The byte offset of the cursor (after [`Lexer::peek`], where the next value starts).
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Consumes the `{` or `[` that [`Lexer::peek`] saw.
    pub fn open(&mut self) {
        self.pos += 1;
    }

    /// The next key of an object, decoded into `key`; `false` at the closing `}`. `first` is
    /// true before the first key. Returns the unpaired surrogates replaced in the key.
    pub fn next_key(&mut self, first: &mut bool, key: &mut String) -> Result<Option<usize>, Fatal> {
        if !self.next_member(first, b'}')? {
            return Ok(None);
        }
        if self.bytes().get(self.pos) != Some(&b'"') {
            return self.fail("key must be a string");
        }
        key.clear();
        let n_lone = self.string(key)?;
        self.skip_ws();
        match self.bytes().get(self.pos) {
            Some(b':') => self.pos += 1,
            Some(_) => return self.fail("expected `:`"),
            None => return self.fail("EOF while parsing an object"),
        }
        Ok(Some(n_lone))
    }

    /// Whether an array has another element; `false` at the closing `]`.
    pub fn next_element(&mut self, first: &mut bool) -> Result<bool, Fatal> {
        self.next_member(first, b']')
    }

    fn next_member(&mut self, first: &mut bool, close: u8) -> Result<bool, Fatal> {
        self.skip_ws();
        let (eof, separator) = match close {
            b'}' => ("EOF while parsing an object", "expected `,` or `}`"),
            _ => ("EOF while parsing a list", "expected `,` or `]`"),
        };
        let Some(&b) = self.bytes().get(self.pos) else {
            return self.fail(eof);
        };
        if b == close {
            self.pos += 1;
            return Ok(false);
        }
        if std::mem::take(first) {
            return Ok(true);
        }
        if b != b',' {
            return self.fail(separator);
        }
        self.pos += 1;
        self.skip_ws();
        match self.bytes().get(self.pos) {
            Some(&b) if b == close => self.fail("trailing comma"),
            None => self.fail(eof),
            Some(_) => Ok(true),
        }
    }

    /// `true`, `false` or `null` at the cursor; `Some(bool)` for the first two.
    pub fn literal(&mut self) -> Result<Option<bool>, Fatal> {
        let rest = self.bytes().get(self.pos..).unwrap_or_default();
        let (len, value) = match rest.first() {
            Some(b't') if rest.starts_with(b"true") => (4, Some(true)),
            Some(b'f') if rest.starts_with(b"false") => (5, Some(false)),
            Some(b'n') if rest.starts_with(b"null") => (4, None),
            _ => return self.fail("expected value"),
        };
        self.pos += len;
        Ok(value)
    }

    /// Reads past one value without keeping it; `depth` is how deep it sits in the document.
    pub fn skip(&mut self, depth: usize) -> Result<(), Fatal> {
        // One flag per open bracket: true for an object, whose members have keys.
        let mut open: Vec<bool> = Vec::new();
        let mut firsts: Vec<bool> = Vec::new();
        let mut scratch = String::new();
        loop {
            match self.peek()? {
                kind @ (Kind::Object | Kind::Array) => {
                    if depth + open.len() > MAX_NESTING {
                        return self.fail("the document is nested more than 1000 levels deep");
                    }
                    self.open();
                    open.push(kind == Kind::Object);
                    firsts.push(true);
                }
                Kind::String => {
                    self.skip_string()?;
                }
                Kind::Number => {
                    self.number()?;
                }
                Kind::Literal => {
                    self.literal()?;
                }
            }
            // After a value: close what ends here, then stop or go to the next member.
            loop {
                let (Some(&is_object), Some(first)) = (open.last(), firsts.last_mut()) else {
                    return Ok(());
                };
                let more = match is_object {
                    true => {
                        scratch.clear();
                        self.next_key(first, &mut scratch)?.is_some()
                    }
                    false => self.next_element(first)?,
                };
                if more {
                    break;
                }
                open.pop();
                firsts.pop();
            }
        }
    }

    /// Succeeds when only whitespace is left.
    pub fn end(&mut self) -> Result<(), Fatal> {
        self.skip_ws();
        match self.pos < self.text.len() {
            true => self.fail("trailing characters"),
            false => Ok(()),
        }
    }

    /// 1-based line and column (in characters) of byte offset `at`.
    pub fn line_column(&self, at: usize) -> (usize, usize) {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = self.text.get(..at).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        (line, before[line_start..].chars().count() + 1)
    }
}
