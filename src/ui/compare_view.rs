//! The comparison: 2 to 4 signatories side by side, one column each, one row per field; rows that
//! differ are marked, "only differences" hides the rest, columns can be removed and added, and the
//! table exports to CSV or JSON. The set lives in the URL (`cmp=`).

use yew::prelude::*;

use super::context::{Ctx, Nav};
use super::files::{self, Export};
use super::{badges, sources::source_link};
use crate::data::{Dataset, Signatory};
use crate::state::MAX_COMPARE;

/// The compared fields: a label, and a signatory's value as plain text (what decides "differs").
fn fields(d: &Dataset, s: &Signatory) -> Vec<(&'static str, String)> {
    let frameworks: Vec<String> = d
        .frameworks_of(s)
        .iter()
        .map(|f| f.name.to_string())
        .collect();
    vec![
        ("Country", s.country_name().unwrap_or("unknown").to_owned()),
        (
            "Region",
            s.region()
                .map(|r| r.label())
                .unwrap_or("unknown")
                .to_owned(),
        ),
        ("Sector", s.sector.label().to_owned()),
        ("Joined", badges::date_or_unknown(s.joined)),
        ("Founding", if s.founding { "Yes" } else { "No" }.to_owned()),
        ("Status", s.status.to_string()),
        ("Confidence", s.confidence.key().to_owned()),
        (
            "Frameworks",
            if frameworks.is_empty() {
                "none in the data".to_owned()
            } else {
                frameworks.join(", ")
            },
        ),
    ]
}

/// The comparison page.
pub fn compare_view(ctx: &Ctx) -> Html {
    let d = ctx.dataset.clone();
    let chosen: Vec<&Signatory> = ctx
        .state
        .compare
        .iter()
        .filter_map(|id| d.signatory(id))
        .collect();
    let only_diff = ctx.state.only_diff;
    let toggle_diff = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.go(Nav::Replace, |s| s.only_diff = !s.only_diff))
    };
    let add = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let id = select.value();
            if !id.is_empty() {
                ctx.go(Nav::Replace, |s| {
                    s.toggle_compare(&id);
                });
            }
        })
    };
    let export = |csv: bool, name: &'static str| {
        let d = d.clone();
        let ids = ctx.state.compare.clone();
        Callback::from(move |_| {
            let rows = ids
                .iter()
                .filter_map(|id| d.signatories.iter().position(|s| s.id == *id))
                .filter_map(|i| u32::try_from(i).ok())
                .collect();
            files::download(&d, Export::Rows(rows, csv), name);
        })
    };
    let export_csv = export(true, "accord-comparison.csv");
    let export_json = export(false, "accord-comparison.json");
    let values: Vec<Vec<(&'static str, String)>> = chosen.iter().map(|s| fields(&d, s)).collect();
    let labels: Vec<&'static str> = values
        .first()
        .map(|v| v.iter().map(|(l, _)| *l).collect())
        .unwrap_or_default();
    let rows = labels.iter().enumerate().filter_map(|(i, label)| {
        let cells: Vec<&String> = values
            .iter()
            .filter_map(|v| v.get(i).map(|(_, x)| x))
            .collect();
        let differs = cells.windows(2).any(|w| w[0] != w[1]);
        if only_diff && !differs {
            return None;
        }
        Some(html! {
            <tr data-differs={differs.then_some("")}>
                <th scope="row">{ *label }
                    if differs { <span class="badge differs-badge">{ "differs" }</span> }
                </th>
                { for cells.iter().map(|c| html! { <td>{ (*c).clone() }</td> }) }
            </tr>
        })
    });
    let remove = |id: &str| {
        let ctx = ctx.clone();
        let id = id.to_owned();
        Callback::from(move |_| {
            ctx.go(Nav::Replace, |s| {
                s.toggle_compare(&id);
            })
        })
    };
    html! {
        <article class="compare-view">
            <h1 id="view-title" tabindex="-1">{ "Compare signatories" }</h1>
            if chosen.len() < 2 {
                <p>{ "Choose two to four signatories with their “Compare” buttons in the results, or add them here." }</p>
            }
            <div class="compare-controls">
                if chosen.len() < MAX_COMPARE {
                    <label>{ "Add a signatory " }
                        <select onchange={add} aria-label="Add a signatory to the comparison">
                            <option value="" selected=true>{ "Choose…" }</option>
                            { for d.signatories.iter().filter(|s| !ctx.state.compare.iter().any(|c| *c == *s.id)).map(|s| html! {
                                <option value={s.id.to_string()}>{ s.name.to_string() }</option>
                            }) }
                        </select>
                    </label>
                }
                <label class="checkbox"><input type="checkbox" checked={only_diff} onchange={toggle_diff} />{ " Only differences" }</label>
                if !chosen.is_empty() {
                    <button type="button" onclick={export_csv}>{ "Export comparison as CSV" }</button>
                    <button type="button" onclick={export_json}>{ "Export comparison as JSON" }</button>
                }
            </div>
            if !chosen.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label="Comparison, scrollable">
                <table class="comparison" aria-label="Comparison">
                    <thead><tr>
                        <td></td>
                        { for chosen.iter().map(|s| html! {
                            <th scope="col">{ s.name.to_string() }
                                <button type="button" class="link-button remove" onclick={remove(&s.id)}>
                                    <span class="visually-hidden">{ format!("Remove {} from the comparison", s.name) }</span>
                                    <span aria-hidden="true">{ "remove" }</span>
                                </button>
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows }
                        <tr>
                            <th scope="row">{ "Sources" }</th>
                            { for chosen.iter().map(|s| html! { <td><ul class="plain">{ for s.sources.iter().map(|u| html! { <li>{ source_link(&d, u) }</li> }) }</ul></td> }) }
                        </tr>
                    </tbody>
                </table>
                </div>
            }
        </article>
    }
}
