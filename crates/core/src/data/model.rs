//! The typed data model: signatories, principles, milestones, frameworks, themes and their metadata.
//! Pure data, with serde's derives under the feature `serde`; it knows nothing of the browser, the search index or how records are shown.
//!
//! Text and lists are `Cow<'static, _>`: tests and tools can write a record from literals
//! (borrowed), and the datasets the app holds, unpacked from the baked bytes or from an opened
//! file, own their values.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use super::date::PartialDate;

/// Text that is either baked into the binary or owned after loading a file.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or owned after loading a file.
pub type List<T> = Cow<'static, [T]>;

/// The whole dataset: what the app explores.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Dataset {
    pub meta: Meta,
    pub signatories: List<Signatory>,
    pub principles: List<Principle>,
    pub milestones: List<Milestone>,
    pub frameworks: List<Framework>,
    pub themes: ThemeMap,
    /// One citation for every source URL the records use, sorted by URL.
    pub sources: List<Source>,
}

/// A source as a reader cites it: title, publisher and date, as far as they are known.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Source {
    pub url: Text,
    /// The headline or page title; None when it is not known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub title: Option<Text>,
    /// The publisher as people cite it ("Reuters", "Microsoft On the Issues").
    pub publisher: Text,
    /// The date of publication, as precise as the page gives it; None when it gives none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub date: Option<PartialDate>,
    /// What the page is to another source ("Spanish translation of the ITProPortal report").
    #[cfg_attr(feature = "serde", serde(default))]
    pub relation: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Meta {
    pub accord: Accord,
    pub reported_signatories: ReportedCount,
    /// The day the dataset was last checked against its sources (YYYY-MM-DD).
    pub last_checked: PartialDate,
    pub known_gaps: List<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Accord {
    pub name: Text,
    pub launched: PartialDate,
    pub official_text_url: Text,
    pub official_text_status: Text,
    pub purpose_quotes: List<Quote>,
    pub admission_criterion: Quote,
    pub short_name_sources: List<Text>,
}

/// A passage attributed to the Accord, with how close it is to the Accord's own words.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Quote {
    pub text: Text,
    #[cfg_attr(feature = "serde", serde(default = "Wording::verbatim"))]
    pub wording: Wording,
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// A count of signatories as a source reported it ("more than 150").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ReportedCount {
    pub value: u32,
    pub qualifier: CountQualifier,
    #[cfg_attr(feature = "serde", serde(default))]
    pub as_of: Option<PartialDate>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum CountQualifier {
    Exact,
    MoreThan,
    AtLeast,
    About,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Signatory {
    /// Stable slug used in links; never changes once published.
    pub id: Text,
    pub name: Text,
    pub aliases: List<Text>,
    /// ISO 3166-1 alpha-2 code of the headquarters, or unknown.
    pub country: Option<Text>,
    pub hq_city: Option<Text>,
    pub website: Option<Text>,
    pub sector: Sector,
    pub joined: Option<PartialDate>,
    pub founding: bool,
    pub status_kind: StatusKind,
    /// What became of the company, in the words of the curated dataset ("active" when nothing did).
    pub status: Text,
    pub confidence: Confidence,
    pub sources: List<Text>,
    pub notes: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum Sector {
    #[cfg_attr(feature = "serde", serde(rename = "security"))]
    Security,
    #[cfg_attr(feature = "serde", serde(rename = "software"))]
    Software,
    #[cfg_attr(feature = "serde", serde(rename = "cloud & internet"))]
    CloudInternet,
    #[cfg_attr(feature = "serde", serde(rename = "hardware & networking"))]
    HardwareNetworking,
    #[cfg_attr(feature = "serde", serde(rename = "telecom"))]
    Telecom,
    #[cfg_attr(feature = "serde", serde(rename = "consulting & services"))]
    ConsultingServices,
    #[cfg_attr(feature = "serde", serde(rename = "financial tech"))]
    FinancialTech,
    #[cfg_attr(feature = "serde", serde(rename = "industrial & electronics"))]
    IndustrialElectronics,
    #[cfg_attr(feature = "serde", serde(rename = "data & analytics"))]
    DataAnalytics,
    #[cfg_attr(feature = "serde", serde(rename = "unknown"))]
    Unknown,
}

impl Sector {
    pub const ALL: [Sector; 10] = [
        Sector::Security,
        Sector::Software,
        Sector::CloudInternet,
        Sector::HardwareNetworking,
        Sector::Telecom,
        Sector::ConsultingServices,
        Sector::FinancialTech,
        Sector::IndustrialElectronics,
        Sector::DataAnalytics,
        Sector::Unknown,
    ];

    /// The label people read, as written in the dataset.
    pub fn label(self) -> &'static str {
        match self {
            Sector::Security => "security",
            Sector::Software => "software",
            Sector::CloudInternet => "cloud & internet",
            Sector::HardwareNetworking => "hardware & networking",
            Sector::Telecom => "telecom",
            Sector::ConsultingServices => "consulting & services",
            Sector::FinancialTech => "financial tech",
            Sector::IndustrialElectronics => "industrial & electronics",
            Sector::DataAnalytics => "data & analytics",
            Sector::Unknown => "unknown",
        }
    }

    /// A one-word key for URLs and query filters (`sector:cloud`).
    pub fn key(self) -> &'static str {
        match self {
            Sector::Security => "security",
            Sector::Software => "software",
            Sector::CloudInternet => "cloud",
            Sector::HardwareNetworking => "hardware",
            Sector::Telecom => "telecom",
            Sector::ConsultingServices => "consulting",
            Sector::FinancialTech => "fintech",
            Sector::IndustrialElectronics => "industrial",
            Sector::DataAnalytics => "data",
            Sector::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum StatusKind {
    Active,
    Acquired,
    Renamed,
    Split,
    Divested,
}

impl StatusKind {
    pub const ALL: [StatusKind; 5] = [
        StatusKind::Active,
        StatusKind::Acquired,
        StatusKind::Renamed,
        StatusKind::Split,
        StatusKind::Divested,
    ];
    pub fn key(self) -> &'static str {
        match self {
            StatusKind::Active => "active",
            StatusKind::Acquired => "acquired",
            StatusKind::Renamed => "renamed",
            StatusKind::Split => "split",
            StatusKind::Divested => "divested",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// How close a passage is to the Accord's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Wording {
    /// The Accord's own words, seen verbatim in sources.
    Verbatim,
    /// Nearly verbatim (a leading word or a comma not seen).
    Mostly,
    /// Partly verbatim.
    Partly,
    /// A paraphrase built from secondary sources: never shown as a quote.
    Paraphrase,
}

impl Wording {
    /// The default of a quote's `wording` in the JSON files.
    #[cfg(feature = "serde")]
    fn verbatim() -> Wording {
        Wording::Verbatim
    }
    pub fn label(self) -> &'static str {
        match self {
            Wording::Verbatim => "The accord's words",
            Wording::Mostly => "Mostly the accord's words",
            Wording::Partly => "Partly the accord's words",
            Wording::Paraphrase => "Paraphrase",
        }
    }

    /// What the labels mean, said once where they are first shown.
    pub const EXPLANATION: &'static str = "How close each text is to the accord's own wording: \
        “The accord's words” is quoted exactly; “Mostly” and “Partly the accord's words” keep most \
        or part of it; a “Paraphrase” is written from news reports of the accord and is not a quote.";
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Principle {
    pub id: Text,
    pub number: u8,
    pub short_name: Text,
    pub short_name_variants: List<Text>,
    pub text: Text,
    pub wording: Wording,
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
    pub sub_commitments: List<SubCommitment>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SubCommitment {
    pub text: Text,
    pub wording: Wording,
    #[cfg_attr(feature = "serde", serde(default))]
    pub verbatim_fragment: Option<Text>,
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Milestone {
    pub id: Text,
    /// None when the sources give no date.
    pub date: Option<PartialDate>,
    pub title: Text,
    pub kind: MilestoneKind,
    pub summary: Text,
    #[cfg_attr(feature = "serde", serde(default))]
    pub reported_signatories: Option<ReportedCount>,
    pub confidence: Confidence,
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum MilestoneKind {
    Context,
    Membership,
    Initiative,
    Report,
    Event,
}

impl MilestoneKind {
    pub fn label(self) -> &'static str {
        match self {
            MilestoneKind::Context => "context",
            MilestoneKind::Membership => "membership",
            MilestoneKind::Initiative => "initiative",
            MilestoneKind::Report => "report",
            MilestoneKind::Event => "event",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Framework {
    pub id: Text,
    pub name: Text,
    #[cfg_attr(feature = "serde", serde(default))]
    pub launched: Option<PartialDate>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub launch_place: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub final_report: Option<Text>,
    pub kind: Text,
    #[cfg_attr(feature = "serde", serde(default))]
    pub convenor: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub objectives: List<Text>,
    pub principles: List<FrameworkPrinciple>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub principles_note: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub member_counts: List<MemberCount>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub member_lists: List<MemberList>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub members_note: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub relation_to_tech_accord: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub tech_accord_endorsement: Option<Endorsement>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub notable: Option<Text>,
    pub sources: List<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct FrameworkPrinciple {
    /// Unique across all frameworks ("TA-1", "CoT-4", "UN-e").
    pub id: Text,
    pub group: PrincipleGroup,
    /// None when no source gave the title: shown as unknown.
    pub title: Option<Text>,
    pub title_verified: bool,
    /// A title the dataset's editor recalls but no source confirms: shown only marked as
    /// unconfirmed.
    #[cfg_attr(feature = "serde", serde(default))]
    pub unconfirmed_title: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub summary: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PrincipleGroup {
    Principle,
    Norm,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct MemberCount {
    /// As reported ("150+", "28 commissioners from 16 countries").
    pub value: Text,
    #[cfg_attr(feature = "serde", serde(default))]
    pub as_of: Option<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub sources: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct MemberList {
    pub label: Text,
    pub names: List<Text>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Endorsement {
    pub date: PartialDate,
    pub detail: Text,
    pub sources: List<Text>,
}

/// The editorial map of themes to the principles of each framework that cover them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ThemeMap {
    /// Says that the mapping is an editorial reading, not what the sources state.
    pub note: Text,
    pub themes: List<Theme>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Theme {
    pub id: Text,
    pub name: Text,
    /// Framework id → ids of that framework's principles that cover the theme (empty: none).
    pub coverage: List<Coverage>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Coverage {
    pub framework: Text,
    pub principles: List<Text>,
}
