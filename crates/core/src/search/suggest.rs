//! "Did you mean": when nothing matches, the query with each unknown word replaced by the closest
//! dictionary word. It never offers a correction that would itself find nothing.

use std::cmp::Reverse;

use super::index::Index;
use super::query::{self, Query};
use crate::filter::{Filter, Sort};

/// The edits a suggestion may make to a word: wider than search typos, since it is only offered,
/// but never the whole word.
fn allowed_edits(chars: usize) -> usize {
    let k = if chars >= 8 { 3 } else { 2 };
    k.min(chars.saturating_sub(1))
}

pub(crate) fn suggest(
    ix: &Index,
    text: &str,
    q: &Query,
    filters: &[Filter],
    sort: Sort,
) -> Option<String> {
    let mut out = String::new();
    let mut at = 0;
    let mut changed = false;
    for w in &q.words {
        if !ix.dict.expand(&w.text, true).is_empty() {
            continue;
        }
        let chars: Vec<char> = w.text.chars().collect();
        // Closest first, then the most frequent word, then alphabetical: deterministic.
        let (term, _) = ix
            .dict
            .near(&chars, allowed_edits(chars.len()))
            .into_iter()
            .min_by_key(|&(t, d)| (d, Reverse(ix.dict.frequency(t)), t))?;
        out.push_str(text.get(at..w.start)?);
        out.push_str(ix.dict.term(term));
        at = w.end;
        changed = true;
    }
    if !changed {
        return None;
    }
    out.push_str(text.get(at..)?);
    let found = !ix.run(&query::parse(&out), filters, sort).hits.is_empty();
    found.then_some(out)
}
