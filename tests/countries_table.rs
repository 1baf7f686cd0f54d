//! The country table in crates/core/src/data/countries.rs is generated from the `keshvar` crate, never typed by
//! hand. This test regenerates it and fails on any drift; `UPDATE_COUNTRIES=1` rewrites the file.
// Host-only test code: the house rules on sorts and B-trees (clippy.toml) keep the wasm small.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fmt::Write;

fn generated() -> String {
    let mut rows: Vec<(String, String, String, String)> = keshvar::CountryIterator::new()
        .map(|c| {
            let region = match c.maybe_region() {
                Some(r) => format!("Some(Region::{r:?})"),
                None => "None".to_owned(),
            };
            let iso = c.iso_short_name();
            // The English name people use (keshvar's translations), the ISO name beside it
            // only where the two differ.
            let common = c.translations().get("en").copied().unwrap_or(iso);
            let formal = if common == iso {
                "None".to_owned()
            } else {
                format!("Some({iso:?})")
            };
            (c.alpha2().to_string(), common.to_owned(), formal, region)
        })
        .collect();
    rows.sort();
    let mut out = String::new();
    for (code, name, formal, region) in rows {
        let _ = writeln!(
            out,
            "    Country {{ code: {code:?}, name: {name:?}, iso_name: {formal}, region: {region} }},"
        );
    }
    out
}

#[test]
fn country_table_matches_keshvar() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/core/src/data/countries.rs"
    );
    let source = std::fs::read_to_string(path).expect("read countries.rs");
    let (head, rest) = source
        .split_once("// BEGIN GENERATED\n")
        .expect("BEGIN marker");
    let (table, tail) = rest.split_once("// END GENERATED\n").expect("END marker");
    let fresh = generated();
    if std::env::var_os("UPDATE_COUNTRIES").is_some() {
        let updated = format!("{head}// BEGIN GENERATED\n{fresh}// END GENERATED\n{tail}");
        std::fs::write(path, updated).expect("write countries.rs");
        return;
    }
    assert_eq!(table, fresh, "countries.rs drifted from keshvar: run UPDATE_COUNTRIES=1 cargo test --test countries_table");
    assert_eq!(
        fresh.lines().count(),
        249,
        "ISO 3166-1 has 249 officially assigned codes"
    );
    for (code, name) in [
        ("GB", "United Kingdom"),
        ("US", "United States"),
        ("CZ", "Czechia"),
        ("KR", "South Korea"),
    ] {
        assert!(
            fresh.contains(&format!("code: {code:?}, name: {name:?}")),
            "{code} is not called {name}"
        );
    }
}
