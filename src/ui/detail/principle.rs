//! A principle's page: its text, its sub-commitments with how close each is to the Accord's own
//! words, and through the editorial theme map, its counterparts in the other frameworks.

use yew::prelude::*;

use super::{back, not_found, title};
use crate::data::{Dataset, Wording};
use crate::state::{AppState, View};
use crate::ui::cite_this::CiteThis;
use crate::ui::{badges, context::Ctx, link::link, sources::sources};

/// Quotes only what is the Accord's own wording; anything else is shown as a plain paragraph.
pub fn passage(text: &str, wording: Wording) -> Html {
    match wording {
        Wording::Verbatim => {
            html! { <blockquote class="verbatim"><p>{ text.to_owned() }</p></blockquote> }
        }
        _ => html! { <p class="not-verbatim">{ text.to_owned() }</p> },
    }
}

/// The page of the principle `id`, or a "not found" page.
pub fn principle_detail(ctx: &Ctx, id: &str) -> Html {
    let d = &ctx.dataset;
    let Some(p) = d.principle(id) else {
        return not_found(ctx, "principle", id);
    };
    let ta_id = format!("TA-{}", p.number);
    let to = |view: View| ctx.state.link_to(view);
    let subs = p.sub_commitments.iter().map(|sc| {
        html! {
            <li class="sub-commitment">
                { passage(&sc.text, sc.wording) }
                <p class="badges">{ badges::wording(sc.wording) }</p>
                if let Some(frag) = &sc.verbatim_fragment {
                    <p class="fragment">{ "Confirmed words: " }<q>{ frag.to_string() }</q></p>
                }
                if let Some(note) = &sc.note { <p class="note">{ note.to_string() }</p> }
                { sources(d, "Sources for this commitment", 3, sc.sources.iter().map(|u| &**u)) }
            </li>
        }
    });
    html! {
        <article class="detail principle-detail">
            { back(ctx) }
            { title(&format!("{}. {}", p.number, p.short_name), "Principle") }
            { passage(&p.text, p.wording) }
            <p class="badges">{ badges::wording(p.wording) }</p>
            <p class="legend">{ crate::data::Wording::EXPLANATION }</p>
            if !p.short_name_variants.is_empty() {
                <p>{ format!("Also written: {}", p.short_name_variants.join(", ")) }</p>
            }
            if let Some(note) = &p.note { <p class="note">{ note.to_string() }</p> }
            { sources(d, "Sources", 2, p.sources.iter().map(|u| &**u)) }
            <CiteThis title={AttrValue::from(format!("Principle {}: {}", p.number, p.short_name))} path={AttrValue::from(View::Principle(p.id.to_string()).path())} />
            <section aria-labelledby="subs">
                <h2 id="subs">{ "Commitments" }</h2>
                <ol>{ for subs }</ol>
            </section>
            <section aria-labelledby="counterparts">
                <h2 id="counterparts">{ "Counterparts in other frameworks" }</h2>
                <p class="editorial">{ format!("Editorial reading: {}", d.themes.note) }</p>
                { counterparts(ctx, d, &ta_id, &to) }
            </section>
        </article>
    }
}

/// For each theme this principle covers, the principles of the other frameworks that cover it.
fn counterparts(ctx: &Ctx, d: &Dataset, ta_id: &str, to: &dyn Fn(View) -> AppState) -> Html {
    let themes: Vec<_> = d
        .themes
        .themes
        .iter()
        .filter(|t| {
            t.coverage
                .iter()
                .any(|c| c.principles.iter().any(|p| p == ta_id))
        })
        .collect();
    if themes.is_empty() {
        return html! { <p>{ "No theme in the map points at this principle." }</p> };
    }
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Counterparts, scrollable">
        <table class="counterparts">
            <caption class="visually-hidden">{ "Themes this principle covers and the principles of other frameworks that cover them" }</caption>
            <thead><tr><th scope="col">{ "Theme" }</th>
                { for d.frameworks.iter().filter(|f| f.id != "tech-accord").map(|f| html! { <th scope="col">{ f.name.to_string() }</th> }) }
            </tr></thead>
            <tbody>
                { for themes.iter().map(|t| html! {
                    <tr>
                        <th scope="row">{ t.name.to_string() }</th>
                        { for d.frameworks.iter().filter(|f| f.id != "tech-accord").map(|f| {
                            let ids = t.principles_of(&f.id);
                            html! { <td>
                                if ids.is_empty() { <span class="unknown">{ "none" }</span> }
                                { for ids.iter().map(|id| {
                                    let p = f.principles.iter().find(|p| p.id == *id);
                                    let label = format!("{} {}", id, p.and_then(|p| p.title.as_deref()).unwrap_or("(title unknown)"));
                                    html! { <div class="counterpart">
                                        { link(ctx, &to(View::Framework(f.id.to_string())), "", html! { label }) }
                                        <p>{ p.and_then(|p| p.summary.as_deref()).unwrap_or("Text unknown").to_owned() }</p>
                                    </div> }
                                }) }
                            </td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
