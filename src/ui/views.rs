//! Chooses the view for the URL state, and moves focus sensibly when the view changes: to the new
//! view's heading, or back to the search box.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use super::{
    about::About, charts, check_view::CheckView, compare_view::CompareView, detail::*, dom,
    principles_view::PrinciplesView, search_view::SearchView,
};
use crate::state::View;

#[component]
pub fn MainView() -> Html {
    let ctx = use_ctx();
    let view = ctx
        .as_ref()
        .map(|c| c.state.view.clone())
        .unwrap_or_default();
    let first = use_mut_ref(|| true);
    use_effect_with(view.clone(), move |v| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if *v == View::Search {
            dom::focus_id("search");
        } else {
            dom::focus_id("view-title");
        }
    });
    let Some(ctx) = ctx else { return html! {} };
    let onkeydown = {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && ctx.state.view != View::Search && !ctx.state.embed {
                e.prevent_default();
                ctx.go(Nav::Push, |s| s.view = View::Search);
            }
        })
    };
    let body = match &view {
        View::Search => html! { <SearchView /> },
        View::Signatory(id) => html! { <SignatoryDetail id={id.clone()} /> },
        View::Principle(id) => html! { <PrincipleDetail id={id.clone()} /> },
        View::Milestone(id) => html! { <MilestoneDetail id={id.clone()} /> },
        View::Framework(id) => html! { <FrameworkDetail id={id.clone()} /> },
        View::Principles => html! { <PrinciplesView /> },
        View::Compare => html! { <CompareView /> },
        View::Charts => html! { <charts::View /> },
        View::Check => html! { <CheckView /> },
        View::About => html! { <About /> },
    };
    html! { <div class="view" {onkeydown}>{ body }</div> }
}
