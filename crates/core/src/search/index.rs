//! The index built once per dataset: every searchable field's folded words with their byte ranges,
//! a sorted dictionary with postings, sort keys and facet values. It must not be built per keystroke.
//!
//! Term ids follow the sorted order of the dictionary, so every word starting with a prefix is one
//! id range and its postings one contiguous slice: prefix search costs a binary search. Postings
//! list word occurrences (not just records), so a search touches only the words that match.

use std::collections::HashMap;

use super::facets::FacetTable;
use super::typo::{allowed_typos, char_mask, distance_within, masks_within, MAX_TYPO_CHARS};
use super::{field_text, Field, RecordRef};
use crate::data::{countries, Dataset};
use crate::fold;

/// One occurrence of a word in a field of a record. A record's tokens are contiguous, in the
/// order of its fields (`slots_of`) and of the words in each field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub term: u32,
    pub doc: u32,
    pub field: Field,
    /// Which alias, sub-commitment…: `Match::index`.
    pub index: u32,
    /// Position of the word in its field, for phrases.
    pub pos: u32,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub record: RecordRef,
    pub toks: (u32, u32),
    /// How many of the record's first tokens are its name (its first field).
    pub name_len: u32,
    /// `kind_of` the record.
    pub kind: u8,
    /// Sort keys; `u32::MAX` for unknown so that it sorts last.
    pub joined: u32,
    pub country: u32,
}

/// The folded words of the dataset, sorted, with where each occurs.
#[derive(Debug, Default)]
pub(crate) struct Dict {
    terms: Vec<Box<str>>,
    /// Where each term's occurrences begin in `post_toks` (one more entry than terms).
    post_off: Vec<u32>,
    /// Token indexes of each term's occurrences, ascending (so in record order).
    post_toks: Vec<u32>,
    chars: Vec<char>,
    /// Start and length in `chars`, and the character mask, of each term short enough for typos.
    span: Vec<(u32, u32, u64)>,
    /// Term ids by length in characters, so typo search scans only plausible lengths.
    by_len: Vec<Vec<u32>>,
}

/// The dictionary words a query word stands for: a prefix range plus close misspellings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Expansion {
    pub lo: u32,
    pub hi: u32,
    pub exact: Option<u32>,
    /// (term, edits), sorted by term; only filled when the word matches no prefix.
    pub typos: Vec<(u32, u8)>,
}

impl Expansion {
    /// The edits needed when `term` matches this word, or None.
    #[inline(always)]
    pub fn test(&self, term: u32) -> Option<u8> {
        if (self.lo..self.hi).contains(&term) {
            return Some(0);
        }
        let i = self.typos.binary_search_by_key(&term, |t| t.0).ok()?;
        self.typos.get(i).map(|t| t.1)
    }
    pub fn is_empty(&self) -> bool {
        self.lo >= self.hi && self.typos.is_empty()
    }
}

impl Dict {
    /// The occurrences (token indexes) of the terms `term_lo..term_hi`.
    pub fn toks_of(&self, term_lo: u32, term_hi: u32) -> &[u32] {
        let off = |t: u32| self.post_off.get(t as usize).copied().unwrap_or(0) as usize;
        self.post_toks
            .get(off(term_lo)..off(term_hi))
            .unwrap_or(&[])
    }
    /// The occurrences of every term this word stands for.
    pub fn toks_of_word<'a>(&'a self, e: &'a Expansion) -> impl Iterator<Item = u32> + 'a {
        let typos = e
            .typos
            .iter()
            .flat_map(|&(t, _)| self.toks_of(t, t.saturating_add(1)));
        self.toks_of(e.lo, e.hi).iter().chain(typos).copied()
    }
    pub fn frequency(&self, term: u32) -> usize {
        self.toks_of(term, term.saturating_add(1)).len()
    }
    pub fn term(&self, term: u32) -> &str {
        self.terms.get(term as usize).map_or("", |t| t)
    }

    /// Expands a folded query word: the words it starts, and, when `typos` and it is not itself a
    /// word, the words within the allowed edits. A misspelling that happens to start other words
    /// ("ommom" for "ommiom") still finds its word; typo matches rank below exact and prefix ones.
    pub fn expand(&self, word: &str, typos: bool) -> Expansion {
        let lo = self.terms.partition_point(|t| &**t < word);
        let rest = self.terms.get(lo..).unwrap_or(&[]);
        let hi = lo + rest.partition_point(|t| t.starts_with(word));
        let exact = rest.first().filter(|t| &***t == word).map(|_| lo as u32);
        let mut e = Expansion {
            lo: lo as u32,
            hi: hi as u32,
            exact,
            typos: Vec::new(),
        };
        if typos && exact.is_none() {
            let chars: Vec<char> = word.chars().collect();
            e.typos = self.near(&chars, allowed_typos(chars.len()));
        }
        e
    }

    /// Terms within `k` edits of `word`, as (term, edits) sorted by term.
    pub fn near(&self, word: &[char], k: usize) -> Vec<(u32, u8)> {
        if k == 0 || word.len() > MAX_TYPO_CHARS {
            return Vec::new();
        }
        // (term, edits) packed into one u64 each, for the app's one fast sort.
        let mut out: Vec<u64> = Vec::new();
        let mask = char_mask(word);
        let lens = word.len().saturating_sub(k)..=word.len() + k;
        for bucket in self.by_len.get(lens).unwrap_or(&[]) {
            for &t in bucket {
                let Some(&(start, len, m)) = self.span.get(t as usize) else {
                    continue;
                };
                if !masks_within(mask, m, k) {
                    continue;
                }
                let Some(chars) = self.chars.get(start as usize..(start + len) as usize) else {
                    continue;
                };
                if let Some(d) = distance_within(word, chars, k) {
                    out.push((u64::from(t) << 8) | u64::from(d as u8));
                }
            }
        }
        crate::sort::sort_u64(&mut out);
        out.into_iter()
            .map(|p| ((p >> 8) as u32, p as u8))
            .collect()
    }

    /// Sorts the words (renumbering `toks` to match) and lists each word's occurrences.
    fn build(words: HashMap<String, u32>, toks: &mut [Tok]) -> Dict {
        let mut sorted: Vec<(String, u32)> = words.into_iter().collect();
        crate::sort::sort(&mut sorted);
        let mut remap = vec![0u32; sorted.len()];
        let mut d = Dict::default();
        for (new, (w, old)) in sorted.into_iter().enumerate() {
            if let Some(r) = remap.get_mut(old as usize) {
                *r = new as u32;
            }
            let chars: Vec<char> = w.chars().collect();
            let start = d.chars.len() as u32;
            if chars.len() <= MAX_TYPO_CHARS {
                d.span.push((start, chars.len() as u32, char_mask(&chars)));
                if d.by_len.len() <= chars.len() {
                    d.by_len.resize(chars.len() + 1, Vec::new());
                }
                if let Some(b) = d.by_len.get_mut(chars.len()) {
                    b.push(new as u32);
                }
                d.chars.extend(chars);
            } else {
                d.span.push((start, 0, 0));
            }
            d.terms.push(w.into_boxed_str());
        }
        // Occurrences grouped by term with a counting sort; each group stays in token order.
        let mut off = vec![0u32; d.terms.len() + 1];
        for t in toks.iter_mut() {
            t.term = remap.get(t.term as usize).copied().unwrap_or(0);
            if let Some(c) = off.get_mut(t.term as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..off.len() {
            off[i] += off[i - 1];
        }
        let mut fill = off.clone();
        d.post_toks = vec![0; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if let Some(at) = fill.get_mut(t.term as usize) {
                if let Some(slot) = d.post_toks.get_mut(*at as usize) {
                    *slot = i as u32;
                }
                *at += 1;
            }
        }
        d.post_off = off;
        d
    }
}

/// The search index of one dataset.
#[derive(Debug)]
pub struct Index {
    pub(crate) docs: Vec<Doc>,
    pub(crate) toks: Vec<Tok>,
    pub(crate) dict: Dict,
    pub(crate) facets: FacetTable,
}

/// The fields of a record that are searched, in the order they are shown and preferred.
fn slots_of(d: &Dataset, r: RecordRef) -> Vec<(Field, usize)> {
    let one = |f: Field| (f, 0);
    match r {
        RecordRef::Signatory(i) => {
            let n = d.signatories.get(i).map_or(0, |s| s.aliases.len());
            let mut v = vec![one(Field::Name)];
            v.extend((0..n).map(|j| (Field::Alias, j)));
            v.extend(
                [
                    Field::CountryCode,
                    Field::CountryName,
                    Field::City,
                    Field::Region,
                    Field::Sector,
                    Field::Status,
                    Field::Notes,
                ]
                .map(one),
            );
            v
        }
        RecordRef::Principle(i) => {
            let (nv, ns) = d.principles.get(i).map_or((0, 0), |p| {
                (p.short_name_variants.len(), p.sub_commitments.len())
            });
            let mut v = vec![one(Field::Name)];
            v.extend((0..nv).map(|j| (Field::ShortNameVariant, j)));
            v.push(one(Field::Text));
            v.extend((0..ns).map(|j| (Field::SubCommitment, j)));
            v
        }
        RecordRef::Milestone(_) => vec![one(Field::Title), one(Field::Summary)],
        RecordRef::Framework(i) => {
            let n = d.frameworks.get(i).map_or(0, |f| f.principles.len());
            let mut v = vec![one(Field::Name), one(Field::Summary)];
            v.extend((0..n).map(|j| (Field::FrameworkPrinciple, j)));
            v.extend((0..n).map(|j| (Field::FrameworkPrincipleSummary, j)));
            v
        }
    }
}

/// The order kinds rank in: signatories, principles, frameworks, milestones.
fn kind_of(r: RecordRef) -> u8 {
    match r {
        RecordRef::Signatory(_) => 0,
        RecordRef::Principle(_) => 1,
        RecordRef::Framework(_) => 2,
        RecordRef::Milestone(_) => 3,
    }
}

/// The field that names a record: a milestone's title, otherwise its name.
pub(crate) fn name_field(r: RecordRef) -> Field {
    if matches!(r, RecordRef::Milestone(_)) {
        Field::Title
    } else {
        Field::Name
    }
}

fn name_of(d: &Dataset, r: RecordRef) -> &str {
    field_text(d, r, name_field(r), 0).unwrap_or("")
}

/// An index built a few records at a time, so that the browser can build it in short tasks
/// between which it answers input: `step` until it returns true, then `finish`.
/// `Index::build` is the same in one go, and both give the same index.
pub struct IndexBuilder<'d> {
    d: &'d Dataset,
    /// Every record, in name order (`Index::build`).
    records: Vec<RecordRef>,
    /// How many of `records` are in `docs` so far.
    done: usize,
    /// Folded country names, sorted: a country's rank sorts records by country with integers.
    country_keys: Vec<String>,
    words: HashMap<String, u32>,
    docs: Vec<Doc>,
    toks: Vec<Tok>,
}

impl<'d> IndexBuilder<'d> {
    /// Orders the records; no record is indexed yet.
    pub fn new(d: &'d Dataset) -> IndexBuilder<'d> {
        // Records are numbered in name order: searches then walk memory in order, and hits come
        // out sorted by name, so later stable sorts break ties by name for free.
        let mut records: Vec<(String, u8, RecordRef)> = (0..d.signatories.len())
            .map(RecordRef::Signatory)
            .chain((0..d.principles.len()).map(RecordRef::Principle))
            .chain((0..d.frameworks.len()).map(RecordRef::Framework))
            .chain((0..d.milestones.len()).map(RecordRef::Milestone))
            .map(|r| (fold::fold(name_of(d, r)), kind_of(r), r))
            .collect();
        crate::sort::sort(&mut records);
        let mut country_keys: Vec<String> = countries::COUNTRIES
            .iter()
            .map(|c| fold::fold(c.name))
            .collect();
        crate::sort::sort(&mut country_keys);
        IndexBuilder {
            d,
            records: records.into_iter().map(|r| r.2).collect(),
            done: 0,
            country_keys,
            words: HashMap::new(),
            docs: Vec::new(),
            toks: Vec::new(),
        }
    }

    /// Indexes up to `n` more records; true once every record is in.
    pub fn step(&mut self, n: usize) -> bool {
        let end = self.done.saturating_add(n).min(self.records.len());
        for i in self.done..end {
            if let Some(&r) = self.records.get(i) {
                self.add(r);
            }
        }
        self.done = end;
        self.done >= self.records.len()
    }

    /// How many records are indexed, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.records.len())
    }

    fn add(&mut self, r: RecordRef) {
        let d = self.d;
        let first = self.toks.len() as u32;
        let doc = self.docs.len() as u32;
        for (field, index) in slots_of(d, r) {
            for (pos, w) in fold::words(field_text(d, r, field, index).unwrap_or(""))
                .into_iter()
                .enumerate()
            {
                let next = self.words.len() as u32;
                let term = *self.words.entry(w.folded).or_insert(next);
                let (index, pos, start, end) =
                    (index as u32, pos as u32, w.start as u32, w.end as u32);
                self.toks.push(Tok {
                    term,
                    doc,
                    field,
                    index,
                    pos,
                    start,
                    end,
                });
            }
        }
        let (joined, country) = match r {
            RecordRef::Signatory(i) => {
                let s = d.signatories.get(i);
                (s.and_then(|s| s.joined), s.and_then(|s| s.country_name()))
            }
            RecordRef::Principle(_) => (None, None),
            RecordRef::Framework(i) => (d.frameworks.get(i).and_then(|f| f.launched), None),
            RecordRef::Milestone(i) => (d.milestones.get(i).and_then(|m| m.date), None),
        };
        // By the last day the date can mean: "2018-04" (joined some time in April, after the
        // launch day) sorts after "2018-04-17", not before it.
        let joined = joined.map_or(u32::MAX, |j| {
            let (y, m, d) = j.latest_day();
            u32::from(y) << 16 | u32::from(m) << 8 | u32::from(d)
        });
        // The rank of a country name among all country names, so sorting compares integers.
        let country = country.map_or(u32::MAX, |name| {
            let key = fold::fold(name);
            self.country_keys.partition_point(|k| *k < key) as u32
        });
        let name_len = self.toks.get(first as usize..).map_or(0, |t| {
            t.iter().take_while(|t| t.field == name_field(r)).count()
        });
        self.docs.push(Doc {
            record: r,
            toks: (first, self.toks.len() as u32),
            name_len: name_len as u32,
            kind: kind_of(r),
            joined,
            country,
        });
    }

    /// The index: the rest of the records, then the sorted dictionary and the facet table.
    pub fn finish(mut self) -> Index {
        self.step(usize::MAX);
        let dict = Dict::build(self.words, &mut self.toks);
        Index {
            docs: self.docs,
            toks: self.toks,
            dict,
            facets: FacetTable::build(self.d, &self.records),
        }
    }
}

impl Index {
    /// The index of a dataset, in one go (`IndexBuilder` makes it in steps).
    pub fn build(d: &Dataset) -> Index {
        IndexBuilder::new(d).finish()
    }

    /// The record a token belongs to.
    pub(crate) fn doc_of(&self, tok: u32) -> Option<usize> {
        self.toks.get(tok as usize).map(|t| t.doc as usize)
    }

    pub(crate) fn doc_toks(&self, doc: &Doc) -> &[Tok] {
        self.toks
            .get(doc.toks.0 as usize..doc.toks.1 as usize)
            .unwrap_or(&[])
    }
}
