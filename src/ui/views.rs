//! Chooses the view for the URL state, and moves focus sensibly when the view changes: to the new
//! view's heading, or back to the search box. A view of the chunk fetched later (`lazy`) says it
//! is loading until the chunk is there, and offers to try again if it could not be fetched.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use super::{detail::signatory_detail, dom, lazy, search_view::SearchView};
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
    // Whether the last fetch of the chunk failed; "Try again" clears it, which fetches again.
    let failed = use_state(|| false);
    let update = use_force_update();
    {
        let failed = failed.clone();
        // The newest state (`Ctx::current`): the view may have changed while the chunk came.
        let current = ctx.as_ref().map(|c| c.current.clone());
        use_effect_with((view.clone(), *failed), move |(v, has_failed)| {
            if lazy::is_lazy(v) && lazy::loaded().is_none() && !*has_failed {
                wasm_bindgen_futures::spawn_local(async move {
                    if !lazy::load().await {
                        failed.set(true);
                        return;
                    }
                    update.force_update();
                    // After that render (queued before this): the heading that the change of
                    // view would have focused, unless the person has gone to another view since.
                    if current.is_some_and(|c| lazy::is_lazy(&c.borrow().view)) {
                        wasm_bindgen_futures::spawn_local(async { dom::focus_id("view-title") });
                    }
                });
            }
        });
    }
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
    let kind = match &view {
        View::Search => "search",
        View::Signatory(_) => "signatory",
        View::Principle(_) => "principle",
        View::Milestone(_) => "milestone",
        View::Framework(_) => "framework",
        View::Principles => "principles",
        View::Compare => "compare",
        View::Charts => "charts",
        View::Check => "check",
        View::About => "about",
    };
    let body = match (&view, lazy::loaded()) {
        (View::Search, _) => html! { <SearchView /> },
        (View::Signatory(id), _) => signatory_detail(&ctx, id),
        (other, Some(render)) => render(&ctx, other).unwrap_or_default(),
        (_, None) if *failed => {
            let retry = Callback::from(move |_| failed.set(false));
            html! {
                <div class="load-failed" role="alert">
                    <p>{ "This page could not be loaded. Check the connection, then try again." }</p>
                    <button type="button" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
        (_, None) => html! { <p class="loading" role="status">{ "Loading…" }</p> },
    };
    html! { <div class="view" {onkeydown}><key={kind}>{ body }</></div> }
}
