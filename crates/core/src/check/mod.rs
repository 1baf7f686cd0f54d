//! "Check a list": classifying the rows of a pasted vendor list against the dataset's signatories.
//! A `Matcher` is built once per dataset; `Matcher::check` reads one row (a company name as a
//! supplier register writes it, a web address or an e-mail address) and says whether it is a
//! signatory, and how it was recognised, or which signatories it might be, or that it is none,
//! or why the row cannot be matched at all.
//!
//! The rules, in the order they are tried:
//! 1. A row is cut at `MAX_ROW_CHARS` characters; an empty row is unusable.
//! 2. A web address, domain or e-mail address ("https://www.cisco.com/", "cisco.com",
//!    "sales@cisco.com") is compared with the signatories' `website`: the host without scheme,
//!    `www.`, port or path, equal to the website's or one of its subdomains (`How::Website`). A
//!    host that is no signatory's website but whose owner label is exactly one of their names
//!    ("telefonica.es") gives that signatory as a candidate to confirm (`Several`); anything
//!    else is `NotListed`.
//! 3. A name is normalized (`normalize`) and, with its words run together, looked up among the
//!    signatories' normalized names (`How::ExactName`) and aliases (`How::AliasOrFormerName`).
//!    If that fails, the row without its bracketed parts ("Facebook (now Meta)") is looked up.
//! 4. What is left must have three letters or more (`Unusable`, "too short") and a word that is
//!    not generic or a legal form (`Unusable`, "only generic words"): "Group", "Systems",
//!    "Security Software Ltd" never match.
//! 5. Close spellings: the edit distance (Damerau, `search::typo`) to every name and alias of a
//!    similar length, within 1 for rows of 4 or 5 letters, 2 from 6 letters, 3 from 12. A row of
//!    six letters or more at distance 1 from one signatory, with every other signatory at 3 or
//!    more (and no other named in its words), is that signatory (`How::CloseSpelling`), unless
//!    the one edit is a letter added at the end ("Stripes" is not "Stripe"); other close
//!    spellings are candidates.
//! 6. Candidates are also the signatories whose name, or alias of three letters or more, appears
//!    as whole words in the row ("BT Ireland"): "Nokia Solutions and Networks Oy", "Microsoft Ireland
//!    Operations Ltd" are subsidiaries or units that a person must confirm, never a match on
//!    their own.
//! 7. Candidates, best first and at most `MAX_CANDIDATES`, are `Several`; no candidate is
//!    `NotListed`.
//!
//! Short names: a signatory's normalized *name* matches exactly at any length ("BT", "HP Inc."
//! which is `hp`). A normalized *alias* of fewer than three letters ("CA" for CA Technologies)
//! is too ambiguous in a vendor list (a country, a state) to decide alone: a row equal to it
//! gives that signatory as a candidate (`Several`). Any other row of fewer than three letters is
//! `Unusable`, never matched by spelling or by words. A short name among longer words ("BT
//! Ireland") makes its signatory a candidate, never a match.
//!
//! Bounded: every step is linear in the (cut) row, the distance runs only for rows up to
//! `search::typo::MAX_TYPO_CHARS` letters and only against forms of a close length, and nothing
//! here panics on any input (a property test and `fuzz/fuzz_targets/check_row.rs` try).

pub mod codes;
#[cfg(feature = "export")]
pub mod list;
mod normalize;
#[cfg(feature = "export")]
pub mod report;
mod score;
mod web;

#[cfg(all(test, feature = "serde"))]
mod tests;

use std::collections::HashMap;

use crate::data::Dataset;
use crate::filter::truncate_chars;
use crate::search::typo;

pub use normalize::{normalize, MAX_ROW_CHARS};
pub use score::{read_labelled, score, Counts, Labelled, Score};

/// How much of a vendor list is read: for `list` and for the UI, which refuses a larger file
/// before reading it.
pub mod limits {
    /// The largest file read, in bytes (5 MB).
    pub const MAX_BYTES: usize = 5 * 1000 * 1000;
    /// The most rows checked at once.
    pub const MAX_ROWS: usize = 10_000;
}

/// `Several` names at most this many candidates.
pub const MAX_CANDIDATES: usize = 5;

/// What a row is, for the dataset the matcher was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The row is this signatory (its position in `Dataset::signatories`).
    Signatory { index: usize, how: How },
    /// The row might be one of these signatories (positions, best first, at most
    /// `MAX_CANDIDATES`); a person must decide. It may name one only: a candidate to confirm.
    Several(Vec<usize>),
    /// The row is a usable name that matches no signatory.
    NotListed,
    /// The row cannot be matched, and why, for the reader ("empty row").
    Unusable(&'static str),
}

/// How a row was recognised as a signatory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    ExactName,
    AliasOrFormerName,
    Website,
    CloseSpelling,
    /// Not the matcher's: the person chose this signatory among the candidates of `Several`.
    Chosen,
}

impl How {
    pub const ALL: [How; 5] = [
        How::ExactName,
        How::AliasOrFormerName,
        How::Website,
        How::CloseSpelling,
        How::Chosen,
    ];

    /// As the reader sees it: "matched by exact name".
    pub fn label(self) -> &'static str {
        match self {
            How::ExactName => "exact name",
            How::AliasOrFormerName => "alias or former name",
            How::Website => "website domain",
            How::CloseSpelling => "close spelling",
            How::Chosen => "chosen by you from the candidates",
        }
    }
}

impl Outcome {
    /// The four kinds of outcome, in the order a summary counts them.
    pub const KINDS: [&'static str; 4] = [
        "Signatory",
        "Several possible",
        "Not in this dataset",
        "Could not be checked",
    ];

    /// The position of this outcome's kind in `KINDS`.
    pub fn kind(&self) -> usize {
        match self {
            Outcome::Signatory { .. } => 0,
            Outcome::Several(_) => 1,
            Outcome::NotListed => 2,
            Outcome::Unusable(_) => 3,
        }
    }

    /// The kind as the reader sees it: "Signatory", "Several possible"...
    pub fn label(&self) -> &'static str {
        Outcome::KINDS[self.kind()]
    }

    /// The signatory the row is, if it is one.
    pub fn signatory(&self) -> Option<usize> {
        match self {
            Outcome::Signatory { index, .. } => Some(*index),
            _ => None,
        }
    }
}

/// What the outcome says beyond its kind, for the reader.
pub fn details(d: &Dataset, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Signatory {
            how: How::Chosen, ..
        } => How::Chosen.label().to_owned(),
        Outcome::Signatory { how, .. } => format!("matched by {}", how.label()),
        Outcome::Several(c) if c.len() == 1 => "one candidate to confirm".to_owned(),
        Outcome::Several(c) => format!("{} candidates to choose from", c.len()),
        Outcome::NotListed => not_listed(d),
        Outcome::Unusable(why) => (*why).to_owned(),
    }
}

/// What "not in this dataset" means, worded with the coverage.
pub fn not_listed(d: &Dataset) -> String {
    format!(
        "this dataset lists {}: not listed here does not mean not a signatory",
        d.coverage_line()
    )
}

/// The reasons of `Outcome::Unusable`.
pub const EMPTY: &str = "empty row";
pub const NO_LETTERS: &str = "no letters, so no name to match";
pub const TOO_SHORT: &str = "too short: fewer than three letters";
pub const ONLY_GENERIC: &str = "only generic words or legal forms, no name";
/// Every reason of `Outcome::Unusable`, in a fixed order (`codes` numbers them).
pub const REASONS: [&str; 4] = [EMPTY, NO_LETTERS, TOO_SHORT, ONLY_GENERIC];

/// How a normalized form stands for its signatory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Name,
    Alias,
    /// An alias of fewer than three letters: a candidate only.
    ShortAlias,
}

/// A name or alias, normalized, for the distance and the word search.
#[derive(Debug, Clone)]
struct Form {
    index: usize,
    words: Vec<String>,
    chars: Vec<char>,
    mask: u64,
}

/// The signatories of one dataset, prepared for checking rows: built once, then `check` per row.
#[derive(Debug, Clone)]
pub struct Matcher {
    ids: Vec<String>,
    /// Normalized name or alias, words run together → who has it and as what.
    exact: HashMap<String, Vec<(usize, Kind)>>,
    /// Names, and aliases of three letters or more, that are not only generic words.
    forms: Vec<Form>,
    /// The first word of each such form → positions in `forms`.
    by_first_word: HashMap<String, Vec<usize>>,
    /// Website hosts → signatory.
    sites: Vec<(String, usize)>,
}

impl Matcher {
    pub fn new(d: &Dataset) -> Matcher {
        let mut m = Matcher {
            ids: d.signatories.iter().map(|s| s.id.to_string()).collect(),
            exact: HashMap::new(),
            forms: Vec::new(),
            by_first_word: HashMap::new(),
            sites: Vec::new(),
        };
        for (index, s) in d.signatories.iter().enumerate() {
            let names =
                std::iter::once((&s.name, true)).chain(s.aliases.iter().map(|a| (a, false)));
            for (text, is_name) in names {
                let words = normalize::words(text);
                let compact: String = words.concat();
                let letters = compact.chars().count();
                if letters == 0 {
                    continue;
                }
                let kind = match (is_name, letters < 3) {
                    (true, _) => Kind::Name,
                    (false, false) => Kind::Alias,
                    (false, true) => Kind::ShortAlias,
                };
                let entry = m.exact.entry(compact.clone()).or_default();
                if !entry.contains(&(index, kind)) {
                    entry.push((index, kind));
                }
                if (letters >= 3 || is_name) && !normalize::only_generic(&words) {
                    let chars: Vec<char> = compact.chars().collect();
                    let known = m.forms.iter().any(|f| f.index == index && f.words == words);
                    if !known {
                        m.by_first_word
                            .entry(words[0].clone())
                            .or_default()
                            .push(m.forms.len());
                        m.forms.push(Form {
                            index,
                            mask: typo::char_mask(&chars),
                            chars,
                            words,
                        });
                    }
                }
            }
            if let Some(host) = s.website.as_deref().and_then(web::host_of) {
                m.sites.push((host, index));
            }
        }
        m
    }

    /// The id of the signatory at `index` (as `Outcome` gives it).
    pub fn id(&self, index: usize) -> Option<&str> {
        self.ids.get(index).map(String::as_str)
    }

    /// The position of the signatory with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|i| i == id)
    }

    /// How many signatories the matcher knows.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Classifies one row; see the module's documentation for the rules.
    pub fn check(&self, row: &str) -> Outcome {
        let row = truncate_chars(row, MAX_ROW_CHARS).trim();
        if row.is_empty() {
            return Outcome::Unusable(EMPTY);
        }
        if let Some(host) = web::host_of(row) {
            return self.check_host(&host);
        }
        let words = normalize::words(row);
        if !words.iter().any(|w| w.chars().any(char::is_alphabetic)) {
            return Outcome::Unusable(NO_LETTERS);
        }
        let compact = words.concat();
        if let Some(o) = self.exact_outcome(&compact) {
            return o;
        }
        if let Some(bare) = without_brackets(row) {
            let bare_words = normalize::words(&bare);
            if !bare_words.is_empty() {
                if let Some(o) = self.exact_outcome(&bare_words.concat()) {
                    return o;
                }
            }
        }
        let chars: Vec<char> = compact.chars().collect();
        if chars.len() < 3 {
            return Outcome::Unusable(TOO_SHORT);
        }
        if normalize::only_generic(&words) {
            return Outcome::Unusable(ONLY_GENERIC);
        }
        let mut candidates = self.in_words(&words);
        let close = self.close_spellings(&chars);
        if let [(best, 1), rest @ ..] = close.as_slice() {
            let alone = candidates.iter().all(|i| i == best);
            // "Stripes" is not a misspelt "Stripe": one letter more at the end is another name.
            let appended = self.forms.iter().any(|f| {
                f.index == *best && chars.len() == f.chars.len() + 1 && chars.starts_with(&f.chars)
            });
            if chars.len() >= 6 && alone && !appended && rest.iter().all(|&(_, d)| d >= 3) {
                return Outcome::Signatory {
                    index: *best,
                    how: How::CloseSpelling,
                };
            }
        }
        let bound = allowed_distance(chars.len());
        for (index, d) in close {
            if d <= bound && !candidates.contains(&index) {
                candidates.push(index);
            }
        }
        candidates.truncate(MAX_CANDIDATES);
        if candidates.is_empty() {
            Outcome::NotListed
        } else {
            Outcome::Several(candidates)
        }
    }

    fn check_host(&self, host: &str) -> Outcome {
        if let Some(&(_, index)) = self
            .sites
            .iter()
            .find(|(site, _)| web::same_site(host, site))
        {
            return Outcome::Signatory {
                index,
                how: How::Website,
            };
        }
        let label = normalize::words(web::owner_label(host)).concat();
        if label.chars().count() >= 3 {
            if let Some(entries) = self.exact.get(&label) {
                let mut candidates: Vec<usize> = Vec::new();
                for &(i, _) in entries {
                    if !candidates.contains(&i) {
                        candidates.push(i);
                    }
                }
                candidates.truncate(MAX_CANDIDATES);
                return Outcome::Several(candidates);
            }
        }
        Outcome::NotListed
    }

    /// The outcome of a row whose normalized words, run together, are `compact`, if it is some
    /// signatory's name or alias.
    fn exact_outcome(&self, compact: &str) -> Option<Outcome> {
        let entries = self.exact.get(compact)?;
        let mut who: Vec<usize> = Vec::new();
        for &(i, _) in entries {
            if !who.contains(&i) {
                who.push(i);
            }
        }
        if let [index] = who[..] {
            let kinds = entries.iter().map(|&(_, k)| k);
            let how = if kinds.clone().any(|k| k == Kind::Name) {
                How::ExactName
            } else if kinds.clone().any(|k| k == Kind::Alias) {
                How::AliasOrFormerName
            } else {
                return Some(Outcome::Several(vec![index]));
            };
            return Some(Outcome::Signatory { index, how });
        }
        // Two signatories with the same normalized name or alias: names first.
        let named = |i: &usize| !entries.contains(&(*i, Kind::Name));
        crate::sort::sort_by_key(&mut who, named);
        who.truncate(MAX_CANDIDATES);
        Some(Outcome::Several(who))
    }

    /// Signatories one of whose forms appears as whole words in `words`, longest form first.
    fn in_words(&self, words: &[String]) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = Vec::new(); // (form letters, signatory)
        for (start, w) in words.iter().enumerate() {
            let Some(forms) = self.by_first_word.get(w) else {
                continue;
            };
            for &f in forms {
                let form = &self.forms[f];
                let end = start + form.words.len();
                if end <= words.len() && words[start..end] == form.words[..] {
                    found.push((form.chars.len(), form.index));
                }
            }
        }
        crate::sort::sort_by(&mut found, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<usize> = Vec::new();
        for (_, i) in found {
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }

    /// Every signatory with a form within the distance a row of this length may carry (and,
    /// for rows of six letters or more, within 2 at least, so that "every other signatory at 3
    /// or more" can be told), with its smallest distance; nearest first, then in dataset order.
    fn close_spellings(&self, chars: &[char]) -> Vec<(usize, usize)> {
        let bound = allowed_distance(chars.len());
        if bound == 0 || chars.len() > typo::MAX_TYPO_CHARS {
            return Vec::new();
        }
        let mask = typo::char_mask(chars);
        let mut best: Vec<(usize, usize)> = Vec::new();
        for f in &self.forms {
            if f.chars.len().abs_diff(chars.len()) > bound
                || !typo::masks_within(mask, f.mask, bound)
            {
                continue;
            }
            let Some(d) = typo::distance_within(chars, &f.chars, bound) else {
                continue;
            };
            match best.iter_mut().find(|(i, _)| *i == f.index) {
                Some(slot) => slot.1 = slot.1.min(d),
                None => best.push((f.index, d)),
            }
        }
        crate::sort::sort_by(&mut best, |a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        best
    }
}

/// The edits a row of this many letters may carry and still be a candidate.
fn allowed_distance(letters: usize) -> usize {
    match letters {
        0..=3 => 0,
        4..=5 => 1,
        6..=11 => 2,
        _ => 3,
    }
}

/// The row without what stands in brackets (round, square or curly; an unclosed one runs to the
/// end), if it had any.
fn without_brackets(row: &str) -> Option<String> {
    if !row.contains(['(', '[', '{']) {
        return None;
    }
    let mut out = String::with_capacity(row.len());
    let mut depth = 0usize;
    for c in row.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Some(out)
}
