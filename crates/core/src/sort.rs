//! Sorting, with one small merge sort shared by every caller.
//!
//! The standard library's sorts are excellent but generic over the element and the comparison:
//! each of the app's dozen sort calls compiled into its own copy of driftsort or ipnsort, 57 KB of
//! the wasm before this module (measured with twiggy). Here the sort itself works on positions
//! through a `dyn` comparison, so it is compiled once; only the few lines that move the elements
//! are per element type. It is stable, O(n log n), and checked against `slice::sort_by` by
//! property tests. The search's hot paths sort packed integers instead (`sort_u64` and the two
//! built on it): one copy of the standard library's unstable sort, for `u64`.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by a key, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order (stably; equal elements are alike anyway).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `u64`s ascending with the standard library's unstable sort: the one copy of it the app
/// compiles. The search's hot paths, where speed matters, pack what they sort into `u64`s to
/// use it (`sort_u32`, `sort_by_u32_key`, the typo dictionary's candidates).
#[allow(clippy::disallowed_methods)] // the one place the standard sort is allowed
pub fn sort_u64(v: &mut [u64]) {
    v.sort_unstable();
}

/// Sorts `u32`s ascending: a short slice (the usual case, a record's matched tokens) in place
/// by insertion, a longer one through `sort_u64`.
pub fn sort_u32(v: &mut [u32]) {
    if v.len() <= 16 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && v[j - 1] > v[j] {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut wide: Vec<u64> = v.iter().map(|&x| u64::from(x)).collect();
    sort_u64(&mut wide);
    for (slot, x) in v.iter_mut().zip(wide) {
        *slot = x as u32;
    }
}

/// Sorts `v` stably by a `u32` key, fast: each key and its position are packed into one `u64`
/// and sorted by `sort_u64`; the position breaks ties, which keeps it stable.
pub fn sort_by_u32_key<T>(v: &mut [T], key: impl Fn(&T) -> u32) {
    if u32::try_from(v.len()).is_err() {
        return sort_by_key(v, key);
    }
    let mut packed: Vec<u64> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (u64::from(key(x)) << 32) | i as u64)
        .collect();
    sort_u64(&mut packed);
    permute(v, packed.into_iter().map(|p| p as u32 as usize).collect());
}

/// The positions `0..n` in the order `cmp` puts them, ties kept in position order: a bottom-up
/// merge sort on indices.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the left run unless the right one's head is strictly smaller.
                let left = j >= end || (i < mid && cmp(from[j], from[i]) != Ordering::Less);
                if left {
                    *slot = from[i];
                    i += 1;
                } else {
                    *slot = from[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Rearranges `v` so that position `k` holds what was at `order[k]`, following each cycle of the
/// permutation with swaps.
fn permute<T>(v: &mut [T], order: Vec<usize>) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut at = start;
        while !done[at] {
            done[at] = true;
            let next = order[at];
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard sorts are the reference
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn sorts_as_std_does(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);

            let mut ours = items.clone();
            sort(&mut ours);
            let mut std_sorted = items;
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }

    proptest! {
        /// The packed sorts order as the standard library's: `sort_by_u32_key` stably, ties
        /// included; `sort_u32` both below and above its insertion-sort length.
        #[test]
        fn packed_sorts_as_std_does(items in proptest::collection::vec((any::<u32>(), any::<u16>()), 0..300), small in 0u32..8) {
            let mut ours = items.clone();
            sort_by_u32_key(&mut ours, |a| a.0 % (small + 1));
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|a| a.0 % (small + 1));
            prop_assert_eq!(ours, std_sorted);

            let mut ours = items.clone();
            sort_by_u32_key(&mut ours, |a| a.0);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);

            let values: Vec<u32> = items.iter().map(|a| a.0 % 50).collect();
            for len in [values.len().min(16), values.len()] {
                let mut ours = values[..len].to_vec();
                sort_u32(&mut ours);
                let mut std_sorted = values[..len].to_vec();
                std_sorted.sort_unstable();
                prop_assert_eq!(ours, std_sorted);
            }
        }
    }

    #[test]
    fn edge_cases() {
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![1];
        sort(&mut one);
        assert_eq!(one, [1]);
        let mut strings = vec![
            "b".to_owned(),
            "a".to_owned(),
            "c".to_owned(),
            "a".to_owned(),
        ];
        sort_by_key(&mut strings, |s| s.clone());
        assert_eq!(strings, ["a", "a", "b", "c"]);
    }
}
