//! Edit distance for typo tolerance and "did you mean": bounded Damerau (optimal string alignment).
//! It must stay cheap per pair: fixed-size rows, early exit once the bound is passed, no allocation.

/// Words longer than this (in characters) never get typo matching or suggestions: no real word
/// is that long, and it keeps the distance rows on the stack.
pub const MAX_TYPO_CHARS: usize = 40;
const W: usize = MAX_TYPO_CHARS + 1;

/// The edits a query word may carry and still match: none under 4 characters, so that short
/// words stay precise, 1 from 4, 2 from 8.
pub fn allowed_typos(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// A set of characters as 64 bits (letters and digits each their own bit, others shared by hash).
/// Each edit removes at most one character of either side, so the number of characters one side
/// has and the other lacks bounds the distance from below: a fast way to skip most of the
/// dictionary without running the distance.
pub fn char_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0u64, |m, &c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + (c as u32) % 28,
        };
        m | (1u64 << bit)
    })
}

/// True when the masks do not already prove the distance exceeds `k`.
pub fn masks_within(a: u64, b: u64, k: usize) -> bool {
    (a & !b).count_ones() as usize <= k && (b & !a).count_ones() as usize <= k
}

/// The Damerau distance (adjacent transposition costs 1) between `a` and `b` if at most `k`.
pub fn distance_within(a: &[char], b: &[char], k: usize) -> Option<usize> {
    if a.len() > MAX_TYPO_CHARS || b.len() > MAX_TYPO_CHARS || a.len().abs_diff(b.len()) > k {
        return None;
    }
    let mut before = [0usize; W];
    let mut prev = [0usize; W];
    let mut cur = [0usize; W];
    for (j, v) in prev.iter_mut().enumerate() {
        *v = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return None;
        }
        before = prev;
        prev = cur;
    }
    Some(prev[b.len()]).filter(|&d| d <= k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, k: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance_within(&a, &b, k)
    }

    #[test]
    fn counts_insertions_deletions_substitutions_and_swaps_as_one() {
        assert_eq!(d("microsft", "microsoft", 2), Some(1));
        assert_eq!(d("bitdefnder", "bitdefender", 2), Some(1));
        assert_eq!(d("nokai", "nokia", 1), Some(1));
        assert_eq!(d("cisko", "cisco", 1), Some(1));
        assert_eq!(d("abcd", "abcd", 0), Some(0));
        assert_eq!(d("abcd", "wxyz", 2), None);
        assert_eq!(d("", "ab", 2), Some(2));
    }

    #[test]
    fn masks_never_reject_a_close_pair() {
        for (a, b) in [("microsft", "microsoft"), ("nokai", "nokia"), ("éa", "ea")] {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert!(masks_within(char_mask(&a), char_mask(&b), 1));
        }
    }

    #[test]
    fn overlong_words_are_refused_not_indexed_out_of_bounds() {
        let long = "a".repeat(MAX_TYPO_CHARS + 1);
        assert_eq!(d(&long, &long, 2), None);
        let edge = "a".repeat(MAX_TYPO_CHARS);
        assert_eq!(d(&edge, &edge, 2), Some(0));
    }
}
