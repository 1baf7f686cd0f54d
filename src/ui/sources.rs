//! A record's sources as a list of outbound links, each opened safely in a new tab.
//! Only http(s) URLs reach here (checked at build and at load); anything else shows as text.

use yew::prelude::*;

use crate::data::validate::is_http_url;

/// The host of a URL, shown as the link text so people see where it leads.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .trim_start_matches("www.")
}

pub fn source_link(url: &str) -> Html {
    if is_http_url(url) {
        html! {
            <a href={url.to_owned()} target="_blank" rel="noopener noreferrer" title={url.to_owned()}>
                { host(url).to_owned() }
            </a>
        }
    } else {
        html! { <span>{ url.to_owned() }</span> }
    }
}

/// A headed list of sources at heading `level` (2 or 3, to fit the page's outline); says so when
/// there are none.
pub fn sources<'a>(heading: &str, level: u8, urls: impl IntoIterator<Item = &'a str>) -> Html {
    let items: Vec<Html> = urls
        .into_iter()
        .map(|u| html! { <li>{ source_link(u) }</li> })
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
