//! The detail pages, one file per kind of record, and the pieces they share: the heading, the back
//! link, a field list where an empty value reads "unknown".

mod framework;
mod milestone;
mod principle;
mod signatory;

pub use framework::framework_detail;
pub use milestone::milestone_detail;
pub use principle::passage as principle_passage;
pub use principle::principle_detail;
pub use signatory::signatory_detail;

use yew::prelude::*;

use super::context::Ctx;
use super::link::link;
use crate::state::View;

/// The page heading: focus lands here when the view opens.
pub fn title(text: &str, kind: &str) -> Html {
    html! {
        <>
            <p class="kind-label">{ kind.to_owned() }</p>
            <h1 id="view-title" tabindex="-1">{ text.to_owned() }</h1>
        </>
    }
}

/// Back to the search, keeping the query and filters.
pub fn back(ctx: &Ctx) -> Html {
    if ctx.state.embed {
        return html! {};
    }
    let to = ctx.state.link_to(View::Search);
    link(ctx, &to, "back", html! { "← Back to search" })
}

/// A field row; `None` reads "unknown" so a gap is never mistaken for a fact.
pub fn row(label: &str, value: Option<Html>) -> Html {
    html! {
        <>
            <dt>{ label.to_owned() }</dt>
            <dd>{ value.unwrap_or_else(|| html! { <span class="unknown">{ "unknown" }</span> }) }</dd>
        </>
    }
}

pub fn text(value: &str) -> Html {
    html! { { value.to_owned() } }
}

/// Shown when a link names a record the dataset does not have.
pub fn not_found(ctx: &Ctx, kind: &str, id: &str) -> Html {
    html! {
        <section class="detail">
            { back(ctx) }
            <h1 id="view-title" tabindex="-1">{ format!("No {kind} “{id}”") }</h1>
            <p>{ "The link names a record that is not in this dataset. It may have been renamed, or it may come from a fuller dataset file." }</p>
        </section>
    }
}
