//! Writes a checked dataset as Rust source: borrowed `Cow`s in one static, so the app starts with
//! its data already in place and never parses it.

use crate::data::model::*;
use crate::data::PartialDate;
use std::fmt::Write;

pub fn to_rust(d: &Dataset) -> String {
    let mut out = String::new();
    d.bake(&mut out);
    out
}

trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Text {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "B({:?})", &**self);
    }
}

impl<T: Bake + Clone> Bake for List<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("B(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

macro_rules! bake_literal {
    ($($t:ty),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{:?}", self);
            }
        }
    )*};
}
bake_literal!(bool, u8, u32);

macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{}::{:?}", stringify!($t), self);
            }
        }
    )*};
}
bake_enum!(
    Sector,
    StatusKind,
    Confidence,
    Wording,
    MilestoneKind,
    PrincipleGroup,
    CountQualifier
);

impl Bake for PartialDate {
    fn bake(&self, out: &mut String) {
        let _ = write!(
            out,
            "PartialDate {{ year: {}, month: {}, day: {} }}",
            self.year, self.month, self.day
        );
    }
}

macro_rules! bake_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " {"));
                $(
                    out.push_str(concat!(stringify!($f), ":"));
                    self.$f.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}

bake_struct! {
    Dataset { meta, signatories, principles, milestones, frameworks, themes }
    Meta { accord, reported_signatories, last_checked, known_gaps }
    Accord { name, launched, official_text_url, official_text_status, purpose_quotes, admission_criterion, short_name_sources }
    Quote { text, wording, sources, note }
    ReportedCount { value, qualifier, as_of, sources, note }
    Signatory { id, name, aliases, country, hq_city, website, sector, joined, founding, status_kind, status, confidence, sources, notes }
    Principle { id, number, short_name, short_name_variants, text, wording, sources, note, sub_commitments }
    SubCommitment { text, wording, verbatim_fragment, sources, note }
    Milestone { id, date, title, kind, summary, reported_signatories, confidence, sources, note }
    Framework { id, name, launched, launch_place, final_report, kind, convenor, objectives, principles, principles_note, member_counts, member_lists, members_note, relation_to_tech_accord, tech_accord_endorsement, notable, sources }
    FrameworkPrinciple { id, group, title, title_verified, unverified_title, summary }
    MemberCount { value, as_of, sources, note }
    MemberList { label, names, note }
    Endorsement { date, detail, sources }
    ThemeMap { note, themes }
    Theme { id, name, coverage, note }
    Coverage { framework, principles }
}
