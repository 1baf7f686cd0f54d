//! The list of results, named "Results": each item starts with a link named for its record, then
//! the facts a person scans for. Arrow keys move between results; Enter opens one.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::badges;
use super::compare_toggle::compare_toggle;
use super::context::Ctx;
use super::dom;
use super::highlight::highlight;
use super::link::link;
use crate::data::Confidence;
use crate::search::{Field, Hit, RecordRef};
use crate::state::View;

/// Moves focus to the result at `index` (clamped), if there is one.
pub fn focus_result(index: isize) {
    let Some(doc) = dom::document() else { return };
    let Ok(links) = doc.query_selector_all("#results .result-link") else {
        return;
    };
    let n = links.length() as isize;
    if n == 0 {
        return;
    }
    let i = index.clamp(0, n - 1) as u32;
    if let Some(el) = links
        .item(i)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn focused_result() -> Option<isize> {
    let doc = dom::document()?;
    let active = doc.active_element()?;
    let links = doc.query_selector_all("#results .result-link").ok()?;
    (0..links.length()).find_map(|i| {
        let node = links.item(i)?;
        let el: &web_sys::Node = active.as_ref();
        (node.is_same_node(Some(el))).then_some(i as isize)
    })
}

/// The list of `hits`: the whole of the results app (`results_root`), a plain function of its
/// root. Nothing when there are none: the search view says so beside the list's host, which stays.
pub fn result_list(ctx: &Ctx, hits: &[Hit]) -> Html {
    if hits.is_empty() {
        return html! {};
    }
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let step = match e.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Home" => isize::MIN / 2,
            "End" => isize::MAX / 2,
            _ => return,
        };
        if let Some(i) = focused_result() {
            e.prevent_default();
            if step == -1 && i == 0 {
                dom::focus_id("search");
            } else {
                focus_result(i.saturating_add(step));
            }
        }
    });
    let d = &ctx.dataset;
    // Each row starts with its record's link, keeping what a link keeps of the current state.
    let result_link =
        |view: View, label: Html| link(ctx, &ctx.state.link_to(view), "result-link", label);
    let items = hits.iter().map(|hit| {
        let m = &hit.matches;
        match hit.record {
            RecordRef::Signatory(i) => {
                let Some(s) = d.signatories.get(i) else { return html! {} };
                let matched_elsewhere = !matches!(hit.field, Field::Name) && !m.is_empty();
                html! {
                    <li class="result signatory" key={format!("s-{}", s.id)}>
                        { result_link(View::Signatory(s.id.to_string()), highlight(&s.name, m, Field::Name, 0)) }
                        <span class="facts">
                            { badges::country(s) }
                            <span class="sector">{ s.sector.label() }</span>
                            <span class="joined">{ match s.joined { Some(j) => format!("Joined {}", j.long()), None => "Join date unknown".to_owned() } }</span>
                            { badges::founding(s) }
                            if s.status != "active" {
                                <span class="status">{ badges::status(s) }</span>
                            }
                            // High is the norm: only a lower confidence is marked in a row
                            // (the legend below the list says so; the page shows it always).
                            if s.confidence != Confidence::High {
                                { badges::confidence(s.confidence) }
                            }
                        </span>
                        if matched_elsewhere {
                            { matched_in(d, hit) }
                        }
                        { compare_toggle(ctx, &s.id, &s.name) }
                    </li>
                }
            }
            RecordRef::Principle(i) => {
                let Some(p) = d.principles.get(i) else { return html! {} };
                html! {
                    <li class="result principle" key={format!("p-{}", p.id)}>
                        { result_link(View::Principle(p.id.to_string()), highlight(&p.short_name, m, Field::Name, 0)) }
                        <span class="facts">
                            <span class="badge kind">{ format!("Principle {}", p.number) }</span>
                            <span class="snippet">{ highlight(&p.text, m, Field::Text, 0) }</span>
                        </span>
                        { matched_in(d, hit) }
                    </li>
                }
            }
            RecordRef::Milestone(i) => {
                let Some(ms) = d.milestones.get(i) else { return html! {} };
                html! {
                    <li class="result milestone" key={format!("m-{}", ms.id)}>
                        { result_link(View::Milestone(ms.id.to_string()), highlight(&ms.title, m, Field::Title, 0)) }
                        <span class="facts">
                            <span class="badge kind">{ "Milestone" }</span>
                            <span class="joined">{ badges::date_or_unknown(ms.date) }</span>
                            if ms.confidence != Confidence::High {
                                { badges::confidence(ms.confidence) }
                            }
                        </span>
                    </li>
                }
            }
            RecordRef::Framework(i) => {
                let Some(f) = d.frameworks.get(i) else { return html! {} };
                html! {
                    <li class="result framework" key={format!("f-{}", f.id)}>
                        { result_link(View::Framework(f.id.to_string()), highlight(&f.name, m, Field::Name, 0)) }
                        <span class="facts">
                            <span class="badge kind">{ "Framework" }</span>
                            <span>{ f.kind.to_string() }</span>
                        </span>
                        { matched_in(d, hit) }
                    </li>
                }
            }
        }
    });
    html! {
        <ul id="results" class="results" aria-label="Results" {onkeydown}>
            { for items }
        </ul>
    }
}

/// One line saying where a match was found outside the name, with the matched words marked.
fn matched_in(d: &crate::data::Dataset, hit: &Hit) -> Html {
    let Some(first) = hit.matches.iter().find(|m| m.field != Field::Name) else {
        return html! {};
    };
    let text: Option<String> = match (hit.record, first.field) {
        (RecordRef::Signatory(i), Field::Alias) => d
            .signatories
            .get(i)
            .and_then(|s| s.aliases.get(first.index))
            .map(|a| a.to_string()),
        (RecordRef::Signatory(i), Field::City) => d
            .signatories
            .get(i)
            .and_then(|s| s.hq_city.as_ref())
            .map(|c| c.to_string()),
        (RecordRef::Signatory(i), Field::Status) => {
            d.signatories.get(i).map(|s| s.status.to_string())
        }
        (RecordRef::Signatory(i), Field::Notes) => d
            .signatories
            .get(i)
            .and_then(|s| s.notes.as_ref())
            .map(|n| n.to_string()),
        (RecordRef::Principle(i), Field::SubCommitment) => d
            .principles
            .get(i)
            .and_then(|p| p.sub_commitments.get(first.index))
            .map(|c| c.text.to_string()),
        (RecordRef::Principle(i), Field::ShortNameVariant) => d
            .principles
            .get(i)
            .and_then(|p| p.short_name_variants.get(first.index))
            .map(|v| v.to_string()),
        (RecordRef::Framework(i), Field::FrameworkPrincipleSummary) => d
            .frameworks
            .get(i)
            .and_then(|f| f.principles.get(first.index))
            .and_then(|p| p.summary.as_ref())
            .map(|t| t.to_string()),
        (RecordRef::Framework(i), Field::FrameworkPrinciple) => d
            .frameworks
            .get(i)
            .and_then(|f| f.principles.get(first.index))
            .map(|p| p.title.as_ref().map(|t| t.to_string()).unwrap_or_default()),
        _ => None,
    };
    match text {
        Some(t) if !t.is_empty() => html! {
            <span class="matched-in">
                { format!("Matched in {}: ", first.field.label()) }
                { highlight(&t, &hit.matches, first.field, first.index) }
            </span>
        },
        _ => html! {},
    }
}
