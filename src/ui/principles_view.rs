//! The principles page: the Accord's four principles, the editorial matrix of themes against the
//! frameworks, and the membership overlap between the Accord and the other frameworks.

use yew::prelude::*;

use super::context::Ctx;
use super::detail::principle_passage;
use super::link::link;
use super::sources::sources;
use super::{membership_overlap::membership_overlap, themes_matrix::themes_matrix};
use crate::state::View;

/// The principles page.
pub fn principles_view(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    let to = |view: View| ctx.state.link_to(view);
    html! {
        <article class="principles-view">
            <h1 id="view-title" tabindex="-1">{ "The four principles" }</h1>
            <p class="note">{ d.meta.accord.official_text_status.to_string() }</p>
            <ol class="principle-cards">
                { for d.principles.iter().map(|p| html! {
                    <li class="card">
                        <h2>{ link(ctx, &to(View::Principle(p.id.to_string())), "", html! { format!("{}. {}", p.number, p.short_name) }) }</h2>
                        { principle_passage(&p.text, p.wording) }
                        <p>{ format!("{} commitments", p.sub_commitments.len()) }</p>
                    </li>
                }) }
            </ol>
            { themes_matrix(ctx) }
            { sources(d, "Sources for the frameworks", 3, d.frameworks.iter().flat_map(|f| f.sources.iter().take(1).map(|u| &**u))) }
            { membership_overlap(ctx) }
        </article>
    }
}
