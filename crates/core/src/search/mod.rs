//! The search engine: folding, query parsing, the index and ranking, facets, "did you mean".
//! Pure Rust over `data::Dataset`: no browser, no UI; it never panics and its time is bounded.
//!
//! `Index::build` runs once per dataset; `Index::search` runs per keystroke and returns typed hits
//! (which record, which field, which byte ranges to highlight), facet counts and a suggestion.
//! Queries longer than `MAX_QUERY_CHARS` characters are cut, and only the first `MAX_TERMS`
//! words and `field:value` filters count.
//!
//! Query syntax: words, all required, each matching the start of a word (`micr`), with typos
//! forgiven from 4 letters (`microsft`); `"a phrase"`; `-word` and `-"a phrase"` to exclude; and
//! filters `country:FI` (or `country:finland`), `region:europe`, `sector:cloud`, `joined:2018`
//! (or `unknown`), `founding:yes`, `status:acquired`, `confidence:high`, `kind:principle`, each
//! negatable (`-country:US`) and quotable (`country:"united states of america"`).

mod engine;
mod facets;
mod index;
mod query;
mod rank;
mod suggest;
pub mod synthetic;
/// The bounded edit distance, shared with `check`'s close spellings.
pub(crate) mod typo;

pub use crate::filter::Facet;
/// Folding lives below `data`, which uses it too; here for the search's callers.
pub use crate::fold;
pub use index::{Index, IndexBuilder};

use crate::data::{countries, Dataset};

/// The longest query kept, in characters; the rest is cut (the search box enforces it too).
pub use crate::filter::MAX_QUERY_CHARS;
/// The most words and filters of one query that count; later ones are ignored.
pub const MAX_TERMS: usize = 16;

/// A record of the dataset, as an index into its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordRef {
    Signatory(usize),
    Principle(usize),
    Milestone(usize),
    Framework(usize),
}

/// Where in a record a word matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A signatory's or framework's name, a principle's short name.
    Name,
    Alias,
    CountryCode,
    CountryName,
    City,
    Region,
    Sector,
    Status,
    Notes,
    ShortNameVariant,
    /// A principle's text.
    Text,
    SubCommitment,
    /// A milestone's title.
    Title,
    /// A milestone's summary, or a framework's kind.
    Summary,
    /// The title of one of a framework's principles (`Match::index` says which).
    FrameworkPrinciple,
    /// The summary of one of a framework's principles: its own field so that highlight ranges
    /// never point into the title.
    FrameworkPrincipleSummary,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Alias => "alias",
            Field::CountryCode => "country code",
            Field::CountryName => "country",
            Field::City => "city",
            Field::Region => "region",
            Field::Sector => "sector",
            Field::Status => "status",
            Field::Notes => "notes",
            Field::ShortNameVariant => "variant",
            Field::Text => "text",
            Field::SubCommitment => "sub-commitment",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::FrameworkPrinciple => "framework principle",
            Field::FrameworkPrincipleSummary => "framework principle summary",
        }
    }
}

/// One matched word: a byte range in the text `field_text` gives for this record, field and index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub field: Field,
    /// Which alias, variant, sub-commitment or framework principle; 0 for single fields.
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordRef,
    /// The field that ranked the hit; `Name` when the query had no words.
    pub field: Field,
    pub matches: Vec<Match>,
    pub typos: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetValue {
    /// As used in filters: "FI", "europe", "cloud", "2018", "unknown", "yes", "acquired", "high".
    pub value: String,
    /// As shown: "Finland", "Europe", "cloud & internet", "2018", "Unknown", "Yes".
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Every hit, sorted.
    pub hits: Vec<Hit>,
    /// Every facet in `Facet::ALL` order; values by count, then label. A value with no hits is
    /// left out unless it is a selected filter.
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
    /// A corrected query, offered only when there are no hits and the correction has some.
    pub suggestion: Option<String>,
    /// "query not understood: …" for a bad `field:value`; the hits are then empty.
    pub error: Option<String>,
}

/// The text a `Match` of this record, field and index points into, as the UI shows it.
pub fn field_text(d: &Dataset, record: RecordRef, field: Field, index: usize) -> Option<&str> {
    match record {
        RecordRef::Signatory(i) => {
            let s = d.signatories.get(i)?;
            match field {
                Field::Name if index == 0 => Some(&s.name),
                Field::Alias => s.aliases.get(index).map(|a| &**a),
                Field::CountryCode if index == 0 => s.country.as_deref(),
                Field::CountryName if index == 0 => s.country_name(),
                Field::City if index == 0 => s.hq_city.as_deref(),
                Field::Region if index == 0 => s.region().map(countries::Region::label),
                Field::Sector if index == 0 => Some(s.sector.label()),
                Field::Status if index == 0 => Some(&s.status),
                Field::Notes if index == 0 => s.notes.as_deref(),
                _ => None,
            }
        }
        RecordRef::Principle(i) => {
            let p = d.principles.get(i)?;
            match field {
                Field::Name if index == 0 => Some(&p.short_name),
                Field::ShortNameVariant => p.short_name_variants.get(index).map(|v| &**v),
                Field::Text if index == 0 => Some(&p.text),
                Field::SubCommitment => p.sub_commitments.get(index).map(|c| &*c.text),
                _ => None,
            }
        }
        RecordRef::Milestone(i) => {
            let m = d.milestones.get(i)?;
            match field {
                Field::Title if index == 0 => Some(&m.title),
                Field::Summary if index == 0 => Some(&m.summary),
                _ => None,
            }
        }
        RecordRef::Framework(i) => {
            let f = d.frameworks.get(i)?;
            match field {
                Field::Name if index == 0 => Some(&f.name),
                Field::Summary if index == 0 => Some(&f.kind),
                Field::FrameworkPrinciple => f.principles.get(index)?.title.as_deref(),
                Field::FrameworkPrincipleSummary => f.principles.get(index)?.summary.as_deref(),
                _ => None,
            }
        }
    }
}
