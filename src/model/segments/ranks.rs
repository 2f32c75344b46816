//! `Ranks`: a set of small integers as a two-level bitset, for the sweep's covering spans:
//! insert and remove in O(1), the first few in order in O(n / 4096 + few), with one
//! allocation however many spans overlap.

/// The set bits of `word`, lowest first.
fn bits(mut word: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (word != 0).then(|| {
            let bit = word.trailing_zeros() as usize;
            word &= word - 1;
            bit
        })
    })
}

/// A set of ranks below a bound fixed at creation (or at the last reset).
#[derive(Debug, Default)]
pub struct Ranks {
    words: Vec<u64>,
    /// Bit `w` is set when `words[w]` is not zero.
    summary: Vec<u64>,
    len: usize,
}

impl Ranks {
    /// Empties the set for ranks below `bound`, keeping the allocations.
    pub fn reset(&mut self, bound: usize) {
        let n_words = bound.div_ceil(64);
        self.words.clear();
        self.words.resize(n_words, 0);
        self.summary.clear();
        self.summary.resize(n_words.div_ceil(64), 0);
        self.len = 0;
    }

    /// How many ranks are in the set.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Adds `rank` (below the bound, not in the set).
    pub fn insert(&mut self, rank: usize) {
        let word = rank / 64;
        if let Some(bits) = self.words.get_mut(word) {
            *bits |= 1 << (rank % 64);
            self.summary[word / 64] |= 1 << (word % 64);
            self.len += 1;
        }
    }

    /// Removes `rank` (in the set).
    pub fn remove(&mut self, rank: usize) {
        let word = rank / 64;
        if let Some(bits) = self.words.get_mut(word) {
            *bits &= !(1 << (rank % 64));
            if *bits == 0 {
                self.summary[word / 64] &= !(1 << (word % 64));
            }
            self.len -= 1;
        }
    }

    /// The ranks in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.summary
            .iter()
            .enumerate()
            .flat_map(|(i, &summary)| bits(summary).map(move |bit| i * 64 + bit))
            .flat_map(|word| bits(self.words[word]).map(move |bit| word * 64 + bit))
    }
}

#[cfg(test)]
mod tests {
    use super::Ranks;
    use std::collections::BTreeSet;

    #[test]
    fn ranks_behave_as_an_ordered_set() {
        let bound = 10_000;
        let mut ranks = Ranks::default();
        ranks.reset(bound);
        let mut want = BTreeSet::new();
        let mut x: u64 = 7;
        for _ in 0..20_000 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let rank = (x >> 33) as usize % bound;
            if want.insert(rank) {
                ranks.insert(rank);
            } else {
                want.remove(&rank);
                ranks.remove(rank);
            }
            assert_eq!(ranks.len(), want.len());
        }
        assert!(ranks.iter().eq(want.iter().copied()));
        ranks.reset(0);
        assert!(ranks.iter().next().is_none());
    }
}
