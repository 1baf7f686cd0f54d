//! The filter panel: each facet's values with their counts over the current results; a click adds
//! or removes a filter. Several values of one facet widen the list, different facets narrow it.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use crate::search::{Facet, FacetValue};

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
}

#[component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
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
        <aside class="filters" aria-label="Filters">
            <h2 class="visually-hidden">{ "Filters" }</h2>
            if any {
                <button type="button" class="clear-all" onclick={clear_all}>{ "Clear all filters" }</button>
            }
            { for groups }
        </aside>
    }
}
