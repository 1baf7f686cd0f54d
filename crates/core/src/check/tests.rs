//! The matcher's rules as data: a table of rows and what each must give, against the project's
//! dataset; the hand-labelled vendor list (`tests/fixtures/vendor-list.csv`) and its precision and
//! recall; never panicking on any input; and the time 10,000 rows take (printed, not asserted).

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
            "close spelling",
            "chosen by you from the candidates"
        ]
    );
}

fn fixture() -> Vec<Labelled> {
    let text = include_str!("../../tests/fixtures/vendor-list.csv");
    read_labelled(text).expect("the fixture reads")
}

#[test]
fn the_vendor_list_is_matched_with_high_precision_and_recall() {
    let m = matcher();
    let rows = fixture();
    let s = score(m, &rows);
    let report = |positions: &[usize]| {
        positions
            .iter()
            .map(|&p| {
                format!(
                    "  {:?} labelled {}: {}",
                    rows[p].name,
                    rows[p].expected,
                    show(m, &m.check(&rows[p].name))
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    println!(
        "vendor list: {} rows, precision {:.4} ({} of {} called a signatory), recall {:.4} ({} of {} labelled one), {} agree in kind",
        s.counts.rows,
        s.precision,
        s.counts.correct_signatory,
        s.counts.predicted_signatory,
        s.recall,
        s.counts.correct_signatory,
        s.counts.expected_signatory,
        s.counts.agreeing,
    );
    println!(
        "wrong:\n{}\nmissed:\n{}",
        report(&s.wrong),
        report(&s.missed)
    );
    let other_kind: Vec<usize> = (0..rows.len())
        .filter(|&p| {
            let o = m.check(&rows[p].name);
            match rows[p].expected.as_str() {
                "several" => !matches!(o, Outcome::Several(_)),
                "none" => !matches!(o, Outcome::NotListed | Outcome::Unusable(_)),
                _ => false,
            }
        })
        .collect();
    println!(
        "labelled several or none, classified otherwise (not counted):\n{}",
        report(&other_kind)
    );
    assert!(rows.len() >= 300, "{} rows", rows.len());
    assert_eq!(s.counts.unknown_labels, 0, "labels that are no id");
    assert!(
        s.precision >= 0.99,
        "precision {:.4}; wrong:\n{}",
        s.precision,
        report(&s.wrong)
    );
    assert!(
        s.recall >= 0.95,
        "recall {:.4}; missed:\n{}",
        s.recall,
        report(&s.missed)
    );
}

#[test]
fn the_vendor_list_labels_none_only_for_names_not_in_the_data() {
    // A row labelled `none` must not be, word for word, a name or alias of the dataset.
    let m = matcher();
    for r in fixture().iter().filter(|r| r.expected == "none") {
        let compact = normalize(&r.name).replace(' ', "");
        assert!(
            !m.exact.contains_key(&compact),
            "{:?} is labelled none but is in the data",
            r.name
        );
    }
}

/// Not a check: the time to classify 10,000 rows (the fixture's, repeated), printed for
/// docs/PERFORMANCE.md. Debug builds are several times slower than release.
#[test]
fn time_ten_thousand_rows() {
    let m = matcher();
    let rows = fixture();
    let names: Vec<&str> = rows
        .iter()
        .map(|r| r.name.as_str())
        .cycle()
        .take(10_000)
        .collect();
    let start = std::time::Instant::now();
    let signatories = names
        .iter()
        .filter(|n| m.check(n).signatory().is_some())
        .count();
    let elapsed = start.elapsed();
    println!(
        "10000 rows checked in {:.1} ms ({} signatories; {} build)",
        elapsed.as_secs_f64() * 1e3,
        signatories,
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    let start = std::time::Instant::now();
    let built = Matcher::new(testdata());
    println!(
        "matcher built in {:.3} ms ({} forms)",
        start.elapsed().as_secs_f64() * 1e3,
        built.forms.len()
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
