//! Sorting in one small function: every ordering in the reader goes through here.
//!
//! Every `sort`, `sort_by`, `sort_by_key` or `sort_unstable` on another element type or closure
//! makes the compiler emit another copy of std's sort, 3 to 4 KB of wasm each (issue 9: twelve
//! copies were 42 KB of the reader's wasm; even two copies, one for integer pairs and one for a
//! comparator, were 9 KB). Here one stable merge sort, not generic, serves both: [`sort_pairs`]
//! compares `(usize, usize)` pairs directly (positions, `(key, index)` lists: the hot paths), and
//! [`sort_by`] sorts indices under a comparator behind `dyn`, so a new element type or closure
//! only adds its small wrapper, never another sort.

use std::cmp::Ordering;

/// Runs this short are insertion-sorted before merging (fewer passes, cheap on small lists).
const RUN: usize = 16;

/// A comparator of two item indices, for [`sort_by`]; `None` compares the pairs themselves.
type Cmp<'a> = Option<&'a mut dyn FnMut(usize, usize) -> Ordering>;

/// Sorts `pairs` ascending, stably.
pub fn sort_pairs(pairs: &mut [(usize, usize)]) {
    merge_sort(pairs, None);
}

/// Sorts `values` ascending, through [`sort_pairs`].
pub fn sort_values(values: &mut [usize]) {
    let mut pairs: Vec<(usize, usize)> = values.iter().map(|&v| (v, 0)).collect();
    sort_pairs(&mut pairs);
    for (value, (sorted, _)) in values.iter_mut().zip(pairs) {
        *value = sorted;
    }
}

/// Sorts `items` stably by `cmp`: equal items keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut perm: Vec<(usize, usize)> = (0..items.len()).map(|i| (0, i)).collect();
    merge_sort(&mut perm, Some(&mut |a, b| cmp(&items[a], &items[b])));
    permute(items, &perm);
}

/// Sorts `items` stably by `key`: items with equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one sort: insertion sort of short runs, then bottom-up merges between `items` and a
/// buffer. Stable: an item only passes one before it that must go strictly after it. A merge of
/// two runs already in order is a copy, so presorted runs (the fuzzy anchoring's votes, one
/// sorted run per piece) cost few comparisons.
fn merge_sort(items: &mut [(usize, usize)], mut cmp: Cmp<'_>) {
    let mut after = |a: (usize, usize), b: (usize, usize)| match cmp.as_mut() {
        Some(cmp) => cmp(a.1, b.1) == Ordering::Greater,
        None => a > b,
    };
    let n = items.len();
    for run in items.chunks_mut(RUN) {
        for i in 1..run.len() {
            let item = run[i];
            let mut j = i;
            while j > 0 && after(run[j - 1], item) {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = item;
        }
    }
    if n <= RUN {
        return;
    }
    let mut buf = items.to_vec();
    let (mut src, mut dst) = (items, &mut buf[..]);
    let mut in_buf = false;
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid == end || !after(src[mid - 1], src[mid]) {
                dst[start..end].copy_from_slice(&src[start..end]);
                continue;
            }
            let (mut i, mut j) = (start, mid);
            for slot in &mut dst[start..end] {
                if i == mid || (j < end && after(src[i], src[j])) {
                    *slot = src[j];
                    j += 1;
                } else {
                    *slot = src[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut src, &mut dst);
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        dst.copy_from_slice(src);
    }
}

/// Reorders `items` so that item `n` is the old `items[perm[n].1]` (a permutation).
fn permute<T>(items: &mut Vec<T>, perm: &[(usize, usize)]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        perm.iter()
            .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::{sort_by_key, sort_pairs, sort_values};

    /// A deterministic pseudo-random sequence (xorshift), for lists std's sort can check.
    fn noise(seed: u64, n: usize, modulus: usize) -> Vec<usize> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % modulus as u64) as usize
            })
            .collect()
    }

    struct Case {
        name: &'static str,
        input: &'static [(usize, usize)],
        want: &'static [(usize, usize)],
    }

    #[test]
    fn pairs_and_values_sort_ascending() {
        let cases = [
            Case {
                name: "empty",
                input: &[],
                want: &[],
            },
            Case {
                name: "one",
                input: &[(3, 1)],
                want: &[(3, 1)],
            },
            Case {
                name: "second field breaks ties",
                input: &[(2, 9), (1, 5), (2, 0), (0, usize::MAX), (1, 4)],
                want: &[(0, usize::MAX), (1, 4), (1, 5), (2, 0), (2, 9)],
            },
            Case {
                name: "presorted runs",
                input: &[(4, 0), (5, 0), (9, 0), (1, 0), (5, 0), (8, 0)],
                want: &[(1, 0), (4, 0), (5, 0), (5, 0), (8, 0), (9, 0)],
            },
        ];
        for case in cases {
            let mut pairs = case.input.to_vec();
            sort_pairs(&mut pairs);
            assert_eq!(pairs, case.want, "{}", case.name);
            let mut values: Vec<usize> = case.input.iter().map(|p| p.0).collect();
            sort_values(&mut values);
            let want: Vec<usize> = case.want.iter().map(|p| p.0).collect();
            assert_eq!(values, want, "{}", case.name);
        }
    }

    struct KeyCase {
        name: &'static str,
        input: &'static [(&'static str, u8)],
        want: &'static [(&'static str, u8)],
    }

    #[test]
    fn sort_by_key_is_stable() {
        let cases = [
            KeyCase {
                name: "empty",
                input: &[],
                want: &[],
            },
            KeyCase {
                name: "ties keep their order",
                input: &[("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 0)],
                want: &[("e", 0), ("a", 1), ("d", 1), ("b", 2), ("c", 2)],
            },
            KeyCase {
                name: "all equal",
                input: &[("z", 7), ("y", 7), ("x", 7)],
                want: &[("z", 7), ("y", 7), ("x", 7)],
            },
        ];
        for case in cases {
            let mut items = case.input.to_vec();
            sort_by_key(&mut items, |&(_, key)| key);
            assert_eq!(items, case.want, "{}", case.name);
        }
    }

    struct LongCase {
        name: &'static str,
        n: usize,
        modulus: usize,
        presorted_runs: usize,
    }

    /// Lengths around the run and merge widths, many ties, and presorted runs: the same order
    /// as std's stable sort, for pairs and for a comparator.
    #[test]
    fn long_lists_agree_with_std() {
        let cases = [
            LongCase {
                name: "one run and one more",
                n: 17,
                modulus: 1000,
                presorted_runs: 0,
            },
            LongCase {
                name: "odd length, few distinct",
                n: 1001,
                modulus: 7,
                presorted_runs: 0,
            },
            LongCase {
                name: "power of two, distinct",
                n: 4096,
                modulus: usize::MAX,
                presorted_runs: 0,
            },
            LongCase {
                name: "sorted runs, as votes arrive",
                n: 5000,
                modulus: 100_000,
                presorted_runs: 32,
            },
            LongCase {
                name: "already sorted",
                n: 300,
                modulus: 50,
                presorted_runs: 1,
            },
        ];
        for case in cases {
            let mut keys = noise(case.n as u64 + 1, case.n, case.modulus);
            if case.presorted_runs > 0 {
                let len = case.n.div_ceil(case.presorted_runs);
                keys.chunks_mut(len).for_each(|run| run.sort());
            }
            let mut pairs: Vec<(usize, usize)> = keys.iter().map(|&k| (k % 13, k)).collect();
            let mut want = pairs.clone();
            want.sort();
            sort_pairs(&mut pairs);
            assert_eq!(pairs, want, "{}: pairs", case.name);
            let mut items: Vec<(usize, usize)> = keys.iter().copied().zip(0..).collect();
            let mut want = items.clone();
            want.sort_by_key(|&(k, _)| k);
            sort_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, want, "{}: by key, stably", case.name);
        }
    }
}
