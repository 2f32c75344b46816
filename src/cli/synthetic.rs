//! `synthetic`: writes a large generated article with its annotations as one JSON bundle, for benchmarks.
//!
//! The bundle has the shape the widget reads from a page's data island or a `src` URL
//! (`{meta, text, annotations}`), so a benchmark page can load a 1 MB article without the
//! generator being compiled into the reader's wasm. The annotations load as the page's
//! editorial layer (a benchmark must never write megabytes into a reader's storage).

use std::fs;

use super::args::{flags, value};
use super::{CliError, Output};
use crate::model::json::Value;
use crate::model::synthetic::generate;

/// `help synthetic`.
pub const HELP: &str = "\
article-annotator-cli synthetic [--bytes N] [--annotations N] [--seed N] [--out FILE]

Writes a generated article of about N bytes (default 1048576) with N annotations (default
10000, a tenth of them nested or overlapping) as one JSON bundle {meta, text, annotations},
the shape a page's #article-annotator-data island or a src URL holds. For benchmarks; the
same seed always gives the same bundle (default 42). Without --out the bundle goes to
standard output.
";

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// About this many bytes of text.
    pub bytes: usize,
    /// This many annotations.
    pub annotations: usize,
    /// The generator's seed.
    pub seed: u64,
    /// Where to write, or standard output.
    pub out: Option<String>,
}

fn number(raw: Option<&str>, name: &str, default: u64) -> Result<u64, CliError> {
    match raw {
        None => Ok(default),
        Some(raw) => raw
            .parse()
            .map_err(|_| CliError::usage(format!("--{name} wants a whole number, not {raw:?}"))),
    }
}

/// Parses the flags after `synthetic`.
pub fn parse(args: &[String]) -> Result<Options, CliError> {
    let given = flags(args, &["bytes", "annotations", "seed", "out"], &[])?;
    let size = |name, default| number(value(&given, name), name, default);
    let as_usize = |n: u64, name: &str| {
        usize::try_from(n).map_err(|_| CliError::usage(format!("--{name} is too large")))
    };
    Ok(Options {
        bytes: as_usize(size("bytes", 1 << 20)?, "bytes")?,
        annotations: as_usize(size("annotations", 10_000)?, "annotations")?,
        seed: size("seed", 42)?,
        out: value(&given, "out").map(String::from),
    })
}

/// Runs `synthetic`.
pub fn run(options: &Options) -> Result<Output, CliError> {
    let data = generate(options.bytes, options.annotations, options.seed);
    // Compact W3C items (an IRI-string body, quote and position selectors): the widget's own
    // export spends about 1 KB an annotation, which would put 10,000 over the 5 MiB cap.
    let source = data.article.meta.source.clone();
    let items: Vec<Value> = data
        .annotations
        .iter()
        .map(|a| {
            let quote = &a.target.quote;
            let mut selectors = vec![Value::object([
                ("type", "TextQuoteSelector".into()),
                ("exact", quote.exact.as_str().into()),
                ("prefix", quote.prefix.as_str().into()),
                ("suffix", quote.suffix.as_str().into()),
            ])];
            if let Some(span) = a.target.position {
                selectors.push(Value::object([
                    ("type", "TextPositionSelector".into()),
                    ("start", span.start().into()),
                    ("end", span.end().into()),
                ]));
            }
            let target = Value::object([
                ("source", source.as_str().into()),
                ("selector", selectors.into()),
            ]);
            Value::object([
                ("id", a.id.as_str().into()),
                ("type", "Annotation".into()),
                ("motivation", "classifying".into()),
                ("body", a.category.iri().into()),
                ("target", target),
            ])
        })
        .collect();
    let n_annotations = items.len();
    let first = Value::object([
        ("type", "AnnotationPage".into()),
        ("startIndex", 0_u64.into()),
        ("items", items.into()),
    ]);
    let collection = Value::object([
        ("@context", "http://www.w3.org/ns/anno.jsonld".into()),
        ("type", "AnnotationCollection".into()),
        ("label", "Synthetic annotations".into()),
        ("total", n_annotations.into()),
        ("first", first),
    ]);
    let meta = &data.article.meta;
    let bundle = Value::object([
        (
            "meta",
            Value::object([
                ("id", meta.id.as_str().into()),
                ("title", meta.title.as_str().into()),
                ("source", meta.source.as_str().into()),
            ]),
        ),
        ("text", data.article.text().as_str().into()),
        ("annotations", collection),
    ]);
    let mut text = bundle.to_string();
    text.push('\n');
    let summary = format!(
        "synthetic article: {} bytes, {} annotations",
        data.article.text().as_str().len(),
        n_annotations
    );
    match &options.out {
        Some(path) => {
            fs::write(path, &text)
                .map_err(|e| CliError::input(format!("cannot write {path}: {e}")))?;
            Ok(Output {
                stdout: String::new(),
                notes: vec![format!("wrote {summary} to {path}")],
            })
        }
        None => Ok(Output {
            stdout: text,
            notes: vec![summary],
        }),
    }
}
