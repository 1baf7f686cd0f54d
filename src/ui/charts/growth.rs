//! Signatories over time: the counts sources reported (the Accord's own growth) and, drawn apart,
//! the records this dataset holds by their join dates, so the gap between the two shows.
//! Each reported point is a link to its milestone and names its source on hover and focus.

use yew::prelude::*;

use super::n;
use crate::data::{stats, CountQualifier};
use crate::state::View;
use crate::ui::context::{href, use_ctx};
use crate::ui::sources::source_link;

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 44.0;
const BOTTOM: f64 = 30.0;
const TOP: f64 = 12.0;
/// Room right of the last year, for the half of its label centred on its tick (`2023` ran over
/// the edge with 10).
const RIGHT: f64 = 24.0;

fn qualifier(q: CountQualifier) -> &'static str {
    match q {
        CountQualifier::Exact => "",
        CountQualifier::MoreThan => "more than ",
        CountQualifier::AtLeast => "at least ",
        CountQualifier::About => "about ",
    }
}

#[component]
pub fn GrowthChart() -> Html {
    let focused = use_state(|| None::<usize>);
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let d = &ctx.dataset;
    let reported = stats::reported_growth(d);
    let (steps, unknown) = stats::dataset_growth(d);
    let first_year = 2018.0;
    let last_year = reported
        .iter()
        .map(|p| f64::from(p.date.year))
        .chain(steps.iter().map(|s| f64::from(s.0.year)))
        .fold(first_year + 1.0, f64::max)
        + 1.0;
    let max_y = reported
        .iter()
        .map(|p| p.value as f64)
        .chain(steps.iter().map(|s| s.1 as f64))
        .fold(10.0, f64::max);
    let max_y = (max_y / 20.0).ceil() * 20.0;
    let x = |year: f64| LEFT + (year - first_year) / (last_year - first_year) * (W - LEFT - RIGHT);
    let y = |v: f64| H - BOTTOM - v / max_y * (H - BOTTOM - TOP);
    let reported_path: String = reported
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}{},{}",
                if i == 0 { "M" } else { "L" },
                n(x(stats::year_fraction(p.date))),
                n(y(p.value as f64))
            )
        })
        .collect();
    let mut dataset_path = String::new();
    for (i, (date, count)) in steps.iter().enumerate() {
        let px = x(stats::year_fraction(*date));
        if i == 0 {
            dataset_path += &format!("M{},{}", n(px), n(y(*count as f64)));
        } else {
            dataset_path += &format!("H{}V{}", n(px), n(y(*count as f64)));
        }
    }
    dataset_path += &format!("H{}", n(x(last_year)));
    let years = (first_year as u16..=last_year as u16).map(|yr| html! {
        <g class="tick">
            <line x1={n(x(f64::from(yr)))} x2={n(x(f64::from(yr)))} y1={n(H - BOTTOM)} y2={n(H - BOTTOM + 4.0)} />
            <text x={n(x(f64::from(yr)))} y={n(H - 10.0)} text-anchor="middle">{ yr.to_string() }</text>
        </g>
    });
    let ticks_y = (0..=4).map(|i| {
        let v = max_y / 4.0 * f64::from(i);
        html! { <g class="tick"><line x1={n(LEFT)} x2={n(W - RIGHT)} y1={n(y(v))} y2={n(y(v))} class="grid" />
            <text x={n(LEFT - 6.0)} y={n(y(v) + 4.0)} text-anchor="end">{ n(v) }</text></g> }
    });
    let points = reported.iter().enumerate().map(|(i, p)| {
        let m = d.milestones.get(p.milestone);
        let source = m.and_then(|m| m.sources.first()).map(|u| d.source(u).map(|s| s.citation()).unwrap_or_else(|| u.to_string())).unwrap_or_default();
        let label = format!("{}{} signatories reported, {}", qualifier(p.qualifier), p.value, p.date.long());
        let to = ctx.state.link_to(View::Milestone(m.map(|m| m.id.to_string()).unwrap_or_default()));
        let onclick = ctx.link_to(to.clone());
        let onfocus = { let f = focused.clone(); Callback::from(move |_| f.set(Some(i))) };
        let onmouseenter = { let f = focused.clone(); Callback::from(move |_| f.set(Some(i))) };
        html! {
            <a href={href(&to)} class="point-link" aria-label={label.clone()} {onclick} {onfocus} {onmouseenter}>
                <title>{ format!("{label}. Source: {source}") }</title>
                <circle cx={n(x(stats::year_fraction(p.date)))} cy={n(y(p.value as f64))} r="6" class="point" />
            </a>
        }
    });
    // Always present, only its text changes: re-creating it would re-create the chart and
    // take keyboard focus away from the point that was just focused.
    let detail = match focused.and_then(|i| reported.get(i)) {
        Some(p) => {
            let m = d.milestones.get(p.milestone);
            html! {
                <>
                    { format!("{}: {}{} signatories. ", p.date.long(), qualifier(p.qualifier), p.value) }
                    { m.map(|m| m.title.to_string()).unwrap_or_default() }{ ". Source: " }
                    { for m.and_then(|m| m.sources.first()).map(|s| source_link(d, s)) }
                </>
            }
        }
        None => html! { { "Focus or point at a dot to see its source." } },
    };
    html! {
        <section class="chart growth-chart" id="growth">
            <h2>{ "How the Accord grew" }</h2>
            <figure>
                <svg viewBox={format!("0 0 {} {}", n(W), n(H))} role="group" aria-labelledby="growth-title" aria-describedby="growth-desc" class="chart-svg">
                    <title id="growth-title">{ "Signatories over time" }</title>
                    <desc id="growth-desc">{ format!("Reported counts from {} sourced milestones, and the {} dataset records placed by join date.", reported.len(), d.signatories.len() - unknown) }</desc>
                    { for ticks_y }
                    { for years }
                    <path d={dataset_path} class="series-dataset" />
                    <path d={reported_path} class="series-reported" />
                    { for points }
                </svg>
                <figcaption>
                    <span class="legend-reported">{ "● Reported by sources" }</span>
                    <span class="legend-dataset">{ format!("▬ Records in this dataset by join date ({unknown} with an unknown join date are not placed)") }</span>
                </figcaption>
            </figure>
            <p class="point-detail" aria-live="polite">{ detail }</p>
            <details>
                <summary>{ "Growth as a table" }</summary>
                <table aria-label="Reported signatory counts (data)">
                    <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Reported signatories" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                        { for reported.iter().map(|p| {
                            let m = d.milestones.get(p.milestone);
                            html! { <tr>
                                <th scope="row">{ p.date.long() }</th>
                                <td>{ format!("{}{}", qualifier(p.qualifier), p.value) }</td>
                                <td>{ for m.and_then(|m| m.sources.first()).map(|s| source_link(d, s)) }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
                <table aria-label="Dataset records by join date (data)">
                    <thead><tr><th scope="col">{ "Joined by" }</th><th scope="col">{ "Records" }</th></tr></thead>
                    <tbody>
                        { for steps.iter().map(|(date, n)| html! { <tr><th scope="row">{ date.long() }</th><td>{ *n }</td></tr> }) }
                        <tr><th scope="row">{ "Join date unknown" }</th><td>{ unknown }</td></tr>
                    </tbody>
                </table>
            </details>
        </section>
    }
}
