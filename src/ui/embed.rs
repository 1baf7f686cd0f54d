//! Embedding: in embed mode the page reports its height to the host page, so the loader can size
//! the iframe with no inner scrollbar; and the Embed panel builds the snippet for the current view.
//! The app listens to no message from the host: the only traffic is this height, outbound.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::use_ctx;
use super::dom;
use crate::state::{AppState, View};

fn app_element() -> Option<web_sys::HtmlElement> {
    dom::document()?
        .get_element_by_id("app")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

fn post_height() {
    let Some(w) = dom::window() else { return };
    let Some(parent) = w.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    // The app's own box, not the document: the document is never shorter than the frame, so it
    // could never tell the host to shrink it.
    let Some(app) = app_element() else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"accord-explorer:height".into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(app.offset_height()));
    // Only a number leaves the frame, so any host may read it.
    let _ = parent.post_message(&msg, "*");
}

/// In embed mode, posts the page height now and whenever the content's size changes.
#[hook]
pub fn use_embed_height(embed: bool) {
    use_effect_with(embed, |embed| {
        if *embed {
            post_height();
            let cb = Closure::<dyn Fn()>::new(post_height);
            if let (Ok(observer), Some(app)) = (
                web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()),
                app_element(),
            ) {
                observer.observe(&app);
            }
            cb.forget();
        }
    });
}

/// Escapes text for an HTML attribute value in the snippet a person pastes into their page.
fn attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The `data-` attributes that reproduce a state in an embed.
pub fn snippet_attributes(s: &AppState) -> String {
    let mut a = String::new();
    match &s.view {
        View::Signatory(id) => a += &format!(r#" data-view="signatory" data-id="{}""#, attr(id)),
        View::Principles | View::Principle(_) | View::Framework(_) => {
            a += r#" data-view="principles""#
        }
        View::Compare => {
            a += &format!(
                r#" data-view="compare" data-ids="{}""#,
                attr(&s.compare.join(","))
            )
        }
        View::Charts => a += r#" data-view="charts""#,
        _ => {
            a += r#" data-view="search""#;
            if !s.q.is_empty() {
                a += &format!(r#" data-q="{}""#, attr(&s.q));
            }
            if !s.filters.is_empty() {
                let f: Vec<String> = s
                    .filters
                    .iter()
                    .map(|f| format!("{}:{}", f.facet.key(), f.value))
                    .collect();
                a += &format!(r#" data-filters="{}""#, attr(&f.join(",")));
            }
        }
    }
    if s.theme != crate::state::Theme::Auto {
        a += &format!(r#" data-theme="{}""#, s.theme.key());
    }
    a
}

#[component]
pub fn EmbedPanel() -> Html {
    let open = use_state(|| false);
    let copied = use_state(|| false);
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    // The app's root as an absolute URL: known only in the browser, so the snippet is made only
    // once the panel is opened (never in a prerendered page).
    let base = dom::root_href().unwrap_or_default();
    let snippet = format!(
        "<div data-accord-explorer{}></div>\n<script src=\"{base}embed.js\" async></script>",
        snippet_attributes(&ctx.state)
    );
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let d: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(d.open());
        })
    };
    let copy = {
        let snippet = snippet.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(w) = dom::window() {
                let _ = w.navigator().clipboard().write_text(&snippet);
                copied.set(true);
            }
        })
    };
    let preview = super::context::href(&ctx.state.embedded());
    html! {
        <details class="embed-panel" {ontoggle}>
            <summary>{ "Embed this view" }</summary>
            <p>{ "Paste this where the explorer should appear. It sizes itself and works in a sandboxed frame." }</p>
            if *open {
                <pre><code id="embed-snippet">{ snippet }</code></pre>
                <button type="button" onclick={copy}>{ "Copy snippet" }</button>
                <span role="status">{ if *copied { " Copied." } else { "" } }</span>
                <h3>{ "Preview" }</h3>
                <iframe class="embed-preview" src={preview} title="Preview of the embed" loading="lazy"></iframe>
            }
        </details>
    }
}
