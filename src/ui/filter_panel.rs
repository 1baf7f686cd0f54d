//! The filter panel: each facet's values with their counts over the current results; a click adds
//! or removes a filter. Several values of one facet widen the list, different facets narrow it.
//! On a narrow screen the panel sits behind a "Filters" button (a disclosure that says how many
//! filters are active), so that the results come right after the search box.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use crate::search::{Facet, FacetValue};

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
}

#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let ctx = use_ctx();
    // Whether the panel is open on a narrow screen: a passing choice, not part of any link.
    let open = use_state(|| false);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let active = ctx.state.filters.len();
    let toggle_label = match active {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n} active)"),
    };
    let any = !ctx.state.filters.is_empty();
    let clear_all = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.go(Nav::Replace, |s| s.filters.clear()))
    };
    let groups = props.facets.iter().filter(|(_, values)| !values.is_empty()).map(|(facet, values)| {
        let facet = *facet;
        let active = ctx.state.filters.iter().any(|f| f.facet == facet);
        let clear = {
            let ctx = ctx.clone();
            Callback::from(move |_| ctx.go(Nav::Replace, |s| s.filters.retain(|f| f.facet != facet)))
        };
        let buttons = values.iter().map(|v| {
            let pressed = ctx.state.has_filter(facet, &v.value);
            let onclick = {
                let ctx = ctx.clone();
                let value = v.value.clone();
                Callback::from(move |_| ctx.go(Nav::Replace, |s| s.toggle_filter(facet, &value)))
            };
            html! {
                <li>
                    <button type="button" class="facet-value" aria-pressed={pressed.to_string()} {onclick}>
                        <span class="facet-label">{ v.label.clone() }</span>
                        <span class="count">{ v.count }</span>
                    </button>
                </li>
            }
        });
        html! {
            <fieldset class="facet">
                <legend>{ facet.label() }</legend>
                <ul>{ for buttons }</ul>
                if active {
                    <button type="button" class="link-button" onclick={clear}>
                        { format!("Clear {} filter", facet.label().to_ascii_lowercase()) }
                    </button>
                }
            </fieldset>
        }
    });
    html! {
        <>
        <button type="button" class="filters-toggle" aria-expanded={open.to_string()} aria-controls="filters" onclick={toggle}>
            { toggle_label }
        </button>
        <aside class="filters" data-open={open.then_some("")} id="filters" aria-label="Filters">
            <h2 class="visually-hidden">{ "Filters" }</h2>
            if any {
                <button type="button" class="clear-all" onclick={clear_all}>{ "Clear all filters" }</button>
            }
            { for groups }
        </aside>
        </>
    }
}
