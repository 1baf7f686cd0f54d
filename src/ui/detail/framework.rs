//! A framework's page: what it is, its principles or norms (unverified titles say so), its
//! reported membership, and how it relates to the Tech Accord.

use yew::prelude::*;

use super::{back, not_found, row, text, title};
use crate::state::View;
use crate::ui::cite_this::CiteThis;
use crate::ui::{
    context::Ctx,
    sources::{source_link, sources},
};

/// The page of the framework `id`, or a "not found" page.
pub fn framework_detail(ctx: &Ctx, id: &str) -> Html {
    let Some(f) = ctx.dataset.framework(id) else {
        return not_found(ctx, "framework", id);
    };
    // One text where two would stand side by side: the HTML parser merges them, and hydrating
    // the prerendered page would split them again.
    let principles = f.principles.iter().map(|p| {
        let heading = match (&p.title, &p.unconfirmed_title) {
            (Some(t), _) => html! { { format!("{} {t}", p.id) } },
            (None, Some(u)) => html! { <>{ format!("{} “{u}” ", p.id) }<span class="unknown">{ "(title not confirmed by a source)" }</span></> },
            (None, None) => html! { <>{ format!("{} ", p.id) }<span class="unknown">{ "Title unknown" }</span></> },
        };
        html! {
            <li>
                <strong>{ heading }</strong>
                if let Some(s) = &p.summary { <p>{ s.to_string() }</p> } else { <p class="unknown">{ "Summary unknown" }</p> }
            </li>
        }
    });
    let counts = f.member_counts.iter().map(|c| {
        html! {
            <li>
                { match &c.as_of { Some(a) => format!("{} (as of {a})", c.value), None => c.value.to_string() } }
                if let Some(n) = &c.note { <span class="note">{ format!(" — {n}") }</span> }
                { for c.sources.iter().map(|u| html! { <><span class="sep">{ " " }</span>{ source_link(&ctx.dataset, u) }</> }) }
            </li>
        }
    });
    let lists = f.member_lists.iter().map(|l| {
        html! {
            <li>
                <strong>{ format!("{}: ", l.label) }</strong>{ l.names.join(", ") }
                if let Some(n) = &l.note { <p class="note">{ n.to_string() }</p> }
            </li>
        }
    });
    html! {
        <article class="detail framework-detail">
            { back(ctx) }
            { title(&f.name, "Framework") }
            <dl class="fields">
                { row("Kind", Some(text(&f.kind))) }
                { row("Launched", f.launched.map(|d| text(&d.long()))) }
                { row("Where", f.launch_place.as_ref().map(|p| text(p))) }
                { row("Convened by", f.convenor.as_ref().map(|c| text(c))) }
                { row("Relation to the Tech Accord", f.relation_to_tech_accord.as_ref().map(|r| text(r))) }
                { row("Notable", f.notable.as_ref().map(|n| text(n))) }
            </dl>
            if let Some(e) = &f.tech_accord_endorsement {
                <section aria-labelledby="endorsement">
                    <h2 id="endorsement">{ format!("Tech Accord endorsement ({})", e.date.long()) }</h2>
                    <p>{ e.detail.to_string() }</p>
                    { sources(&ctx.dataset, "Sources for the endorsement", 3, e.sources.iter().map(|u| &**u)) }
                </section>
            }
            if !f.objectives.is_empty() {
                <section aria-labelledby="objectives"><h2 id="objectives">{ "Objectives" }</h2>
                    <ul>{ for f.objectives.iter().map(|o| html! { <li>{ o.to_string() }</li> }) }</ul>
                </section>
            }
            <section aria-labelledby="principles">
                <h2 id="principles">{ "Principles and norms" }</h2>
                if let Some(n) = &f.principles_note { <p class="note">{ n.to_string() }</p> }
                <ul class="framework-principles">{ for principles }</ul>
            </section>
            <section aria-labelledby="membership">
                <h2 id="membership">{ "Membership" }</h2>
                if f.member_counts.is_empty() { <p class="unknown">{ "Membership count unknown" }</p> }
                <ul>{ for counts }</ul>
                if !f.member_lists.is_empty() { <ul>{ for lists }</ul> }
                if let Some(n) = &f.members_note { <p class="note">{ n.to_string() }</p> }
            </section>
            { sources(&ctx.dataset, "Sources", 2, f.sources.iter().map(|u| &**u)) }
            <CiteThis title={AttrValue::from(f.name.to_string())} path={AttrValue::from(View::Framework(f.id.to_string()).path())} />
        </article>
    }
}
