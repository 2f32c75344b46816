//! Myers' bit-parallel approximate matching (with Hyyrö's blocks for patterns over 64 bytes).
//!
//! For a pattern of `m` bytes and a text, it computes, for every end position in the text, the
//! fewest edits (insertions, deletions, substitutions) that turn the pattern into some
//! substring ending there, 64 rows of the dynamic-programming table per machine word. It works
//! on UTF-8 bytes: a changed non-ASCII letter costs up to four edits, and the caller's error
//! bound is measured in bytes too, so the two stay in proportion. The port follows
//! `approx-string-match` (the library Hypothesis re-anchors with), with 64-bit words.

const WORD: usize = 64;

/// A pattern prepared for matching: one bit-mask per (block, byte value).
#[derive(Clone, Debug)]
pub struct Pattern {
    len: usize,
    n_blocks: usize,
    /// `peq[block * 256 + byte]` has bit `i` set when pattern byte `block * 64 + i` is `byte`.
    peq: Vec<u64>,
}

/// Per-column vertical deltas: bit `i` of `plus`/`minus` says row `i + 1` is one more/less than row `i`.
struct Columns {
    plus: Vec<u64>,
    minus: Vec<u64>,
}

impl Pattern {
    /// Prepares `pattern`; matching an empty pattern always costs nothing.
    pub fn new(pattern: &[u8]) -> Pattern {
        let n_blocks = pattern.len().div_ceil(WORD);
        let mut peq = vec![0u64; n_blocks * 256];
        for (i, &byte) in pattern.iter().enumerate() {
            peq[(i / WORD) * 256 + byte as usize] |= 1 << (i % WORD);
        }
        Pattern {
            len: pattern.len(),
            n_blocks,
            peq,
        }
    }

    /// Bit of the block's last pattern row, whose value the block reports.
    fn last_row_bit(&self, block: usize) -> u64 {
        if block + 1 < self.n_blocks {
            1 << (WORD - 1)
        } else {
            1 << ((self.len - 1) % WORD)
        }
    }

    /// Edit distances of the whole pattern for every end position of `text`: `out[j]` is the
    /// fewest edits for a match that ends with `text[j]`.
    ///
    /// With `anchored`, matches must start at `text[0]` (row 0 counts the skipped bytes);
    /// otherwise they may start anywhere, as in search.
    pub fn distances(&self, text: &[u8], anchored: bool, out: &mut Vec<usize>) {
        out.clear();
        if self.len == 0 {
            out.extend(std::iter::repeat_n(0, text.len()));
            return;
        }
        let mut cols = Columns {
            plus: vec![!0u64; self.n_blocks],
            minus: vec![0u64; self.n_blocks],
        };
        let mut score = self.len;
        let top: i8 = if anchored { 1 } else { 0 };
        for &byte in text {
            let mut carry = top;
            for block in 0..self.n_blocks {
                carry = self.advance(&mut cols, block, byte, carry);
            }
            score = score.saturating_add_signed(carry as isize);
            out.push(score);
        }
    }

    /// One column step of one block; `h_in` is the horizontal delta entering the block's top
    /// row (−1, 0 or +1) and the return value the delta leaving its last row.
    fn advance(&self, cols: &mut Columns, block: usize, byte: u8, h_in: i8) -> i8 {
        let p_v = cols.plus[block];
        let m_v = cols.minus[block];
        let h_in_neg = u64::from(h_in < 0);
        let eq = self.peq[block * 256 + byte as usize] | h_in_neg;
        let x_v = eq | m_v;
        let x_h = ((eq & p_v).wrapping_add(p_v) ^ p_v) | eq;
        let mut p_h = m_v | !(x_h | p_v);
        let mut m_h = p_v & x_h;
        let last = self.last_row_bit(block);
        let h_out = i8::from(p_h & last != 0) - i8::from(m_h & last != 0);
        p_h = (p_h << 1) | u64::from(h_in > 0);
        m_h = (m_h << 1) | h_in_neg;
        cols.plus[block] = m_h | !(x_v | p_h);
        cols.minus[block] = p_h & x_v;
        h_out
    }
}

/// The best approximate occurrence of a pattern in a region: byte offsets and edit count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// First byte of the match.
    pub start: usize,
    /// First byte after the match.
    pub end: usize,
    /// Edits needed (in bytes).
    pub errors: usize,
}

/// Finds the occurrence of `pattern` in `text` with the fewest edits, if it needs at most
/// `max_errors`. Among equally good ends the first wins, and for that end the shortest match.
pub fn best_match(pattern: &[u8], text: &[u8], max_errors: usize) -> Option<Hit> {
    let forward = Pattern::new(pattern);
    let mut scores = Vec::with_capacity(text.len());
    forward.distances(text, false, &mut scores);
    let (end_idx, &errors) = scores
        .iter()
        .enumerate()
        .min_by_key(|&(idx, &score)| (score, idx))?;
    if errors > max_errors {
        return None;
    }
    let end = end_idx + 1;
    // The start: run the reversed pattern anchored at the end, backwards over at most
    // `len + errors` bytes, and take the shortest stretch that costs the same.
    let reversed: Vec<u8> = pattern.iter().rev().copied().collect();
    let lo = end.saturating_sub(pattern.len() + errors);
    let back: Vec<u8> = text[lo..end].iter().rev().copied().collect();
    Pattern::new(&reversed).distances(&back, true, &mut scores);
    let n_back = scores
        .iter()
        .position(|&score| score == errors)
        .map_or(end - lo, |idx| idx + 1);
    Some(Hit {
        start: end - n_back,
        end,
        errors,
    })
}

#[cfg(test)]
mod tests {
    use super::{best_match, Hit, Pattern};

    /// Textbook O(n·m) dynamic programme: the reference the bit-parallel version must equal.
    fn reference(pattern: &[u8], text: &[u8], anchored: bool) -> Vec<usize> {
        let mut col: Vec<usize> = (0..=pattern.len()).collect();
        let mut out = Vec::new();
        for (j, &t) in text.iter().enumerate() {
            let mut next = vec![if anchored { j + 1 } else { 0 }];
            for (i, &p) in pattern.iter().enumerate() {
                let best = (col[i] + usize::from(p != t))
                    .min(col[i + 1] + 1)
                    .min(next[i] + 1);
                next.push(best);
            }
            out.push(next[pattern.len()]);
            col = next;
        }
        out
    }

    #[test]
    fn bit_parallel_equals_the_reference_across_block_sizes() {
        let mut seed = 0x1234_5678_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for len in [1, 2, 63, 64, 65, 127, 128, 129, 200] {
            let pattern: Vec<u8> = (0..len).map(|_| b"abc"[next(3) as usize]).collect();
            let text: Vec<u8> = (0..300).map(|_| b"abcd"[next(4) as usize]).collect();
            for anchored in [false, true] {
                let mut got = Vec::new();
                Pattern::new(&pattern).distances(&text, anchored, &mut got);
                assert_eq!(
                    got,
                    reference(&pattern, &text, anchored),
                    "len {len} anchored {anchored}"
                );
            }
        }
    }

    #[test]
    fn best_match_table() {
        let hit = |start, end, errors| Some(Hit { start, end, errors });
        let cases: &[(&str, &str, usize, Option<Hit>)] = &[
            ("ceasefire", "a ceasefire now", 0, hit(2, 11, 0)),
            ("ceasefire", "a cease-fire now", 2, hit(2, 12, 1)),
            ("ceasefire", "a truce now", 2, None),
            (
                "rejected an immediate",
                "Putin rejected a immediate truce",
                3,
                hit(6, 26, 1),
            ),
            ("peace deal", "peace  deal", 1, hit(0, 11, 1)),
        ];
        for &(pattern, text, max, want) in cases {
            assert_eq!(
                best_match(pattern.as_bytes(), text.as_bytes(), max),
                want,
                "{pattern:?} in {text:?}"
            );
        }
    }
}
