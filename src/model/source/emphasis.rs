//! Emphasis delimiters (`*`, `_`, `~`): which runs may open or close (CommonMark's flanking rules) and which pair up, so their characters can be dropped.
//!
//! Simpler than CommonMark's algorithm, which only decides *which* tags a run becomes: here a
//! closer pairs with the nearest open run of the same character, one stack per character, and
//! the "rule of three" is left out. Every match exhausts a closer or pops an opener, so the
//! matching is linear.

use std::ops::Range;

/// A run of one delimiter character among a paragraph's cells.
#[derive(Clone, Copy, Debug)]
pub(super) struct DelimRun {
    pub ch: char,
    /// Index of its first cell.
    pub first: usize,
    pub len: usize,
    pub can_open: bool,
    pub can_close: bool,
    /// Delimiters used as an opener (taken from the run's right end) and as a closer (left end).
    pub opened: usize,
    pub closed: usize,
}

/// ASCII punctuation, and any other non-ASCII character that is neither a letter, a digit nor
/// a space (curly quotes, dashes, symbols): close enough to Unicode's P and S classes without
/// their tables.
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace())
}

/// `(can_open, can_close)` for a run of `len` × `ch` between `before` and `after` (a space at
/// either end of the paragraph).
pub(super) fn flanking(ch: char, len: usize, before: char, after: char) -> (bool, bool) {
    let left =
        !after.is_whitespace() && (!is_punct(after) || before.is_whitespace() || is_punct(before));
    let right =
        !before.is_whitespace() && (!is_punct(before) || after.is_whitespace() || is_punct(after));
    // `_` never opens or closes inside a word (snake_case); `~` is GFM strikethrough, 1 or 2.
    match ch {
        '_' => (
            left && (!right || is_punct(before)),
            right && (!left || is_punct(after)),
        ),
        '~' if len > 2 => (false, false),
        _ => (left, right),
    }
}

/// One opener matched with one closer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Pair {
    /// The delimiter character.
    pub ch: char,
    /// Delimiters used on each side: 1 is emphasis, 2 strong, 3 both.
    pub n: usize,
    /// The cells between the opener's and the closer's delimiters.
    pub inner: Range<usize>,
}

/// Pairs closers with openers; returns the cell ranges of the delimiters used, and the pairs.
pub(super) fn matched(runs: &mut [DelimRun]) -> (Vec<Range<usize>>, Vec<Pair>) {
    let mut pairs = Vec::new();
    let mut openers: [Vec<usize>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for k in 0..runs.len() {
        let run = runs[k];
        let stack = &mut openers[match run.ch {
            '*' => 0,
            '_' => 1,
            _ => 2,
        }];
        if run.can_close {
            while let Some(&o) = stack.last() {
                let opener = runs[o];
                let available = opener.len - opener.opened - opener.closed;
                let closer_left = run.len - runs[k].closed;
                // Strikethrough pairs equal runs only (GFM).
                if closer_left == 0 || (run.ch == '~' && opener.len != run.len) {
                    break;
                }
                let n = available.min(closer_left);
                // The opener's delimiters are taken from its right end, the closer's from its left.
                let inner_start = opener.first + opener.len - opener.opened;
                pairs.push(Pair {
                    ch: run.ch,
                    n,
                    inner: inner_start..run.first + runs[k].closed,
                });
                runs[o].opened += n;
                runs[k].closed += n;
                if n == available {
                    stack.pop();
                }
            }
        }
        if run.can_open && runs[k].closed < run.len {
            stack.push(k);
        }
    }
    let mut used = Vec::new();
    for run in runs.iter() {
        let end = run.first + run.len;
        used.push(run.first..run.first + run.closed);
        used.push(end - run.opened..end);
    }
    (used, pairs)
}
