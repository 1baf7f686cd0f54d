//! Chooses the view for the URL state, and moves focus sensibly when the view changes: to the new
//! view's heading, or back to the search box.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use super::{
    about::about, charts::charts_view, check_view::CheckView, compare_view::compare_view,
    detail::*, dom, principles_view::principles_view, search_view::SearchView,
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
    // The views with state of their own are components; the others are plain functions of the
    // context (no component each to create, and no code for one in the wasm). The key tells Yew
    // that another kind of view is another page, to be replaced rather than patched into the last.
    let (kind, body) = match &view {
        View::Search => ("search", html! { <SearchView /> }),
        View::Signatory(id) => ("signatory", signatory_detail(&ctx, id)),
        View::Principle(id) => ("principle", principle_detail(&ctx, id)),
        View::Milestone(id) => ("milestone", milestone_detail(&ctx, id)),
        View::Framework(id) => ("framework", framework_detail(&ctx, id)),
        View::Principles => ("principles", principles_view(&ctx)),
        View::Compare => ("compare", compare_view(&ctx)),
        View::Charts => ("charts", charts_view(&ctx)),
        View::Check => ("check", html! { <CheckView /> }),
        View::About => ("about", about(&ctx)),
    };
    html! { <div class="view" {onkeydown}><key={kind}>{ body }</></div> }
}
