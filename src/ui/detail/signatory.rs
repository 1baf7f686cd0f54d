//! A signatory's page: every field (unknown ones say so), its sources, the principles every
//! signatory commits to, and the other frameworks whose member lists name it.

use yew::prelude::*;

use super::{back, not_found, row, text, title};
use crate::state::View;
use crate::ui::cite_this::CiteThis;
use crate::ui::{
    badges, compare_toggle::compare_toggle, context::Ctx, link::link, sources::sources,
};

/// The page of the signatory `id`, or a "not found" page.
pub fn signatory_detail(ctx: &Ctx, id: &str) -> Html {
    let d = &ctx.dataset;
    let Some(s) = d.signatory(id) else {
        return not_found(ctx, "signatory", id);
    };
    let to = |view: View| ctx.state.link_to(view);
    let region = s.region().map(|r| text(r.label()));
    let aliases = (!s.aliases.is_empty()).then(|| text(&s.aliases.join(", ")));
    let website = s.website.as_ref().map(|w| text(w));
    let frameworks = d.frameworks_of(s);
    let launched = d.meta.accord.launched.long();
    html! {
        <article class="detail signatory-detail">
            { back(ctx) }
            { title(&s.name, "Signatory") }
            <p class="badges">{ badges::founding(s) }{ badges::confidence(s.confidence) }
                { compare_toggle(ctx, &s.id, &s.name) }</p>
            <dl class="fields">
                { row("Also known as", aliases) }
                { row("Country", s.country.as_ref().map(|_| html! {
                    <>
                        { badges::country(s) }
                        if let Some(iso) = s.country_iso_name() {
                            <span class="secondary">{ format!("ISO 3166 name: {iso}") }</span>
                        }
                    </>
                })) }
                { row("Region", region) }
                { row("Headquarters", s.hq_city.as_ref().map(|c| text(c))) }
                { row("Website", website) }
                { row("Sector", (s.sector != crate::data::Sector::Unknown).then(|| text(s.sector.label()))) }
                { row("Joined", s.joined.map(|j| text(&j.long()))) }
                { row("Founding signatory", Some(text(&if s.founding { format!("Yes, signed at the launch on {}", launched) } else { "No".to_owned() }))) }
                { row("Status", Some(text(&s.status))) }
                if let Some(n) = &s.notes { { row("Notes", Some(text(n))) } }
            </dl>
            <p class="provenance">{ "Country, headquarters, website and sector come from general knowledge and are not sourced one by one; membership and dates come from the sources below." }</p>
            { sources(d, "Sources", 2, s.sources.iter().map(|u| &**u)) }
            <CiteThis title={AttrValue::from(s.name.to_string())} path={AttrValue::from(View::Signatory(s.id.to_string()).path())} />
            <section aria-labelledby="committed">
                <h2 id="committed">{ "Principles it committed to" }</h2>
                <p>{ "Every signatory adheres to all four principles of the Accord." }</p>
                <ul>
                    { for d.principles.iter().map(|p| html! {
                        <li>{ link(ctx, &to(View::Principle(p.id.to_string())), "", html! { format!("{}. {}", p.number, p.short_name) }) }{ format!(": {}", p.text) }</li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="other-frameworks">
                <h2 id="other-frameworks">{ "Also appears in" }</h2>
                if frameworks.is_empty() {
                    <p>{ "No other framework's member list in this dataset names it (the Paris Call and GCSC lists are not in the data)." }</p>
                } else {
                    <ul>
                        { for frameworks.iter().map(|f| html! {
                            <li>{ link(ctx, &to(View::Framework(f.id.to_string())), "", html! { f.name.to_string() }) }</li>
                        }) }
                    </ul>
                }
            </section>
        </article>
    }
}
