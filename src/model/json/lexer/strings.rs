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
            self.pos = plain_run_end(bytes, self.pos);
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

/// True for the bytes that end a run of plain string content: `"`, `\` and controls.
fn is_special(byte: u8) -> bool {
    byte == b'"' || byte == b'\\' || byte < 0x20
}

/// Where the run of plain string bytes starting at `at` ends: eight bytes at a time while
/// none of them is special (the usual case for quotes and notes), then one at a time.
fn plain_run_end(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero exactly when the high bit of its byte in `has_zero(x)` is set
    // (no false positives below the first zero byte, which is all the loop needs).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0_u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Bytes below 0x20: after clearing the high bit, adding 0x60 leaves bit 7 clear;
        // bytes with the high bit set (UTF-8) are never special.
        let low = !((w & !HIGHS).wrapping_add(0x6060_6060_6060_6060) | w) & HIGHS;
        if low | has_zero(w ^ (ONES * u64::from(b'"'))) | has_zero(w ^ (ONES * u64::from(b'\\')))
            != 0
        {
            break;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&b| !is_special(b)) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::{is_special, plain_run_end};

    #[test]
    fn plain_runs_end_at_the_first_special_byte() {
        for special in (0..=255_u8).filter(|b| is_special(*b)) {
            for at in 0..20 {
                let mut bytes = "é€😀abcdefghijklmnopqrstuvwxyz0123".as_bytes().to_vec();
                bytes[at] = special;
                assert_eq!(plain_run_end(&bytes, 0), at, "{special:#x} at {at}");
            }
        }
        let plain: Vec<u8> = (0x20..=0xff_u8).filter(|b| !is_special(*b)).collect();
        assert_eq!(plain_run_end(&plain, 0), plain.len());
    }
}
