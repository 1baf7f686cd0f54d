//! A milestone's page: its date at the precision known, summary, reported count and sources.

use yew::prelude::*;

use super::{back, not_found, row, text, title};
use crate::data::CountQualifier;
use crate::state::View;
use crate::ui::cite_this::CiteThis;
use crate::ui::{badges, context::Ctx, sources::sources};

/// The page of the milestone `id`, or a "not found" page.
pub fn milestone_detail(ctx: &Ctx, id: &str) -> Html {
    let Some(m) = ctx.dataset.milestone(id) else {
        return not_found(ctx, "milestone", id);
    };
    let count = m.reported_signatories.as_ref().map(|r| {
        let q = match r.qualifier {
            CountQualifier::Exact => "exactly",
            CountQualifier::MoreThan => "more than",
            CountQualifier::AtLeast => "at least",
            CountQualifier::About => "about",
        };
        text(&format!("{q} {} signatories", r.value))
    });
    html! {
        <article class="detail milestone-detail">
            { back(ctx) }
            { title(&m.title, "Milestone") }
            <p class="badges">{ badges::confidence(m.confidence) }<span class="badge kind">{ m.kind.label() }</span></p>
            <dl class="fields">
                { row("Date", m.date.map(|d| text(&d.long()))) }
                { row("What happened", Some(text(&m.summary))) }
                { row("Reported signatories", count) }
                { row("Note", m.note.as_ref().map(|n| text(n))) }
            </dl>
            { sources(&ctx.dataset, "Sources", 2, m.sources.iter().map(|u| &**u)) }
            <CiteThis title={AttrValue::from(m.title.to_string())} path={AttrValue::from(View::Milestone(m.id.to_string()).path())} />
        </article>
    }
}
