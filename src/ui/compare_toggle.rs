//! The toggle that puts a signatory in the comparison set (named "Compare <name>"), and the
//! control that opens the comparison, showing how many are chosen.

use yew::prelude::*;

use super::context::{Ctx, Nav};
use super::link::link;
use crate::state::{View, MAX_COMPARE};

/// The toggle for signatory `id`, named `name`. A plain function, not a component: the results
/// list has one a row, and a component each would cost its own creation when the page hydrates.
pub fn compare_toggle(ctx: &Ctx, id: &str, name: &str) -> Html {
    let chosen = ctx.state.compare.iter().any(|c| c == id);
    let full = !chosen && ctx.state.compare.len() >= MAX_COMPARE;
    let onclick = {
        let ctx = ctx.clone();
        let id = id.to_owned();
        Callback::from(move |_| {
            ctx.go(Nav::Replace, |s| {
                s.toggle_compare(&id);
            })
        })
    };
    html! {
        <button type="button" class="compare-toggle" aria-pressed={chosen.to_string()} disabled={full}
            title={full.then(|| format!("At most {MAX_COMPARE} signatories can be compared"))}
            {onclick}>
            <span class="visually-hidden">{ format!("Compare {name}") }</span>
            <span aria-hidden="true">{ if chosen { "✓ Comparing" } else { "+ Compare" } }</span>
        </button>
    }
}

/// "Compare (3)": opens the comparison; shown once at least one signatory is chosen.
pub fn compare_bar(ctx: &Ctx) -> Html {
    let n = ctx.state.compare.len();
    if n == 0 || ctx.state.embed {
        return html! {};
    }
    let to = ctx.state.link_to(View::Compare);
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.go(Nav::Replace, |s| s.compare.clear()))
    };
    html! {
        <div class="compare-bar" role="region" aria-label="Comparison set">
            { link(ctx, &to, "button primary", html! { format!("Compare ({n})") }) }
            if n < 2 { <span class="help">{ "Choose at least two signatories." }</span> }
            <button type="button" class="link-button" onclick={clear}>{ "Clear comparison" }</button>
        </div>
    }
}
