//! The dataset: its typed model, reading it from JSON (feature `serde`), checking it, packing it.
//! Pure Rust: no browser, no UI. `build.rs` uses this very code to check `data/` and bake it.

pub mod cite;
pub mod countries;
pub mod date;
#[cfg(feature = "export")]
pub mod export;
#[cfg(feature = "serde")]
pub mod load;
pub mod model;
pub mod pack;
pub mod problem;
#[cfg(feature = "schema")]
pub mod schema;
pub mod stats;
pub mod validate;

pub use date::PartialDate;
pub use model::*;
pub use problem::Problem;

/// The most bytes a dataset file may have; a larger one is refused before parsing.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Reads and checks the project's `data/` directory: what `build.rs` bakes into the app.
#[cfg(feature = "serde")]
pub fn load_dir(dir: &std::path::Path) -> Result<Dataset, Vec<Problem>> {
    let mut texts: [String; 7] = Default::default();
    for (text, name) in texts.iter_mut().zip(load::FILES) {
        *text = std::fs::read_to_string(dir.join(name))
            .map_err(|e| vec![Problem::new(name, "-", "-", format!("cannot read: {e}"))])?;
    }
    let d = load::from_sections(&load::Sections::from_texts(&texts))?;
    let problems = validate::validate(&d, validate::Origin::DataDir);
    if problems.is_empty() {
        Ok(d)
    } else {
        Err(problems)
    }
}

/// The project's dataset, for the core's own tests.
#[cfg(all(test, feature = "serde"))]
pub(crate) fn testdata() -> &'static Dataset {
    static D: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        load_dir(&dir).unwrap_or_else(|p| panic!("data/ does not load: {p:?}"))
    })
}

/// Reads and checks a dataset file a person opened; on failure, every problem found.
#[cfg(feature = "serde")]
pub fn load_bundle(file: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
    let d = load::from_bundle(file, text)?;
    let problems = validate::validate(&d, validate::Origin::Bundle(file));
    if problems.is_empty() {
        Ok(d)
    } else {
        Err(problems)
    }
}

/// An Accord Explorer dataset file: the whole dataset in one JSON object, each section under its
/// own key. It is what the app's "Use another dataset" opens and its "Download this dataset"
/// gives. Beyond the shape described here, the app checks a file across its records before it
/// uses it, as it checks its own data: ids, and names and aliases, are unique; every cited source
/// URL has exactly one citation in `sources`, and every citation is cited; country codes are in
/// the ISO 3166-1 table; texts that must say something are not blank; principles are numbered 1,
/// 2, 3… in order; themes name real frameworks and principles; no signatory joined before the
/// launch; and the founding signatories are exactly those of the launch day, as many as it
/// reported.
#[cfg(feature = "serde")]
#[derive(serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Accord Explorer dataset file", deny_unknown_fields)
)]
pub(crate) struct Bundle<'a> {
    /// The format of the file, "accord-explorer-dataset/1"; the app writes it and does not need
    /// it to read a file.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(transform = schema::no_default))]
    format: &'static str,
    #[serde(flatten)]
    dataset: &'a Dataset,
}

/// The JSON dataset file for this dataset: what "Download the dataset" gives and `load_bundle` reads.
#[cfg(feature = "serde")]
pub fn to_bundle(d: &Dataset) -> String {
    serde_json::to_string_pretty(&Bundle {
        format: BUNDLE_FORMAT,
        dataset: d,
    })
    .unwrap_or_default()
}

/// The format tag written into dataset files.
pub const BUNDLE_FORMAT: &str = "accord-explorer-dataset/1";

impl Dataset {
    /// "42 of 150+ reported signatories": how much of the Accord the data covers, computed.
    pub fn coverage_line(&self) -> String {
        let r = &self.meta.reported_signatories;
        let reported = match r.qualifier {
            CountQualifier::Exact => format!("{}", r.value),
            CountQualifier::MoreThan | CountQualifier::AtLeast => format!("{}+", r.value),
            CountQualifier::About => format!("about {}", r.value),
        };
        format!(
            "{} of {} reported signatories",
            self.signatories.len(),
            reported
        )
    }

    pub fn signatory(&self, id: &str) -> Option<&Signatory> {
        self.signatories.iter().find(|s| s.id == id)
    }
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }
    /// The citation of a source URL (validation makes sure every cited URL has one).
    pub fn source(&self, url: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.url == url)
    }

    /// The frameworks whose member lists name this signatory (by its name or an alias, folded).
    pub fn frameworks_of(&self, s: &Signatory) -> Vec<&Framework> {
        let names: Vec<String> = std::iter::once(&s.name)
            .chain(s.aliases.iter())
            .map(|n| crate::fold::fold(n))
            .collect();
        self.frameworks
            .iter()
            .filter(|f| {
                f.member_lists.iter().any(|l| {
                    l.names
                        .iter()
                        .any(|n| names.contains(&crate::fold::fold(n)))
                })
            })
            .collect()
    }
}

/// A record that cites a source: where a reader finds the fact it supports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cited<'a> {
    /// The Accord itself: its text, its reported size (`Meta`).
    Accord,
    Signatory(&'a Signatory),
    Principle(&'a Principle),
    Milestone(&'a Milestone),
    Framework(&'a Framework),
}

impl Dataset {
    /// Every record that cites `url`, each once, in the order of the dataset.
    pub fn citing(&self, url: &str) -> Vec<Cited<'_>> {
        let has = |list: &List<Text>| list.iter().any(|u| u == url);
        let a = &self.meta.accord;
        let mut out = Vec::new();
        if a.official_text_url == url
            || a.purpose_quotes.iter().any(|q| has(&q.sources))
            || has(&a.admission_criterion.sources)
            || has(&a.short_name_sources)
            || has(&self.meta.reported_signatories.sources)
        {
            out.push(Cited::Accord);
        }
        out.extend(
            self.signatories
                .iter()
                .filter(|s| has(&s.sources))
                .map(Cited::Signatory),
        );
        out.extend(
            self.principles
                .iter()
                .filter(|p| has(&p.sources) || p.sub_commitments.iter().any(|c| has(&c.sources)))
                .map(Cited::Principle),
        );
        out.extend(
            self.milestones
                .iter()
                .filter(|m| has(&m.sources))
                .map(Cited::Milestone),
        );
        out.extend(
            self.frameworks
                .iter()
                .filter(|f| {
                    has(&f.sources)
                        || f.member_counts.iter().any(|c| has(&c.sources))
                        || f.tech_accord_endorsement
                            .as_ref()
                            .is_some_and(|e| has(&e.sources))
                })
                .map(Cited::Framework),
        );
        out
    }

    /// The sources grouped by publisher, publishers in alphabetical order (case and accents
    /// folded), each one's sources newest first, undated last, then by title.
    pub fn sources_by_publisher(&self) -> Vec<(&str, Vec<&Source>)> {
        let mut all: Vec<&Source> = self.sources.iter().collect();
        crate::sort::sort_by(&mut all, |a, b| {
            crate::fold::fold(&a.publisher)
                .cmp(&crate::fold::fold(&b.publisher))
                .then_with(|| {
                    b.date
                        .map(|d| d.latest_day())
                        .cmp(&a.date.map(|d| d.latest_day()))
                })
                .then_with(|| a.citation_link_text().cmp(b.citation_link_text()))
        });
        let mut out: Vec<(&str, Vec<&Source>)> = Vec::new();
        for s in all {
            match out.last_mut() {
                Some((p, list)) if *p == &*s.publisher => list.push(s),
                _ => out.push((&s.publisher, vec![s])),
            }
        }
        out
    }
}

impl Source {
    /// What follows the linked part of a citation: ", Publisher, 17 April 2018" after a title;
    /// ", 17 April 2018" (or nothing) when the publisher itself is the link, as it is when the
    /// title is unknown. No date, no date part.
    pub fn citation_rest(&self) -> String {
        let mut out = String::new();
        if self.title.is_some() {
            out.push_str(", ");
            out.push_str(&self.publisher);
        }
        if let Some(d) = self.date {
            out.push_str(", ");
            out.push_str(&d.long());
        }
        out
    }

    /// The part of a citation that is the link: the title, or the publisher when it is unknown.
    pub fn citation_link_text(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.publisher)
    }

    /// The whole citation as one line of text: "Title, Publisher, 17 April 2018".
    pub fn citation(&self) -> String {
        format!("{}{}", self.citation_link_text(), self.citation_rest())
    }
}

impl Theme {
    /// The ids of the principles of `framework` that cover this theme (empty: none do).
    pub fn principles_of(&self, framework: &str) -> Vec<&str> {
        self.coverage
            .iter()
            .filter(|c| c.framework == framework)
            .flat_map(|c| c.principles.iter().map(|p| &**p))
            .collect()
    }
}

impl Signatory {
    pub fn region(&self) -> Option<countries::Region> {
        self.country
            .as_deref()
            .and_then(countries::lookup)
            .and_then(|c| c.region)
    }
    pub fn country_name(&self) -> Option<&'static str> {
        self.country
            .as_deref()
            .and_then(countries::lookup)
            .map(|c| c.name)
    }
    /// The country's ISO 3166-1 name, where it differs from the name people use.
    pub fn country_iso_name(&self) -> Option<&'static str> {
        self.country
            .as_deref()
            .and_then(countries::lookup)
            .and_then(|c| c.iso_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(title: Option<&'static str>, date: Option<&str>) -> Source {
        Source {
            url: "https://example.org/a".into(),
            title: title.map(Into::into),
            publisher: "Reuters".into(),
            date: date.map(|d| PartialDate::parse(d).expect("date")),
            relation: None,
        }
    }

    #[test]
    fn a_citation_reads_title_publisher_date_as_far_as_known() {
        let full = source(Some("Tech firms pledge"), Some("2018-04-17"));
        assert_eq!(full.citation(), "Tech firms pledge, Reuters, 17 April 2018");
        assert_eq!(full.citation_link_text(), "Tech firms pledge");
        let month = source(Some("Tech firms pledge"), Some("2018-04"));
        assert_eq!(month.citation(), "Tech firms pledge, Reuters, April 2018");
        let untitled = source(None, Some("2018"));
        assert_eq!(untitled.citation_link_text(), "Reuters");
        assert_eq!(untitled.citation(), "Reuters, 2018");
        assert_eq!(source(None, None).citation(), "Reuters");
        assert_eq!(source(Some("T"), None).citation(), "T, Reuters");
    }
}
