//! The views most visits never open, fetched the first time one is shown: the charts, the
//! comparison, About, "Check a list", the principles and the principle, framework and milestone
//! pages. The search and the signatory pages, where visits land, stay in the module every page
//! loads.
//!
//! The split is the ecosystem's (`wasm_split_helpers`, with `wasm-split-cli` in the build,
//! `tools/app_wasm.mjs`): in the browser, `renderer` is a call into a wasm chunk of its own, and
//! the chunk is fetched when it is first awaited; everything only these views call goes with it.
//! On the host (the prerenderer, the tests) the views are plain functions, always there.

use yew::prelude::*;

use super::context::Ctx;
use super::{
    about::about, charts::charts_view, check_view::CheckView, compare_view::compare_view,
    detail::*, principles_view::principles_view,
};
use crate::state::View;

/// Renders a view of the chunk; `None` for a view that is not one of them.
pub type Render = fn(&Ctx, &View) -> Option<Html>;

fn render(ctx: &Ctx, view: &View) -> Option<Html> {
    Some(match view {
        View::Principle(id) => principle_detail(ctx, id),
        View::Milestone(id) => milestone_detail(ctx, id),
        View::Framework(id) => framework_detail(ctx, id),
        View::Principles => principles_view(ctx),
        View::Compare => compare_view(ctx),
        View::Charts => charts_view(ctx),
        View::Check => html! { <CheckView /> },
        View::About => about(ctx),
        View::Search | View::Signatory(_) => return None,
    })
}

/// Whether a view is one of the chunk's.
pub fn is_lazy(view: &View) -> bool {
    !matches!(view, View::Search | View::Signatory(_))
}

#[cfg(target_arch = "wasm32")]
mod chunk {
    use std::cell::Cell;

    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    use super::Render;

    thread_local! {
        static LOADED: Cell<Option<Render>> = const { Cell::new(None) };
    }

    // The one split point: a function of the chunk that hands back the chunk's renderer. A
    // failed fetch is an `Err` (`fallible`), not a panic, and is not remembered: the next call
    // fetches again.
    #[wasm_split(views, fallible)]
    fn renderer() -> Result<Render, SplitLoaderError> {
        Ok(super::render)
    }

    pub fn loaded() -> Option<Render> {
        LOADED.with(Cell::get)
    }

    pub async fn load() -> bool {
        if loaded().is_some() {
            return true;
        }
        match renderer().await {
            Ok(render) => {
                LOADED.with(|l| l.set(Some(render)));
                true
            }
            Err(_) => false,
        }
    }
}

/// The chunk's renderer, once it is loaded (on the host, always).
pub fn loaded() -> Option<Render> {
    #[cfg(target_arch = "wasm32")]
    return chunk::loaded();
    #[cfg(not(target_arch = "wasm32"))]
    return Some(render);
}

/// Fetches the chunk unless it is loaded; false if it could not be (offline before it was ever
/// fetched, say). Calls while a fetch is under way wait for that one.
pub async fn load() -> bool {
    #[cfg(target_arch = "wasm32")]
    return chunk::load().await;
    #[cfg(not(target_arch = "wasm32"))]
    return true;
}
