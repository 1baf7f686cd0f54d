//! Folding stays what it was when it became pluggable (`search::fold::set_decompose`): every string
//! of `data/` and every input of `search::fold`'s own tests folds as `unicode-normalization` folds
//! it. `tests/e2e/folding.json` pins how each of their non-ASCII characters folds; the browser
//! suite (`tests/e2e/folding.spec.mjs`) checks the wasm build, which folds with the browser's
//! Unicode data instead, against that table.
//!
//! When the data gains a character, rewrite the table with
//! `UPDATE_FOLDING_JSON=1 cargo test --test folding` and commit it.
// Host-only test code: the house rules on sorts and B-trees (clippy.toml) keep the wasm small.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::collections::BTreeMap;

use accord_explorer::search::fold::{fold, words};
use serde_json::Value;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The inputs of the tests in `crates/core/src/fold.rs`.
const FOLD_TEST_INPUTS: [&str; 10] = [
    "Telefónica",
    "TELEFÓNICA",
    "TÜV SÜD",
    "Ångström",
    "Télé-fónica, Inc.",
    "e\u{301}",
    "\u{939}\u{93F}\u{902}\u{926}\u{940}",
    "a\u{20DD}",
    "\u{D55C}",
    "TELEFÓNICA İ Σ",
];

const TABLE: &str = "tests/e2e/folding.json";

/// The fold as it was written before it became pluggable: the reference.
fn fold_with_tables(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        });
    }
    out
}

fn strings_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|x| strings_in(x, out)),
        Value::Object(fields) => fields.values().for_each(|x| strings_in(x, out)),
        _ => {}
    }
}

/// Every string value of every file of `data/`, then the inputs of fold.rs's tests.
fn all_strings() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/")
        .map(|e| e.expect("data/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "data files found: {files:?}");
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("data file");
        let v: Value = serde_json::from_str(&text).expect("data file is JSON");
        strings_in(&v, &mut out);
    }
    out.extend(FOLD_TEST_INPUTS.map(String::from));
    out
}

#[test]
fn every_string_of_the_data_folds_as_with_unicode_normalization() {
    let strings = all_strings();
    assert!(strings.len() > 1000, "only {} strings found", strings.len());
    for s in &strings {
        assert_eq!(fold(s), fold_with_tables(s), "fold({s:?})");
        for w in words(s) {
            assert_eq!(
                w.folded,
                fold_with_tables(&s[w.start..w.end]),
                "a word of {s:?}"
            );
        }
    }
}

#[test]
fn the_browser_suite_has_every_non_ascii_character_of_the_data() {
    let chars: BTreeMap<String, String> = all_strings()
        .iter()
        .flat_map(|s| s.chars())
        .filter(|c| !c.is_ascii())
        .map(|c| (c.to_string(), fold(&c.to_string())))
        .collect();
    let mut table = serde_json::Map::new();
    table.insert(
        "about".into(),
        format!(
            "How each non-ASCII character of data/ and of the tests of crates/core/src/fold.rs folds on \
             native builds (unicode-normalization). Written by `UPDATE_FOLDING_JSON=1 cargo test \
             --test folding` (tests/folding.rs); read by folding.spec.mjs. {} characters.",
            chars.len()
        )
        .into(),
    );
    table.insert(
        "chars".into(),
        chars
            .into_iter()
            .map(|(c, f)| (c, Value::String(f)))
            .collect(),
    );
    let expected = Value::Object(table);
    let path = format!("{}/{TABLE}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_FOLDING_JSON").is_some() {
        let text = serde_json::to_string_pretty(&expected).expect("JSON") + "\n";
        std::fs::write(&path, text).expect("write the table");
    }
    let found: Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    assert!(
        found == expected,
        "{TABLE} is out of date: run `UPDATE_FOLDING_JSON=1 cargo test --test folding` and commit it"
    );
}
