//! A horizontal bar chart whose every bar is a link to the explorer filtered to it, so a mouse
//! click or Enter on a focused bar narrows the list. A data table carries the same numbers.

use yew::prelude::*;

use super::n;
use crate::data::stats::Tally;
use crate::search::Facet;
use crate::ui::context::{href, Ctx};

/// A chart's element id, title, the facet its bars filter by, and its counts.
pub struct BarChart {
    pub id: &'static str,
    pub title: &'static str,
    pub facet: Facet,
    pub tally: Tally,
}

const ROW: f64 = 22.0;
/// The width of the bars and their counts, beside the labels.
const BARS_W: f64 = 330.0;
/// A generous width of one character of a label at the chart's 12 px (the widest letters of the
/// system fonts are about 7.5 px): the labels' column fits its longest label, so no label runs
/// off the chart's left edge in any engine.
const CHAR_W: f64 = 7.5;

pub fn bar_chart(ctx: &Ctx, props: &BarChart) -> Html {
    let max = props.tally.iter().map(|t| t.2).max().unwrap_or(1).max(1) as f64;
    let longest = props
        .tally
        .iter()
        .map(|t| t.1.chars().count())
        .max()
        .unwrap_or(0);
    let label_w = (longest as f64 * CHAR_W + 12.0).clamp(60.0, 320.0);
    let width = label_w + BARS_W;
    let height = ROW * props.tally.len() as f64 + 4.0;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let total: usize = props.tally.iter().map(|t| t.2).sum();
    let bars = props.tally.iter().enumerate().map(|(i, (value, label, count))| {
        let y = ROW * i as f64 + 2.0;
        let w = (width - label_w - 40.0) * (*count as f64) / max;
        let clickable = value != "unknown" || matches!(props.facet, Facet::Joined);
        let to = ctx.state.filtered(props.facet, value);
        let name = format!("{label}: {count} signatories");
        let shapes = html! {
            <>
                <text x={n(label_w - 6.0)} y={n(y + 15.0)} class="bar-label" text-anchor="end">{ label.clone() }</text>
                <rect x={n(label_w)} y={n(y + 3.0)} width={n(w.max(1.0))} height={n(ROW - 6.0)} class="bar" />
                <text x={n(label_w + w + 6.0)} y={n(y + 15.0)} class="bar-value">{ count.to_string() }</text>
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
        <section class="chart bar-chart" id={props.id}>
            <figure>
                <svg viewBox={format!("0 0 {} {}", n(width), n(height))} role="group" aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()} class="chart-svg">
                    <title id={title_id}>{ props.title }</title>
                    <desc id={desc_id}>{ format!("{} signatories in {} groups; each bar links to the filtered list.", total, props.tally.len()) }</desc>
                    { for bars }
                </svg>
                <figcaption>{ props.title }</figcaption>
            </figure>
            <details>
                <summary>{ format!("{} as a table", props.title) }</summary>
                <table aria-label={format!("{} (data)", props.title)}>
                    <thead><tr><th scope="col">{ props.facet.label() }</th><th scope="col">{ "Signatories" }</th></tr></thead>
                    <tbody>
                        { for props.tally.iter().map(|(_, label, count)| html! { <tr><th scope="row">{ label.clone() }</th><td>{ *count }</td></tr> }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
