//! The typed data model: signatories, principles, milestones, frameworks, themes and their metadata.
//! Pure data, with serde's derives under the feature `serde`; it knows nothing of the browser, the search index or how records are shown.
//!
//! Text and lists are `Cow<'static, _>`: tests and tools can write a record from literals
//! (borrowed), and the datasets the app holds, unpacked from the baked bytes or from an opened
//! file, own their values.
//!
//! The doc comments of the types and fields are also the descriptions of the JSON Schema of
//! dataset files (feature `schema`, `data::schema`): they speak of the JSON form, where an absent
//! value is `null`.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use super::date::PartialDate;

/// Text that is either baked into the binary or owned after loading a file.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or owned after loading a file.
pub type List<T> = Cow<'static, [T]>;

/// The JSON Schema patterns of what `validate` checks field by field. Each accepts everything the
/// check accepts; the checks themselves go further (a country code must be in the ISO table).
#[cfg(feature = "schema")]
mod pattern {
    /// A record id (`validate::is_slug`): lowercase letters, digits and single hyphens.
    pub const SLUG: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /// A source URL (`validate::is_http_url`): http or https, with a host.
    pub const HTTP_URL: &str = "^https?://[A-Za-z0-9.:_-]+([/?#].*)?$";
    /// An ISO 3166-1 alpha-2 code, upper case.
    pub const COUNTRY: &str = "^[A-Z]{2}$";
}

/// The whole dataset: what the app explores.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Dataset {
    /// About the Accord itself and the dataset as a whole.
    pub meta: Meta,
    /// The companies that signed the Accord, as far as sources confirm them.
    pub signatories: List<Signatory>,
    /// The Accord's four principles, each with its commitments.
    pub principles: List<Principle>,
    /// Events in the Accord's history.
    pub milestones: List<Milestone>,
    /// The Accord and related frameworks (Charter of Trust, Paris Call, GCSC norms, UN GGE norms).
    pub frameworks: List<Framework>,
    /// The editorial map of themes across the frameworks' principles.
    pub themes: ThemeMap,
    /// One citation for every source URL the records use, sorted by URL.
    pub sources: List<Source>,
}

/// A source as a reader cites it: title, publisher and date, as far as they are known.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Source {
    /// The page's address, exactly as the records cite it; each URL is described once.
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::HTTP_URL)))]
    pub url: Text,
    /// The headline or page title; null when it is not known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub title: Option<Text>,
    /// The publisher as people cite it ("Reuters", "Microsoft On the Issues").
    pub publisher: Text,
    /// The date of publication, as precise as the page gives it; null when it gives none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub date: Option<PartialDate>,
    /// What the page is to another source ("Spanish translation of the ITProPortal report").
    #[cfg_attr(feature = "serde", serde(default))]
    pub relation: Option<Text>,
}

/// About the Accord itself and the dataset as a whole.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Meta {
    /// The Accord: its name, launch, own text and what it says of itself.
    pub accord: Accord,
    /// How many signatories the Accord itself reports (the dataset lists fewer).
    pub reported_signatories: ReportedCount,
    /// The day the dataset was last checked against its sources (YYYY-MM-DD).
    pub last_checked: PartialDate,
    /// What the dataset is known to lack, one sentence each.
    pub known_gaps: List<Text>,
}

/// The Cybersecurity Tech Accord itself.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Accord {
    /// Its full name.
    pub name: Text,
    /// The day it was announced.
    pub launched: PartialDate,
    /// The address of the Accord's own text.
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::HTTP_URL)))]
    pub official_text_url: Text,
    /// Whether that text could be read, and what follows for the quotes.
    pub official_text_status: Text,
    /// Passages on its purpose, attributed to the Accord.
    pub purpose_quotes: List<Quote>,
    /// Who may sign it, as the Accord says.
    pub admission_criterion: Quote,
    /// Sources for the Accord's short name.
    #[cfg_attr(feature = "schema", schemars(inner(pattern(pattern::HTTP_URL))))]
    pub short_name_sources: List<Text>,
}

/// A passage attributed to the Accord, with how close it is to the Accord's own words.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Quote {
    /// The passage.
    pub text: Text,
    /// How close the passage is to the Accord's own words ("verbatim" when absent).
    #[cfg_attr(feature = "serde", serde(default = "Wording::verbatim"))]
    pub wording: Wording,
    /// Where the passage was read: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
    /// What a reader should know about the evidence, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// A count of signatories as a source reported it ("more than 150").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ReportedCount {
    /// The number reported.
    pub value: u32,
    /// Whether the number is exact, a lower bound or an approximation.
    pub qualifier: CountQualifier,
    /// The date the count refers to; null when not known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub as_of: Option<PartialDate>,
    /// Where the count was reported.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "schema", schemars(inner(pattern(pattern::HTTP_URL))))]
    pub sources: List<Text>,
    /// What a reader should know about the count, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// How a reported count is meant: exactly, more than, at least, or about that many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum CountQualifier {
    Exact,
    MoreThan,
    AtLeast,
    About,
}

/// A company that signed the Accord, with the sources that support its membership.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Signatory {
    /// Stable slug used in links (`signatory/<id>/`); never changes once published.
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::SLUG), length(max = 80)))]
    pub id: Text,
    /// The company's name.
    pub name: Text,
    /// Other names, former names and short forms; no name or alias belongs to two signatories
    /// (compared without case or accents).
    pub aliases: List<Text>,
    /// ISO 3166-1 alpha-2 code of the headquarters, upper case; null when unknown.
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::COUNTRY)))]
    pub country: Option<Text>,
    /// The city of the headquarters; null when unknown.
    pub hq_city: Option<Text>,
    /// The company's web address (a host name such as "example.com"); null when unknown.
    pub website: Option<Text>,
    /// The company's main line of business.
    pub sector: Sector,
    /// When it signed, as precise as the source and no more; null when unknown.
    pub joined: Option<PartialDate>,
    /// Whether it is one of the 34 signatories of the launch day, 17 April 2018.
    pub founding: bool,
    /// What became of the company, as a kind.
    pub status_kind: StatusKind,
    /// What became of the company, in the words of the curated dataset ("active" when nothing did).
    pub status: Text,
    /// How well the sources support the membership.
    pub confidence: Confidence,
    /// Pages that support the membership: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
    /// What a reader should know about the evidence, or null.
    pub notes: Option<Text>,
}

/// A signatory's main line of business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// What became of a signatory: still active, or acquired, renamed, split or divested (the story
/// is in its `status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// How well the sources support a record: high (two independent sources, or the Accord's or the
/// company's own page), medium (one reputable source) or low.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// One of the Accord's four principles.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Principle {
    /// Stable slug used in links (`principle/<id>/`).
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::SLUG), length(max = 80)))]
    pub id: Text,
    /// Its number in the Accord, from 1.
    pub number: u8,
    /// Its headline ("Stronger defense").
    pub short_name: Text,
    /// Other spellings of the headline that sources use.
    pub short_name_variants: List<Text>,
    /// The principle's text.
    pub text: Text,
    /// How close the text is to the Accord's own words.
    pub wording: Wording,
    /// Where the text was read: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
    /// What a reader should know about the evidence, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
    /// The commitments under the principle.
    pub sub_commitments: List<SubCommitment>,
}

/// A commitment under one of the Accord's principles.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SubCommitment {
    /// The commitment's text.
    pub text: Text,
    /// How close the text is to the Accord's own words.
    pub wording: Wording,
    /// The part of the text that sources give word for word, where only part is; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub verbatim_fragment: Option<Text>,
    /// Where the text was read: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
    /// What a reader should know about the evidence, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// An event in the Accord's history.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Milestone {
    /// Stable slug used in links (`milestone/<id>/`).
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::SLUG), length(max = 80)))]
    pub id: Text,
    /// When it happened, as precise as the sources; null when they give no date.
    pub date: Option<PartialDate>,
    /// What happened, in a line.
    pub title: Text,
    /// What kind of event it is.
    pub kind: MilestoneKind,
    /// What happened, in a few sentences.
    pub summary: Text,
    /// The number of signatories reported at the time, if the event reported one; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reported_signatories: Option<ReportedCount>,
    /// How well the sources support the event.
    pub confidence: Confidence,
    /// Where the event is reported: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
    /// What a reader should know about the evidence, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// What kind of event a milestone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum MilestoneKind {
    /// Something outside the Accord that puts it in context.
    Context,
    /// A change in, or a report of, the number of signatories.
    Membership,
    /// Something the Accord started, endorsed or published.
    Initiative,
    /// One of the Accord's annual reports.
    Report,
    /// A meeting or event where the Accord took part.
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

/// The Accord or a related framework, with its principles or norms and its members as far as
/// known.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Framework {
    /// Stable slug used in links (`framework/<id>/`).
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::SLUG), length(max = 80)))]
    pub id: Text,
    /// Its full name.
    pub name: Text,
    /// When it was launched; null when unknown.
    #[cfg_attr(feature = "serde", serde(default))]
    pub launched: Option<PartialDate>,
    /// Where and by whom it was launched; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub launch_place: Option<Text>,
    /// Its final report, when it has one: date and title; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub final_report: Option<Text>,
    /// What kind of framework it is ("industry pledge", "UN intergovernmental norms").
    pub kind: Text,
    /// Who convenes or runs it; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub convenor: Option<Text>,
    /// Its stated objectives, where it states them apart from its principles.
    #[cfg_attr(feature = "serde", serde(default))]
    pub objectives: List<Text>,
    /// Its principles or norms.
    pub principles: List<FrameworkPrinciple>,
    /// What a reader should know about the principles' titles and texts, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub principles_note: Option<Text>,
    /// Member counts as sources reported them.
    #[cfg_attr(feature = "serde", serde(default))]
    pub member_counts: List<MemberCount>,
    /// Lists of members as sources gave them.
    #[cfg_attr(feature = "serde", serde(default))]
    pub member_lists: List<MemberList>,
    /// What a reader should know about the member lists, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub members_note: Option<Text>,
    /// How it relates to the Tech Accord, as sources describe it; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub relation_to_tech_accord: Option<Text>,
    /// The Tech Accord's endorsement of it, if there was one; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub tech_accord_endorsement: Option<Endorsement>,
    /// Something notable about it, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub notable: Option<Text>,
    /// Where the facts about it come from: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
}

/// A principle or norm of a framework.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct FrameworkPrinciple {
    /// Unique across all frameworks ("TA-1", "CoT-4", "UN-e").
    pub id: Text,
    /// Whether the framework calls it a principle or a norm.
    pub group: PrincipleGroup,
    /// Its title; null when no source gave it (shown as unknown).
    pub title: Option<Text>,
    /// Whether a source confirms the title (a confirmed title is never null).
    pub title_verified: bool,
    /// A title the dataset's editor recalls but no source confirms: shown only marked as
    /// unconfirmed.
    #[cfg_attr(feature = "serde", serde(default))]
    pub unconfirmed_title: Option<Text>,
    /// What it says, in short; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub summary: Option<Text>,
}

/// Whether a framework calls its items principles or norms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PrincipleGroup {
    Principle,
    Norm,
}

/// A count of a framework's members as a source reported it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct MemberCount {
    /// As reported ("150+", "28 commissioners from 16 countries").
    pub value: Text,
    /// When the count was made, as the source gives it; or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub as_of: Option<Text>,
    /// Where the count was reported.
    #[cfg_attr(feature = "serde", serde(default))]
    #[cfg_attr(feature = "schema", schemars(inner(pattern(pattern::HTTP_URL))))]
    pub sources: List<Text>,
    /// What a reader should know about the count, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// A list of a framework's members as a source gave it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct MemberList {
    /// What the list is ("Members, February 2019").
    pub label: Text,
    /// The members' names, as the source writes them.
    pub names: List<Text>,
    /// What a reader should know about the list, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// The Tech Accord's endorsement of another framework.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Endorsement {
    /// When the Accord endorsed it.
    pub date: PartialDate,
    /// What the endorsement was and what followed.
    pub detail: Text,
    /// Where the endorsement is reported: at least one http(s) URL.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1), inner(pattern(pattern::HTTP_URL)))
    )]
    pub sources: List<Text>,
}

/// The editorial map of themes to the principles of each framework that cover them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ThemeMap {
    /// Says that the mapping is an editorial reading, not what the sources state.
    pub note: Text,
    /// The themes, each with the principles that cover it.
    pub themes: List<Theme>,
}

/// A theme, and which principles of each framework cover it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Theme {
    /// Stable slug of the theme.
    #[cfg_attr(feature = "schema", schemars(pattern(pattern::SLUG), length(max = 80)))]
    pub id: Text,
    /// The theme's name ("protect users").
    pub name: Text,
    /// Framework id → ids of that framework's principles that cover the theme (empty: none).
    pub coverage: List<Coverage>,
    /// What a reader should know about the mapping of this theme, or null.
    #[cfg_attr(feature = "serde", serde(default))]
    pub note: Option<Text>,
}

/// The principles of one framework that cover a theme.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Coverage {
    /// The framework's id.
    pub framework: Text,
    /// The ids of its principles that cover the theme; empty when none does.
    pub principles: List<Text>,
}
