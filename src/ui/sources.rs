//! A record's sources as citations (title, publisher, date), each linking out in a new tab.
//! Only http(s) URLs reach here (checked at build and at load); anything else shows as text.

use yew::prelude::*;

use crate::data::validate::is_http_url;
use crate::data::Dataset;

/// A source as a citation: the title as the link, then publisher and date ("*Tech firms pledge*,
/// Reuters, 17 April 2018"); with no title known, the publisher is the link. A plain function, not
/// a component: a page lists dozens, and each component was one more to create and hydrate.
pub fn source_link(d: &Dataset, url: &str) -> Html {
    let url = url.to_owned();
    if !is_http_url(&url) {
        return html! { <span>{ url }</span> };
    }
    match d.source(&url) {
        Some(s) => {
            let text = s.citation_link_text().to_owned();
            let linked = if s.title.is_some() {
                html! { <cite>{ text }</cite> }
            } else {
                html! { { text } }
            };
            let relation = s
                .relation
                .as_ref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            html! {
                <span class="citation">
                    <a href={url} target="_blank" rel="noopener noreferrer">{ linked }</a>
                    // An empty text would not survive the HTML parser, and hydration would add it.
                    if !(s.citation_rest().is_empty() && relation.is_empty()) {
                        { format!("{}{relation}", s.citation_rest()) }
                    }
                </span>
            }
        }
        // Validation gives every cited URL a citation; a URL without one still leads somewhere.
        None => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
        },
    }
}

/// A headed list of sources at heading `level` (2 or 3, to fit the page's outline); says so when
/// there are none.
pub fn sources<'a>(
    d: &Dataset,
    heading: &str,
    level: u8,
    urls: impl IntoIterator<Item = &'a str>,
) -> Html {
    let items: Vec<Html> = urls
        .into_iter()
        .map(|u| html! { <li>{ source_link(d, u) }</li> })
        .collect();
    let list = if items.is_empty() {
        html! { <p>{ "No source recorded." }</p> }
    } else {
        html! { <ol>{ for items }</ol> }
    };
    // A record's own sources are a named region (one per page); nested lists are plain blocks,
    // since several regions with one name could not be told apart.
    if level <= 2 {
        html! {
            <section class="sources" aria-label={heading.to_owned()}>
                <h2>{ heading.to_owned() }</h2>
                { list }
            </section>
        }
    } else {
        html! { <div class="sources"><h3>{ heading.to_owned() }</h3>{ list }</div> }
    }
}
