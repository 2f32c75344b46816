//! Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (either byte
//! order, with or without a mark) are decoded; anything else is refused with its name.
//!
//! Without a mark, the encoding is read from where the zero bytes fall among the first four
//! (RFC 4627, section 3): JSON starts with ASCII, so `00 00 00 xx` is UTF-32BE, `00 xx 00 xx`
//! UTF-16BE, `xx 00 00 00` UTF-32LE and `xx 00 xx 00` UTF-16LE. Unpaired surrogates in UTF-16
//! and invalid UTF-32 units become U+FFFD.

use std::borrow::Cow;

use super::report::ImportError;

/// The text encodings a document can arrive in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16 { big_endian: bool },
    Utf32 { big_endian: bool },
}

/// The encoding and the length of its byte-order mark.
fn sniff(bytes: &[u8]) -> (Encoding, usize) {
    match bytes {
        [0xef, 0xbb, 0xbf, ..] => (Encoding::Utf8, 3),
        [0x00, 0x00, 0xfe, 0xff, ..] => (Encoding::Utf32 { big_endian: true }, 4),
        [0xff, 0xfe, 0x00, 0x00, ..] => (Encoding::Utf32 { big_endian: false }, 4),
        [0xfe, 0xff, ..] => (Encoding::Utf16 { big_endian: true }, 2),
        [0xff, 0xfe, ..] => (Encoding::Utf16 { big_endian: false }, 2),
        [0, 0, 0, b, ..] if *b != 0 => (Encoding::Utf32 { big_endian: true }, 0),
        [a, 0, 0, 0, ..] if *a != 0 => (Encoding::Utf32 { big_endian: false }, 0),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => (Encoding::Utf16 { big_endian: true }, 0),
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => (Encoding::Utf16 { big_endian: false }, 0),
        [0, a] if *a != 0 => (Encoding::Utf16 { big_endian: true }, 0),
        [a, 0] if *a != 0 => (Encoding::Utf16 { big_endian: false }, 0),
        _ => (Encoding::Utf8, 0),
    }
}

fn name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16 { big_endian: true } => "UTF-16 (big-endian)",
        Encoding::Utf16 { big_endian: false } => "UTF-16 (little-endian)",
        Encoding::Utf32 { big_endian: true } => "UTF-32 (big-endian)",
        Encoding::Utf32 { big_endian: false } => "UTF-32 (little-endian)",
    }
}

/// The document's text, decoded from whichever encoding its first bytes show.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    let (encoding, bom) = sniff(bytes);
    let body = bytes.get(bom..).unwrap_or_default();
    let refuse = |what: String| ImportError::Encoding {
        reason: format!("the file looks like {} but {what}", name(encoding)),
    };
    match encoding {
        Encoding::Utf8 => std::str::from_utf8(body).map(Cow::Borrowed).map_err(|error| {
            ImportError::Encoding {
                reason: format!(
                    "the file is not UTF-8, UTF-16 or UTF-32 text (the byte at offset {} is not UTF-8; save it as UTF-8)",
                    error.valid_up_to() + bom
                ),
            }
        }),
        Encoding::Utf16 { big_endian } => {
            if body.len() % 2 != 0 {
                return Err(refuse("its length is odd".into()));
            }
            let units = body.chunks_exact(2).map(|pair| match big_endian {
                true => u16::from_be_bytes([pair[0], pair[1]]),
                false => u16::from_le_bytes([pair[0], pair[1]]),
            });
            Ok(Cow::Owned(
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or('\u{fffd}'))
                    .collect(),
            ))
        }
        Encoding::Utf32 { big_endian } => {
            if body.len() % 4 != 0 {
                return Err(refuse("its length is not a multiple of 4".into()));
            }
            Ok(Cow::Owned(
                body.chunks_exact(4)
                    .map(|b| match big_endian {
                        true => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
                        false => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
                    })
                    .map(|unit| char::from_u32(unit).unwrap_or('\u{fffd}'))
                    .collect(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for unit in bom.then_some(0xfeff).into_iter().chain(text.encode_utf16()) {
            let pair = match big_endian {
                true => unit.to_be_bytes(),
                false => unit.to_le_bytes(),
            };
            out.extend(pair);
        }
        out
    }

    fn utf32(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for c in bom.then_some('\u{feff}').into_iter().chain(text.chars()) {
            let quad = match big_endian {
                true => u32::from(c).to_be_bytes(),
                false => u32::from(c).to_le_bytes(),
            };
            out.extend(quad);
        }
        out
    }

    #[test]
    fn every_json_encoding_decodes_to_the_same_text() {
        let text = "[{\"note\": \"caf\u{e9} \u{1f600}\"}]";
        for big_endian in [true, false] {
            for bom in [true, false] {
                for bytes in [utf16(text, big_endian, bom), utf32(text, big_endian, bom)] {
                    let got = decode(&bytes).map(|t| t.into_owned());
                    assert_eq!(got.as_deref(), Ok(text), "{big_endian} {bom}");
                }
            }
        }
        let mut with_bom = vec![0xef, 0xbb, 0xbf];
        with_bom.extend(text.as_bytes());
        assert_eq!(decode(&with_bom).as_deref().ok(), Some(text));
        assert_eq!(decode(text.as_bytes()).as_deref().ok(), Some(text));
    }

    #[test]
    fn other_bytes_are_refused_by_name() {
        let latin1 = b"[{\"note\": \"caf\xe9\"}]";
        let error = decode(latin1).map(|_| ()).map_err(|e| e.to_string());
        assert!(
            error.as_ref().is_err_and(
                |e| e.contains("not UTF-8, UTF-16 or UTF-32") && e.contains("offset 14")
            ),
            "{error:?}"
        );
        let odd = [0xff, 0xfe, b'[', 0, b']'];
        let error = decode(&odd).map(|_| ()).map_err(|e| e.to_string());
        assert!(
            error
                .as_ref()
                .is_err_and(|e| e.contains("UTF-16 (little-endian)")),
            "{error:?}"
        );
    }
}
