//! Small labels that carry trust information: confidence, founding, wording, kind of record.
//! Each badge says its meaning in words, never by colour alone.

use yew::prelude::*;

use crate::data::{Confidence, PartialDate, Signatory, Wording};

pub fn confidence(c: Confidence) -> Html {
    // A literal class in each arm: a class held in a variable would be built into a class list at
    // run time (docs/PERFORMANCE.md, "No class list built at run time").
    match c {
        Confidence::High => html! {
            <span class="badge conf-high" title="Confirmed by two independent sources, or the Accord's or the company's own page">{ "High confidence" }</span>
        },
        Confidence::Medium => html! {
            <span class="badge conf-medium" title="Confirmed by one reputable source">{ "Medium confidence" }</span>
        },
        Confidence::Low => html! {
            <span class="badge conf-low" title="Weakly sourced: check before relying on it">{ "Low confidence" }</span>
        },
    }
}

pub fn founding(s: &Signatory) -> Html {
    if s.founding {
        html! { <span class="badge founding" title="Signed on the launch day of the Accord">{ "Founding signatory" }</span> }
    } else {
        html! {}
    }
}

pub fn wording(w: Wording) -> Html {
    let text = w.label();
    match w {
        Wording::Verbatim => html! { <span class="badge wording-verbatim">{ text }</span> },
        Wording::Mostly | Wording::Partly => {
            html! { <span class="badge wording-partial">{ text }</span> }
        }
        Wording::Paraphrase => html! { <span class="badge wording-paraphrase">{ text }</span> },
    }
}

/// "April 2018", "2019" or "unknown": the precision the data has.
pub fn date_or_unknown(d: Option<PartialDate>) -> String {
    d.map(|d| d.long()).unwrap_or_else(|| "unknown".to_owned())
}

/// The status as a person reads it: "active", or what became of the company.
pub fn status(s: &Signatory) -> String {
    s.status.to_string()
}

/// Country as flag and name, or "unknown".
pub fn country(s: &Signatory) -> Html {
    match (&s.country, s.country_name()) {
        (Some(code), Some(name)) => html! {
            <span class="country"><span aria-hidden="true" class="flag">{ crate::data::countries::flag(code) }</span>{ format!(" {name}") }</span>
        },
        _ => html! { <span class="country unknown">{ "Country unknown" }</span> },
    }
}
