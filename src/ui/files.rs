//! The bridge to the app's second wasm module (`crates/files/src/main.rs`), which opens dataset
//! files and writes downloads. It is fetched the first time a person opens a file or downloads,
//! never in the first load; datasets cross in the packed form of `data::pack`.

use wasm_bindgen::prelude::*;

use super::dom;
use crate::check;
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
    #[wasm_bindgen(catch)]
    async fn read_list(
        js: &str,
        wasm: &str,
        name: &str,
        bytes: &[u8],
        column: i32,
        header: i32,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn check_names(
        js: &str,
        wasm: &str,
        packed: &[u8],
        names: js_sys::Array,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    #[allow(clippy::too_many_arguments)]
    async fn export_check(
        js: &str,
        wasm: &str,
        packed: &[u8],
        name: &str,
        bytes: &[u8],
        column: i32,
        header: i32,
        outcomes: Vec<u32>,
        csv: bool,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = preload)]
    async fn preload_module(js: &str, wasm: &str) -> Result<JsValue, JsValue>;
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

/// Fetches and starts the files module ahead of need ("Check a list" does, so that nothing is
/// fetched while a list is checked); a failure is said again by the call that needs the module.
pub async fn preload() {
    let (js, wasm) = urls();
    let _ = preload_module(&js, &wasm).await;
}

/// A vendor list and how to read it: the person's choice of column and header row (None lets
/// the files module decide).
#[derive(Clone, PartialEq)]
pub struct ListSource {
    /// The file's name, "" for pasted text.
    pub name: String,
    pub bytes: std::rc::Rc<Vec<u8>>,
    pub column: Option<usize>,
    pub header: Option<bool>,
}

impl ListSource {
    fn choice(&self) -> (i32, i32) {
        let column = self
            .column
            .and_then(|c| i32::try_from(c).ok())
            .unwrap_or(-1);
        let header = self.header.map(i32::from).unwrap_or(-1);
        (column, header)
    }
}

/// A vendor list as the files module read it.
#[derive(Clone, PartialEq, Default)]
pub struct ReadList {
    pub columns: Vec<String>,
    pub column: usize,
    pub header: bool,
    /// The delimiter of a table; None for one name a line.
    pub delimiter: Option<String>,
    pub encoding: String,
    /// Rows in the list (more than `names` when it was cut).
    pub total: usize,
    pub names: Vec<String>,
}

fn field(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn strings(v: JsValue) -> Vec<String> {
    if !js_sys::Array::is_array(&v) {
        return Vec::new();
    }
    js_sys::Array::from(&v)
        .iter()
        .map(|s| s.as_string().unwrap_or_default())
        .collect()
}

fn number(v: JsValue) -> usize {
    v.as_f64().map(|n| n as usize).unwrap_or(0)
}

/// Reads a vendor list; on failure, why, as sentences.
pub async fn read(source: &ListSource) -> Result<ReadList, Vec<String>> {
    let (js, wasm) = urls();
    let (column, header) = source.choice();
    let o = read_list(&js, &wasm, &source.name, &source.bytes, column, header)
        .await
        .map_err(messages)?;
    let delimiter = field(&o, "delimiter").as_string().filter(|d| !d.is_empty());
    Ok(ReadList {
        columns: strings(field(&o, "columns")),
        column: number(field(&o, "column")),
        header: field(&o, "header").as_bool().unwrap_or(false),
        delimiter,
        encoding: field(&o, "encoding").as_string().unwrap_or_default(),
        total: number(field(&o, "total")),
        names: strings(field(&o, "names")),
    })
}

/// Checks names against the dataset (packed with `data::pack`).
pub async fn check(
    packed: &[u8],
    d: &Dataset,
    names: &[String],
) -> Result<Vec<check::Outcome>, Vec<String>> {
    let (js, wasm) = urls();
    let names: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    let codes = check_names(&js, &wasm, packed, names)
        .await
        .map_err(messages)?;
    let codes = js_sys::Uint32Array::new(&codes).to_vec();
    check::codes::decode(&codes, d.signatories.len())
        .ok_or_else(|| vec!["the list could not be checked; try again".to_owned()])
}

/// Offers a checked list as a CSV (`csv` true) or JSON download. A failure is logged: the button
/// stays, and pressing it again tries again.
pub fn download_check(d: &Dataset, source: ListSource, outcomes: &[check::Outcome], csv: bool) {
    let packed = pack::pack(d);
    let codes = check::codes::encode(outcomes);
    let (filename, mime) = if csv {
        ("checked-list.csv", "text/csv;charset=utf-8")
    } else {
        ("checked-list.json", "application/json")
    };
    wasm_bindgen_futures::spawn_local(async move {
        let (js, wasm) = urls();
        let (column, header) = source.choice();
        let text = export_check(
            &js,
            &wasm,
            &packed,
            &source.name,
            &source.bytes,
            column,
            header,
            codes,
            csv,
        )
        .await;
        offer(filename, mime, text);
    });
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

/// Offers what the files module wrote as a download, or logs why there is none.
fn offer(filename: &str, mime: &str, text: Result<JsValue, JsValue>) {
    match text.map(|t| t.as_string()) {
        Ok(Some(text)) => dom::download(filename, mime, &text),
        Ok(None) => dom::log_error("the download came back empty"),
        Err(e) => dom::log_error(&messages(e).join("; ")),
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
        offer(filename, mime, text);
    });
}
