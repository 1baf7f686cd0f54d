//! Text with the matched words marked: plain text nodes and `<mark>`, never markup from data.

use yew::prelude::*;

use crate::search::{Field, Match};

/// Renders `text`, marking the ranges of `matches` that belong to `field` (and `index`).
pub fn highlight(text: &str, matches: &[Match], field: Field, index: usize) -> Html {
    let mut ranges: Vec<(usize, usize)> = matches
        .iter()
        .filter(|m| m.field == field && m.index == index)
        .filter(|m| m.start < m.end && m.end <= text.len())
        .filter(|m| text.is_char_boundary(m.start) && text.is_char_boundary(m.end))
        .map(|m| (m.start, m.end))
        .collect();
    if ranges.is_empty() {
        return html! { { text.to_owned() } };
    }
    crate::sort::sort(&mut ranges);
    let mut out: Vec<Html> = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at {
            continue;
        }
        if start > at {
            out.push(html! { { text[at..start].to_owned() } });
        }
        out.push(html! { <mark>{ text[start..end].to_owned() }</mark> });
        at = end;
    }
    if at < text.len() {
        out.push(html! { { text[at..].to_owned() } });
    }
    out.into_iter().collect::<Html>()
}
