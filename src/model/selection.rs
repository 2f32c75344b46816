//! Turning a raw selection into an annotation span: snap to words, never split a grapheme,
//! and move a keyboard caret by word or by sentence.
//!
//! These are the pure rules behind mouse, touch and keyboard selection; the browser shell only
//! reports raw code-point offsets and applies the result. [`find_next`] (in `find.rs`) picks
//! typed words in the text, forgiving case, accents, quote styles, dashes and spacing.

use super::graphemes::graphemes;
use super::span::Span;
use super::text::IndexedText;

mod find;
mod fold;

pub use find::find_next;

/// How a raw selection is widened before it becomes an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snap {
    /// Widen to whole words (the default): a sloppy drag still marks complete words.
    Words,
    /// Keep the reader's exact edges (Alt held), only avoiding split graphemes.
    Graphemes,
}

/// Snaps `raw` to word or grapheme edges and trims surrounding whitespace; `None` if nothing is left.
pub fn snap(text: &IndexedText, raw: Span, mode: Snap) -> Option<Span> {
    // Work on a window around the selection: word edges never lie far outside it.
    let window_start = raw.start().saturating_sub(64);
    let window_end = (raw.end() + 64).min(text.n_chars());
    let window = text.slice(Span::new(window_start, window_end)?)?;
    let (rel_start, rel_end) = (raw.start() - window_start, raw.end() - window_start);
    let bounds: Vec<(usize, usize, bool)> = match mode {
        Snap::Words => word_spans(window),
        Snap::Graphemes => grapheme_spans(window),
    };
    // Start: beginning of the unit containing the raw start. End: end of the unit containing the last code point.
    let start = bounds
        .iter()
        .find(|(s, e, _)| *s <= rel_start && rel_start < *e)
        .map_or(rel_start, |(s, _, _)| *s);
    let end = bounds
        .iter()
        .find(|(s, e, _)| *s < rel_end && rel_end <= *e)
        .map_or(rel_end, |(_, e, _)| *e);
    // Trim units that are only whitespace at either edge.
    let content: Vec<&(usize, usize, bool)> = bounds
        .iter()
        .filter(|(s, e, is_space)| *s >= start && *e <= end && !is_space)
        .collect();
    let first = content.first()?;
    let last = content.last()?;
    Span::new(window_start + first.0, window_start + last.1)
}

/// (start, end, is_whitespace) of every word, space run and other symbol, in code points.
///
/// Words are built from grapheme clusters, so accents and emoji sequences never split. A word
/// is a run of letters and digits, joined across an apostrophe, hyphen, period or comma that
/// sits between two of them ("don’t", "30-day", "U.S.", "1,000"). This simple rule replaces
/// UAX #29 word boundaries, whose tables would add 12 KB to the wasm bundle, and reads better
/// for annotation ("30-day" is one word here).
fn word_spans(text: &str) -> Vec<(usize, usize, bool)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Word,
        Joiner,
        Space,
        Other,
    }
    let units: Vec<(Kind, usize)> = graphemes(text)
        .map(|g| {
            let first = g.chars().next().unwrap_or(' ');
            let kind = if first.is_alphanumeric() {
                Kind::Word
            } else if g.trim().is_empty() {
                Kind::Space
            } else if matches!(first, '\'' | '’' | '-' | '‐' | '.' | ',' | '_' | '·') {
                Kind::Joiner
            } else {
                Kind::Other
            };
            (kind, g.chars().count())
        })
        .collect();
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    let mut pos = 0;
    for (idx, &(kind, n)) in units.iter().enumerate() {
        let joins = kind == Kind::Joiner
            && idx > 0
            && units[idx - 1].0 == Kind::Word
            && units.get(idx + 1).is_some_and(|u| u.0 == Kind::Word);
        let word_like = kind == Kind::Word || joins;
        let extends = match out.last() {
            Some(&(_, end, false)) if end == pos && word_like => {
                // Continue a word only if the previous unit was part of one.
                idx > 0
                    && (units[idx - 1].0 == Kind::Word
                        || (units[idx - 1].0 == Kind::Joiner && kind == Kind::Word))
            }
            Some(&(_, end, true)) if end == pos => kind == Kind::Space,
            _ => false,
        };
        if extends {
            if let Some(last) = out.last_mut() {
                last.1 += n;
            }
        } else {
            out.push((pos, pos + n, kind == Kind::Space));
        }
        pos += n;
    }
    out
}

/// (start, end, is_whitespace) of every sentence (with its trailing spaces), in code points.
///
/// A sentence ends after `.`, `!`, `?`, `…` (and any closing quotes or brackets) followed by
/// whitespace, or at a line break. Good enough for moving a caret; UAX #29 sentence tables
/// would add 32 KB to the bundle.
fn sentence_spans(text: &str) -> Vec<(usize, usize, bool)> {
    let graphemes: Vec<&str> = graphemes(text).collect();
    let mut out = Vec::new();
    let (mut start, mut pos) = (0, 0);
    let mut idx = 0;
    while idx < graphemes.len() {
        let g = graphemes[idx];
        pos += g.chars().count();
        idx += 1;
        let terminal = matches!(g, "." | "!" | "?" | "…" | "؟" | "。");
        let line_break = g.contains('\n');
        if terminal || line_break {
            if terminal {
                while idx < graphemes.len()
                    && matches!(graphemes[idx], "\"" | "”" | "’" | "'" | ")" | "]" | "»")
                {
                    pos += graphemes[idx].chars().count();
                    idx += 1;
                }
            }
            let at_break = idx == graphemes.len() || graphemes[idx].trim().is_empty();
            if line_break || at_break {
                while idx < graphemes.len() && graphemes[idx].trim().is_empty() {
                    pos += graphemes[idx].chars().count();
                    idx += 1;
                }
                out.push((start, pos, false));
                start = pos;
            }
        }
    }
    if pos > start {
        let is_space = graphemes.is_empty() || text.chars().skip(start).all(char::is_whitespace);
        out.push((start, pos, is_space));
    }
    out
}

fn grapheme_spans(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for piece in graphemes(text) {
        let n = piece.chars().count();
        out.push((pos, pos + n, piece.trim().is_empty()));
        pos += n;
    }
    out
}

/// A unit the keyboard caret moves by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// To the start of the next (or previous) word.
    Word,
    /// To the start of the next (or previous) sentence.
    Sentence,
}

/// Direction of a caret move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the end of the text.
    Forward,
    /// Towards the start of the text.
    Backward,
}

/// Where a caret at `offset` lands after one `step` in `direction`, within `extent` (a paragraph
/// or the whole text). Forward moves land on the end of the current unit, so a forward
/// Shift-extension covers whole words or sentences; backward moves land on a unit start.
pub fn move_caret(
    text: &IndexedText,
    extent: Span,
    offset: usize,
    step: Step,
    direction: Direction,
) -> usize {
    let Some(slice) = text.slice(extent) else {
        return offset;
    };
    let rel = offset.saturating_sub(extent.start()).min(extent.len());
    let units: Vec<(usize, usize, bool)> = match step {
        Step::Word => word_spans(slice),
        Step::Sentence => sentence_spans(slice),
    };
    let content = units.iter().filter(|(_, _, space)| !space);
    let target = match direction {
        Direction::Forward => content
            .map(|(s, e, _)| {
                if step == Step::Sentence {
                    trim_end(slice, *s, *e)
                } else {
                    *e
                }
            })
            .find(|&e| e > rel)
            .unwrap_or(extent.len()),
        Direction::Backward => content
            .map(|(s, _, _)| *s)
            .rev()
            .find(|&s| s < rel)
            .unwrap_or(0),
    };
    extent.start() + target
}

/// End of a sentence unit without its trailing whitespace.
fn trim_end(slice: &str, start: usize, end: usize) -> usize {
    let unit: String = slice.chars().skip(start).take(end - start).collect();
    start + unit.trim_end().chars().count()
}
