//! Fuzzes the reading of a vendor list: any bytes, as a pasted text, a `.txt` or a `.csv` file,
//! with any choice of column and header row, then every row checked and written back as CSV and
//! JSON. It must never panic; a list read has at most `MAX_ROWS` rows, its column is one of its
//! columns, and the codes of its outcomes read back as the outcomes.

#![no_main]

use std::sync::OnceLock;

use accord_core::check::list::{read, Choice, MAX_ROWS};
use accord_core::check::{codes, report, Matcher};
use accord_explorer::data::builtin;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    let Some((&how, bytes)) = data.split_first() else {
        return;
    };
    let d = builtin();
    let m = MATCHER.get_or_init(|| Matcher::new(d));
    let name = ["", "list.txt", "list.csv", "list.tsv"][usize::from(how & 3)];
    let choice = Choice {
        column: (how & 4 != 0).then_some(usize::from(how >> 4)),
        header: (how & 8 != 0).then_some(how & 16 != 0),
    };
    let Ok(list) = read(name, bytes, choice) else {
        return;
    };
    assert!(list.rows.len() <= MAX_ROWS && list.rows.len() <= list.total);
    assert!(list.column < list.columns.len().max(1));
    let outcomes: Vec<_> = list.names().map(|n| m.check(n)).collect();
    assert_eq!(codes::decode(&codes::encode(&outcomes), d.signatories.len()).as_ref(), Some(&outcomes));
    let _ = report::to_csv(d, &list, &outcomes);
    let _ = report::to_json(d, &list, &outcomes);
});
