//! A compact binary form of a checked dataset, for handing one between the app's two wasm modules.
//!
//! Opening a dataset file (JSON parsing with located errors, validation) and writing downloads
//! (CSV, JSON) need serde, serde_json and csv: two thirds of the first load's wasm growth, for
//! something few visits do. So they live in a second module (`src/bin/files.rs`) that the page
//! loads only when a person opens a file or downloads. The two modules have separate memories;
//! this is how a dataset crosses between them, without serde in the main module: `pack` writes
//! every field in declaration order (lengths as LEB128, text as UTF-8), `unpack` reads it back.
//!
//! Only datasets that passed validation are packed, but `unpack` still treats its input as
//! untrusted: any byte string gives a dataset or an error, never a panic, and a length is never
//! trusted beyond the bytes that remain. The first bytes name the format, so a module from
//! another build is refused with a message instead of misread.
//!
//! Reading does not stop at the first problem with `?` at every field (an early return and the
//! drop of a half-built record per field, which made the reader three times the size): the
//! `Reader` remembers the first problem and from then on has no bytes left, so every later read
//! gives an empty value at once, and `unpack` returns the problem.
//!
//! Each struct's fields are listed once, in `packed!`; a field added to the model and not to its
//! list is a compile error (the pattern and the struct literal must both be complete).

use std::borrow::Cow;
use std::fmt;

use super::model::*;
use super::PartialDate;

/// The first bytes of every packed dataset; bump the digit when the layout changes.
const MAGIC: &[u8; 8] = b"ACCPACK3";

/// Why bytes could not be read as a packed dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError(pub &'static str);

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "packed dataset: {}", self.0)
    }
}

// A static message: no allocation and no drop on the error path, which keeps `unpack` small.
fn err<T>(what: &'static str) -> Result<T, PackError> {
    Err(PackError(what))
}

/// The dataset as bytes.
pub fn pack(d: &Dataset) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(MAGIC);
    d.pack(&mut out);
    out
}

/// The dataset back from `pack`'s bytes; an error for anything else.
pub fn unpack(bytes: &[u8]) -> Result<Dataset, PackError> {
    let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else {
        return err("not in this build's format (a module from another version of the app?)");
    };
    let mut r = Reader {
        bytes: rest,
        problem: None,
    };
    let d = Dataset::unpack(&mut r);
    match r.problem {
        Some(why) => err(why),
        None if !r.bytes.is_empty() => err("bytes left over after the dataset"),
        None => Ok(d),
    }
}

/// What remains to be read, and the first problem met.
pub struct Reader<'a> {
    bytes: &'a [u8],
    problem: Option<&'static str>,
}

impl Reader<'_> {
    /// Records the first problem and drops what is left, so that every later read is empty.
    fn fail(&mut self, why: &'static str) {
        self.problem.get_or_insert(why);
        self.bytes = &[];
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => {
                self.fail("cut short");
                0
            }
        }
    }

    fn uint(&mut self) -> u64 {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
        }
        self.fail("a number is too long");
        0
    }

    /// A length, which can never exceed the bytes left (every item takes at least one).
    fn len(&mut self) -> usize {
        let n = self.uint();
        if n > self.bytes.len() as u64 {
            self.fail("a length runs past the end");
            return 0;
        }
        n as usize
    }
}

fn put_uint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A value with a binary form.
pub trait Pack: Sized {
    fn pack(&self, out: &mut Vec<u8>);
    /// The value read, or, after a problem (kept in the reader), an empty one.
    fn unpack(r: &mut Reader<'_>) -> Self;
}

impl Pack for Cow<'static, str> {
    fn pack(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        out.extend_from_slice(self.as_bytes());
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        let n = r.len();
        let (text, rest) = r.bytes.split_at(n);
        r.bytes = rest;
        match std::str::from_utf8(text) {
            Ok(t) => Cow::Owned(t.to_owned()),
            Err(_) => {
                r.fail("text that is not UTF-8");
                Cow::Borrowed("")
            }
        }
    }
}

impl<T: Pack + Clone> Pack for Cow<'static, [T]> {
    fn pack(&self, out: &mut Vec<u8>) {
        put_uint(out, self.len() as u64);
        for item in self.iter() {
            item.pack(out);
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        let n = r.len();
        let mut items = Vec::with_capacity(n.min(1024));
        // After a problem the reader is empty: the rest of the items would be empty too.
        for _ in 0..n {
            if r.problem.is_some() {
                break;
            }
            items.push(T::unpack(r));
        }
        Cow::Owned(items)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.pack(out);
            }
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => None,
            1 => Some(T::unpack(r)),
            _ => {
                r.fail("an optional value's tag is neither 0 nor 1");
                None
            }
        }
    }
}

impl Pack for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail("a yes/no value is neither 0 nor 1");
                false
            }
        }
    }
}

macro_rules! packed_uint {
    ($($ty:ty),*) => {$(
        impl Pack for $ty {
            fn pack(&self, out: &mut Vec<u8>) {
                put_uint(out, u64::from(*self));
            }
            fn unpack(r: &mut Reader<'_>) -> Self {
                let n = r.uint();
                <$ty>::try_from(n).unwrap_or_else(|_| {
                    r.fail("a number out of range");
                    0
                })
            }
        }
    )*};
}
packed_uint!(u8, u16, u32);

/// A struct, field by field in the order listed (which must name every field).
macro_rules! packed {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Pack for $ty {
            fn pack(&self, out: &mut Vec<u8>) {
                let $ty { $($field),* } = self;
                $($field.pack(out);)*
            }
            fn unpack(r: &mut Reader<'_>) -> Self {
                // Struct literal fields are evaluated in the order written: the order packed.
                $ty { $($field: Pack::unpack(r)),* }
            }
        }
    )*};
}

/// A field-less enum as one byte: its position in the list (which must name every variant).
macro_rules! packed_enum {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Pack for $ty {
            fn pack(&self, out: &mut Vec<u8>) {
                let all = [$($ty::$variant),*];
                // Exhaustive: a new variant not listed here does not compile.
                match self { $($ty::$variant)|* => {} }
                out.push(all.iter().position(|v| v == self).unwrap_or(0) as u8);
            }
            fn unpack(r: &mut Reader<'_>) -> Self {
                let all = [$($ty::$variant),*];
                match all.get(usize::from(r.byte())) {
                    Some(v) => *v,
                    None => {
                        r.fail(concat!("an unknown ", stringify!($ty)));
                        all[0]
                    }
                }
            }
        }
    )*};
}

/// A date as its text ("2018-04"), read back through `PartialDate::parse`, so a damaged pack can
/// never make a month 13 that formatting would index with.
impl Pack for PartialDate {
    fn pack(&self, out: &mut Vec<u8>) {
        Cow::<'static, str>::Owned(self.to_string()).pack(out);
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        let text = Cow::<'static, str>::unpack(r);
        PartialDate::parse(&text).unwrap_or_else(|_| {
            r.fail("a date that does not exist");
            // Never seen: `unpack` returns the problem instead of the dataset.
            PartialDate {
                year: 2000,
                month: 0,
                day: 0,
            }
        })
    }
}

packed! {
    Dataset { meta, signatories, principles, milestones, frameworks, themes, sources }
    Source { url, title, publisher, date, relation }
    Meta { accord, reported_signatories, last_checked, known_gaps }
    Accord {
        name, launched, official_text_url, official_text_status, purpose_quotes,
        admission_criterion, short_name_sources,
    }
    Quote { text, wording, sources, note }
    ReportedCount { value, qualifier, as_of, sources, note }
    Signatory {
        id, name, aliases, country, hq_city, website, sector, joined, founding, status_kind,
        status, confidence, sources, notes,
    }
    Principle {
        id, number, short_name, short_name_variants, text, wording, sources, note,
        sub_commitments,
    }
    SubCommitment { text, wording, verbatim_fragment, sources, note }
    Milestone {
        id, date, title, kind, summary, reported_signatories, confidence, sources, note,
    }
    Framework {
        id, name, launched, launch_place, final_report, kind, convenor, objectives, principles,
        principles_note, member_counts, member_lists, members_note, relation_to_tech_accord,
        tech_accord_endorsement, notable, sources,
    }
    FrameworkPrinciple { id, group, title, title_verified, unconfirmed_title, summary }
    MemberCount { value, as_of, sources, note }
    MemberList { label, names, note }
    Endorsement { date, detail, sources }
    ThemeMap { note, themes }
    Theme { id, name, coverage, note }
    Coverage { framework, principles }
}

packed_enum! {
    CountQualifier { Exact, MoreThan, AtLeast, About }
    Sector {
        Security, Software, CloudInternet, HardwareNetworking, Telecom, ConsultingServices,
        FinancialTech, IndustrialElectronics, DataAnalytics, Unknown,
    }
    StatusKind { Active, Acquired, Renamed, Split, Divested }
    Confidence { High, Medium, Low }
    Wording { Verbatim, Mostly, Partly, Paraphrase }
    MilestoneKind { Context, Membership, Initiative, Report, Event }
    PrincipleGroup { Principle, Norm }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_builtin_dataset_comes_back_equal() {
        let d = crate::data::testdata();
        let bytes = pack(d);
        assert_eq!(&unpack(&bytes).unwrap(), d);
        // Brotli shrinks it further on the wire; raw, it is smaller than the JSON files.
        assert!(bytes.len() < 110_000, "{} bytes", bytes.len());
    }

    #[test]
    fn a_foreign_or_damaged_pack_is_refused_with_a_message() {
        let bytes = pack(crate::data::testdata());
        let msg = |b: &[u8]| unpack(b).unwrap_err().to_string();
        assert!(msg(b"").contains("another version"));
        assert!(msg(b"ACCPACK2rest").contains("another version"));
        assert!(msg(&bytes[..bytes.len() - 1]).contains("packed dataset"));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(msg(&longer).contains("left over"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any bytes after the header: a dataset or an error, never a panic or a huge allocation.
        #[test]
        fn arbitrary_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512)) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(body);
            let _ = unpack(&bytes);
        }

        /// A real pack with bytes changed or cut: never a panic.
        #[test]
        fn damaged_packs_never_panic(
            cut in 0usize..200_000,
            flips in proptest::collection::vec((0usize..200_000, any::<u8>()), 0..8),
        ) {
            let mut bytes = pack(crate::data::testdata());
            for (at, b) in flips {
                let n = bytes.len();
                bytes[at % n] = b;
            }
            bytes.truncate(cut.min(bytes.len()));
            let _ = unpack(&bytes);
        }
    }
}
