//! Opening a dataset file by picker or drag and drop. The file is read in the browser and checked
//! by the same validation as the build (in the files module, `ui::files`); a bad file lists every
//! problem and the current data stays.

use std::rc::Rc;
use yew::prelude::*;

use super::context::use_ctx;
use super::file_drop::FileDrop;
use super::files;
use crate::data::MAX_FILE_BYTES;

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Opening(String),
    Loaded(String, usize),
    Failed(String, Vec<String>),
}

/// Reads the file's text and hands it on; oversized files are refused before reading.
fn read_file(file: web_sys::File, done: Callback<(String, Result<String, String>)>) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        done.emit((
            name,
            Err(format!(
                "the file has {} bytes; at most {} are read",
                // A whole number (a file's size is one), printed without float formatting.
                file.size() as u64,
                MAX_FILE_BYTES
            )),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let result = match text.ok().and_then(|v| v.as_string()) {
            Some(t) => Ok(t),
            None => Err("the file could not be read as text".to_owned()),
        };
        done.emit((name, result));
    });
}

#[component]
pub fn DatasetLoader() -> Html {
    let ctx = use_ctx();
    let outcome = use_state(|| Outcome::Idle);
    let Some(ctx) = ctx else { return html! {} };
    let done = {
        let outcome = outcome.clone();
        let load = ctx.load_dataset.clone();
        Callback::from(move |(name, text): (String, Result<String, String>)| {
            let text = match text {
                Ok(t) => t,
                Err(e) => {
                    return outcome.set(Outcome::Failed(name.clone(), vec![format!("{name}: {e}")]))
                }
            };
            outcome.set(Outcome::Opening(name.clone()));
            let (outcome, load) = (outcome.clone(), load.clone());
            // Read and checked by the files module, fetched the first time a file is opened.
            wasm_bindgen_futures::spawn_local(async move {
                match files::open(&name, &text).await {
                    Ok(d) => {
                        let n = d.signatories.len();
                        load.emit(Rc::new(d));
                        outcome.set(Outcome::Loaded(name, n));
                    }
                    Err(problems) => outcome.set(Outcome::Failed(name, problems)),
                }
            });
        })
    };
    let on_file = Callback::from(move |file: web_sys::File| read_file(file, done.clone()));
    let status = match &*outcome {
        Outcome::Idle => html! {},
        Outcome::Opening(name) => html! { <p>{ format!("Opening {name}…") }</p> },
        Outcome::Loaded(name, n) => html! {
            <p class="load-ok">{ format!("Opened {name}: {n} signatories. Search and every view now use it.") }</p>
        },
        Outcome::Failed(name, problems) => html! {
            <div class="load-errors">
                <p>{ format!("{name} was not opened: {} problem(s). The current data is unchanged.", problems.len()) }</p>
                <ul>{ for problems.iter().take(200).map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            </div>
        },
    };
    html! {
        <FileDrop id="dataset-file" label="Open a dataset file" accept=".json,application/json" help="…or drop a .json file here." {on_file}>
            <div role="status" aria-live="polite">{ status }</div>
        </FileDrop>
    }
}
