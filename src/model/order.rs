//! Sorting through one copy of the standard sort each for integers and for everything else.
//!
//! Every `sort`, `sort_by`, `sort_by_key` or `sort_unstable` on another element type or closure
//! makes the compiler emit another copy of std's sort, 3 to 4 KB of wasm each (issue 9: twelve
//! copies were 42 KB of the reader's wasm). Here there are two: [`sort_pairs`] for plain
//! `(usize, usize)` data (positions, `(key, index)` lists: the hot paths, no indirection), and
//! [`sort_by`] for the rest, which sorts a list of indices under a comparator behind `dyn`, so a
//! new element type or closure only adds the small wrapper, never another sort. Both are stable.

use std::cmp::Ordering;

/// Sorts `pairs` ascending, stably. Driftsort merges presorted runs in near-linear time, which
/// the fuzzy anchoring's votes (one sorted run per piece) rely on.
pub fn sort_pairs(pairs: &mut [(usize, usize)]) {
    pairs.sort();
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
    let mut perm: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut perm, &mut |a, b| cmp(&items[a], &items[b]));
    permute(items, &perm);
}

/// Sorts `items` stably by `key`: items with equal keys keep their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The one comparator sort: `perm` stably by `cmp` (not generic, so linked once).
fn sort_indices(perm: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    perm.sort_by(|&a, &b| cmp(a, b));
}

/// Reorders `items` so that item `n` is the old `items[perm[n]]` (`perm` a permutation).
fn permute<T>(items: &mut Vec<T>, perm: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        perm.iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::{sort_by_key, sort_pairs, sort_values};

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
}
