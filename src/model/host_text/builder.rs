//! `HostTextBuilder`: a one-pass state machine that collapses host text nodes as CSS `white-space: normal` does and records both position maps.
//!
//! Characters and block breaks arrive in document order. Most boundaries get their canonical
//! offset the moment they are seen; the ones inside a collapsible whitespace run after some text
//! wait, because only the next event tells whether the run becomes a space (next character is
//! text) or is trimmed (a block break or the end follows).

use super::{HostText, NodeIndex, Piece, Run};

/// The whitespace CSS collapses; U+00A0 and other Unicode spaces are rendered as they are.
fn is_collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// A whitespace run after text in the current paragraph, not yet known to be kept or trimmed.
#[derive(Clone, Copy, Debug)]
struct PendingSpace {
    /// Boundaries after the run's first character and before its last: they map to the space.
    inner: usize,
    /// Boundaries after the run's last character so far: they map to the next word if one comes.
    tail: usize,
    /// Raw offset of the run's last character, the one that stands for the kept space.
    last_raw: usize,
}

/// Builds a [`HostText`] from text nodes and block breaks fed in document order.
#[derive(Clone, Debug, Default)]
pub struct HostTextBuilder {
    text: String,
    n_chars: usize,
    node_starts: Vec<usize>,
    n_raw: usize,
    pieces: Vec<Piece>,
    /// Points in the last piece (0 when there is none).
    last_piece_len: usize,
    n_points: usize,
    runs: Vec<Run>,
    /// The current paragraph has canonical text.
    in_paragraph: bool,
    /// A paragraph ended; a `\n` precedes the next text.
    pending_break: bool,
    space: Option<PendingSpace>,
}

impl HostTextBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// A block boundary (start or end of a block element, a `<br>`): text pushed afterwards starts
    /// a new paragraph if the current one has text. Consecutive breaks count as one.
    pub fn block_break(&mut self) {
        if self.in_paragraph {
            // Trailing whitespace is trimmed: its boundaries sit at the paragraph's end.
            self.trim_space();
            self.in_paragraph = false;
            self.pending_break = true;
        }
    }

    /// One text node's raw data as in the DOM. Returns its index.
    pub fn push_text(&mut self, raw: &str) -> NodeIndex {
        let node = NodeIndex(self.node_starts.len());
        self.node_starts.push(self.n_raw);
        self.point();
        for c in raw.chars() {
            self.char(c);
            self.n_raw += 1;
            self.point();
        }
        node
    }

    /// The canonical text and its maps.
    pub fn finish(mut self) -> HostText {
        self.trim_space();
        HostText {
            text: self.text,
            n_chars: self.n_chars,
            node_starts: self.node_starts,
            n_raw: self.n_raw,
            pieces: self.pieces,
            runs: self.runs,
        }
    }

    /// Records the boundary after everything seen so far.
    fn point(&mut self) {
        if let Some(space) = &mut self.space {
            space.tail += 1;
        } else if self.in_paragraph {
            self.add_points(1, self.n_chars);
        } else {
            // Leading whitespace and breaks: the next paragraph's first character, which follows
            // the pending `\n` (clamped to the end by `to_canonical` if no text ever comes).
            self.add_points(1, self.n_chars + usize::from(self.pending_break));
        }
    }

    /// Consumes raw character `c`, numbered `self.n_raw`.
    fn char(&mut self, c: char) {
        if is_collapsible(c) {
            if !self.in_paragraph {
                return; // Leading whitespace is dropped.
            }
            let raw = self.n_raw;
            match &mut self.space {
                Some(space) => {
                    space.inner += space.tail;
                    space.tail = 0;
                    space.last_raw = raw;
                }
                None => {
                    self.space = Some(PendingSpace {
                        inner: 0,
                        tail: 0,
                        last_raw: raw,
                    })
                }
            }
            return;
        }
        if !self.in_paragraph {
            if self.pending_break {
                self.text.push('\n');
                self.n_chars += 1;
                self.pending_break = false;
            }
            self.in_paragraph = true;
        } else if let Some(space) = self.space.take() {
            // The run is kept as one space, before this character.
            self.add_points(space.inner, self.n_chars);
            self.keep(' ', space.last_raw);
            self.add_points(space.tail, self.n_chars);
        }
        self.keep(c, self.n_raw);
    }

    /// Drops a pending whitespace run: its boundaries go to the paragraph's end.
    fn trim_space(&mut self) {
        if let Some(space) = self.space.take() {
            self.add_points(space.inner + space.tail, self.n_chars);
        }
    }

    /// Appends canonical character `c`, standing for raw character `raw`.
    fn keep(&mut self, c: char, raw: usize) {
        let canon = self.n_chars;
        match self.runs.last_mut() {
            Some(run) if run.canon + run.len == canon && run.raw + run.len == raw => run.len += 1,
            _ => self.runs.push(Run { canon, raw, len: 1 }),
        }
        self.text.push(c);
        self.n_chars += 1;
    }

    /// Maps the next `count` points to canonical offset `pos`, extending the last piece when it
    /// continues it.
    fn add_points(&mut self, count: usize, pos: usize) {
        if count == 0 {
            return;
        }
        let n = self.last_piece_len;
        let extends = match self.pieces.last_mut() {
            Some(last) => {
                let last_pos = last.pos + last.slope * n.saturating_sub(1);
                if n == 1 && (pos == last_pos || pos == last_pos + 1) {
                    last.slope = pos - last_pos;
                    true
                } else {
                    n > 1 && pos == last_pos + last.slope
                }
            }
            None => false,
        };
        if extends {
            self.last_piece_len += 1;
        } else {
            self.start_piece(pos);
        }
        self.n_points += 1;
        let rest = count - 1;
        if rest > 0 {
            // The remaining points share `pos`: a flat piece, new unless the last one is flat.
            match self.pieces.last_mut() {
                Some(last) if last.slope == 0 || self.last_piece_len == 1 => {
                    last.slope = 0;
                    self.last_piece_len += rest;
                }
                _ => {
                    self.start_piece(pos);
                    self.last_piece_len = rest;
                }
            }
            self.n_points += rest;
        }
    }

    fn start_piece(&mut self, pos: usize) {
        self.pieces.push(Piece {
            point: self.n_points,
            pos,
            slope: 0,
        });
        self.last_piece_len = 1;
    }
}
