//! `JsonWriter`: writes JSON text straight into one `String`, compact or indented like serde_json.
//!
//! The exporter's hot path. Serialising through serde's generic machinery was over twice as
//! slow in the size-optimised wasm build (calls per key and per byte, a `Vec` per array), so the
//! document is written field by field here. Strings are escaped for JSON and for embedding in
//! HTML: `"` and `\` by backslash, `\b \f \n \r \t` by their short forms, other control
//! characters and `<`, `>`, `&` as `\u00XX`, and U+2028 / U+2029 as `\u2028` / `\u2029`, so
//! a document can sit inside a `<script>` element or a JavaScript string as it is.

/// Indentation in pretty mode: a newline then two spaces per level (nine levels fit).
const INDENT: &str = "\n                  ";

/// How each byte is written inside a string: 0 as itself, `u` as `\u00XX`, `E` (0xE2, the
/// first byte of U+2028 and U+2029) after a look at the next two bytes, anything else as
/// that letter after a backslash.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table[b'<' as usize] = b'u';
    table[b'>' as usize] = b'u';
    table[b'&' as usize] = b'u';
    table[0xe2] = b'E';
    table
};

/// Appends `s` escaped (without quotes) to `out`.
fn push_escaped(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    // Runs of bytes that need no escape are copied whole; escaped bytes are ASCII or the
    // start of a three-byte separator, so every run starts and ends on a char boundary.
    let (mut run_start, mut at) = (0, 0);
    while at < bytes.len() {
        let byte = bytes[at];
        let class = ESCAPE[usize::from(byte)];
        at += 1;
        if class == 0 {
            continue;
        }
        let at = at - 1;
        let mut escaped = [b'\\', class, b'0', b'0', b'0', b'0'];
        let (len, skip) = match class {
            b'E' => match bytes.get(at + 1..at + 3) {
                Some([0x80, low @ (0xa8 | 0xa9)]) => {
                    escaped[1] = b'u';
                    escaped[2] = b'2';
                    escaped[4] = b'2';
                    escaped[5] = if *low == 0xa8 { b'8' } else { b'9' };
                    (6, 3)
                }
                _ => continue,
            },
            b'u' => {
                escaped[4] = HEX[usize::from(byte >> 4)];
                escaped[5] = HEX[usize::from(byte & 15)];
                (6, 1)
            }
            _ => (2, 1),
        };
        out.push_str(s.get(run_start..at).unwrap_or_default());
        out.push_str(std::str::from_utf8(&escaped[..len]).unwrap_or_default());
        run_start = at + skip;
    }
    out.push_str(s.get(run_start..).unwrap_or_default());
}

/// The start of an object entry, made by [`entry!`]: `"key":` and, for a literal string
/// value, the value too, as written compact, with the comma before it; pretty output adds a
/// space after the colon that ends `,"key":` (`colon` bytes), so the wasm holds one copy.
#[derive(Clone, Copy)]
pub struct Entry {
    compact: &'static str,
    colon: usize,
}

impl Entry {
    /// Use [`entry!`], which builds it from one key (and value).
    pub const fn new(compact: &'static str, colon: usize) -> Entry {
        Entry { compact, colon }
    }
}

/// `entry!("key")` starts an entry; `entry!("key" = "literal")` is a whole entry (its value needs
/// no escaping). One string to copy each: a few dozen copies per annotation, not hundreds.
macro_rules! entry {
    ($key:literal) => {{
        const ENTRY: $crate::model::json::write::Entry = $crate::model::json::write::Entry::new(
            concat!(",\"", $key, "\":"),
            concat!(",\"", $key, "\":").len(),
        );
        ENTRY
    }};
    ($key:literal = $($value:tt)+) => {{
        const ENTRY: $crate::model::json::write::Entry = $crate::model::json::write::Entry::new(
            concat!(",\"", $key, "\":\"", $($value)+, "\""),
            concat!(",\"", $key, "\":").len(),
        );
        ENTRY
    }};
}
pub(crate) use entry;

/// A JSON text being written: objects and arrays are opened and closed explicitly.
pub struct JsonWriter {
    out: String,
    pretty: bool,
    depth: usize,
    /// True while the innermost open object or array has no entries yet.
    empty: bool,
}

impl JsonWriter {
    /// A writer whose buffer holds `capacity` bytes before it grows.
    pub fn new(capacity: usize, pretty: bool) -> JsonWriter {
        JsonWriter {
            out: String::with_capacity(capacity),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn newline(&mut self) {
        if self.pretty {
            let indent = INDENT.get(..1 + 2 * self.depth).unwrap_or(INDENT);
            self.out.push_str(indent);
        }
    }

    /// Opens an object (`{`) or an array (`[`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes the innermost object (`}`) or array (`]`).
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts an array element.
    pub fn item(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.newline();
        self.empty = false;
    }

    /// Starts an object entry whose key is only known at run time (a [`Value`]'s).
    ///
    /// [`Value`]: super::Value
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string_of(&[key]);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Writes `text`, which is already JSON (a literal or a number), as it is.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// Starts an object entry (or writes a whole one, when `entry` holds its value).
    pub fn entry(&mut self, entry: Entry) {
        if self.pretty {
            self.item();
            let (key, value) = entry.compact.split_at(entry.colon);
            self.out.push_str(key.get(1..).unwrap_or_default());
            self.out.push(' ');
            self.out.push_str(value);
        } else {
            let compact = if self.empty {
                entry.compact.get(1..).unwrap_or_default()
            } else {
                entry.compact
            };
            self.out.push_str(compact);
            self.empty = false;
        }
    }

    /// Writes one string value made of `parts`, escaped.
    pub fn string_of(&mut self, parts: &[&str]) {
        self.out.push('"');
        for part in parts {
            push_escaped(&mut self.out, part);
        }
        self.out.push('"');
    }

    /// An entry with a string value, escaped.
    pub fn field(&mut self, entry: Entry, value: &str) {
        self.entry(entry);
        self.string_of(&[value]);
    }

    /// An entry with a fraction from 0 to 1 written from a whole percentage (`0.72`), so no
    /// float is ever formatted.
    pub fn field_percent(&mut self, entry: Entry, percent: u8) {
        self.entry(entry);
        let percent = percent.min(100);
        if percent == 100 {
            self.out.push('1');
        } else {
            self.out.push_str(if percent < 10 { "0.0" } else { "0." });
            let digits = [b'0' + percent / 10, b'0' + percent % 10];
            let digits = if percent < 10 {
                &digits[1..]
            } else {
                &digits[..]
            };
            self.out
                .push_str(std::str::from_utf8(digits).unwrap_or_default());
        }
    }

    /// An entry with a number value.
    pub fn field_number(&mut self, entry: Entry, mut value: usize) {
        self.entry(entry);
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            // `value % 10` is below 10, so the cast keeps it whole.
            digits[at] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        self.out
            .push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
    }
}

#[cfg(test)]
mod tests {
    use super::{push_escaped, JsonWriter};

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, s);
        out
    }

    #[test]
    fn escapes_json_and_html_significant_characters() {
        let cases = [
            ("plain é 😀", "plain é 😀"),
            ("\"\\", "\\\"\\\\"),
            ("\n\r\t\u{8}\u{c}", "\\n\\r\\t\\b\\f"),
            ("\u{0}\u{1f}\u{7f}", "\\u0000\\u001f\u{7f}"),
            ("</a>&", "\\u003c/a\\u003e\\u0026"),
            ("x\u{2028}y\u{2029}", "x\\u2028y\\u2029"),
            ("\u{2027}\u{202a}\u{20ac}", "\u{2027}\u{202a}\u{20ac}"),
            ("end\u{e2}", "end\u{e2}"),
        ];
        for (raw, want) in cases {
            assert_eq!(escaped(raw), want, "{raw:?}");
            let json = format!("\"{}\"", escaped(raw));
            assert_eq!(
                crate::model::json::from_str(&json),
                Ok(crate::model::json::Value::from(raw))
            );
        }
    }

    #[test]
    fn writes_nested_documents_in_both_layouts() {
        for (pretty, want) in [
            (false, r#"{"a":[],"b":{"n":0,"m":4294967295,"l":"v"},"c":["x"]}"#),
            (
                true,
                "{\n  \"a\": [],\n  \"b\": {\n    \"n\": 0,\n    \"m\": 4294967295,\n    \"l\": \"v\"\n  },\n  \"c\": [\n    \"x\"\n  ]\n}",
            ),
        ] {
            let mut w = JsonWriter::new(0, pretty);
            w.open('{');
            w.entry(entry!("a"));
            w.open('[');
            w.close(']');
            w.entry(entry!("b"));
            w.open('{');
            w.field_number(entry!("n"), 0);
            w.field_number(entry!("m"), 4_294_967_295);
            w.entry(entry!("l" = "v"));
            w.close('}');
            w.entry(entry!("c"));
            w.open('[');
            w.item();
            w.string_of(&["x"]);
            w.close(']');
            w.close('}');
            assert_eq!(w.finish(), want);
        }
    }
}
