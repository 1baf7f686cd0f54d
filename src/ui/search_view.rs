//! The search page: box, sort, live result count, filters and results, or a helpful empty state.
//! Results are recomputed only when the query, filters, sort or dataset change.

use std::rc::Rc;
use yew::prelude::*;

use super::context::{use_ctx, Nav};
use super::files::{self, Export};
use super::{
    compare_toggle::compare_bar, filter_panel::FilterPanel, intro::Intro,
    results_root::ResultsHost, search_box::search_box,
};
use crate::search::RecordRef;
use crate::state::Sort;

#[component]
pub fn SearchView() -> Html {
    let ctx = use_ctx();
    let results = {
        let ctx = ctx.clone();
        let deps = ctx.as_ref().map(|c| {
            (
                c.generation,
                c.state.q.clone(),
                c.state.filters.clone(),
                c.state.sort,
            )
        });
        use_memo(deps, move |_| {
            ctx.map(|c| match &c.first_search {
                // Searched before the first render, in a task of its own.
                Some(first) if first.answers(&c.state) => first.results.clone(),
                _ => {
                    Rc::new(
                        c.index
                            .search(&c.dataset, &c.state.q, &c.state.filters, c.state.sort),
                    )
                }
            })
        })
    };
    let (Some(ctx), Some(results)) = (ctx, results.as_ref().as_ref()) else {
        return html! {};
    };
    let hits = Rc::new(results.hits.clone());
    let onsort = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let sort = Sort::from_key(&select.value()).unwrap_or_default();
            ctx.go(Nav::Replace, |s| s.sort = sort);
        })
    };
    let export = |csv: bool| {
        let d = ctx.dataset.clone();
        let hits = hits.clone();
        Callback::from(move |_| {
            let rows = hits
                .iter()
                .filter_map(|h| match h.record {
                    RecordRef::Signatory(i) => u32::try_from(i).ok(),
                    _ => None,
                })
                .collect();
            let name = if csv {
                "accord-signatories.csv"
            } else {
                "accord-signatories.json"
            };
            files::download(&d, Export::Rows(rows, csv), name);
        })
    };
    let n = results.hits.len();
    // The introduction is the first screen of a visit: gone once a person searches or filters.
    let first_screen = ctx.state.q.is_empty() && ctx.state.filters.is_empty() && !ctx.state.embed;
    let count = match n {
        0 => "No results".to_owned(),
        1 => "1 result".to_owned(),
        n => format!("{n} results"),
    };
    let message = if let Some(err) = &results.error {
        html! { <p class="query-error">{ err.clone() }</p> }
    } else if n == 0 {
        no_results(&ctx, results.suggestion.clone())
    } else {
        html! {}
    };
    html! {
        <div class="search-view">
            <h1 class="visually-hidden" id="view-title" tabindex="-1">{ "Search the Cybersecurity Tech Accord" }</h1>
            if first_screen { <Intro /> }
            { search_box(&ctx) }
            <div class="search-layout">
                <FilterPanel facets={results.facets.clone()} />
                <section class="result-area" aria-labelledby="result-count">
                    <div class="result-bar">
                        <p id="result-count" role="status" aria-live="polite" aria-atomic="true">{ count }</p>
                        <label class="sort">
                            { "Sort by " }
                            <select onchange={onsort} aria-label="Sort by">
                                { for Sort::ALL.iter().map(|s| html! {
                                    <option value={s.key()} selected={*s == ctx.state.sort}>{ s.label() }</option>
                                }) }
                            </select>
                        </label>
                    </div>
                    { compare_bar(&ctx) }
                    { message }
                    // Always there, empty when nothing is found (`results_root::first_host`).
                    <ResultsHost hits={hits.clone()} />
                    if n > 0 {
                        <p class="legend">
                            <span class="badge founding">{ "Founding signatory" }</span>
                            { format!(" signed on the launch day, {}. Confidence is marked only where it is medium or low; each record's page gives it, with the sources.", ctx.dataset.meta.accord.launched.long()) }
                        </p>
                        <p class="exports">
                            <button type="button" onclick={export(true)}>{ "Export results as CSV" }</button>
                            <button type="button" onclick={export(false)}>{ "Export results as JSON" }</button>
                        </p>
                    }
                </section>
            </div>
        </div>
    }
}

fn no_results(ctx: &super::context::Ctx, suggestion: Option<String>) -> Html {
    let clear_filters = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.go(Nav::Replace, |s| s.filters.clear()))
    };
    let clear_search = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.go(Nav::Replace, |s| s.q.clear()))
    };
    let suggest = suggestion.map(|sug| {
        let ctx = ctx.clone();
        let text = sug.clone();
        let onclick = Callback::from(move |_| {
            let text = text.clone();
            ctx.go(Nav::Replace, |s| s.q = text);
        });
        html! {
            <p class="did-you-mean">{ "Did you mean " }
                <button type="button" class="link-button" {onclick}>{ sug }</button>{ "?" }
            </p>
        }
    });
    html! {
        <div class="no-results">
            <p>{ format!("Nothing matches “{}”", ctx.state.q) }
                if !ctx.state.filters.is_empty() { { " with these filters" } }
                { "." }
            </p>
            { for suggest }
            <p class="actions">
                if !ctx.state.filters.is_empty() {
                    <button type="button" onclick={clear_filters}>{ "Clear filters" }</button>
                }
                if !ctx.state.q.is_empty() {
                    <button type="button" onclick={clear_search}>{ "Clear search" }</button>
                }
            </p>
        </div>
    }
}
