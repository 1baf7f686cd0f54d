//! About the data: how complete it is, its known gaps, when it was checked, every source, a way
//! to open a newer dataset file (checked by the same validation as the build) or download this one,
//! and links to the open data the build publishes (`pages::open_data`).

use yew::prelude::*;

use super::dataset_loader::DatasetLoader;
use super::sources::source_link;
use super::{context::Ctx, link::link};
use crate::data::Cited;
use crate::pages::open_data;
use crate::state::View;

/// The About page.
pub fn about(ctx: &Ctx) -> Html {
    let d = ctx.dataset.clone();
    let download = {
        let d = d.clone();
        Callback::from(move |_| {
            super::files::download(
                &d,
                super::files::Export::Dataset,
                "accord-explorer-dataset.json",
            );
        })
    };
    let r = &d.meta.reported_signatories;
    html! {
        <article class="about">
            <h1 id="view-title" tabindex="-1">{ "About the data" }</h1>
            <p class="lead">
                { format!("{}. The reported total is the Accord's own count (as of {}); the dataset lists only signatories confirmed by a source.", d.coverage_line(), r.as_of.map(|a| a.long()).unwrap_or_else(|| "an unknown date".into())) }
            </p>
            <dl class="fields">
                <dt>{ "Last checked" }</dt><dd>{ d.meta.last_checked.long() }</dd>
                <dt>{ "Signatories" }</dt><dd>{ format!("{} ({} founding)", d.signatories.len(), d.signatories.iter().filter(|s| s.founding).count()) }</dd>
                <dt>{ "Principles" }</dt><dd>{ format!("{} with {} commitments", d.principles.len(), d.principles.iter().map(|p| p.sub_commitments.len()).sum::<usize>()) }</dd>
                <dt>{ "Milestones" }</dt><dd>{ d.milestones.len() }</dd>
                <dt>{ "Frameworks" }</dt><dd>{ d.frameworks.len() }</dd>
            </dl>
            <section aria-labelledby="gaps">
                <h2 id="gaps">{ "Known gaps" }</h2>
                <ul>{ for d.meta.known_gaps.iter().map(|g| html! { <li>{ g.to_string() }</li> }) }</ul>
            </section>
            <section aria-labelledby="how">
                <h2 id="how">{ "How to read it" }</h2>
                <ul>
                    <li>{ "High confidence: two independent sources, or the Accord's or the company's own page. Medium: one reputable source. Low: weakly sourced." }</li>
                    <li>{ "Only passages marked as the Accord's own wording are quoted; paraphrases are labelled as such." }</li>
                    <li>{ "The map of themes across frameworks is an editorial reading, not something the sources state." }</li>
                    <li>{ "An empty field reads “unknown”: nothing is guessed." }</li>
                </ul>
            </section>
            <section aria-labelledby="your-data">
                <h2 id="your-data">{ "Use another dataset" }</h2>
                <p>{ "Open a dataset file of the same format to explore a newer or fuller list. It stays in this browser: nothing is uploaded." }</p>
                <DatasetLoader />
                <p><button type="button" onclick={download}>{ "Download this dataset (JSON)" }</button></p>
            </section>
            { open_data() }
            { all_sources(ctx) }
        </article>
    }
}

/// The files the build publishes for other programs: (where, the link's name, what it is for).
const OPEN_FILES: [(&str, &str, &str); 4] = [
    (open_data::DATASET, "The whole dataset (JSON)", ": every signatory, principle, milestone, framework and source, in the format that “Use another dataset” opens."),
    // Ends in the space before the link after it: two texts side by side would be one in the
    // prerendered page, and hydration would split them again.
    (open_data::SCHEMA, "The dataset's format (JSON Schema)", ": what each part of the dataset holds and which parts every file must have, so that a program can check a file before it uses it. "),
    (open_data::SIGNATORIES, "Signatories as a table (CSV)", ": one row per signatory with its sources, for spreadsheets."),
    (open_data::FEED, "Milestones as a news feed (Atom)", ": follow the Accord's milestones in a feed reader, each with its date and sources."),
];

/// Links to the open data, each with what it is for.
fn open_data() -> Html {
    html! {
        <section aria-labelledby="open-data">
            <h2 id="open-data">{ "Open data" }</h2>
            <p>{ "The same data as these pages, to reuse in your own tools:" }</p>
            <ul>
                { for OPEN_FILES.iter().map(|&(href, name, what)| html! {
                    <li>
                        <a {href}>{ name }</a>{ what }
                        if href == open_data::SCHEMA {
                            <a href="https://json-schema.org/understanding-json-schema">{ "How to read a JSON Schema" }</a>{ "." }
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Every source, grouped by publisher, each with the records that cite it as links.
fn all_sources(ctx: &Ctx) -> Html {
    let d = ctx.dataset.clone();
    let groups = d.sources_by_publisher();
    let group = |(publisher, sources): &(&str, Vec<&crate::data::Source>)| {
        let items = sources.iter().map(|s| {
            let cited = d.citing(&s.url);
            html! {
                <li>
                    { source_link(&d, &s.url) }
                    if !cited.is_empty() {
                        <p class="cited-by">
                            { "Cited for: " }
                            { for cited.iter().enumerate().map(|(i, c)| html! {
                                <>
                                    if i > 0 { { ", " } }
                                    { cited_link(ctx, c) }
                                </>
                            }) }
                        </p>
                    }
                </li>
            }
        });
        html! {
            <>
                <h3>{ publisher.to_string() }</h3>
                <ul class="source-list">{ for items }</ul>
            </>
        }
    };
    html! {
        <section class="sources all-sources" aria-labelledby="all-sources">
            <h2 id="all-sources">{ format!("All {} sources, by publisher", d.sources.len()) }</h2>
            { for groups.iter().map(group) }
        </section>
    }
}

/// A link to a record that cites a source, named after it.
fn cited_link(ctx: &Ctx, c: &Cited<'_>) -> Html {
    let (view, name) = match c {
        Cited::Accord => (View::Principles, "The Accord".to_owned()),
        Cited::Signatory(s) => (View::Signatory(s.id.to_string()), s.name.to_string()),
        Cited::Principle(p) => (
            View::Principle(p.id.to_string()),
            format!("Principle {}: {}", p.number, p.short_name),
        ),
        Cited::Milestone(m) => (View::Milestone(m.id.to_string()), m.title.to_string()),
        Cited::Framework(f) => (View::Framework(f.id.to_string()), f.name.to_string()),
    };
    link(ctx, &ctx.state.link_to(view), "", html! { name })
}
