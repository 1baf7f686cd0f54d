//! One search: parse the query, find candidates through the postings, filter, score, count facets
//! and sort, all in one pass over the records. It keeps no state between searches.

use super::facets::{slot, Counts, Selection};
use super::index::{Expansion, Index};
use super::query::{self, Query};
use super::{rank, suggest, Hit, RecordRef, Results, MAX_QUERY_CHARS};
use crate::data::Dataset;
use crate::filter::{truncate_chars, Filter, Sort, MAX_FILTERS};

impl Index {
    /// Searches the dataset this index was built from (the index holds all it needs; `_d` keeps
    /// the call honest about which dataset the `RecordRef`s point into).
    ///
    /// `filters` are the UI's: OR within a facet, AND across facets, and AND with the query's own
    /// `field:value` filters; only the first `state::MAX_FILTERS` count. Any filter limits the
    /// hits to signatories, as does an empty query.
    pub fn search(&self, _d: &Dataset, query: &str, filters: &[Filter], sort: Sort) -> Results {
        // As many filters as a URL can carry; more would only cost time.
        let filters = filters.get(..MAX_FILTERS).unwrap_or(filters);
        let text = truncate_chars(query, MAX_QUERY_CHARS);
        let q = query::parse(text);
        let mut r = self.run(&q, filters, sort);
        if r.hits.is_empty() && r.error.is_none() {
            r.suggestion = suggest::suggest(self, text, &q, filters, sort);
        }
        r
    }

    pub(crate) fn run(&self, q: &Query, filters: &[Filter], sort: Sort) -> Results {
        if let Some(e) = &q.error {
            let facets = Counts::new(&self.facets).finish(&self.facets, filters);
            return Results {
                error: Some(e.clone()),
                facets,
                ..Results::default()
            };
        }
        let exps: Vec<Expansion> = q
            .words
            .iter()
            .map(|w| self.dict.expand(&w.text, true))
            .collect();
        let nots: Vec<Vec<Expansion>> = q
            .not_phrases
            .iter()
            .map(|p| p.iter().map(|w| self.dict.expand(w, false)).collect())
            .collect();
        let selection = Selection::new(&self.facets, filters);
        let typed: Vec<(usize, Vec<bool>, bool)> = q
            .filters
            .iter()
            .map(|f| {
                (
                    slot(f.facet),
                    self.facets
                        .mask(slot(f.facet), f.values.iter().map(String::as_str)),
                    f.negated,
                )
            })
            .collect();
        let mut kinds = q.kinds;
        if selection.any() || !typed.is_empty() || (q.words.is_empty() && !q.kind_given) {
            kinds &= 1;
        }

        let mut candidates = Candidates::gather(self, &exps);
        let mut excluded = vec![
            false;
            if q.not_words.is_empty() {
                0
            } else {
                self.docs.len()
            }
        ];
        for w in &q.not_words {
            let e = self.dict.expand(w, false);
            for doc in self.dict.toks_of_word(&e).filter_map(|t| self.doc_of(t)) {
                if let Some(x) = excluded.get_mut(doc) {
                    *x = true;
                }
            }
        }

        let mut counts = Counts::new(&self.facets);
        let mut hits: Vec<(u32, Hit)> = Vec::new();
        for (i, doc) in self.docs.iter().enumerate() {
            if kinds & (1 << doc.kind) == 0 || excluded.get(i).copied().unwrap_or(false) {
                continue;
            }
            let Some(mine) = candidates.occurrences(i) else {
                continue;
            };
            let mut fails = 0;
            if let RecordRef::Signatory(_) = doc.record {
                let value_ok = |fi: usize, ok: &[bool]| {
                    self.facets
                        .value(i, fi)
                        .and_then(|v| ok.get(v as usize).copied())
                };
                if !typed
                    .iter()
                    .all(|(fi, ok, neg)| value_ok(*fi, ok).unwrap_or(false) != *neg)
                {
                    continue;
                }
                fails = selection.fails(&self.facets, i);
                if fails.count_ones() > 1 {
                    continue;
                }
            }
            let Some(ev) = rank::evaluate(self, doc, q, &exps, &nots, mine) else {
                continue;
            };
            if let RecordRef::Signatory(_) = doc.record {
                counts.add(&self.facets, i, fails);
                if fails != 0 {
                    continue;
                }
            }
            let key = match sort {
                Sort::Relevance => {
                    u32::from(ev.tier) << 16 | u32::from(ev.typos) << 8 | u32::from(doc.kind)
                }
                Sort::Name => 0,
                Sort::Joined => doc.joined,
                Sort::Country => doc.country,
            };
            hits.push((
                key,
                Hit {
                    record: doc.record,
                    field: ev.field,
                    matches: ev.matches,
                    typos: ev.typos,
                },
            ));
        }
        // Stable: records are numbered in name order, so equal keys stay sorted by name.
        crate::sort::sort_by_u32_key(&mut hits, |h| h.0);
        Results {
            hits: hits.into_iter().map(|h| h.1).collect(),
            facets: counts.finish(&self.facets, filters),
            suggestion: None,
            error: None,
        }
    }
}

/// The records that hold every word of the query, with the occurrences that matched.
struct Candidates {
    words: usize,
    /// Per record, how many words in a row it holds: moves from i to i+1 only through word i.
    seen: Vec<u8>,
    /// Per record, where its occurrences end in `matched` (and so where the next record's begin).
    ends: Vec<u32>,
    /// Matching token indexes grouped by record (a counting sort), so that scoring reads only
    /// the words that matched rather than whole records.
    matched: Vec<u32>,
}

impl Candidates {
    fn gather(ix: &Index, exps: &[Expansion]) -> Candidates {
        let words = exps.len();
        let sized = |len: usize| if words > 0 { len } else { 0 };
        let mut seen = vec![0u8; sized(ix.docs.len())];
        let mut ends = vec![0u32; sized(ix.docs.len() + 1)];
        for (i, e) in exps.iter().enumerate() {
            for doc in ix.dict.toks_of_word(e).filter_map(|t| ix.doc_of(t)) {
                if let Some(c) = seen.get_mut(doc).filter(|c| usize::from(**c) == i) {
                    *c += 1;
                }
                if let Some(c) = ends.get_mut(doc + 1) {
                    *c += 1;
                }
            }
        }
        let mut total = 0;
        for c in &mut ends {
            total += *c;
            *c = total;
        }
        // `ends[d]` is now where record d begins; placing its occurrences moves it to their end.
        let mut matched = vec![0u32; total as usize];
        for e in exps {
            for t in ix.dict.toks_of_word(e) {
                if let Some(at) = ix.doc_of(t).and_then(|doc| ends.get_mut(doc)) {
                    if let Some(m) = matched.get_mut(*at as usize) {
                        *m = t;
                    }
                    *at += 1;
                }
            }
        }
        Candidates {
            words,
            seen,
            ends,
            matched,
        }
    }

    /// The occurrences in record `doc`, or None when it lacks a word; any record when no words.
    fn occurrences(&mut self, doc: usize) -> Option<&mut [u32]> {
        if self.words == 0 {
            return Some(&mut []);
        }
        if self.seen.get(doc).map(|&c| usize::from(c)) != Some(self.words) {
            return None;
        }
        let begin = doc
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .copied()
            .unwrap_or(0) as usize;
        let end = self.ends.get(doc).copied().unwrap_or(0) as usize;
        self.matched.get_mut(begin..end)
    }
}
