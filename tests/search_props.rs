//! Properties of search over any input: it never panics, it is deterministic, and every highlight
//! range lies on character boundaries of the text it points into.
//!
//! Inputs mix arbitrary Unicode (control characters, RTL marks, emoji, 10,000-character strings)
//! with query syntax and dataset words, so the parser and the ranking see plausible queries too.
// Host-only test code: the house rules on sorts and B-trees (clippy.toml) keep the wasm small.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::sync::OnceLock;

use accord_explorer::data::{builtin, Dataset};
use accord_explorer::search::{field_text, synthetic, Facet, Index, IndexBuilder, Results};
use accord_explorer::state::{Filter, Sort};
use proptest::prelude::*;

fn builtin_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(builtin()))
}

fn synthetic_data() -> &'static (Dataset, Index) {
    static DATA: OnceLock<(Dataset, Index)> = OnceLock::new();
    DATA.get_or_init(|| {
        let d = synthetic::dataset(accord_explorer::data::builtin(), 1500, 42);
        let ix = Index::build(&d);
        (d, ix)
    })
}

const PIECES: &[&str] = &[
    "micr",
    "microsoft",
    "microsft",
    "Telefónica",
    "TELEFÓNICA",
    "hpe",
    "meta",
    "a",
    "e",
    "1",
    "2018",
    "\"",
    "\"stronger defense\"",
    "-",
    "-cisco",
    "--",
    ":",
    "country:",
    "country:FI",
    "country:\"united",
    "-country:US",
    "region:europe",
    "sector:cloud",
    "joined:2018",
    "joined:abc",
    "founding:yes",
    "founding:maybe",
    "status:acquired",
    "confidence:high",
    "kind:principle",
    "-kind:milestone",
    "xyz:1",
    "f-secure",
    "\u{200f}",
    "\u{202e}",
    "\u{0}",
    "\t",
    "\n",
    "👍🏽",
    "🇫🇮",
    "ǅ",
    "ß",
    "İ",
    "ﬃ",
    "e\u{301}",
    "\u{1F1EB}",
    "日本",
    "العربية",
    "  ",
];

fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        3 => prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|p| p.join(" ")),
        2 => prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|p| p.concat()),
        1 => prop::collection::vec(any::<char>(), 0..10_000).prop_map(|c| c.into_iter().collect()),
        1 => (prop::sample::select(PIECES), 0usize..3000).prop_map(|(p, n)| p.repeat(n)),
    ]
}

fn filters() -> impl Strategy<Value = Vec<Filter>> {
    let value = prop_oneof![
        any::<String>(),
        prop::sample::select(
            &[
                "FI", "fi", "US", "europe", "security", "cloud", "2018", "unknown", "yes", "no",
                "acquired", "high", ""
            ][..]
        )
        .prop_map(str::to_owned),
    ];
    prop::collection::vec((prop::sample::select(&Facet::ALL[..]), value), 0..5).prop_map(|v| {
        v.into_iter()
            .map(|(facet, value)| Filter { facet, value })
            .collect()
    })
}

fn sort() -> impl Strategy<Value = Sort> {
    prop::sample::select(&Sort::ALL[..])
}

/// Every match points at a non-empty range on character boundaries of its field's text.
fn check_ranges(d: &Dataset, r: &Results) -> Result<(), TestCaseError> {
    for h in &r.hits {
        for m in &h.matches {
            let text = field_text(d, h.record, m.field, m.index);
            prop_assert!(text.is_some(), "{h:?}: no text for {m:?}");
            let text = text.unwrap_or_default();
            prop_assert!(
                m.start < m.end && text.get(m.start..m.end).is_some(),
                "{m:?} not a range of {text:?}"
            );
        }
    }
    prop_assert!(r.error.is_none() || r.hits.is_empty());
    prop_assert_eq!(r.facets.len(), Facet::ALL.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_query_on_the_real_data_is_safe_and_deterministic(q in query(), f in filters(), s in sort()) {
        let d = builtin();
        let r = builtin_index().search(d, &q, &f, s);
        check_ranges(d, &r)?;
        prop_assert_eq!(&r, &builtin_index().search(d, &q, &f, s));
        let mut records: Vec<_> = r.hits.iter().map(|h| h.record).collect();
        records.sort();
        records.dedup();
        prop_assert_eq!(records.len(), r.hits.len(), "a record appears once");
    }

    #[test]
    fn any_query_on_a_large_synthetic_dataset_is_safe(q in query(), f in filters(), s in sort()) {
        let (d, ix) = synthetic_data();
        let r = ix.search(d, &q, &f, s);
        check_ranges(d, &r)?;
        prop_assert_eq!(&r, &ix.search(d, &q, &f, s));
    }

    #[test]
    fn a_fresh_index_gives_the_same_results(q in query(), s in sort()) {
        let d = builtin();
        prop_assert_eq!(Index::build(d).search(d, &q, &[], s), builtin_index().search(d, &q, &[], s));
    }

    #[test]
    fn an_index_built_in_steps_is_the_index_built_at_once(steps in proptest::collection::vec(0usize..9, 1..40)) {
        let d = builtin();
        let mut b = IndexBuilder::new(d);
        // Steps of the given sizes, in turn, until every record is in (a step of 0 adds none).
        let mut done = false;
        for n in steps.iter().cycle().take(4000) {
            let before = b.progress().0;
            done = b.step(*n);
            prop_assert_eq!(b.progress().0, (before + n).min(b.progress().1));
            if done { break; }
        }
        prop_assert!(done || steps.iter().all(|n| *n == 0));
        prop_assert_eq!(format!("{:?}", b.finish()), format!("{:?}", builtin_index()));
    }
}
