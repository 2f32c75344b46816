//! Importing annotations: W3C Web Annotation JSON-LD (one, an array, a page, a collection or a
//! `@graph`, including Recogito's output) and Hypothesis API JSON (a search result, a row or
//! an array of rows), from text or from a file's bytes.
//!
//! Input is untrusted: a bad value inside one annotation rejects that annotation only (with its
//! JSON path), repairs are reported as warnings, and nothing here can panic or grow without
//! bound on any input. The size is checked first, on the bytes; `decode.rs` reads the encoding;
//! `lexer.rs` and `reader.rs` stream the structure; `sink.rs` collects what the item readers
//! make of each annotation.

use super::decode::decode;
use super::reader::{read, RootKind};
use super::report::{check_size, ImportError, ImportOptions, ImportReport};
use super::sink::Sink;
use crate::model::annotation::Origin;
use crate::model::json::lexer::Lexer;

/// Parses a document given as text; every annotation found is given `origin`.
pub fn parse_document(json: &str, origin: Origin) -> Result<ImportReport, ImportError> {
    parse_document_with(json, origin, ImportOptions::default())
}

/// [`parse_document`] with the caller's choices (untagged rows, the seed of minted ids).
pub fn parse_document_with(
    json: &str,
    origin: Origin,
    options: ImportOptions,
) -> Result<ImportReport, ImportError> {
    check_size(json.len())?;
    read_text(json, origin, options)
}

/// Parses a value the widget saved in the browser's storage: as [`parse_document`], without the
/// import size limit (the browser's storage quota bounds it, and a value near the quota must
/// not be refused on the next visit).
pub fn parse_stored(json: &str, origin: Origin) -> Result<ImportReport, ImportError> {
    read_text(json, origin, ImportOptions::default())
}

/// Parses a file's bytes: the size is checked on the bytes, then the encoding is read (UTF-8,
/// UTF-16 or UTF-32, with or without a byte-order mark).
pub fn parse_bytes(
    bytes: &[u8],
    origin: Origin,
    options: ImportOptions,
) -> Result<ImportReport, ImportError> {
    check_size(bytes.len())?;
    read_text(&decode(bytes)?, origin, options)
}

/// A 128-bit hash of the text, eight bytes at a time: the seed of minted ids when the
/// caller gives none (not a defence against anyone, only distinct per document).
fn text_seed(text: &str) -> u128 {
    let (mut a, mut b) = (0xcbf2_9ce4_8422_2325_u64, 0x6c62_272e_07bb_0142_u64);
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0_u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        a = (a ^ word)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
        b = (b ^ word.rotate_left(32))
            .wrapping_mul(0xbf58_476d_1ce4_e5b9)
            .rotate_left(31);
    }
    for &byte in chunks.remainder() {
        a = (a ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        b = (b ^ u64::from(byte)).wrapping_mul(0x94d0_49bb_1331_11eb);
    }
    let len = bytes.len() as u64;
    (u128::from(a ^ len) << 64) | u128::from(b.wrapping_add(len))
}

fn read_text(
    json: &str,
    origin: Origin,
    options: ImportOptions,
) -> Result<ImportReport, ImportError> {
    // Some editors save JSON with a byte-order mark, which is not JSON but harmless.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let seed = options.id_seed.unwrap_or_else(|| text_seed(json));
    let mut sink = Sink::new(origin, options, seed);
    let mut lexer = Lexer::new(json);
    match read(&mut lexer, &mut sink) {
        Err(fatal) => {
            let (line, column) = lexer.line_column(fatal.at);
            Err(ImportError::InvalidJson {
                line,
                column,
                message: fatal.message.into(),
            })
        }
        Ok(RootKind::Scalar) => Err(ImportError::NotAnnotations {
            reason: "the document is neither an object nor an array".into(),
        }),
        Ok(RootKind::Array | RootKind::Object) => sink.finish(),
    }
}
