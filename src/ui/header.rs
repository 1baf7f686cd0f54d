//! The site header: the app's name, how complete the data is, the main sections and the theme
//! switch. Not shown in embeds.

use yew::prelude::*;

use super::context::{use_ctx, Nav};
use super::{
    dom,
    link::{link, nav_link},
};
use crate::state::{Theme, View};

#[component]
pub fn Header() -> Html {
    let ctx = use_ctx();
    // Whether the system prefers dark is known only in the browser and only after the first
    // render, which must match the prerendered page: read it once mounted.
    let system_dark = use_state(|| false);
    {
        let system_dark = system_dark.clone();
        use_effect_with((), move |_| system_dark.set(dom::prefers_dark()));
    }
    let Some(ctx) = ctx else {
        return html! {};
    };
    let s = &ctx.state;
    // On a phone the sections scroll within their line: the current one is scrolled into it.
    use_effect_with(s.view.section(), |_| {
        dom::scroll_current_section_into_view()
    });
    let section = |view: View, label: &str| {
        let current = s.view.section() == view;
        let to = s.link_to(view);
        html! { <li>{ nav_link(&ctx, &to, current, html! { label.to_owned() }) }</li> }
    };
    let dark_now = match s.theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => *system_dark,
    };
    let toggle = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let next = if dark_now { Theme::Light } else { Theme::Dark };
            super::remembered::set_theme(next);
            ctx.go(Nav::Replace, |st| st.theme = next);
        })
    };
    let home = s.home();
    html! {
        <header class="site-header">
            <div class="brand">
                { link(&ctx, &home, "brand-name", html! { "Accord Explorer" }) }
                <p class="coverage" id="coverage">{ ctx.dataset.coverage_line() }
                    if ctx.custom_dataset { <span class="badge">{ "opened file" }</span> }
                </p>
            </div>
            <nav aria-label="Sections">
                <ul>
                    { section(View::Search, "Search") }
                    { section(View::Principles, "Principles") }
                    { section(View::Charts, "Charts") }
                    { section(View::Compare, "Compare") }
                    { section(View::Check, "Check a list") }
                    { section(View::About, "About the data") }
                </ul>
            </nav>
            <button type="button" class="theme-toggle" onclick={toggle} aria-pressed={dark_now.to_string()}>
                { "Dark theme" }
            </button>
        </header>
    }
}
