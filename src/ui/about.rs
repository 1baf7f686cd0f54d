//! About the data: how complete it is, its known gaps, when it was checked, every source, and a way
//! to open a newer dataset file (checked by the same validation as the build) or download this one.

use yew::prelude::*;

use super::context::use_ctx;
use super::dataset_loader::DatasetLoader;
use super::sources::sources;

#[component]
pub fn About() -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let d = ctx.dataset.clone();
    let mut all: Vec<&str> = d
        .signatories
        .iter()
        .flat_map(|s| s.sources.iter())
        .chain(d.milestones.iter().flat_map(|m| m.sources.iter()))
        .chain(d.principles.iter().flat_map(|p| {
            p.sources
                .iter()
                .chain(p.sub_commitments.iter().flat_map(|c| c.sources.iter()))
        }))
        .chain(d.frameworks.iter().flat_map(|f| f.sources.iter()))
        .chain(d.meta.reported_signatories.sources.iter())
        .map(|s| &**s)
        .collect();
    // Each source once, in order (the shared sort; a BTreeSet would bring its own code).
    crate::sort::sort(&mut all);
    all.dedup();
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
            { sources(&format!("All {} sources", all.len()), 2, all.iter().copied()) }
        </article>
    }
}
