//! The app's second wasm module: opening a dataset file, checking a vendor list and writing
//! downloads. The page loads it only when a person opens a file, opens "Check a list" or downloads
//! (see `ui::files`), so serde, serde_json, csv, encoding_rs, the matcher and the validation of a
//! whole dataset are not part of the first load. Datasets cross between the two modules in the
//! packed form of `data::pack`, a checked list's outcomes in the form of `check::codes`.
//!
//! Every function takes and gives plain values; a failure is a JavaScript array of messages, one
//! per problem, that the app shows as text.

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;

    use accord_core::check::list::{self, Choice, List, Shape};
    use accord_core::check::{codes, report, Matcher};
    use accord_core::data::{self, pack, Dataset};
    use wasm_bindgen::prelude::*;

    fn messages<I: IntoIterator<Item = String>>(items: I) -> JsValue {
        items
            .into_iter()
            .map(|m| JsValue::from_str(&m))
            .collect::<js_sys::Array>()
            .into()
    }

    fn unpacked(packed: &[u8]) -> Result<Dataset, JsValue> {
        pack::unpack(packed).map_err(|e| messages([e.to_string()]))
    }

    /// Reads and checks a dataset file: its packed form, or every problem found (file, record,
    /// field and message).
    #[wasm_bindgen]
    pub fn open_dataset(name: &str, text: &str) -> Result<Vec<u8>, JsValue> {
        data::load_bundle(name, text)
            .map(|d| pack::pack(&d))
            .map_err(|problems| messages(problems.iter().map(|p| p.to_string())))
    }

    /// The signatories at these positions, as CSV (`csv` true) or JSON.
    #[wasm_bindgen]
    pub fn export_rows(packed: &[u8], rows: Vec<u32>, csv: bool) -> Result<String, JsValue> {
        let d = unpacked(packed)?;
        let rows = rows.iter().filter_map(|&i| d.signatories.get(i as usize));
        Ok(if csv {
            data::export::to_csv(&d, rows)
        } else {
            data::export::to_json(&d, rows)
        })
    }

    /// The person's choice of column and header row: -1 lets the reader decide.
    fn choice(column: i32, header: i32) -> Choice {
        Choice {
            column: usize::try_from(column).ok(),
            header: (header >= 0).then_some(header > 0),
        }
    }

    fn read(name: &str, bytes: &[u8], column: i32, header: i32) -> Result<List, JsValue> {
        list::read(name, bytes, choice(column, header)).map_err(|e| messages([e.to_string()]))
    }

    fn set(o: &js_sys::Object, key: &str, value: impl Into<JsValue>) {
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(o, &key.into(), &value.into());
    }

    fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> js_sys::Array {
        items.into_iter().map(JsValue::from_str).collect()
    }

    /// Reads a vendor list (pasted text when `name` is "", or a .txt or .csv file): an object with
    /// `columns`, `column`, `header`, `delimiter` ("" for one name a line), `encoding`, `total`
    /// (rows in the list) and `names` (the name of each row kept, at most `list::MAX_ROWS`).
    #[wasm_bindgen]
    pub fn read_list(
        name: &str,
        bytes: &[u8],
        column: i32,
        header: i32,
    ) -> Result<JsValue, JsValue> {
        let l = read(name, bytes, column, header)?;
        let o = js_sys::Object::new();
        set(&o, "columns", strings(l.columns.iter().map(String::as_str)));
        set(&o, "column", l.column as u32);
        set(&o, "header", l.header);
        let delimiter = match l.shape {
            Shape::Lines => String::new(),
            Shape::Table(d) => char::from(d).to_string(),
        };
        set(&o, "delimiter", delimiter);
        set(&o, "encoding", l.encoding);
        set(&o, "total", l.total as u32);
        set(&o, "names", strings(l.names()));
        Ok(o.into())
    }

    thread_local! {
        /// The matcher of the dataset last checked against, with that dataset packed: a list is
        /// checked in chunks, all against the same dataset, which is unpacked once.
        static MATCHER: RefCell<Option<(Vec<u8>, Matcher)>> = const { RefCell::new(None) };
    }

    /// Checks names against the dataset: their outcomes in the form of `check::codes`.
    #[wasm_bindgen]
    pub fn check_names(packed: &[u8], names: Vec<String>) -> Result<Vec<u32>, JsValue> {
        accord_fold_js::install();
        MATCHER.with_borrow_mut(|cached| {
            if cached.as_ref().is_some_and(|(p, _)| p.as_slice() != packed) {
                *cached = None;
            }
            let (_, m) = match cached {
                Some(c) => c,
                None => cached.insert((packed.to_vec(), Matcher::new(&unpacked(packed)?))),
            };
            let outcomes: Vec<_> = names.iter().map(|n| m.check(n)).collect();
            Ok(codes::encode(&outcomes))
        })
    }

    /// A checked list as CSV (`csv` true) or JSON: the list read again as `read_list` read it,
    /// with these outcomes (a person's choices among candidates included).
    #[wasm_bindgen]
    pub fn export_check(
        packed: &[u8],
        name: &str,
        bytes: &[u8],
        column: i32,
        header: i32,
        outcomes: Vec<u32>,
        csv: bool,
    ) -> Result<String, JsValue> {
        let d = unpacked(packed)?;
        let l = read(name, bytes, column, header)?;
        let outcomes = codes::decode(&outcomes, d.signatories.len())
            .filter(|o| o.len() == l.rows.len())
            .ok_or_else(|| {
                messages(["the results do not fit the list; check it again".to_owned()])
            })?;
        Ok(if csv {
            report::to_csv(&d, &l, &outcomes)
        } else {
            report::to_json(&d, &l, &outcomes)
        })
    }

    /// The whole dataset as a dataset file, the form `open_dataset` reads.
    #[wasm_bindgen]
    pub fn dataset_file(packed: &[u8]) -> Result<String, JsValue> {
        Ok(data::to_bundle(&unpacked(packed)?))
    }
}

// The same allocator as the app's module (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("accord-files is the app's second wasm module, built by `./dev build` (see README, Deploy).");
}
