//! The wasm side of the search benchmark (`./dev bench`, bench/): our engine, exported to the
//! bench page so that it runs in the same browser, on the same records, as the JavaScript peers.
//! Not part of the app. Only signatories are kept, as the peers index only signatories.
//!
//! A counting allocator tracks live heap bytes, so `heap_bytes()` before and after `build()`
//! gives the index's own size exactly (wasm memory only grows, so its size is a coarse bound).

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use accord_core::check;
use accord_core::data::Dataset;
use accord_core::search::{self, Index, RecordRef};
use accord_core::state::Sort;
use accord_explorer::data;
use wasm_bindgen::prelude::wasm_bindgen;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            LIVE.fetch_add(new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

#[derive(Default)]
struct State {
    dataset: Option<Dataset>,
    index: Option<Index>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Makes the dataset to search: the built-in signatories when `n` is 0, otherwise `n` synthetic
/// ones from `seed` (`search::synthetic::dataset`). Drops any previous dataset and index.
#[wasm_bindgen]
pub fn load(n: u32, seed: u32) -> u32 {
    STATE.with_borrow_mut(|s| {
        *s = State::default();
        let mut d = if n == 0 {
            data::builtin().clone()
        } else {
            search::synthetic::dataset(data::builtin(), n as usize, u64::from(seed))
        };
        d.principles = Cow::Owned(Vec::new());
        d.milestones = Cow::Owned(Vec::new());
        d.frameworks = Cow::Owned(Vec::new());
        let len = d.signatories.len() as u32;
        s.dataset = Some(d);
        len
    })
}

/// The loaded records as the peers index them: a JSON array of
/// `{id, name, aliases, country, city, sector, status, notes}` (country as its name).
#[wasm_bindgen]
pub fn records_json() -> String {
    #[derive(serde::Serialize)]
    struct Record<'a> {
        id: &'a str,
        name: &'a str,
        aliases: Vec<&'a str>,
        country: &'a str,
        city: &'a str,
        sector: &'a str,
        status: &'a str,
        notes: &'a str,
    }
    STATE.with_borrow(|s| {
        let Some(d) = &s.dataset else {
            return "[]".to_owned();
        };
        let records: Vec<Record> = d
            .signatories
            .iter()
            .map(|r| Record {
                id: &r.id,
                name: &r.name,
                aliases: r.aliases.iter().map(|a| &**a).collect(),
                country: r.country_name().unwrap_or(""),
                city: r.hq_city.as_deref().unwrap_or(""),
                sector: r.sector.label(),
                status: &r.status,
                notes: r.notes.as_deref().unwrap_or(""),
            })
            .collect();
        serde_json::to_string(&records).unwrap_or_else(|_| "[]".to_owned())
    })
}

/// Builds the index of the loaded dataset (what the bench times as "build").
#[wasm_bindgen]
pub fn build() {
    STATE.with_borrow_mut(|s| {
        s.index = None;
        s.index = s.dataset.as_ref().map(Index::build);
    });
}

/// One search as the app runs it (no filters, relevance order); the number of hits.
#[wasm_bindgen]
pub fn run(query: &str) -> u32 {
    STATE.with_borrow(|s| match (&s.dataset, &s.index) {
        (Some(d), Some(i)) => i.search(d, query, &[], Sort::Relevance).hits.len() as u32,
        _ => 0,
    })
}

/// The ids of the first `k` signatory hits, one a line.
#[wasm_bindgen]
pub fn top(query: &str, k: u32) -> String {
    STATE.with_borrow(|s| {
        let (Some(d), Some(i)) = (&s.dataset, &s.index) else {
            return String::new();
        };
        let hits = i.search(d, query, &[], Sort::Relevance).hits;
        let ids: Vec<&str> = hits
            .iter()
            .filter_map(|h| match h.record {
                RecordRef::Signatory(j) => d.signatories.get(j).map(|r| &*r.id),
                _ => None,
            })
            .take(k as usize)
            .collect();
        ids.join("\n")
    })
}

/// The hand-labelled vendor list of the matcher's tests (crates/core/tests/fixtures).
const VENDOR_LIST: &str = include_str!("../../core/tests/fixtures/vendor-list.csv");

thread_local! {
    static ROWS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// "Check a list" on the labelled vendor list, against the built-in dataset: `precision recall
/// rows` of the "Signatory" outcome (`check::score`), or the reason it could not be read.
#[wasm_bindgen]
pub fn check_score() -> String {
    match check::read_labelled(VENDOR_LIST) {
        Ok(rows) => {
            let s = check::score(&check::Matcher::new(data::builtin()), &rows);
            format!("{} {} {}", s.precision, s.recall, s.counts.rows)
        }
        Err(e) => e,
    }
}

/// Prepares `n` rows to check: the labelled list's names, over and over.
#[wasm_bindgen]
pub fn check_prepare(n: u32) -> u32 {
    let names: Vec<String> = check::read_labelled(VENDOR_LIST)
        .map(|rows| rows.into_iter().map(|r| r.name).collect())
        .unwrap_or_default();
    ROWS.with_borrow_mut(|rows| {
        *rows = names.iter().cycle().take(n as usize).cloned().collect();
        rows.len() as u32
    })
}

/// Checks the prepared rows as the files module does (a matcher built, then every row); the
/// number of rows found to be signatories.
#[wasm_bindgen]
pub fn check_run() -> u32 {
    let m = check::Matcher::new(data::builtin());
    ROWS.with_borrow(|rows| {
        rows.iter()
            .filter(|r| m.check(r).signatory().is_some())
            .count() as u32
    })
}

/// Live heap bytes (the counting allocator's total).
#[wasm_bindgen]
pub fn heap_bytes() -> f64 {
    LIVE.load(Ordering::Relaxed) as f64
}

/// The size of the wasm linear memory in bytes (it only ever grows).
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return (core::arch::wasm32::memory_size(0) * 65536) as f64;
    #[cfg(not(target_arch = "wasm32"))]
    return 0.0;
}

fn main() {
    // The app's folding (the browser's Unicode data), so that the engine measured is the app's.
    #[cfg(target_arch = "wasm32")]
    accord_explorer::ui::fold_js::install();
}
