//! The editorial matrix of themes against frameworks: each cell names the principles that cover a
//! theme and opens their text; a filter narrows the themes (kept in the URL as `tf`).

use yew::prelude::*;

use super::context::{Ctx, Nav};
use super::link::link;
use crate::data::Framework;
use crate::search::fold::fold;
use crate::state::View;

/// One principle in a cell: its id and title, opening to its summary.
fn principle_entry(f: &Framework, id: &str) -> Html {
    let p = f.principles.iter().find(|p| p.id == id);
    let title = p
        .and_then(|p| p.title.as_deref())
        .unwrap_or("title unknown");
    let summary = p.and_then(|p| p.summary.as_deref());
    html! {
        <details class="cell-principle">
            <summary>{ format!("{id} {title}") }</summary>
            if let Some(s) = summary { <p>{ s.to_owned() }</p> } else { <p class="unknown">{ "Text unknown" }</p> }
        </details>
    }
}

pub fn themes_matrix(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    let filter = fold(ctx.state.theme_filter.trim());
    let shown: Vec<usize> = (0..d.themes.themes.len())
        .filter(|&i| filter.is_empty() || fold(&d.themes.themes[i].name).contains(&filter))
        .collect();
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            ctx.go(Nav::Replace, |s| s.set_theme_filter(&v));
        })
    };
    let to = |view: View| ctx.state.link_to(view);
    html! {
        <section aria-labelledby="themes">
            <h2 id="themes">{ "Themes across frameworks" }</h2>
            <p class="editorial"><strong>{ "An editorial reading, not what the sources state. " }</strong>{ d.themes.note.to_string() }</p>
            <label class="theme-filter">{ "Filter themes " }
                <input type="search" value={ctx.state.theme_filter.clone()} {oninput} placeholder="e.g. supply" />
            </label>
            <p role="status">{ format!("{} of {} themes", shown.len(), d.themes.themes.len()) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Themes across frameworks, scrollable">
            <table class="matrix" aria-label="Themes across frameworks">
                <thead><tr>
                    <th scope="col">{ "Theme" }</th>
                    { for d.frameworks.iter().map(|f| html! {
                        <th scope="col">{ link(ctx, &to(View::Framework(f.id.to_string())), "", html! { f.name.to_string() }) }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { for shown.iter().map(|&i| {
                        let t = &d.themes.themes[i];
                        html! {
                            <tr>
                                <th scope="row">{ t.name.to_string() }
                                    if let Some(n) = &t.note { <p class="note">{ n.to_string() }</p> }
                                </th>
                                { for d.frameworks.iter().map(|f| {
                                    let ids = t.principles_of(&f.id);
                                    html! { <td>
                                        if ids.is_empty() { <span class="unknown">{ "none" }</span> }
                                        { for ids.iter().map(|id| principle_entry(f, id)) }
                                    </td> }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
