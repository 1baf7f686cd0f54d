//! The app's pages as documents: which views are prerendered at build time, and the title and
//! description each one carries (in the prerendered `<head>`, in link previews, and in the tab's
//! title as the app moves between views). Pure: computed from the dataset and the view alone, so
//! the build and the browser agree.

use crate::data::model::Wording;
use crate::data::Dataset;
use crate::state::{AppState, View};

/// The app's name, the suffix of every page title.
pub const SITE_NAME: &str = "Accord Explorer";
/// The longest meta description written, in characters (what search results show).
pub const MAX_DESCRIPTION_CHARS: usize = 160;

/// The open data the build publishes beside the pages (`open_data`, on the host), below the
/// app's root: where About links to, and where every page's head names the feed.
pub mod open_data {
    /// The whole dataset as one dataset file, in the format "Use another dataset" opens.
    pub const DATASET: &str = "data/accord-dataset.json";
    /// The JSON Schema of that format, generated from the data model.
    pub const SCHEMA: &str = "data/dataset.schema.json";
    /// Every signatory as a CSV table, with its sources.
    pub const SIGNATORIES: &str = "data/signatories.csv";
    /// The Atom feed of the milestones.
    pub const FEED: &str = "feed.xml";
    /// The feed's title, which the link to it in every page's head also gives.
    pub const FEED_TITLE: &str = "Milestones of the Cybersecurity Tech Accord";
}

/// One page: the state it shows, where it lives, and what its head says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub state: AppState,
    /// Below the app's root, ending in `/` ("" for the home page).
    pub path: String,
    pub title: String,
    pub description: String,
}

impl Page {
    fn of(d: &Dataset, view: View) -> Page {
        Page {
            path: view.path(),
            title: title(d, &view),
            description: description(d, &view),
            state: AppState::default().link_to(view),
        }
    }

    /// How many directories below the root the page is: its `<base href>` climbs that many.
    pub fn depth(&self) -> usize {
        self.path.matches('/').count()
    }
}

/// Every page built ahead: the home page (every signatory listed), each signatory, principle,
/// milestone and framework, and the principles, charts, compare, check and about views.
pub fn all(d: &Dataset) -> Vec<Page> {
    let mut views = vec![
        View::Search,
        View::Principles,
        View::Charts,
        View::Compare,
        View::Check,
        View::About,
    ];
    views.extend(
        d.signatories
            .iter()
            .map(|s| View::Signatory(s.id.to_string())),
    );
    views.extend(
        d.principles
            .iter()
            .map(|p| View::Principle(p.id.to_string())),
    );
    views.extend(
        d.milestones
            .iter()
            .map(|m| View::Milestone(m.id.to_string())),
    );
    views.extend(
        d.frameworks
            .iter()
            .map(|f| View::Framework(f.id.to_string())),
    );
    views.into_iter().map(|v| Page::of(d, v)).collect()
}

/// The title of a view's page: what it shows, then the app's name.
pub fn title(d: &Dataset, view: &View) -> String {
    let what = match view {
        View::Search => return format!("{SITE_NAME}: the Cybersecurity Tech Accord, searchable"),
        View::Signatory(id) => match d.signatory(id) {
            Some(s) => format!("{}, a signatory of the Cybersecurity Tech Accord", s.name),
            None => format!("No signatory “{id}”"),
        },
        View::Principle(id) => match d.principle(id) {
            Some(p) => format!(
                "Principle {}, {}: the Cybersecurity Tech Accord",
                p.number, p.short_name
            ),
            None => format!("No principle “{id}”"),
        },
        View::Milestone(id) => match d.milestone(id) {
            Some(m) => match &m.date {
                Some(date) => format!("{} ({})", m.title, date.long()),
                None => m.title.to_string(),
            },
            None => format!("No milestone “{id}”"),
        },
        View::Framework(id) => match d.framework(id) {
            Some(f) => format!("{} and the Cybersecurity Tech Accord", f.name),
            None => format!("No framework “{id}”"),
        },
        View::Principles => "The four principles and related frameworks".to_owned(),
        View::Charts => "Charts: growth, countries, sectors and milestones".to_owned(),
        View::Compare => "Compare signatories side by side".to_owned(),
        View::Check => "Check a list of companies against the Accord".to_owned(),
        View::About => "About the data: sources, coverage and gaps".to_owned(),
    };
    format!("{what} | {SITE_NAME}")
}

/// The meta description of a view's page, from the dataset's facts only; an unknown fact is
/// left out or said to be unknown, never guessed.
pub fn description(d: &Dataset, view: &View) -> String {
    let text = match view {
        View::Search | View::Compare => format!(
            "Search and compare the signatories, principles, timeline and related frameworks of \
             the Cybersecurity Tech Accord, with a source for every fact ({}).",
            d.coverage_line()
        ),
        View::Signatory(id) => match d.signatory(id) {
            Some(s) => {
                let place = s.country_name().unwrap_or("country unknown");
                let joined = match (&s.joined, s.founding) {
                    (Some(j), true) => format!("a founding signatory since {}", j.long()),
                    (Some(j), false) => format!("a signatory since {}", j.long()),
                    (None, _) => "a signatory (join date unknown)".to_owned(),
                };
                format!(
                    "{} ({place}; {}): {joined} of the Cybersecurity Tech Accord. Status: {}.",
                    s.name,
                    s.sector.label(),
                    s.status
                )
            }
            None => not_found("signatory"),
        },
        View::Principle(id) => match d.principle(id) {
            Some(p) => {
                let lead = if p.wording == Wording::Verbatim {
                    ""
                } else {
                    "In summary: "
                };
                format!("{lead}{}", p.text)
            }
            None => not_found("principle"),
        },
        View::Milestone(id) => match d.milestone(id) {
            Some(m) => m.summary.to_string(),
            None => not_found("milestone"),
        },
        View::Framework(id) => match d.framework(id) {
            Some(f) => {
                let mut t = format!("{}: {}", f.name, f.kind);
                if let Some(l) = &f.launched {
                    t.push_str(&format!(", launched {}", l.long()));
                }
                t.push('.');
                if let Some(r) = &f.relation_to_tech_accord {
                    t.push(' ');
                    t.push_str(r);
                }
                t
            }
            None => not_found("framework"),
        },
        View::Principles => {
            let names: Vec<&str> = d.frameworks.iter().map(|f| &*f.name).collect();
            format!(
                "The Cybersecurity Tech Accord's {} principles, theme by theme beside {}.",
                d.principles.len(),
                names.join(", ")
            )
        }
        View::Charts => format!(
            "How the Cybersecurity Tech Accord grew, and who signed it by country and sector: \
             charts of {}.",
            d.coverage_line()
        ),
        View::Check => format!(
            "Paste or open a vendor list and see which companies signed the Cybersecurity Tech \
             Accord, when, and on what evidence ({}). The list never leaves your browser.",
            d.coverage_line()
        ),
        View::About => format!(
            "Where Accord Explorer's facts come from, what the data covers ({}) and what it \
             does not.",
            d.coverage_line()
        ),
    };
    shorten(&text, MAX_DESCRIPTION_CHARS)
}

fn not_found(kind: &str) -> String {
    format!("No such {kind} in Accord Explorer's data.")
}

/// Cuts text to at most `max` characters at a word boundary, marking the cut with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut = crate::state::truncate_chars(&text, max - 1);
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_has_a_page_with_a_path_of_its_own() {
        let d = crate::data::builtin();
        let pages = all(d);
        assert_eq!(
            pages.len(),
            6 + d.signatories.len() + d.principles.len() + d.milestones.len() + d.frameworks.len()
        );
        let mut paths: Vec<&str> = pages.iter().map(|p| &*p.path).collect();
        crate::sort::sort(&mut paths);
        paths.dedup();
        assert_eq!(paths.len(), pages.len(), "two pages share a path");
        assert!(pages.iter().any(|p| p.path == "signatory/telefonica/"));
        for p in &pages {
            assert_eq!(View::from_path(&p.path), Some(p.state.view.clone()));
            assert!(p.title.contains(SITE_NAME), "{}", p.title);
            assert!(!p.title.starts_with("No "), "{}", p.title);
            assert!(!p.description.is_empty());
            assert!(p.description.chars().count() <= MAX_DESCRIPTION_CHARS);
        }
    }

    #[test]
    fn a_signatory_page_says_what_the_data_says() {
        let d = crate::data::builtin();
        let v = View::Signatory("telefonica".into());
        assert_eq!(
            title(d, &v),
            "Telefónica, a signatory of the Cybersecurity Tech Accord | Accord Explorer"
        );
        let text = description(d, &v);
        assert!(
            text.starts_with("Telefónica (Spain; telecom): a founding"),
            "{text}"
        );
        assert!(
            text.contains("founding signatory since 17 April 2018"),
            "{text}"
        );
    }

    #[test]
    fn shorten_cuts_on_a_word() {
        assert_eq!(shorten("one two  three", 20), "one two three");
        assert_eq!(shorten("alpha beta gamma delta", 12), "alpha beta…");
        assert_eq!(shorten("é".repeat(30).as_str(), 10).chars().count(), 10);
    }
}
