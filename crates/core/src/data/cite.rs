//! "Cite this page": an APA-style reference and a BibTeX entry for a page of the explorer, with
//! its permalink, the dataset's version date and the reader's access date. Pure text; the UI
//! shows it and copies it.

use super::PartialDate;

/// The name the explorer is cited under.
pub const SITE: &str = "Accord Explorer";

const MONTHS_BIB: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What a reference names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRef<'a> {
    /// The page's subject ("Cisco", "Principle 2: No offense").
    pub title: &'a str,
    /// A stable key for BibTeX ("signatory-cisco").
    pub key: &'a str,
    /// The page's absolute permalink, or its path when the build did not know where it lives.
    pub url: &'a str,
    /// The dataset's version: the day it was last checked against its sources.
    pub version: PartialDate,
    /// The day the reader read the page; None where it is not known (a page without script).
    pub accessed: Option<PartialDate>,
}

/// "2026, December 1" (APA's date order), as precise as the date is.
fn apa_date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{}, {}", d.year, MONTHS[usize::from(m - 1)]),
        (m, day) => format!("{}, {} {}", d.year, MONTHS[usize::from(m - 1)], day),
    }
}

/// "December 1, 2026".
fn us_date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{} {}", MONTHS[usize::from(m - 1)], d.year),
        (m, day) => format!("{} {day}, {}", MONTHS[usize::from(m - 1)], d.year),
    }
}

/// An APA-style (7th edition) reference to a page of a dataset that changes over time.
pub fn apa(p: &PageRef<'_>) -> String {
    let retrieved = match p.accessed {
        Some(a) => format!("Retrieved {}, from", us_date(a)),
        None => "Retrieved [the date you read it], from".to_owned(),
    };
    format!(
        "{}. ({}). In {SITE}: The Cybersecurity Tech Accord, its signatories and principles [Data set, version of {}]. {retrieved} {}",
        p.title.trim_end_matches('.'),
        apa_date(p.version),
        p.version.long(),
        p.url
    )
}

/// Escapes what BibTeX reads as markup in a field's text.
fn bib_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A BibTeX `@misc` entry (biblatex's `urldate` included).
pub fn bibtex(p: &PageRef<'_>) -> String {
    let key: String = p
        .key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let mut out = format!(
        "@misc{{accord-explorer-{key},\n  title = {{{}}},\n  howpublished = {{{SITE}}},\n  year = {{{}}},\n",
        bib_escape(p.title),
        p.version.year
    );
    if p.version.month != 0 {
        out.push_str(&format!(
            "  month = {},\n",
            MONTHS_BIB[usize::from(p.version.month - 1)]
        ));
    }
    out.push_str(&format!(
        "  note = {{Dataset version of {}}},\n  url = {{{}}},\n",
        p.version.long(),
        p.url
    ));
    if let Some(a) = p.accessed {
        out.push_str(&format!("  urldate = {{{a}}},\n"));
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(accessed: Option<&str>) -> PageRef<'static> {
        PageRef {
            title: "Cisco",
            key: "signatory/cisco",
            url: "https://example.org/accord/signatory/cisco/",
            version: PartialDate::parse("2026-12-01").expect("date"),
            accessed: accessed.map(|a| PartialDate::parse(a).expect("date")),
        }
    }

    #[test]
    fn apa_names_the_page_the_version_and_the_access_date() {
        assert_eq!(
            apa(&page(Some("2027-01-15"))),
            "Cisco. (2026, December 1). In Accord Explorer: The Cybersecurity Tech Accord, its \
             signatories and principles [Data set, version of 1 December 2026]. Retrieved \
             January 15, 2027, from https://example.org/accord/signatory/cisco/"
        );
        assert!(apa(&page(None)).contains("Retrieved [the date you read it], from https://"));
    }

    #[test]
    fn bibtex_is_an_entry_with_escaped_text() {
        let b = bibtex(&page(Some("2027-01-15")));
        assert!(b.starts_with("@misc{accord-explorer-signatory-cisco,\n  title = {Cisco},\n"));
        assert!(b.contains("  month = dec,\n"));
        assert!(b.contains("  url = {https://example.org/accord/signatory/cisco/},\n"));
        assert!(b.ends_with("  urldate = {2027-01-15},\n}"));
        let amp = PageRef {
            title: "AT&T {50%}",
            ..page(None)
        };
        let b = bibtex(&amp);
        assert!(b.contains("title = {AT\\&T \\{50\\%\\}}"), "{b}");
        assert!(!b.contains("urldate"));
    }
}
