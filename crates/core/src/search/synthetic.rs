//! Deterministic synthetic datasets for benchmarks and scale tests: made-up signatories added to
//! the real principles, milestones, frameworks and themes. Never shown to people as data.
//!
//! Names are built from syllables so the vocabulary is large like real company names; countries
//! are real ISO codes; every sector, status and confidence occurs, and join dates span 2018–2026
//! with mixed precision and some unknown.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::data::countries::COUNTRIES;
use crate::data::{Confidence, Dataset, PartialDate, Sector, Signatory, StatusKind, Text};
use crate::fold::fold;

/// splitmix64: tiny, fast and good enough to vary test data; the same seed gives the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "tel", "sec", "net", "vor", "lin", "dra", "qua", "zen", "tor", "ax", "om",
    "bri", "cal", "dex", "fy", "gra", "hel", "io", "jun", "kor", "lum", "mar", "nov", "or", "pex",
    "ryn", "sol", "tri", "ul", "ven", "wis", "xy", "yor", "zu", "ce", "ble", "ar", "sé", "mö",
    "ña", "lå", "ti", "co",
];
const SUFFIXES: &[&str] = &[
    "Systems",
    "Labs",
    "Networks",
    "Security",
    "Technologies",
    "Software",
    "Group",
    "Cloud",
    "Data",
    "Digital",
    "Telecom",
    "Cyber",
    "AG",
    "Inc.",
    "GmbH",
    "Oy",
    "S.A.",
    "Ltd",
    "Holdings",
    "Solutions",
];
const NOTE_WORDS: &[&str] = &[
    "listed",
    "among",
    "signatories",
    "in",
    "the",
    "accord",
    "annual",
    "report",
    "press",
    "release",
    "confirms",
    "membership",
    "since",
    "company",
    "blog",
    "post",
    "mentions",
    "cybersecurity",
    "pledge",
    "source",
    "archived",
    "page",
    "not",
    "found",
    "joined",
    "after",
    "launch",
    "subsidiary",
    "of",
    "renamed",
    "merger",
    "headquarters",
    "moved",
    "unverified",
    "date",
    "European",
    "organizations",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(SYLLABLES).unwrap_or(&"ka"));
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn slug(name: &str, i: usize) -> String {
    let mut s = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    format!("{}-{i}", s.trim_end_matches('-'))
}

fn date(rng: &mut Rng) -> Option<PartialDate> {
    if rng.chance(10) {
        return None;
    }
    if rng.chance(15) {
        return Some(PartialDate {
            year: 2018,
            month: 4,
            day: 17,
        });
    }
    let year = 2018 + rng.below(9) as u16;
    let (month, day) = match rng.below(3) {
        0 => (0, 0),
        1 => (1 + rng.below(12) as u8, 0),
        _ => (1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
    };
    Some(PartialDate { year, month, day })
}

fn signatory(rng: &mut Rng, i: usize, names: &mut HashSet<String>) -> Signatory {
    let words = 1 + rng.below(2);
    let mut base = (0..words)
        .map(|_| {
            let syllables = 2 + rng.below(2);
            word(rng, syllables)
        })
        .collect::<Vec<_>>()
        .join(" ");
    while !names.insert(fold(&base)) {
        base = format!("{base} {}", word(rng, 2));
    }
    let suffix = rng.pick(SUFFIXES).copied();
    let name = match suffix.filter(|_| rng.chance(60)) {
        Some(suffix) => format!("{base} {suffix}"),
        None => base.clone(),
    };
    let mut aliases: Vec<Text> = Vec::new();
    if name != base && rng.chance(50) {
        aliases.push(base.clone().into());
    }
    let initials: String = base.split(' ').filter_map(|w| w.chars().next()).collect();
    if initials.chars().count() > 1 && rng.chance(40) && names.insert(fold(&initials)) {
        aliases.push(initials.into());
    }
    if rng.chance(30) && names.insert(fold(&format!("{base} International"))) {
        aliases.push(format!("{base} International").into());
    }
    let joined = date(rng);
    let status_kind = if rng.chance(70) {
        StatusKind::Active
    } else {
        *rng.pick(&StatusKind::ALL).unwrap_or(&StatusKind::Active)
    };
    let other = word(rng, 3);
    let status = match status_kind {
        StatusKind::Active => "active".to_owned(),
        StatusKind::Acquired => format!("acquired by {other} (completed {})", 2019 + rng.below(7)),
        StatusKind::Renamed => format!("renamed to {other}"),
        StatusKind::Split => format!("split in {}: business sold to {other}", 2019 + rng.below(7)),
        StatusKind::Divested => format!("sold by {other} to a consortium"),
    };
    let notes = rng.chance(30).then(|| {
        let n = 6 + rng.below(15);
        let words: Vec<&str> = (0..n)
            .map(|_| *rng.pick(NOTE_WORDS).unwrap_or(&"source"))
            .collect();
        Cow::Owned(format!("{}.", words.join(" ")))
    });
    let id = slug(&name, i);
    Signatory {
        sources: Cow::Owned(vec![format!("https://example.org/signatories/{id}").into()]),
        id: id.into(),
        name: name.into(),
        aliases: Cow::Owned(aliases),
        country: if rng.chance(4) {
            None
        } else {
            rng.pick(COUNTRIES).map(|c| c.code.into())
        },
        hq_city: if rng.chance(85) {
            let syllables = 2 + rng.below(2);
            Some(word(rng, syllables).into())
        } else {
            None
        },
        website: None,
        sector: *rng.pick(&Sector::ALL).unwrap_or(&Sector::Unknown),
        founding: joined
            == Some(PartialDate {
                year: 2018,
                month: 4,
                day: 17,
            }),
        joined,
        status_kind,
        status: status.into(),
        confidence: *rng.pick(&Confidence::ALL).unwrap_or(&Confidence::Medium),
        notes,
    }
}

/// `n` synthetic signatories (the same for the same `n` and `seed`) with `base`'s other records.
/// `n` is trusted: it is chosen by a test, never by a person.
pub fn dataset(base: &Dataset, n: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let mut names = HashSet::new();
    let signatories = (0..n)
        .map(|i| signatory(&mut rng, i, &mut names))
        .collect::<Vec<_>>();
    Dataset {
        signatories: Cow::Owned(signatories),
        ..base.clone()
    }
}
