//! An in-app link: a real `<a href>` (it opens in a new tab, works without script, and reads as a
//! link), whose plain click changes the view without reloading the page.

use yew::prelude::*;

use super::context::{href, use_ctx};
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
    let onclick = ctx.link_to(props.to.clone());
    let current = props.aria_current.then_some("page");
    html! {
        <a href={href(&props.to)} class={props.class.clone()} id={props.id.clone()} aria-current={current} {onclick}>
            { props.children.clone() }
        </a>
    }
}
