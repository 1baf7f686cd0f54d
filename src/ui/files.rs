//! The bridge to the app's second wasm module (`crates/files/src/main.rs`), which opens dataset
//! files and writes downloads. It is fetched the first time a person opens a file or downloads,
//! never in the first load; datasets cross in the packed form of `data::pack`.

use wasm_bindgen::prelude::*;

use super::dom;
use crate::data::{pack, Dataset};

/// The module's files, at the app's root (Trunk names them after the binary).
const MODULE_JS: &str = "accord-files.js";
const MODULE_WASM: &str = "accord-files_bg.wasm";

#[wasm_bindgen(module = "/src/ui/files.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn open_dataset(js: &str, wasm: &str, name: &str, text: &str)
        -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn export_rows(
        js: &str,
        wasm: &str,
        packed: &[u8],
        rows: Vec<u32>,
        csv: bool,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn dataset_file(js: &str, wasm: &str, packed: &[u8]) -> Result<JsValue, JsValue>;
}

fn urls() -> (String, String) {
    let root = dom::root_href().unwrap_or_default();
    (format!("{root}{MODULE_JS}"), format!("{root}{MODULE_WASM}"))
}

/// The messages of a failure: the module's list of problems, or why the module did not load.
fn messages(e: JsValue) -> Vec<String> {
    if js_sys::Array::is_array(&e) {
        return js_sys::Array::from(&e)
            .iter()
            .map(|m| m.as_string().unwrap_or_default())
            .collect();
    }
    let why = dom::error_text(&e).unwrap_or_default();
    vec![format!(
        "the part of the app that reads files could not be loaded ({why}); check the connection and try again"
    )]
}

/// Reads and checks a dataset file's text; on failure, every problem as a sentence.
pub async fn open(name: &str, text: &str) -> Result<Dataset, Vec<String>> {
    let (js, wasm) = urls();
    let packed = open_dataset(&js, &wasm, name, text)
        .await
        .map_err(messages)?;
    pack::unpack(&js_sys::Uint8Array::new(&packed).to_vec()).map_err(|e| vec![e.to_string()])
}

/// What a download holds.
pub enum Export {
    /// The signatories at these positions of the dataset, as CSV (true) or JSON.
    Rows(Vec<u32>, bool),
    /// The whole dataset as a dataset file.
    Dataset,
}

impl Export {
    /// The file's media type, which follows from what it holds.
    fn mime(&self) -> &'static str {
        match self {
            Export::Rows(_, true) => "text/csv;charset=utf-8",
            Export::Rows(_, false) | Export::Dataset => "application/json",
        }
    }
}

/// Builds the file in the files module, then offers it as a download. A failure is logged: the
/// button stays, and pressing it again tries again.
pub fn download(d: &Dataset, what: Export, filename: &'static str) {
    let packed = pack::pack(d);
    let mime = what.mime();
    wasm_bindgen_futures::spawn_local(async move {
        let (js, wasm) = urls();
        let text = match what {
            Export::Rows(rows, csv) => export_rows(&js, &wasm, &packed, rows, csv).await,
            Export::Dataset => dataset_file(&js, &wasm, &packed).await,
        };
        match text.map(|t| t.as_string()) {
            Ok(Some(text)) => dom::download(filename, mime, &text),
            Ok(None) => dom::log_error("the download came back empty"),
            Err(e) => dom::log_error(&messages(e).join("; ")),
        }
    });
}
