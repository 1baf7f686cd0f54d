//! A horizontal bar chart whose every bar is a link to the explorer filtered to it, so a mouse
//! click or Enter on a focused bar narrows the list. A data table carries the same numbers.

use yew::prelude::*;

use super::n;
use crate::data::stats::Tally;
use crate::search::Facet;
use crate::ui::context::{href, use_ctx};

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub facet: Facet,
    pub tally: Tally,
}

const ROW: f64 = 22.0;
const LABEL_W: f64 = 190.0;
const WIDTH: f64 = 520.0;

#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let max = props.tally.iter().map(|t| t.2).max().unwrap_or(1).max(1) as f64;
    let height = ROW * props.tally.len() as f64 + 4.0;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let total: usize = props.tally.iter().map(|t| t.2).sum();
    let bars = props.tally.iter().enumerate().map(|(i, (value, label, count))| {
        let y = ROW * i as f64 + 2.0;
        let w = (WIDTH - LABEL_W - 40.0) * (*count as f64) / max;
        let clickable = value != "unknown" || matches!(props.facet, Facet::Joined);
        let to = ctx.state.filtered(props.facet, value);
        let name = format!("{label}: {count} signatories");
        let shapes = html! {
            <>
                <text x={n(LABEL_W - 6.0)} y={n(y + 15.0)} class="bar-label" text-anchor="end">{ label.clone() }</text>
                <rect x={n(LABEL_W)} y={n(y + 3.0)} width={n(w.max(1.0))} height={n(ROW - 6.0)} class="bar" />
                <text x={n(LABEL_W + w + 6.0)} y={n(y + 15.0)} class="bar-value">{ count.to_string() }</text>
            </>
        };
        if clickable {
            let onclick = ctx.link_to(to.clone());
            html! { <a href={href(&to)} class="bar-link" aria-label={name.clone()} {onclick}><title>{ name }</title>{ shapes }</a> }
        } else {
            html! { <g role="img" aria-label={name.clone()}><title>{ name }</title>{ shapes }</g> }
        }
    });
    html! {
        <figure class="chart bar-chart" id={props.id.clone()}>
            <svg viewBox={format!("0 0 {} {}", n(WIDTH), n(height))} role="group" aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()} class="chart-svg">
                <title id={title_id}>{ props.title.clone() }</title>
                <desc id={desc_id}>{ format!("{} signatories in {} groups; each bar links to the filtered list.", total, props.tally.len()) }</desc>
                { for bars }
            </svg>
            <figcaption>{ props.title.clone() }</figcaption>
            <details>
                <summary>{ format!("{} as a table", props.title) }</summary>
                <table aria-label={format!("{} (data)", props.title)}>
                    <thead><tr><th scope="col">{ props.facet.label() }</th><th scope="col">{ "Signatories" }</th></tr></thead>
                    <tbody>
                        { for props.tally.iter().map(|(_, label, count)| html! { <tr><th scope="row">{ label.clone() }</th><td>{ *count }</td></tr> }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
