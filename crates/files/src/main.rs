//! The app's second wasm module: opening a dataset file and writing downloads. The page loads it
//! only when a person opens a file or downloads (see `ui::files`), so serde, serde_json, csv and
//! the validation of a whole dataset are not part of the first load. Datasets cross between the
//! two modules in the packed form of `data::pack`.
//!
//! Every function takes and gives plain values; a failure is a JavaScript array of messages, one
//! per problem, that the app shows as text.

#[cfg(target_arch = "wasm32")]
mod exports {
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
