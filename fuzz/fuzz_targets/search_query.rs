//! Fuzzes the search: any bytes, read as lossy UTF-8, searched in the built-in dataset.
//! It must never panic, and every highlight range must lie on character boundaries of its text.

#![no_main]

use std::sync::OnceLock;

use accord_explorer::data::builtin;
use accord_explorer::search::{field_text, Index};
use accord_explorer::state::Sort;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static INDEX: OnceLock<Index> = OnceLock::new();
    let d = builtin();
    let ix = INDEX.get_or_init(|| Index::build(d));
    // The first byte picks the sort order, so every ordering path is fuzzed too.
    let sort = Sort::ALL[usize::from(data.first().copied().unwrap_or(0)) % Sort::ALL.len()];
    let query = String::from_utf8_lossy(data);
    let r = ix.search(d, &query, &[], sort);
    assert!(r.error.is_none() || r.hits.is_empty());
    for h in &r.hits {
        for m in &h.matches {
            let text =
                field_text(d, h.record, m.field, m.index).expect("a match points into a field");
            assert!(
                m.start < m.end && text.get(m.start..m.end).is_some(),
                "{m:?} in {text:?}"
            );
        }
    }
});
