//! The charts page: how the Accord grew, who signed, and the milestones. SVG drawn by Yew
//! components (no chart crate: the page's size budget is tight and these are a few dozen shapes).

mod bars;
mod growth;
mod timeline;

use yew::prelude::*;

use super::context::Ctx;
use crate::data::stats;
use crate::search::Facet;

/// The charts page.
pub fn charts_view(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    html! {
        <article class="charts-view">
            <h1 id="view-title" tabindex="-1">{ "Charts" }</h1>
            <p class="note">{ format!("Drawn from the data: {}. Activate a bar to see those signatories.", d.coverage_line()) }</p>
            <growth::GrowthChart />
            <h2>{ "Who signed (records in the dataset)" }</h2>
            <div class="chart-grid">
                { bars::bar_chart(ctx, &bars::BarChart { id: "by-region", title: "Signatories by region", facet: Facet::Region, tally: stats::by_region(d) }) }
                { bars::bar_chart(ctx, &bars::BarChart { id: "by-sector", title: "Signatories by sector", facet: Facet::Sector, tally: stats::by_sector(d) }) }
                { bars::bar_chart(ctx, &bars::BarChart { id: "by-status", title: "Signatories by status", facet: Facet::Status, tally: stats::by_status(d) }) }
                { bars::bar_chart(ctx, &bars::BarChart { id: "by-country", title: "Signatories by country", facet: Facet::Country, tally: stats::by_country(d) }) }
            </div>
            { timeline::timeline(ctx) }
        </article>
    }
}

/// An SVG coordinate as a whole number: the charts' view boxes are hundreds of units wide, and
/// integer formatting keeps float-printing code out of the wasm.
fn n(v: f64) -> String {
    (v.round() as i64).to_string()
}
