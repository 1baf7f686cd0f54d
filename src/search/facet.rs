//! The facets results are counted and filtered by: the signatory fields a person narrows a list by.
//! Only their names and keys live here; values and counts are computed in `facets`.

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
