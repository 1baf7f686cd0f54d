//! Small labels that carry trust information: confidence, founding, wording, kind of record.
//! Each badge says its meaning in words, never by colour alone.

use yew::prelude::*;

use crate::data::{Confidence, PartialDate, Signatory, Wording};

pub fn confidence(c: Confidence) -> Html {
    let (class, text, title) = match c {
        Confidence::High => (
            "badge conf-high",
            "High confidence",
            "Confirmed by two independent sources, or the Accord's or the company's own page",
        ),
        Confidence::Medium => (
            "badge conf-medium",
            "Medium confidence",
            "Confirmed by one reputable source",
        ),
        Confidence::Low => (
            "badge conf-low",
            "Low confidence",
            "Weakly sourced: check before relying on it",
        ),
    };
    html! { <span class={class} title={title}>{ text }</span> }
}

pub fn founding(s: &Signatory) -> Html {
    if s.founding {
        html! { <span class="badge founding" title="Signed on the launch day of the Accord">{ "Founding signatory" }</span> }
    } else {
        html! {}
    }
}

pub fn wording(w: Wording) -> Html {
    let class = match w {
        Wording::Verbatim => "badge wording-verbatim",
        Wording::Mostly | Wording::Partly => "badge wording-partial",
        Wording::Paraphrase => "badge wording-paraphrase",
    };
    html! { <span class={class}>{ w.label() }</span> }
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
