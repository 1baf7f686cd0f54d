//! The home page's first screen for a newcomer: what the Accord is, when it started and how big
//! it is, how much of it this dataset lists, and its four principles. Shown while the search is
//! empty; a returning reader can collapse it, and the choice is remembered where storage is
//! allowed (`ui::remembered`).

use yew::prelude::*;

use super::context::use_ctx;
use super::link::link;
use super::remembered;
use super::sources::source_link;
use crate::state::View;

#[component]
pub fn Intro() -> Html {
    let ctx = use_ctx();
    // Open in the first render, as prerendered; a remembered choice applies after it (the page
    // shell already hid the text before the first paint, so nothing flashes).
    let collapsed = use_state(|| false);
    {
        let collapsed = collapsed.clone();
        use_effect_with((), move |_| collapsed.set(remembered::intro_collapsed()));
    }
    let Some(ctx) = ctx else {
        return html! {};
    };
    let d = &ctx.dataset;
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_| {
            let next = !*collapsed;
            remembered::set_intro_collapsed(next);
            collapsed.set(next);
        })
    };
    let a = &d.meta.accord;
    let purpose = a.purpose_quotes.first();
    let founders = d.signatories.iter().filter(|s| s.founding).count();
    let r = &d.meta.reported_signatories;
    let size = format!(
        "Launched on {} by {founders} companies; {} reported{}. This dataset lists {} of them.",
        a.launched.long(),
        match r.qualifier {
            crate::data::CountQualifier::Exact => format!("{} signatories", r.value),
            crate::data::CountQualifier::MoreThan => format!("more than {} signatories", r.value),
            crate::data::CountQualifier::AtLeast => format!("at least {} signatories", r.value),
            crate::data::CountQualifier::About => format!("about {} signatories", r.value),
        },
        r.as_of
            .map(|d| format!(" by {}", d.long()))
            .unwrap_or_default(),
        d.signatories.len()
    );
    let principles = d.principles.iter().enumerate().map(|(i, p)| {
        html! {
            <>
                if i > 0 { <span class="sep" aria-hidden="true">{ " · " }</span> }
                { link(&ctx, &ctx.state.link_to(View::Principle(p.id.to_string())), "", html! { format!("{}. {}", p.number, p.short_name) }) }
            </>
        }
    });
    html! {
        <section class="intro" aria-labelledby="intro-title">
            <div class="intro-head">
                <h2 id="intro-title">{ format!("What is the {}?", a.name) }</h2>
                <button type="button" class="link-button intro-toggle" aria-expanded={(!*collapsed).to_string()} aria-controls="intro-body" onclick={toggle}>
                    { if *collapsed { "Show the introduction" } else { "Hide" } }
                </button>
            </div>
            <div class="intro-body" id="intro-body" hidden={*collapsed}>
                <p>
                    { "A public pledge by technology companies " }
                    if let Some(q) = purpose {
                        <q>{ q.text.to_string() }</q>
                        <span class="intro-source">{ " (" }{ for q.sources.first().map(|u| source_link(d, u)) }{ ")" }</span>
                    }
                    { format!(". {size}") }
                </p>
                <p class="intro-principles">{ "Its four principles: " }{ for principles }</p>
            </div>
        </section>
    }
}
