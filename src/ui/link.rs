//! In-app links: a real `<a href>` (it opens in a new tab, works without script, and reads as a
//! link), whose plain click changes the view without reloading the page.
//!
//! Plain functions, not a component: a link has no state of its own, and a component per link
//! was one more thing to create and hydrate at start-up (the header, the introduction and the
//! footer hold twelve), and its code in the wasm (0.9 KB).

use yew::prelude::*;

use super::context::{href, Ctx};
use crate::state::AppState;

/// A link to `to`, with these classes ("" for none).
pub fn link(ctx: &Ctx, to: &AppState, class: &'static str, children: Html) -> Html {
    anchor(ctx, to, class, None, children)
}

/// A link of the site's navigation: `aria-current="page"` when it is the page shown.
pub fn nav_link(ctx: &Ctx, to: &AppState, current: bool, children: Html) -> Html {
    anchor(ctx, to, "", current.then_some("page"), children)
}

fn anchor(
    ctx: &Ctx,
    to: &AppState,
    class: &'static str,
    current: Option<&'static str>,
    children: Html,
) -> Html {
    let onclick = ctx.link_to(to.clone());
    let class = Classes::from(class);
    html! {
        <a href={href(to)} {class} aria-current={current} {onclick}>
            { children }
        </a>
    }
}
