//! "Check a list": a vendor list, pasted or opened as a .txt or .csv file, checked against the
//! signatories in the files module (`ui::files`), chunk by chunk so that the page keeps answering.
//! The list stays in this component: never in the URL, never sent anywhere. The files module is
//! fetched when the view opens, so that checking makes no request at all.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::check_results::{thousands, CheckResults};
use super::context::use_ctx;
use super::file_drop::FileDrop;
use super::files::{self, ListSource, ReadList};
use crate::check::limits::{MAX_BYTES, MAX_ROWS};
use crate::check::Outcome;
use crate::data::{pack, Dataset};

/// Rows checked between two yields to the browser.
const CHUNK: usize = 500;

/// A list checked against a dataset.
#[derive(Clone)]
pub struct Checked {
    pub dataset: Rc<Dataset>,
    pub source: ListSource,
    pub list: Rc<ReadList>,
    pub outcomes: Rc<Vec<Outcome>>,
}

/// The same check when it is the same allocations: every check makes new ones. Comparing the
/// contents would compare the whole dataset and every row at each render of the results (and
/// that comparison was 3.6 KB of the wasm).
impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && Rc::ptr_eq(&self.list, &other.list)
            && Rc::ptr_eq(&self.outcomes, &other.outcomes)
            && self.source == other.source
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    Checking(usize, usize),
    Done,
    Failed(String),
}

/// Reads a file's bytes; oversized files are refused before reading.
fn read_file(file: web_sys::File, done: Callback<Result<(String, Vec<u8>), String>>) {
    let name = file.name();
    if file.size() > MAX_BYTES as f64 {
        // In tenths of a megabyte, without float formatting (which the wasm would carry).
        let tenths = (file.size() / 1e5) as u64;
        done.emit(Err(format!(
            "{name} is too large to check here ({}.{} MB; at most 5 MB). Split it into smaller lists.",
            tenths / 10,
            tenths % 10
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        done.emit(match buffer {
            Ok(b) => Ok((name, js_sys::Uint8Array::new(&b).to_vec())),
            Err(_) => Err(format!("{name} could not be read.")),
        });
    });
}

#[component]
pub fn CheckView() -> Html {
    let ctx = use_ctx();
    let status = use_state(|| Status::Idle);
    let checked = use_state(|| None::<Checked>);
    // The run that may still show its result; a newer one makes older ones stop.
    let run_id = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(files::preload());
    });
    let Some(ctx) = ctx else { return html! {} };

    let run = {
        let (status, checked, run_id) = (status.clone(), checked.clone(), run_id.borrow().clone());
        let dataset = ctx.dataset.clone();
        Callback::from(move |source: ListSource| {
            let id = run_id.get().wrapping_add(1);
            run_id.set(id);
            let (status, checked, run_id, d) = (
                status.clone(),
                checked.clone(),
                run_id.clone(),
                dataset.clone(),
            );
            status.set(Status::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                let current = || run_id.get() == id;
                let list = match files::read(&source).await {
                    Ok(l) => l,
                    Err(e) => {
                        if current() {
                            status.set(Status::Failed(e.join(" ")));
                        }
                        return;
                    }
                };
                let packed = pack::pack(&d);
                let mut outcomes = Vec::with_capacity(list.names.len());
                for chunk in list.names.chunks(CHUNK) {
                    if !current() {
                        return;
                    }
                    status.set(Status::Checking(outcomes.len(), list.names.len()));
                    // Let the browser paint and answer input between chunks.
                    super::dom::yield_now().await;
                    match files::check(&packed, &d, chunk).await {
                        Ok(o) => outcomes.extend(o),
                        Err(e) => {
                            if current() {
                                status.set(Status::Failed(e.join(" ")));
                            }
                            return;
                        }
                    }
                }
                if current() {
                    checked.set(Some(Checked {
                        dataset: d,
                        source,
                        list: Rc::new(list),
                        outcomes: Rc::new(outcomes),
                    }));
                    status.set(Status::Done);
                }
            });
        })
    };

    let onsubmit = {
        let run = run.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = super::dom::textarea_value("check-names").unwrap_or_default();
            run.emit(ListSource {
                name: String::new(),
                bytes: Rc::new(text.into_bytes()),
                column: None,
                header: None,
            });
        })
    };
    let opened = {
        let (run, status) = (run.clone(), status.clone());
        Callback::from(move |file: Result<(String, Vec<u8>), String>| match file {
            Ok((name, bytes)) => run.emit(ListSource {
                name,
                bytes: Rc::new(bytes),
                column: None,
                header: None,
            }),
            Err(e) => status.set(Status::Failed(e)),
        })
    };
    let on_file = Callback::from(move |file: web_sys::File| read_file(file, opened.clone()));
    // Another column or header row: the same list, read again.
    let rechoose = {
        let (run, checked) = (run.clone(), checked.clone());
        Callback::from(move |(column, header): (Option<usize>, Option<bool>)| {
            if let Some(c) = &*checked {
                run.emit(ListSource {
                    column,
                    header,
                    ..c.source.clone()
                });
            }
        })
    };
    let on_pick = {
        let checked = checked.clone();
        Callback::from(move |(row, index): (usize, usize)| {
            if let Some(c) = &*checked {
                let mut outcomes = (*c.outcomes).clone();
                if let Some(o) = outcomes.get_mut(row) {
                    *o = Outcome::Signatory {
                        index,
                        how: crate::check::How::Chosen,
                    };
                }
                checked.set(Some(Checked {
                    outcomes: Rc::new(outcomes),
                    ..c.clone()
                }));
            }
        })
    };

    let status_line = match &*status {
        Status::Idle => html! {},
        Status::Reading => html! { <p>{ "Reading the list…" }</p> },
        Status::Checking(done, total) => html! {
            <p>{ format!("Checking the list: {} of {} rows…", thousands(*done), thousands(*total)) }</p>
        },
        Status::Done => match &*checked {
            Some(c) => {
                html! { <p>{ format!("Checked {} rows.", thousands(c.outcomes.len())) }</p> }
            }
            None => html! {},
        },
        Status::Failed(_) => html! {},
    };
    let failure = match &*status {
        Status::Failed(e) => html! {
            <p class="load-errors">{ e.clone() }{ if checked.is_some() { " The results below are those of the list checked before." } else { "" } }</p>
        },
        _ => html! {},
    };
    // Results of an earlier dataset would point at the wrong signatories.
    let results = match &*checked {
        Some(c) if Rc::ptr_eq(&c.dataset, &ctx.dataset) => html! {
            <CheckResults checked={c.clone()} {on_pick} {rechoose} />
        },
        _ => html! {},
    };
    html! {
        <article class="check">
            <h1 id="view-title" tabindex="-1">{ "Check a list of companies" }</h1>
            <p class="lead">{ "Paste the companies of a supplier register, a tender or a portfolio, or open it as a file, to see which of them signed the Cybersecurity Tech Accord, when, and on what evidence." }</p>
            <p class="privacy">
                <strong>{ "Your list stays on this device." }</strong>
                { format!(" It is checked in this browser: nothing is sent anywhere, and the list is not kept in the page’s address. Up to {} rows at once; it works offline too.", thousands(MAX_ROWS)) }
            </p>
            <form class="check-input" {onsubmit}>
                <label for="check-names">{ "Company names, one a line" }</label>
                <textarea id="check-names" rows="8" spellcheck="false" placeholder={"Cisco Systems, Inc.\nTelefónica S.A.\nhttps://www.nokia.com/"} />
                <button type="submit">{ "Check these names" }</button>
            </form>
            <FileDrop id="check-file" label="Open a list (.txt or .csv)" accept=".txt,.csv,.tsv,text/plain,text/csv,text/tab-separated-values" help="…or drop the file here. In a .csv file, the column of names is found from its heading (“Supplier”, “Company”, “Vendor”…); you can choose another." {on_file} />
            <div role="status" aria-live="polite">{ status_line }</div>
            <div role="alert">{ failure }</div>
            { results }
        </article>
    }
}
