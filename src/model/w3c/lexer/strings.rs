//! JSON strings: decoded with unpaired surrogate escapes replaced by U+FFFD (and counted), or
//! skipped with their escapes checked.

use super::{Fatal, Lexer};

impl Lexer<'_> {
    /// Decodes the string at the cursor onto `out`; returns how many unpaired surrogate
    /// escapes it replaced with U+FFFD.
    pub fn string(&mut self, out: &mut String) -> Result<usize, Fatal> {
        self.pos += 1;
        let bytes = self.bytes();
        let mut n_lone = 0;
        loop {
            let start = self.pos;
            while let Some(&b) = bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Only ASCII bytes stop the scan, so both ends are character boundaries.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(n_lone);
                }
                Some(b'\\') => n_lone += self.escape(out)?,
                Some(_) => return self.fail("control character found while parsing a string"),
                None => return self.fail("EOF while parsing a string"),
            }
        }
    }

    /// One escape after a backslash, pushed onto `out`; 1 when it was an unpaired surrogate.
    fn escape(&mut self, out: &mut String) -> Result<usize, Fatal> {
        self.pos += 1;
        let plain = match self.bytes().get(self.pos) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape(out);
            }
            Some(_) => return self.fail("invalid escape"),
            None => return self.fail("EOF while parsing a string"),
        };
        self.pos += 1;
        out.push(plain);
        Ok(0)
    }

    fn unicode_escape(&mut self, out: &mut String) -> Result<usize, Fatal> {
        let unit = self.hex4()?;
        let code = match unit {
            0xd800..=0xdbff if self.bytes().get(self.pos..self.pos + 2) == Some(b"\\u") => {
                let save = self.pos;
                self.pos += 2;
                match self.hex4()? {
                    low @ 0xdc00..=0xdfff => 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00),
                    _ => {
                        // Not a pair: the high half alone is unpaired; read the next escape anew.
                        self.pos = save;
                        u32::MAX
                    }
                }
            }
            unit => unit,
        };
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(0)
            }
            None => {
                out.push('\u{fffd}');
                Ok(1)
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Fatal> {
        let Some(digits) = self.bytes().get(self.pos..self.pos + 4) else {
            return self.fail("EOF while parsing a string");
        };
        let mut value = 0;
        for &d in digits {
            let nibble = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return self.fail("invalid escape"),
            };
            value = value * 16 + u32::from(nibble);
        }
        self.pos += 4;
        Ok(value)
    }

    pub(super) fn skip_string(&mut self) -> Result<(), Fatal> {
        self.pos += 1;
        loop {
            match self.bytes().get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.pos += 1;
                    match self.bytes().get(self.pos) {
                        Some(b'u') => {
                            self.pos += 1;
                            self.hex4()?;
                        }
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.pos += 1
                        }
                        Some(_) => return self.fail("invalid escape"),
                        None => return self.fail("EOF while parsing a string"),
                    }
                }
                Some(&b) if b < 0x20 => {
                    return self.fail("control character found while parsing a string")
                }
                Some(_) => self.pos += 1,
                None => return self.fail("EOF while parsing a string"),
            }
        }
    }
}
