//! The search box: every keystroke updates the `q` of the URL (replacing, not pushing, history),
//! Escape clears it, ArrowDown moves into the results.

use yew::prelude::*;

use super::context::{Ctx, Nav};
use crate::state::{truncate_chars, MAX_QUERY_CHARS};

pub fn search_box(ctx: &Ctx) -> Html {
    let oninput = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            ctx.go(Nav::Replace, |s| {
                s.q = truncate_chars(&value, MAX_QUERY_CHARS).to_owned()
            });
        })
    };
    let onkeydown = {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" if !ctx.state.q.is_empty() => {
                e.prevent_default();
                ctx.go(Nav::Replace, |s| s.q.clear());
            }
            "ArrowDown" => {
                e.prevent_default();
                super::result_list::focus_result(0);
            }
            "Enter" => {
                e.prevent_default();
                super::result_list::focus_result(0);
            }
            _ => {}
        })
    };
    html! {
        <div class="search-box" role="search">
            <label for="search" class="visually-hidden">{ "Search" }</label>
            <input
                id="search"
                type="search"
                value={ctx.state.q.clone()}
                placeholder="Search signatories, principles, milestones… (press /)"
                autocomplete="off"
                spellcheck="false"
                maxlength={MAX_QUERY_CHARS.to_string()}
                aria-describedby="search-help"
                {oninput}
                {onkeydown}
            />
            <p id="search-help" class="help">
                { "Try " }<code>{ "telefonica" }</code>{ ", " }<code>{ "country:FI" }</code>{ ", " }
                <code>{ "sector:security -founding:yes" }</code>{ " or " }<code>{ "\"vulnerability disclosure\"" }</code>
            </p>
        </div>
    }
}
