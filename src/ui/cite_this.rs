//! "Cite this page" on every record's page: an APA-style reference and a BibTeX entry
//! (`data::cite`), each with a Copy button. It is a closed `<details>`, readable without script;
//! when a reader opens it in the running app, the permalink becomes absolute and the access date
//! today's.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::context::use_ctx;
use super::dom;
use crate::data::cite::{apa, bibtex, PageRef};
use crate::data::PartialDate;

#[derive(Properties, PartialEq)]
pub struct CiteThisProps {
    /// The page's subject as a reference names it ("Cisco").
    pub title: AttrValue,
    /// The page's path below the app's root (`signatory/cisco/`).
    pub path: AttrValue,
}

#[component]
pub fn CiteThis(props: &CiteThisProps) -> Html {
    let ctx = use_ctx();
    // What only the browser knows, filled in when the reader opens the panel (hydration must
    // leave the prerendered markup as it is): where the page lives, and today's date.
    let known = use_state(|| None::<(String, Option<PartialDate>)>);
    let ontoggle = {
        let known = known.clone();
        let path = props.path.clone();
        Callback::from(move |_: Event| {
            if let Some(url) = dom::absolute(&path) {
                known.set(Some((url, dom::today())));
            }
        })
    };
    let copied = use_state(|| None::<String>);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let (url, accessed) = match &*known {
        Some((url, accessed)) => (url.clone(), *accessed),
        None => (props.path.to_string(), None),
    };
    let page = PageRef {
        title: &props.title,
        key: &props.path,
        url: &url,
        version: ctx.dataset.meta.last_checked,
        accessed,
    };
    let (apa_text, bib_text) = (apa(&page), bibtex(&page));
    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let text = text.clone();
            spawn_local(async move {
                copied.set(Some(match dom::copy_text(&text).await {
                    Ok(()) => format!("{what} copied."),
                    Err(why) => format!(
                        "Could not copy ({why}): select the {what} text and copy it yourself."
                    ),
                }));
            });
        })
    };
    html! {
        <details class="cite-this" {ontoggle}>
            <summary>{ "Cite this page" }</summary>
            <h2 class="cite-heading">{ "APA" }</h2>
            <p class="cite-text" id="cite-apa">{ apa_text.clone() }</p>
            <button type="button" onclick={copy("APA reference", apa_text)}>{ "Copy APA reference" }</button>
            <h2 class="cite-heading">{ "BibTeX" }</h2>
            <pre class="cite-text" id="cite-bibtex"><code>{ bib_text.clone() }</code></pre>
            <button type="button" onclick={copy("BibTeX entry", bib_text)}>{ "Copy BibTeX entry" }</button>
            <p class="cite-status" role="status">
                if let Some(message) = (*copied).clone() { { message } }
            </p>
        </details>
    }
}
