//! Facet values of signatories and their counts: which value each signatory has per `Facet`,
//! which values the filters select, and the disjunctive counts. No text matching happens here.
//!
//! Counts are disjunctive: a signatory that fails only facet F's filters still counts in F, so the
//! panel shows what adding a second value of F would bring.

use std::collections::HashMap;

use super::{FacetValue, RecordRef};
use crate::data::{Dataset, Signatory};
use crate::filter::Facet;
use crate::filter::Filter;
use crate::fold::fold;

const N: usize = Facet::ALL.len();

/// The position of a facet in `Facet::ALL`, used to index per-facet arrays.
pub(crate) fn slot(f: Facet) -> usize {
    Facet::ALL.iter().position(|&g| g == f).unwrap_or(0)
}

/// The filter value and the label of one signatory for one facet.
fn value_of(s: &Signatory, f: Facet) -> (String, String) {
    let unknown = || ("unknown".to_owned(), "Unknown".to_owned());
    let same = |k: &str| (k.to_owned(), k.to_owned());
    match f {
        Facet::Country => match &s.country {
            Some(c) => (c.to_string(), s.country_name().unwrap_or(c).to_owned()),
            None => unknown(),
        },
        Facet::Region => s
            .region()
            .map_or_else(unknown, |r| (r.key().to_owned(), r.label().to_owned())),
        Facet::Sector => (s.sector.key().to_owned(), s.sector.label().to_owned()),
        Facet::Joined => s.joined.map_or_else(unknown, |j| same(&j.year.to_string())),
        Facet::Founding if s.founding => ("yes".to_owned(), "Yes".to_owned()),
        Facet::Founding => ("no".to_owned(), "No".to_owned()),
        Facet::Status => same(s.status_kind.key()),
        Facet::Confidence => same(s.confidence.key()),
    }
}

#[derive(Debug, Default)]
struct Values {
    /// (value, label, folded label for sorting)
    list: Vec<(String, String, String)>,
}

impl Values {
    fn find(&self, value: &str) -> Option<usize> {
        self.list
            .iter()
            .position(|v| v.0.eq_ignore_ascii_case(value))
    }
}

/// Every facet value that occurs, and each record's value per facet (none for non-signatories).
#[derive(Debug, Default)]
pub(crate) struct FacetTable {
    values: [Values; N],
    of_doc: Vec<[u32; N]>,
}

impl FacetTable {
    /// `records` in the index's order, so that values are found by the index's record number.
    pub fn build(d: &Dataset, records: &[RecordRef]) -> FacetTable {
        let mut t = FacetTable::default();
        let mut seen: [HashMap<String, u32>; N] = Default::default();
        for r in records {
            let mut ids = [u32::MAX; N];
            let signatory = match r {
                RecordRef::Signatory(i) => d.signatories.get(*i),
                _ => None,
            };
            let Some(s) = signatory else {
                t.of_doc.push(ids);
                continue;
            };
            for (fi, (&f, id)) in Facet::ALL.iter().zip(ids.iter_mut()).enumerate() {
                let (Some(values), Some(seen)) = (t.values.get_mut(fi), seen.get_mut(fi)) else {
                    continue;
                };
                let (value, label) = value_of(s, f);
                *id = *seen.entry(value.clone()).or_insert_with(|| {
                    let folded = fold(&label);
                    values.list.push((value, label, folded));
                    values.list.len() as u32 - 1
                });
            }
            t.of_doc.push(ids);
        }
        t
    }

    /// The value id of record `doc` for facet slot `fi`.
    #[inline(always)]
    pub fn value(&self, doc: usize, fi: usize) -> Option<u32> {
        self.of_doc
            .get(doc)?
            .get(fi)
            .copied()
            .filter(|&v| v != u32::MAX)
    }

    /// Which value ids of facet slot `fi` any of `keys` names (ASCII case ignored).
    pub fn mask<'a>(&self, fi: usize, keys: impl IntoIterator<Item = &'a str>) -> Vec<bool> {
        let Some(values) = self.values.get(fi) else {
            return Vec::new();
        };
        let mut m = vec![false; values.list.len()];
        for k in keys {
            if let Some(b) = values.find(k).and_then(|i| m.get_mut(i)) {
                *b = true;
            }
        }
        m
    }
}

/// The UI filters, as value masks per facet: OR within a facet, AND across.
pub(crate) struct Selection {
    chosen: Vec<Option<Vec<bool>>>,
}

impl Selection {
    pub fn new(t: &FacetTable, filters: &[Filter]) -> Selection {
        let chosen = Facet::ALL
            .iter()
            .map(|&f| {
                let mut keys = filters
                    .iter()
                    .filter(|x| x.facet == f)
                    .map(|x| x.value.as_str())
                    .peekable();
                keys.peek().is_some().then(|| t.mask(slot(f), keys))
            })
            .collect();
        Selection { chosen }
    }

    pub fn any(&self) -> bool {
        self.chosen.iter().any(Option::is_some)
    }

    /// A bit per facet whose filters this signatory fails.
    pub fn fails(&self, t: &FacetTable, doc: usize) -> u32 {
        let mut bits = 0;
        for (fi, chosen) in self.chosen.iter().enumerate() {
            if let Some(mask) = chosen {
                let ok = t
                    .value(doc, fi)
                    .and_then(|v| mask.get(v as usize).copied())
                    .unwrap_or(false);
                if !ok {
                    bits |= 1 << fi;
                }
            }
        }
        bits
    }
}

/// Facet counts gathered while hits are collected.
pub(crate) struct Counts {
    n: [Vec<usize>; N],
}

impl Counts {
    pub fn new(t: &FacetTable) -> Counts {
        Counts {
            n: std::array::from_fn(|fi| vec![0; t.values.get(fi).map_or(0, |v| v.list.len())]),
        }
    }

    /// Counts a signatory that passes the query; `fails` is its `Selection::fails` (at most one bit).
    pub fn add(&mut self, t: &FacetTable, doc: usize, fails: u32) {
        for (fi, counts) in self.n.iter_mut().enumerate() {
            if fails != 0 && fails != 1 << fi {
                continue;
            }
            if let Some(c) = t.value(doc, fi).and_then(|v| counts.get_mut(v as usize)) {
                *c += 1;
            }
        }
    }

    /// The facet lists of `Results`: counted values, plus every selected one even at zero.
    pub fn finish(&self, t: &FacetTable, filters: &[Filter]) -> Vec<(Facet, Vec<FacetValue>)> {
        let empty = Values::default();
        Facet::ALL
            .iter()
            .zip(&self.n)
            .enumerate()
            .map(|(fi, (&f, counts))| {
                let values = t.values.get(fi).unwrap_or(&empty);
                let selected: Vec<&str> = filters
                    .iter()
                    .filter(|x| x.facet == f)
                    .map(|x| x.value.as_str())
                    .collect();
                // A selected value no signatory has (from an edited URL) stays visible to be removed.
                let mut extra: Vec<(String, &str)> = Vec::new();
                for s in &selected {
                    if values.find(s).is_none() && !extra.iter().any(|e| e.1 == *s) {
                        extra.push((fold(s), s));
                    }
                }
                // (count, folded label, value, label), borrowed until the survivors are sorted.
                let mut rows: Vec<(usize, &str, &str, &str)> = values
                    .list
                    .iter()
                    .zip(counts.iter().copied().chain(std::iter::repeat(0)))
                    .filter(|((value, ..), count)| {
                        *count > 0 || selected.iter().any(|s| s.eq_ignore_ascii_case(value))
                    })
                    .map(|((value, label, folded), count)| {
                        (count, folded.as_str(), value.as_str(), label.as_str())
                    })
                    .collect();
                rows.extend(extra.iter().map(|(folded, s)| (0, folded.as_str(), *s, *s)));
                crate::sort::sort_by(&mut rows, |a, b| {
                    b.0.cmp(&a.0)
                        .then_with(|| a.1.cmp(b.1))
                        .then_with(|| a.2.cmp(b.2))
                });
                let out = rows.into_iter().map(|r| FacetValue {
                    value: r.2.to_owned(),
                    label: r.3.to_owned(),
                    count: r.0,
                });
                (f, out.collect())
            })
            .collect()
    }
}
