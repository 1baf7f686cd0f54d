//! The matcher's rules as data: a table of rows and what each must give, against the project's
//! dataset; and never panicking on any input.

use super::*;
use crate::data::testdata;
use proptest::prelude::*;

/// What a row of the table must give.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// This signatory, recognised this way.
    Is(&'static str, How),
    /// `Several`, with this signatory first.
    First(&'static str),
    /// `Several`, with this signatory among the candidates.
    Among(&'static str),
    NotListed,
    Unusable(&'static str),
}
use How::*;
use Want::*;

const CASES: &[(&str, Want)] = &[
    // Exact names, written as registers write them: case, diacritics, punctuation, legal forms.
    ("Cisco", Is("cisco", ExactName)),
    ("Microsoft Corporation", Is("microsoft", ExactName)),
    ("MICROSOFT CORP.", Is("microsoft", ExactName)),
    ("Telefonica, S.A.", Is("telefonica", ExactName)),
    ("TELEFÓNICA", Is("telefonica", ExactName)),
    ("The Hitachi, Ltd.", Is("hitachi", ExactName)),
    ("Nokia Oyj", Is("nokia", ExactName)),
    ("ARM Limited", Is("arm", ExactName)),
    ("Arm Holdings plc", Is("arm", ExactName)),
    ("Panasonic Holdings Corporation", Is("panasonic", ExactName)),
    ("Meta Platforms, Inc.", Is("meta-platforms", ExactName)),
    (
        "Hewlett Packard Enterprise Company",
        Is("hewlett-packard-enterprise", ExactName),
    ),
    ("Trend Micro Incorporated", Is("trend-micro", ExactName)),
    ("TrendMicro", Is("trend-micro", ExactName)),
    ("Data Stax, Inc", Is("datastax", ExactName)),
    ("F Secure Oyj", Is("f-secure", ExactName)),
    ("SAP SE", Is("sap", ExactName)),
    ("Dell", Is("dell", ExactName)),
    // Very short names still match exactly.
    ("ABB", Is("abb", ExactName)),
    ("BT", Is("bt", ExactName)),
    ("B.T. Group plc", Is("bt", ExactName)),
    ("HP", Is("hp-inc", ExactName)),
    ("HP Inc", Is("hp-inc", ExactName)),
    ("RSA", Is("rsa", ExactName)),
    // Aliases and former names.
    ("CISCO SYSTEMS, INC.", Is("cisco", AliasOrFormerName)),
    ("Facebook, Inc.", Is("meta-platforms", AliasOrFormerName)),
    (
        "Facebook (now Meta)",
        Is("meta-platforms", AliasOrFormerName),
    ),
    ("Symantec Corporation", Is("symantec", ExactName)),
    ("NortonLifeLock Inc.", Is("symantec", AliasOrFormerName)),
    ("WithSecure Oyj", Is("f-secure", AliasOrFormerName)),
    (
        "British Telecommunications plc",
        Is("bt", AliasOrFormerName),
    ),
    ("Hewlett-Packard", Is("hp-inc", AliasOrFormerName)),
    ("HPE", Is("hewlett-packard-enterprise", AliasOrFormerName)),
    ("Dell Technologies Inc.", Is("dell", AliasOrFormerName)),
    (
        "RSA, a Dell Technologies business",
        Is("rsa", AliasOrFormerName),
    ),
    ("VMware Carbon Black", Is("carbon-black", AliasOrFormerName)),
    ("Salesforce.com, Inc.", Is("salesforce", AliasOrFormerName)),
    ("Avast Software s.r.o.", Is("avast", AliasOrFormerName)),
    ("Balasys IT Zrt.", Is("balasys", AliasOrFormerName)),
    (
        "WISeKey International Holding AG",
        Is("wisekey", AliasOrFormerName),
    ),
    ("Tenable Network Security", Is("tenable", AliasOrFormerName)),
    ("Panda", Is("panda-security", AliasOrFormerName)),
    // Web addresses, domains and e-mail addresses, by the website.
    ("https://www.cisco.com/", Is("cisco", Website)),
    ("cisco.com", Is("cisco", Website)),
    ("www.nokia.com/en", Is("nokia", Website)),
    ("HTTPS://WWW.MICROSOFT.COM", Is("microsoft", Website)),
    ("http://investor.cisco.com:443/x", Is("cisco", Website)),
    ("procurement@oracle.com", Is("oracle", Website)),
    ("salesforce.com", Is("salesforce", Website)),
    ("juniper.net", Is("juniper-networks", Website)),
    ("www.telefonica.es", First("telefonica")),
    ("google.com", NotListed),
    ("notcisco.com", NotListed),
    ("hpe.com.example.org", NotListed),
    // Close spellings: one clear best of six letters or more is a match, anything else asks.
    ("Mircosoft", Is("microsoft", CloseSpelling)),
    ("Microsfot Corporation", Is("microsoft", CloseSpelling)),
    ("Bitdefnder SRL", Is("bitdefender", CloseSpelling)),
    ("Cloudfare Inc", Is("cloudflare", CloseSpelling)),
    ("Symantic Corp", Is("symantec", CloseSpelling)),
    ("Oracel", Is("oracle", CloseSpelling)),
    ("Cisco Sytems Inc", Is("cisco", CloseSpelling)),
    ("Nokai", First("nokia")),
    ("Stripes Group", First("stripe")),
    ("Dall", First("dell")),
    ("Jupiter Networks", First("juniper-networks")),
    ("Telefonika Espana", NotListed),
    // A name in a longer name: a subsidiary or unit that a person must confirm.
    ("Nokia Solutions and Networks Oy", First("nokia")),
    ("Microsoft Ireland Operations Limited", First("microsoft")),
    ("Oracle America, Inc.", First("oracle")),
    (
        "Computer Associates International, Inc.",
        First("ca-technologies"),
    ),
    ("Dell EMC", First("dell")),
    ("Arm & Hammer", First("arm")),
    ("RSA Dell", Among("dell")),
    ("BT Ireland", First("bt")),
    // Two-letter aliases alone are candidates only; other two-letter rows are unusable.
    ("CA", First("ca-technologies")),
    ("CA, Inc.", First("ca-technologies")),
    ("GE", Unusable(TOO_SHORT)),
    ("IT", Unusable(TOO_SHORT)),
    ("AB", Unusable(TOO_SHORT)),
    ("X", Unusable(TOO_SHORT)),
    ("H.P", Is("hp-inc", ExactName)),
    // Generic words and legal forms alone.
    ("Group", Unusable(ONLY_GENERIC)),
    ("Systems", Unusable(ONLY_GENERIC)),
    ("Technologies", Unusable(ONLY_GENERIC)),
    ("Software", Unusable(ONLY_GENERIC)),
    ("Security", Unusable(ONLY_GENERIC)),
    ("Networks", Unusable(ONLY_GENERIC)),
    ("Solutions", Unusable(ONLY_GENERIC)),
    ("Security Software Ltd", Unusable(ONLY_GENERIC)),
    ("The Group, Inc.", Unusable(ONLY_GENERIC)),
    ("S.A.", Unusable(TOO_SHORT)),
    ("N/A", Unusable(TOO_SHORT)),
    ("Limited", Unusable(ONLY_GENERIC)),
    // Well-known companies that are not signatories in the data.
    ("Google LLC", NotListed),
    ("Apple Inc.", NotListed),
    ("Amazon Web Services, Inc.", NotListed),
    ("IBM", NotListed),
    ("Siemens AG", NotListed),
    ("Huawei Technologies Co., Ltd.", NotListed),
    ("Del", NotListed),
    // Rows with nothing to match, and rows too long.
    ("", Unusable(EMPTY)),
    ("   \t ", Unusable(EMPTY)),
    ("---", Unusable(NO_LETTERS)),
    ("12345", Unusable(NO_LETTERS)),
];

fn matcher() -> &'static Matcher {
    static M: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    M.get_or_init(|| Matcher::new(testdata()))
}

fn show(m: &Matcher, o: &Outcome) -> String {
    match o {
        Outcome::Signatory { index, how } => {
            format!("{} by {}", m.id(*index).unwrap_or("?"), how.label())
        }
        Outcome::Several(c) => format!(
            "several: {}",
            c.iter()
                .map(|&i| m.id(i).unwrap_or("?"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Outcome::NotListed => "not listed".into(),
        Outcome::Unusable(why) => format!("unusable: {why}"),
    }
}

#[test]
fn the_table_of_rules() {
    let m = matcher();
    let mut failures = Vec::new();
    for &(row, want) in CASES {
        let got = m.check(row);
        let index = |id: &str| {
            m.index_of(id)
                .unwrap_or_else(|| panic!("no signatory {id}"))
        };
        let ok = match (want, &got) {
            (Is(id, how), Outcome::Signatory { index: i, how: h }) => *i == index(id) && *h == how,
            (First(id), Outcome::Several(c)) => c.first() == Some(&index(id)),
            (Among(id), Outcome::Several(c)) => c.contains(&index(id)),
            (NotListed, Outcome::NotListed) => true,
            (Unusable(why), Outcome::Unusable(w)) => why == *w,
            _ => false,
        };
        if !ok {
            failures.push(format!("{row:?}: wanted {want:?}, got {}", show(m, &got)));
        }
    }
    assert!(CASES.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} rows:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn rows_are_cut_at_the_limit() {
    let m = matcher();
    let inside = format!("{}Cisco", " ".repeat(MAX_ROW_CHARS - 5));
    assert_eq!(m.check(&inside).signatory(), m.index_of("cisco"));
    let beyond = format!("{}Cisco", " ".repeat(MAX_ROW_CHARS));
    assert_eq!(m.check(&beyond), Outcome::Unusable(EMPTY));
    let long = format!("Cisco{}", " and more".repeat(100));
    assert!(matches!(m.check(&long), Outcome::Several(_)));
}

#[test]
fn several_names_at_most_five() {
    let m = matcher();
    let every: Vec<&str> = testdata().signatories.iter().map(|s| &*s.id).collect();
    match m.check(&every.join(" ")) {
        Outcome::Several(c) => assert_eq!(c.len(), MAX_CANDIDATES),
        other => panic!("{}", show(m, &other)),
    }
}

#[test]
fn every_name_and_alias_and_website_finds_its_signatory() {
    let m = matcher();
    for (i, s) in testdata().signatories.iter().enumerate() {
        let expected = Outcome::Signatory {
            index: i,
            how: ExactName,
        };
        assert_eq!(m.check(&s.name), expected, "{}", s.name);
        for a in s.aliases.iter() {
            let got = m.check(a);
            let short = normalize(a).replace(' ', "").chars().count() < 3;
            let fine = got.signatory() == Some(i) || (short && got == Outcome::Several(vec![i]));
            assert!(fine, "{a}: {}", show(m, &got));
        }
        if let Some(w) = &s.website {
            assert_eq!(
                m.check(w),
                Outcome::Signatory {
                    index: i,
                    how: Website
                },
                "{w}"
            );
        }
    }
}

#[test]
fn no_two_signatories_share_a_normalized_name_or_alias() {
    for (form, who) in &matcher().exact {
        let mut ids: Vec<usize> = who.iter().map(|&(i, _)| i).collect();
        crate::sort::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), 1, "{form} is shared: {ids:?}");
    }
}

#[test]
fn labels_read_as_the_reader_sees_them() {
    let labels: Vec<&str> = How::ALL.iter().map(|h| h.label()).collect();
    assert_eq!(
        labels,
        [
            "exact name",
            "alias or former name",
            "website domain",
            "close spelling"
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any text gives an outcome, never a panic; every index is a signatory and `Several` is
    /// never empty nor longer than the limit.
    #[test]
    fn any_row_gives_a_sound_outcome(row in any::<String>()) {
        let m = matcher();
        match m.check(&row) {
            Outcome::Signatory { index, .. } => prop_assert!(index < m.len()),
            Outcome::Several(c) => {
                prop_assert!(!c.is_empty() && c.len() <= MAX_CANDIDATES);
                prop_assert!(c.iter().all(|&i| i < m.len()));
            }
            Outcome::NotListed | Outcome::Unusable(_) => {}
        }
        let _ = normalize(&row);
    }

    /// Rows made of name-like pieces (letters, dots, commas, ampersands, slashes, `@`, `:`)
    /// reach every rule; the outcome of ASCII text does not depend on its case.
    #[test]
    fn messy_ascii_rows_do_not_depend_on_case(row in "[a-zA-Z0-9 .,&/@:()'-]{0,60}") {
        let m = matcher();
        prop_assert_eq!(m.check(&row), m.check(&row.to_uppercase()));
    }

    /// A row of one or two letters or digits (whatever surrounds them) is a signatory only when
    /// it is exactly a signatory's normalized name.
    #[test]
    fn short_rows_match_only_exact_names(row in "[ .,&-]{0,3}[a-zA-Z0-9]{1,2}[ .,&-]{0,3}") {
        let m = matcher();
        if let Some(i) = m.check(&row).signatory() {
            let name = normalize(&testdata().signatories[i].name).replace(' ', "");
            prop_assert_eq!(normalize(&row).replace(' ', ""), name);
        }
    }
}
