//! Scoring one candidate record: does it hold every word and phrase, which ranking tier it is in,
//! its typos, its best field and the byte ranges to highlight. It does not collect or sort hits.
//!
//! Tiers, best first: 0 the name is the query, 1 the name starts with the query, 2 every word is in
//! the name, 3 every word is in the name or an alias (or a principle's variant), 4 anywhere.

use super::index::{name_field, Doc, Expansion, Index, Tok};
use super::query::Query;
use super::{Field, Match, MAX_TERMS};

/// How many `Field`s there are; a field declared after the last one here would be ignored by
/// the tiers, never read out of bounds.
const FIELDS: usize = Field::FrameworkPrincipleSummary as usize + 1;

pub(crate) struct Eval {
    pub tier: u8,
    pub typos: u8,
    pub field: Field,
    pub matches: Vec<Match>,
}

/// Where the words of `phrase` stand one after another in one field of `toks`: start indices.
fn phrase_at<'a>(toks: &'a [Tok], phrase: &'a [Expansion]) -> impl Iterator<Item = usize> + 'a {
    toks.iter().enumerate().filter_map(move |(k, t)| {
        let (first, rest) = phrase.split_first()?;
        let follows = rest.iter().enumerate().all(|(j, e)| {
            toks.get(k + j + 1).is_some_and(|u| {
                (u.field, u.index) == (t.field, t.index)
                    && u.pos.checked_sub(t.pos) == Some(j as u32 + 1)
                    && e.test(u.term).is_some()
            })
        });
        (first.test(t.term).is_some() && follows).then_some(k)
    })
}

/// Scores `doc` against the query's words (`exps`, one per word) and excluded phrases (`nots`);
/// None when it lacks a word or phrase, or holds an excluded phrase. `hits` are the indexes of
/// the record's tokens that matched some word, in any order and possibly repeated.
pub(crate) fn evaluate(
    ix: &Index,
    doc: &Doc,
    q: &Query,
    exps: &[Expansion],
    nots: &[Vec<Expansion>],
    hits: &mut [u32],
) -> Option<Eval> {
    let toks = ix.doc_toks(doc);
    if !nots.is_empty() && nots.iter().any(|p| phrase_at(toks, p).next().is_some()) {
        return None;
    }
    let n = exps.len().min(MAX_TERMS);
    if n == 0 {
        return Some(Eval {
            tier: 4,
            typos: 0,
            field: Field::Name,
            matches: Vec::new(),
        });
    }
    // A phrase's words are highlighted only where they stand as the phrase.
    let in_phrase = q
        .phrases
        .iter()
        .fold(0u32, |m, &(a, b)| (a..b.min(32)).fold(m, |m, i| m | 1 << i));
    let mut best = [u8::MAX; MAX_TERMS];
    // Words matched per field. Every kind of record lists its fields in declaration order, so
    // scanning this array in order visits fields as the record shows them.
    let mut by_field = [(0u32, Field::Name); FIELDS];
    let to_match = |t: &Tok| Match {
        field: t.field,
        index: t.index as usize,
        start: t.start as usize,
        end: t.end as usize,
    };
    let mut matches = Vec::with_capacity(if q.phrases.is_empty() { hits.len() } else { 0 });
    // Token indexes to highlight, only needed to merge phrase occurrences in order.
    let mut marked: Vec<u32> = Vec::new();
    crate::sort::sort_u32(hits);
    let mut last = None;
    for &k in hits.iter() {
        let Some(tok) = ix.toks.get(k as usize).filter(|_| last != Some(k)) else {
            continue;
        };
        last = Some(k);
        let mut mask = 0u32;
        for (i, (e, b)) in exps.iter().zip(best.iter_mut()).enumerate() {
            if let Some(t) = e.test(tok.term) {
                *b = (*b).min(t);
                mask |= 1 << i;
            }
        }
        if mask == 0 {
            continue;
        }
        if let Some(f) = by_field.get_mut(tok.field as usize) {
            *f = (f.0 | mask, tok.field);
        }
        if mask & !in_phrase != 0 {
            if q.phrases.is_empty() {
                matches.push(to_match(tok));
            } else {
                marked.push(k);
            }
        }
    }
    if best.iter().take(n).any(|&b| b == u8::MAX) {
        return None;
    }
    if !q.phrases.is_empty() {
        for &(a, b) in &q.phrases {
            let p = exps.get(a..b).unwrap_or(&[]);
            let before = marked.len();
            let first = doc.toks.0;
            marked.extend(
                phrase_at(toks, p).flat_map(|k| (0..p.len()).map(move |j| first + (k + j) as u32)),
            );
            if marked.len() == before {
                return None;
            }
        }
        crate::sort::sort_u32(&mut marked);
        marked.dedup();
        matches = marked
            .into_iter()
            .filter_map(|k| ix.toks.get(k as usize))
            .map(to_match)
            .collect();
    }
    let full = if n >= 32 { u32::MAX } else { (1u32 << n) - 1 };
    let mask_of = |f: Field| by_field.get(f as usize).map_or(0, |m| m.0);
    let in_name = mask_of(Field::Name) | mask_of(Field::Title);
    let in_alias = mask_of(Field::Alias) | mask_of(Field::ShortNameVariant);
    let name_field = name_field(doc.record);
    let name_len = doc.name_len as usize;
    let name = |i: usize| toks.get(i).filter(|_| i < name_len).map(|t| t.term);
    let exact = |i: usize| {
        exps.get(i)
            .and_then(|e| e.exact)
            .is_some_and(|x| name(i) == Some(x))
    };
    let prefix = |i: usize| {
        exps.get(i)
            .zip(name(i))
            .is_some_and(|(e, t)| (e.lo..e.hi).contains(&t))
    };
    let (tier, field) = if name_len == n && (0..n).all(exact) {
        (0, name_field)
    } else if n <= name_len && (0..n - 1).all(exact) && prefix(n - 1) {
        (1, name_field)
    } else if in_name == full {
        (2, name_field)
    } else if in_name | in_alias == full {
        (
            3,
            if mask_of(Field::Alias) != 0 {
                Field::Alias
            } else {
                Field::ShortNameVariant
            },
        )
    } else {
        let most = by_field.iter().map(|f| f.0.count_ones()).max().unwrap_or(0);
        (
            4,
            by_field
                .iter()
                .find(|f| f.0 != 0 && f.0.count_ones() == most)
                .map_or(name_field, |f| f.1),
        )
    };
    let typos = best.iter().take(n).fold(0u8, |s, &b| s.saturating_add(b));
    Some(Eval {
        tier,
        typos,
        field,
        matches,
    })
}
