//! Message templates: literal text with `{name}` and `{name.form}` holes, split into pieces.
//!
//! A hole's name is lower-case ASCII letters and `_`; its optional form, after one `.`, the
//! same. Anything else in braces (or a lone brace) is literal text, so a translation can never
//! make rendering fail.

use crate::model::order::sort_by;

/// A piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text.
    Text(&'a str),
    /// A hole: the argument's name and the form asked for.
    Hole {
        /// The argument (`category`, `n`, `quote`).
        name: &'a str,
        /// The form after the dot (`noun` in `{category.noun}`).
        form: Option<&'a str>,
    },
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// A hole at the start of `s` (which starts with `{`): the piece and its length in bytes.
fn hole(s: &str) -> Option<(Piece<'_>, usize)> {
    let close = s.find('}')?;
    let inner = s.get(1..close)?;
    let (name, form) = match inner.split_once('.') {
        Some((name, form)) => (name, Some(form)),
        None => (inner, None),
    };
    (is_name(name) && form.is_none_or(is_name)).then_some((Piece::Hole { name, form }, close + 1))
}

/// The pieces of `template`, in order; adjacent literal text may come in several pieces.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let next = rest.find('{').unwrap_or(rest.len());
        if next > 0 {
            out.push(Piece::Text(&rest[..next]));
            rest = &rest[next..];
            continue;
        }
        match hole(rest) {
            Some((piece, len)) => {
                out.push(piece);
                rest = &rest[len..];
            }
            None => {
                out.push(Piece::Text("{"));
                rest = &rest[1..];
            }
        }
    }
    out
}

/// The names of the holes in `template` (forms left out), sorted, each once. (A sorted `Vec`,
/// not a `BTreeSet`: the reader links no B-tree code of its own for a handful of names.)
pub fn names(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Hole { name, .. } => Some(name),
            Piece::Text(_) => None,
        })
        .collect();
    sort_by(&mut out, |a, b| a.cmp(b));
    out.dedup();
    out
}
