//! `TextIndex`: a q-gram index over an article's bytes, so finding a quote costs a lookup, not a scan.
//!
//! Every position of the text is filed under a hash of the 4 bytes starting there (counting
//! sort: two passes, no per-bucket allocation). To find a needle, the index picks the needle's
//! rarest 4-gram and checks only the positions filed under it. Memory is one `u32` per byte of
//! text plus one per bucket: about 5 MB for a 1 MB article, built in a few milliseconds.
//! Positions are byte offsets; callers convert only the winners to code points.

/// Bytes per gram. Four keeps pieces of a fuzzy quote (see `fuzzy.rs`) long enough to look up
/// while still telling most words of an article apart.
pub const Q: usize = 4;

/// Most buckets used: 2^18 `u32`s (1 MB); more buys little once the text's distinct grams fit.
const MAX_BUCKET_BITS: u32 = 18;

/// Positions of every 4-gram of a text, grouped by hash bucket, ascending within a bucket.
#[derive(Clone, Debug)]
pub struct TextIndex {
    /// Bucket `b` holds `positions[starts[b]..starts[b + 1]]`.
    starts: Vec<u32>,
    /// Byte offsets where a gram starts, grouped by bucket.
    positions: Vec<u32>,
    /// Right shift that turns a multiplied gram into a bucket number.
    shift: u32,
}

fn gram_at(bytes: &[u8], at: usize) -> Option<u32> {
    let gram: [u8; Q] = bytes.get(at..at + Q)?.try_into().ok()?;
    Some(u32::from_le_bytes(gram))
}

impl TextIndex {
    /// Indexes `text`; `None` when it is too long for 32-bit offsets (4 GiB), never in practice.
    pub fn new(text: &str) -> Option<TextIndex> {
        let bytes = text.as_bytes();
        let n_grams = (bytes.len() + 1).saturating_sub(Q);
        u32::try_from(bytes.len()).ok()?;
        // About four grams per bucket when every gram differs; real text repeats far more.
        let bits = (usize::BITS - n_grams.leading_zeros())
            .saturating_sub(2)
            .clamp(8, MAX_BUCKET_BITS);
        let shift = 32 - bits;
        let n_buckets = 1usize << bits;
        let bucket = |at: usize| {
            gram_at(bytes, at).map_or(0, |g| (g.wrapping_mul(0x9E37_79B1) >> shift) as usize)
        };
        let mut starts = vec![0u32; n_buckets + 1];
        for at in 0..n_grams {
            starts[bucket(at) + 1] += 1;
        }
        for b in 0..n_buckets {
            starts[b + 1] += starts[b];
        }
        let mut cursor: Vec<u32> = starts[..n_buckets].to_vec();
        let mut positions = vec![0u32; n_grams];
        for at in 0..n_grams {
            let slot = &mut cursor[bucket(at)];
            positions[*slot as usize] = at as u32;
            *slot += 1;
        }
        Some(TextIndex {
            starts,
            positions,
            shift,
        })
    }

    fn bucket_of(&self, gram: u32) -> &[u32] {
        let b = (gram.wrapping_mul(0x9E37_79B1) >> self.shift) as usize;
        let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        &self.positions[lo..hi]
    }

    /// The needle's rarest gram: its offset inside the needle and the positions filed under it.
    fn rarest(&self, needle: &[u8]) -> Option<(usize, &[u32])> {
        let mut best: Option<(usize, &[u32])> = None;
        for off in 0..=needle.len().checked_sub(Q)? {
            let bucket = self.bucket_of(gram_at(needle, off)?);
            if best.is_none_or(|(_, b)| bucket.len() < b.len()) {
                best = Some((off, bucket));
                // Rare enough: looking on for a rarer gram would cost more than it saves.
                if bucket.len() <= 8 {
                    break;
                }
            }
        }
        best
    }

    /// An upper bound on how often `needle` occurs (its rarest gram's bucket size); cheap.
    pub fn estimate(&self, needle: &[u8]) -> usize {
        self.rarest(needle)
            .map_or(usize::MAX, |(_, bucket)| bucket.len())
    }

    /// Appends the byte offsets where `needle` occurs in `hay` (overlapping, ascending) to
    /// `out`, at most `cap` of them; returns false when it stopped at the cap.
    ///
    /// `hay` must be the text this index was built from. Needles shorter than a gram fall back
    /// to a scan.
    pub fn find(&self, hay: &[u8], needle: &[u8], cap: usize, out: &mut Vec<usize>) -> bool {
        let Some((off, bucket)) = self.rarest(needle) else {
            return find_by_scan(hay, needle, cap, out);
        };
        let mut n_found = 0;
        // The needle's last gram is checked first: most candidates already differ there, and
        // comparing four bytes is far cheaper than a call to memcmp.
        let last = needle.len() - Q;
        let last_gram = gram_at(needle, last);
        for &pos in bucket {
            let Some(start) = (pos as usize).checked_sub(off) else {
                continue;
            };
            if gram_at(hay, start + last) != last_gram {
                continue;
            }
            if hay.get(start..start + needle.len()) == Some(needle) {
                if n_found == cap {
                    return false;
                }
                out.push(start);
                n_found += 1;
            }
        }
        true
    }
}

/// Appends every (overlapping) occurrence of `needle` in `hay`, at most `cap`; false if capped.
pub fn find_by_scan(hay: &[u8], needle: &[u8], cap: usize, out: &mut Vec<usize>) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    let mut n_found = 0;
    let mut from = 0;
    while let Some(skip) = hay
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == first))
    {
        let start = from + skip;
        if hay.get(start..start + needle.len()) == Some(needle) {
            if n_found == cap {
                return false;
            }
            out.push(start);
            n_found += 1;
        }
        from = start + 1;
    }
    true
}

/// Finds needles in one text: through its index when there is one, else by scanning.
#[derive(Clone, Copy, Debug)]
pub struct Finder<'a> {
    /// The text's bytes.
    pub hay: &'a [u8],
    /// Its index; `None` only for texts too long to index.
    pub index: Option<&'a TextIndex>,
}

impl Finder<'_> {
    /// See [`TextIndex::find`].
    pub fn find(&self, needle: &[u8], cap: usize, out: &mut Vec<usize>) -> bool {
        match self.index {
            Some(index) => index.find(self.hay, needle, cap, out),
            None => find_by_scan(self.hay, needle, cap, out),
        }
    }

    /// See [`TextIndex::estimate`]; without an index every needle looks equally common.
    pub fn estimate(&self, needle: &[u8]) -> usize {
        self.index
            .map_or(self.hay.len(), |index| index.estimate(needle))
    }
}

#[cfg(test)]
mod tests {
    use super::{find_by_scan, TextIndex};

    fn both(hay: &str, needle: &str, cap: usize) -> (Vec<usize>, bool) {
        let index = TextIndex::new(hay).expect("small text");
        let mut by_index = Vec::new();
        let complete = index.find(hay.as_bytes(), needle.as_bytes(), cap, &mut by_index);
        let mut by_scan = Vec::new();
        let scan_complete = find_by_scan(hay.as_bytes(), needle.as_bytes(), cap, &mut by_scan);
        assert_eq!(
            (&by_index, complete),
            (&by_scan, scan_complete),
            "{hay:?} / {needle:?}"
        );
        (by_index, complete)
    }

    #[test]
    fn index_agrees_with_a_scan() {
        let long = "peace talks stall; peace talks resume. ".repeat(50);
        let cases: &[(&str, &str, usize, &[usize], bool)] = &[
            ("aaaa", "aa", 9, &[0, 1, 2], true),
            ("abcabcabc", "abcabc", 9, &[0, 3], true),
            ("abcabcabc", "abc", 2, &[0, 3], false),
            ("Zürich 😀 Zürich", "Zürich", 9, &[0, 13], true),
            ("short", "longer than the text", 9, &[], true),
            ("", "a", 9, &[], true),
            ("abc", "", 9, &[], true),
        ];
        for &(hay, needle, cap, want, complete) in cases {
            assert_eq!(
                both(hay, needle, cap),
                (want.to_vec(), complete),
                "{hay:?} / {needle:?}"
            );
        }
        let (found, _) = both(&long, "talks resume", 1000);
        assert_eq!(found.len(), 50);
        assert_eq!(both(&long, "peace talks", 1000).0.len(), 100);
    }
}
