//! Rendered text of a host page's own article element, and positions between it and the host's text nodes.
//!
//! The widget can annotate a news site's article in place. The browser shell walks the host
//! element's text nodes in document order, feeding each node's raw data and every block boundary
//! to a [`HostTextBuilder`]; the resulting [`HostText`] holds the canonical text (what `Article`
//! holds: paragraphs joined by `\n`, collapsible whitespace as CSS `white-space: normal` renders
//! it) and maps DOM boundaries to canonical offsets and back. All offsets are code points.
//!
//! Both maps are piecewise and searched by bisection, so lookups cost O(log n) and memory grows
//! with the number of collapsed runs and paragraph breaks, not with the number of characters:
//!
//! - *points* (every boundary `(node, offset)`, numbered densely node after node, so the end of
//!   one node and the start of the next are distinct points when a block break lies between
//!   them) → canonical offset, as runs that either climb by one per point or stay flat;
//! - *kept runs* (raw characters that appear in the canonical text, one for one) → raw character,
//!   numbered across all nodes; a node index is then found by bisecting node start offsets.
//!
//! A collapsed whitespace run keeps its *last* character as the canonical space: boundaries
//! before any of its characters map to the space's offset, the boundary after it to the next
//! word. Trimmed runs map to the paragraph's edge (the end for trailing, the start for leading).

mod builder;

pub use builder::HostTextBuilder;

/// A text node's position in push order (dense, from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeIndex(pub usize);

/// Which side of a boundary to prefer where the canonical text has no raw counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bias {
    /// Just before the character at the offset, in that character's node (a span's start).
    Start,
    /// Just after the character before the offset, in that character's node (a span's end).
    End,
}

/// Points `point..` map to canonical offsets `pos, pos + slope, pos + 2 * slope, …` up to the
/// next piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    point: usize,
    pos: usize,
    slope: usize,
}

/// Canonical characters `canon..canon + len` are raw characters `raw..raw + len` (raw
/// characters numbered across all nodes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    canon: usize,
    raw: usize,
    len: usize,
}

/// The canonical text of a host element's text nodes, with maps to and from DOM boundaries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostText {
    text: String,
    n_chars: usize,
    /// Raw character offset at which each node starts.
    node_starts: Vec<usize>,
    n_raw: usize,
    pieces: Vec<Piece>,
    runs: Vec<Run>,
}

impl HostText {
    /// Canonical text: paragraphs joined by `\n`, collapsible whitespace collapsed and trimmed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length of [`Self::text`] in code points.
    pub fn len_chars(&self) -> usize {
        self.n_chars
    }

    /// Number of text nodes pushed.
    pub fn n_nodes(&self) -> usize {
        self.node_starts.len()
    }

    /// Length in code points of node `node`'s raw text, if there is such a node.
    pub fn node_len(&self, node: NodeIndex) -> Option<usize> {
        let start = *self.node_starts.get(node.0)?;
        let end = self
            .node_starts
            .get(node.0 + 1)
            .copied()
            .unwrap_or(self.n_raw);
        Some(end - start)
    }

    /// Canonical offset of the DOM boundary at code point `offset` of node `node`'s raw text
    /// (`offset` may equal the node's length). Collapsed whitespace maps to the kept space's
    /// offset, trimmed whitespace to the paragraph's edge. `None` for an unknown node or an offset
    /// past the node's end.
    pub fn to_canonical(&self, node: NodeIndex, offset: usize) -> Option<usize> {
        if offset > self.node_len(node)? {
            return None;
        }
        // Node n's points start after all earlier nodes' points: one more than their characters.
        let point = self.node_starts.get(node.0)? + node.0 + offset;
        let idx = self.pieces.partition_point(|p| p.point <= point);
        let piece = self.pieces.get(idx.checked_sub(1)?)?;
        let pos = piece.pos + piece.slope * (point - piece.point);
        // Whitespace after the last paragraph was provisionally placed where a next paragraph
        // would have started, one past the end.
        Some(pos.min(self.n_chars))
    }

    /// The DOM boundary `(node, code-point offset in its raw text)` for canonical offset `at`
    /// (`0..=len`). See [`Bias`]; at a paragraph break `Start` goes to the next paragraph's first
    /// character and `End` to the previous paragraph's last. With no character on the preferred
    /// side (`Start` at the end, `End` at 0) the other side is used. `None` when `at` is out of
    /// range or the text is empty.
    pub fn to_raw(&self, at: usize, bias: Bias) -> Option<(NodeIndex, usize)> {
        if self.n_chars == 0 || at > self.n_chars {
            return None;
        }
        let bias = match bias {
            Bias::Start if at == self.n_chars => Bias::End,
            Bias::End if at == 0 => Bias::Start,
            other => other,
        };
        match bias {
            Bias::Start => {
                let idx = self.runs.partition_point(|r| r.canon + r.len <= at);
                let run = self.runs.get(idx)?;
                // `at` before the run is a paragraph break: take the next paragraph's first char.
                self.boundary(run.raw + at.saturating_sub(run.canon), 0)
            }
            Bias::End => {
                let idx = self.runs.partition_point(|r| r.canon < at);
                let run = self.runs.get(idx.checked_sub(1)?)?;
                // `at - 1` past the run is a paragraph break: take the run's last character.
                let within = (at - run.canon).min(run.len);
                self.boundary(run.raw + within.checked_sub(1)?, 1)
            }
        }
    }

    /// The boundary `after` characters past the start of raw character `raw`, in its node.
    fn boundary(&self, raw: usize, after: usize) -> Option<(NodeIndex, usize)> {
        if raw >= self.n_raw {
            return None;
        }
        // The last node starting at or before `raw` holds it: empty nodes sharing its start come
        // before it, and the nodes after it start past `raw`.
        let node = self
            .node_starts
            .partition_point(|&s| s <= raw)
            .checked_sub(1)?;
        let start = self.node_starts.get(node)?;
        Some((NodeIndex(node), raw - start + after))
    }
}
