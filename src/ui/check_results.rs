//! The results of "Check a list": counts per outcome (which also filter the table), the choice of
//! column and header row for a table, the downloads, and the rows, a page at a time. Picking a
//! candidate makes its row a signatory, and the counts follow.

use yew::prelude::*;

use super::check_view::Checked;
use super::context::use_ctx;
use super::files;
use super::link::link;
use crate::check::{self, Outcome};
use crate::data::Dataset;
use crate::state::View;

/// The outcome kinds as the page's style sheet names them (`data-outcome`), in `Outcome::KINDS`
/// order: a literal each, so no class list is built at run time.
const OUTCOME_KEYS: [&str; 4] = ["0", "1", "2", "3"];

/// Rows shown at first, and added by "Show more".
const PAGE: usize = 200;
/// The most characters of a row shown (a row can be 100,000 characters long).
const SHOWN_CHARS: usize = 300;

/// `1234567` as "1,234,567".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub checked: Checked,
    /// (row, signatory position): the person chose this candidate.
    pub on_pick: Callback<(usize, usize)>,
    /// Read the list again with this column and header row.
    pub rechoose: Callback<(Option<usize>, Option<bool>)>,
}

fn shown(text: &str) -> String {
    let cut = crate::state::truncate_chars(text, SHOWN_CHARS);
    if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut.to_owned()
    }
}

/// The facts of a matched signatory, in a line: how it matched (`check::details`), when it
/// joined, whether it is a founder, and its status when it is not active.
fn facts(d: &Dataset, o: &Outcome) -> Vec<String> {
    let Some(s) = o.signatory().and_then(|i| d.signatories.get(i)) else {
        return Vec::new();
    };
    let mut out = vec![check::details(d, o)];
    out.push(match &s.joined {
        Some(j) => format!("joined {}", j.long()),
        None => "join date unknown".to_owned(),
    });
    if s.founding {
        out.push("founding signatory".to_owned());
    }
    if &*s.status != "active" {
        out.push(s.status.to_string());
    }
    out
}

#[component]
pub fn CheckResults(props: &Props) -> Html {
    let ctx = use_ctx();
    let only = use_state(|| None::<usize>);
    let limit = use_state(|| PAGE);
    let Some(ctx) = ctx else { return html! {} };
    let c = &props.checked;
    let d = &c.dataset;
    let mut counts = [0usize; 4];
    for o in c.outcomes.iter() {
        counts[o.kind()] += 1;
    }
    let total = c.outcomes.len();

    let summary = Outcome::KINDS.iter().enumerate().map(|(k, label)| {
        let pressed = *only == Some(k);
        let onclick = {
            let (only, limit) = (only.clone(), limit.clone());
            Callback::from(move |_| {
                only.set(if pressed { None } else { Some(k) });
                limit.set(PAGE);
            })
        };
        html! {
            <li class="count" data-outcome={OUTCOME_KEYS[k]}>
                <button type="button" aria-pressed={pressed.to_string()} {onclick}>
                    <span class="number">{ thousands(counts[k]) }</span>{ " " }<span>{ *label }</span>
                </button>
            </li>
        }
    });

    let rows: Vec<(usize, &Outcome)> = c
        .outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| only.is_none_or(|k| o.kind() == k))
        .collect();
    let matching = rows.len();
    let body = rows.iter().take(*limit).map(|&(i, o)| {
        let name = c.list.names.get(i).map(String::as_str).unwrap_or("");
        let detail = match o {
            Outcome::Signatory { index, .. } => {
                let s = d.signatories.get(*index);
                html! {
                    <>
                        if let Some(s) = s {
                            { link(&ctx, &ctx.state.link_to(View::Signatory(s.id.to_string())), "", html! { s.name.to_string() }) }
                        }
                        <span class="facts">{ facts(d, o).join(" · ") }</span>
                    </>
                }
            }
            Outcome::Several(list) => html! {
                <>
                    <span class="facts">{ if list.len() == 1 { "Is it this signatory?" } else { "Which one is it, if any?" } }</span>
                    <span class="candidates">
                        { for list.iter().filter_map(|&s| d.signatories.get(s).map(|sig| (s, sig))).map(|(s, sig)| {
                            let on_pick = props.on_pick.clone();
                            let onclick = Callback::from(move |_| on_pick.emit((i, s)));
                            html! { <button type="button" {onclick}>{ format!("Choose {}", sig.name) }</button> }
                        }) }
                    </span>
                </>
            },
            Outcome::NotListed => html! { <span class="facts">{ "Not among the signatories listed here." }</span> },
            Outcome::Unusable(why) => html! { <span class="facts">{ format!("Not checked: {why}.") }</span> },
        };
        html! {
            <tr data-outcome={OUTCOME_KEYS[o.kind()]}>
                <td class="num">{ i + 1 }</td>
                <th scope="row">{ shown(name) }</th>
                <td>{ o.label() }</td>
                <td>{ detail }</td>
            </tr>
        }
    });
    let more = (matching > *limit).then(|| {
        let next = PAGE.min(matching - *limit);
        let limit = limit.clone();
        let onclick = Callback::from(move |_| limit.set(*limit + PAGE));
        html! {
            <p><button type="button" {onclick}>{ format!("Show {} more rows", thousands(next)) }</button></p>
        }
    });

    let download = |csv: bool| {
        let c = c.clone();
        Callback::from(move |_| {
            files::download_check(&c.dataset, c.source.clone(), &c.outcomes, csv)
        })
    };
    let print = Callback::from(|_| super::dom::print());

    let reading = c.list.delimiter.as_ref().map(|delimiter| {
        let column_changed = {
            let (rechoose, header) = (props.rechoose.clone(), c.list.header);
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                rechoose.emit((select.value().parse().ok(), Some(header)));
            })
        };
        let header_changed = {
            let rechoose = props.rechoose.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                // Another header row renames the columns: the column is found again.
                rechoose.emit((None, Some(input.checked())));
            })
        };
        let delimiter = match delimiter.as_str() {
            "," => "commas",
            ";" => "semicolons",
            "\t" => "tabs",
            "|" => "vertical bars",
            _ => "another character",
        };
        html! {
            <fieldset class="check-reading">
                <legend>{ "How the file was read" }</legend>
                <p class="help">{ format!("A table of {} columns, separated by {delimiter}; text in {}.", c.list.columns.len(), c.list.encoding) }</p>
                <label for="check-column">{ "Column of company names" }</label>
                <select id="check-column" onchange={column_changed}>
                    { for c.list.columns.iter().enumerate().map(|(i, name)| html! {
                        <option value={i.to_string()} selected={i == c.list.column}>{ name.clone() }</option>
                    }) }
                </select>
                <label class="inline">
                    <input type="checkbox" checked={c.list.header} onchange={header_changed} />
                    { " The first row holds the column names" }
                </label>
            </fieldset>
        }
    });
    let cut = (c.list.total > c.list.names.len()).then(|| html! {
        <p class="note">{ format!(
            "The list has {} rows; the first {} were checked. Check the others as a second list.",
            thousands(c.list.total),
            thousands(c.list.names.len())
        ) }</p>
    });
    let caption = if matching > *limit {
        format!(
            "Rows 1–{} of {} shown",
            thousands(*limit),
            thousands(matching)
        )
    } else {
        format!("{} rows", thousands(matching))
    };

    html! {
        <section class="check-results" aria-labelledby="check-results-title">
            <h2 id="check-results-title">{ "Results" }</h2>
            { for reading }
            { for cut }
            <ul class="check-summary" aria-label="Outcomes: show only one">
                { for summary }
            </ul>
            <p class="help">{ format!("{} rows checked. Not in this dataset: {}.", thousands(total), check::not_listed(d)) }</p>
            <p class="check-actions">
                <button type="button" onclick={download(true)}>{ "Download the results (CSV)" }</button>
                <button type="button" onclick={download(false)}>{ "Download the results (JSON)" }</button>
                <button type="button" onclick={print}>{ "Print" }</button>
            </p>
            <div class="table-scroll">
                <table class="check-table">
                    <caption>{ caption }</caption>
                    <thead><tr>
                        <th scope="col" class="num">{ "Row" }</th>
                        <th scope="col">{ "As written" }</th>
                        <th scope="col">{ "Outcome" }</th>
                        <th scope="col">{ "Details" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { for more }
        </section>
    }
}
