//! The footer: where the data comes from, and in an embed, a way out to the full app.

use yew::prelude::*;

use super::context::{href, Ctx};
use super::link::link;
use crate::state::View;

pub fn footer(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    if ctx.state.embed {
        let full = ctx.state.outside_embed();
        return html! {
            <footer class="site-footer embed-footer">
                <a href={href(&full)} target="_blank" rel="noopener noreferrer">{ "Open in Accord Explorer ↗" }</a>
                <span>{ d.coverage_line() }</span>
            </footer>
        };
    }
    let about = ctx.state.link_to(View::About);
    html! {
        <footer class="site-footer">
            <p>
                { "Facts come from public sources, each listed with its record. " }
                { link(ctx, &about, "", html! { "About the data, its sources and its gaps" }) }
                { format!(". Last checked {}.", d.meta.last_checked.long()) }
            </p>
            <super::embed::EmbedPanel />
            <p>{ "Accord Explorer is an independent tool; it is not made by the Cybersecurity Tech Accord." }</p>
        </footer>
    }
}
