//! An in-app link: a real `<a href>` (it opens in a new tab, works without script, and reads as a
//! link), whose plain click changes the view without reloading the page.

use yew::prelude::*;

use super::context::{href, use_ctx, Ctx};
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: AppState,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub aria_current: bool,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Link(props: &LinkProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let current = props.aria_current.then_some("page");
    anchor(
        &ctx,
        &props.to,
        props.class.clone(),
        props.id.clone(),
        current,
        props.children.clone(),
    )
}

/// A [`Link`]'s markup from a plain function, for lists of many links (the results): the same
/// element, without a component of its own to create and hydrate for each row.
pub fn link(ctx: &Ctx, to: &AppState, class: &'static str, children: Html) -> Html {
    anchor(ctx, to, class.into(), None, None, children)
}

fn anchor(
    ctx: &Ctx,
    to: &AppState,
    class: Classes,
    id: Option<AttrValue>,
    current: Option<&'static str>,
    children: Html,
) -> Html {
    let onclick = ctx.link_to(to.clone());
    html! {
        <a href={href(to)} {class} {id} aria-current={current} {onclick}>
            { children }
        </a>
    }
}
