//! The principles page: the Accord's four principles, and the editorial matrix of 15 themes against
//! the five frameworks, each cell naming the principles that cover the theme.

use yew::prelude::*;

use super::context::use_ctx;
use super::detail::principle_passage;
use super::link::Link;
use super::sources::sources;
use crate::state::{AppState, View};

#[component]
pub fn PrinciplesView() -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let d = &ctx.dataset;
    let to = |view: View| AppState {
        view,
        ..(*ctx.state).clone()
    };
    html! {
        <article class="principles-view">
            <h1 id="view-title" tabindex="-1">{ "The four principles" }</h1>
            <p class="note">{ d.meta.accord.official_text_status.to_string() }</p>
            <ol class="principle-cards">
                { for d.principles.iter().map(|p| html! {
                    <li class="card">
                        <h2><Link to={to(View::Principle(p.id.to_string()))}>{ format!("{}. {}", p.number, p.short_name) }</Link></h2>
                        { principle_passage(&p.text, p.wording) }
                        <p>{ format!("{} commitments", p.sub_commitments.len()) }</p>
                    </li>
                }) }
            </ol>
            <section aria-labelledby="themes">
                <h2 id="themes">{ "Themes across frameworks" }</h2>
                <p class="editorial"><strong>{ "An editorial reading, not what the sources state. " }</strong>{ d.themes.note.to_string() }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Themes across frameworks, scrollable">
                <table class="matrix">
                    <caption class="visually-hidden">{ "Which principles of each framework cover each theme" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Theme" }</th>
                        { for d.frameworks.iter().map(|f| html! {
                            <th scope="col"><Link to={to(View::Framework(f.id.to_string()))}>{ f.name.to_string() }</Link></th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for d.themes.themes.iter().map(|t| html! {
                            <tr>
                                <th scope="row">{ t.name.to_string() }
                                    if let Some(n) = &t.note { <p class="note">{ n.to_string() }</p> }
                                </th>
                                { for d.frameworks.iter().map(|f| {
                                    let ids: Vec<&str> = t.coverage.iter().filter(|c| c.framework == f.id).flat_map(|c| c.principles.iter().map(|p| &**p)).collect();
                                    html! { <td>
                                        if ids.is_empty() { <span class="unknown">{ "none" }</span> }
                                        { for ids.iter().map(|id| {
                                            let title = f.principles.iter().find(|p| p.id == *id).and_then(|p| p.title.as_deref()).unwrap_or("title unknown");
                                            html! { <div title={title.to_owned()}>{ format!("{id} {title}") }</div> }
                                        }) }
                                    </td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                { sources("Sources for the frameworks", 3, d.frameworks.iter().flat_map(|f| f.sources.iter().take(1).map(|u| &**u))) }
            </section>
        </article>
    }
}
