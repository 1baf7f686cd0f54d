//! What narrows and orders a list of results: the facets, a filter (a facet and a value), the sort
//! orders, and the limits on a query. The lowest layer that `search` and `state` share; it knows
//! neither of them.

/// The longest search text kept from a URL or the search box, in characters.
pub const MAX_QUERY_CHARS: usize = 256;
/// The most filters kept from a URL.
pub const MAX_FILTERS: usize = 32;

/// A filterable field of a signatory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Country,
    Region,
    Sector,
    /// The year a signatory joined (`joined:2018`; `unknown` when the data has none).
    Joined,
    /// `yes` for the 34 launch-day founders, `no` for the others.
    Founding,
    Status,
    Confidence,
}

impl Facet {
    pub const ALL: [Facet; 7] = [
        Facet::Country,
        Facet::Region,
        Facet::Sector,
        Facet::Joined,
        Facet::Founding,
        Facet::Status,
        Facet::Confidence,
    ];

    /// The name used in queries (`country:FI`) and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Region => "region",
            Facet::Sector => "sector",
            Facet::Joined => "joined",
            Facet::Founding => "founding",
            Facet::Status => "status",
            Facet::Confidence => "confidence",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Country => "Country",
            Facet::Region => "Region",
            Facet::Sector => "Sector",
            Facet::Joined => "Join year",
            Facet::Founding => "Founding signatory",
            Facet::Status => "Status",
            Facet::Confidence => "Confidence",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// One active filter: a facet and a value (`country` = `FI`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Filter {
    pub facet: Facet,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    Name,
    Joined,
    Country,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Name, Sort::Joined, Sort::Country];
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Joined => "joined",
            Sort::Country => "country",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Name => "Name",
            Sort::Joined => "Join date",
            Sort::Country => "Country",
        }
    }
    pub fn from_key(k: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == k)
    }
}

/// Cuts text to at most `max` characters, on a character boundary.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}
