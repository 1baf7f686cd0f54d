//! In-app links: a real `<a href>` (it opens in a new tab, works without script, and reads as a
//! link), whose plain click changes the view without reloading the page.
//!
//! Plain functions, not a component: a link has no state of its own, and a component per link
//! was one more thing to create and hydrate at start-up (the header, the introduction and the
//! footer hold twelve), and its code in the wasm (0.9 KB).

use std::rc::Rc;

use yew::html::onclick;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listener, VTag};

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
    // Built as a `VTag`, not with `html!`: the macro turns a class that is not a literal into a
    // `Classes` list at run time, and `Classes` was the only reason its code was in the wasm
    // (docs/PERFORMANCE.md, "No class list built at run time").
    let mut a = VTag::new("a");
    a.set_attributes(Attributes::Dynamic {
        keys: &["href", "class", "aria-current"],
        values: Box::new([
            Some(AttributeOrProperty::Attribute(href(to).into())),
            // `Attribute`, not `AttributeOrProperty::Static`: the server renderer writes only
            // the `Attribute` values of a `Dynamic` list (Yew 0.23's `Attributes::iter`).
            (!class.is_empty()).then(|| AttributeOrProperty::Attribute(AttrValue::Static(class))),
            current.map(|c| AttributeOrProperty::Attribute(AttrValue::Static(c))),
        ]),
    });
    let onclick: Rc<dyn Listener> = Rc::new(onclick::Wrapper::new(ctx.link_to(to.clone())));
    a.set_listeners(Box::new([Some(onclick)]));
    a.add_child(children);
    a.into()
}
