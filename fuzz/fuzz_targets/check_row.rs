//! Fuzzes "Check a list": any bytes, read as lossy UTF-8, checked as one row of a vendor list
//! against the built-in dataset. It must never panic; every index it gives must be a signatory,
//! and `Several` must name between one and `MAX_CANDIDATES` of them.

#![no_main]

use std::sync::OnceLock;

use accord_explorer::check::{normalize, Matcher, Outcome, MAX_CANDIDATES};
use accord_explorer::data::builtin;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    let d = builtin();
    let m = MATCHER.get_or_init(|| Matcher::new(d));
    let row = String::from_utf8_lossy(data);
    match m.check(&row) {
        Outcome::Signatory { index, .. } => assert!(index < d.signatories.len()),
        Outcome::Several(c) => {
            assert!(!c.is_empty() && c.len() <= MAX_CANDIDATES, "{c:?}");
            assert!(c.iter().all(|&i| i < d.signatories.len()), "{c:?}");
        }
        Outcome::NotListed | Outcome::Unusable(_) => {}
    }
    let _ = normalize(&row);
});
