//! The milestones in date order, each with its date at the precision known, a short summary and
//! its first source; undated ones last.

use yew::prelude::*;

use crate::state::View;
use crate::ui::{badges, context::Ctx, link::link, sources::source_link};

pub fn timeline(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    let mut order: Vec<usize> = (0..d.milestones.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        d.milestones[i]
            .date
            .map(|m| m.latest_day())
            .unwrap_or((u16::MAX, 0, 0))
    });
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "Milestones" }</h2>
            <ol>
                { for order.iter().filter_map(|&i| d.milestones.get(i)).map(|m| {
                    let to = ctx.state.link_to(View::Milestone(m.id.to_string()));
                    html! {
                        <li>
                            <p class="date">{ badges::date_or_unknown(m.date) }</p>
                            <p>{ link(ctx, &to, "", html! { m.title.to_string() }) }</p>
                            <p class="summary">{ m.summary.to_string() }</p>
                            <p class="src">{ "Source: " }{ for m.sources.first().map(|s| source_link(d, s)) }{ " · " }{ badges::confidence(m.confidence) }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
