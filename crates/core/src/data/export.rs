//! Exports of signatories as CSV (written by the `csv` crate: quoting, UTF-8) and JSON, each row
//! with its sources, for spreadsheets and scripts: the rows a person downloads from the app, and
//! the table of every signatory the build publishes. Pure: the UI only offers the text as a
//! download.

use super::Dataset;
use super::{Sector, Signatory, Source};

/// The columns of an export, in order.
pub const COLUMNS: [&str; 14] = [
    "id",
    "name",
    "aliases",
    "country",
    "country_name",
    "region",
    "hq_city",
    "sector",
    "joined",
    "founding",
    "status",
    "confidence",
    "frameworks",
    "sources",
];

fn row(d: &Dataset, s: &Signatory) -> [String; 14] {
    let frameworks: Vec<String> = d
        .frameworks_of(s)
        .iter()
        .map(|f| f.name.to_string())
        .collect();
    [
        s.id.to_string(),
        s.name.to_string(),
        s.aliases.join("; "),
        s.country.as_deref().unwrap_or("").to_owned(),
        s.country_name().unwrap_or("").to_owned(),
        s.region().map(|r| r.label()).unwrap_or("").to_owned(),
        s.hq_city.as_deref().unwrap_or("").to_owned(),
        s.sector.label().to_owned(),
        s.joined.map(|j| j.to_string()).unwrap_or_default(),
        if s.founding { "yes" } else { "no" }.to_owned(),
        s.status.to_string(),
        s.confidence.key().to_owned(),
        frameworks.join("; "),
        s.sources.join(" "),
    ]
}

/// The columns of the published table of every signatory (`signatories_csv`), headed as the
/// app's pages name them.
pub const HEADINGS: [&str; 17] = [
    "Identifier",
    "Name",
    "Also known as",
    "Country code",
    "Country",
    "Region",
    "Headquarters",
    "Website",
    "Sector",
    "Joined",
    "Founding signatory",
    "Status",
    "Confidence",
    "Also appears in",
    "Sources",
    "Source citations",
    "Notes",
];

/// A signatory's row of the published table: an export row, with the website, the citation of
/// each source (one a line, in the order of the sources) and the notes; an unknown value is empty.
fn published_row(d: &Dataset, s: &Signatory) -> [String; 17] {
    let [id, name, aliases, country, country_name, region, hq_city, sector, joined, founding, status, confidence, frameworks, sources] =
        row(d, s);
    let citations: Vec<String> = s
        .sources
        .iter()
        .map(|u| d.source(u).map(Source::citation).unwrap_or_default())
        .collect();
    [
        id,
        name,
        aliases,
        country,
        country_name,
        region,
        hq_city,
        s.website.as_deref().unwrap_or("").to_owned(),
        if s.sector == Sector::Unknown {
            String::new()
        } else {
            sector
        },
        joined,
        founding,
        status,
        confidence,
        frameworks,
        sources,
        citations.join("\n"),
        s.notes.as_deref().unwrap_or("").to_owned(),
    ]
}

/// CSV of a header and rows; a byte-order mark first so spreadsheet programs read it as UTF-8.
/// Empty if a record cannot be written. Also writes a checked vendor list (`check::report`).
pub(crate) fn write_csv<H, R>(header: H, rows: impl Iterator<Item = R>) -> String
where
    H: IntoIterator,
    H::Item: AsRef<[u8]>,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(header).is_ok();
    for r in rows {
        ok &= w.write_record(r).is_ok();
    }
    let bytes = w.into_inner().unwrap_or_default();
    let body = String::from_utf8(bytes).unwrap_or_default();
    if ok {
        format!("\u{feff}{body}")
    } else {
        String::new()
    }
}

/// CSV with a header row of the export's columns (`COLUMNS`).
pub fn to_csv<'a>(d: &Dataset, rows: impl IntoIterator<Item = &'a Signatory>) -> String {
    write_csv(COLUMNS, rows.into_iter().map(|s| row(d, s)))
}

/// Every signatory, one row each with its sources and their citations, under `HEADINGS`: the
/// table the build publishes beside the dataset.
pub fn signatories_csv(d: &Dataset) -> String {
    write_csv(HEADINGS, d.signatories.iter().map(|s| published_row(d, s)))
}

/// A JSON array of objects with the same columns as the CSV (lists kept as arrays).
pub fn to_json<'a>(d: &Dataset, rows: impl IntoIterator<Item = &'a Signatory>) -> String {
    let items: Vec<serde_json::Value> = rows
        .into_iter()
        .map(|s| {
            let frameworks: Vec<String> = d.frameworks_of(s).iter().map(|f| f.name.to_string()).collect();
            serde_json::json!({
                "id": s.id, "name": s.name, "aliases": s.aliases, "country": s.country,
                "country_name": s.country_name(), "region": s.region().map(|r| r.label()),
                "hq_city": s.hq_city, "sector": s.sector, "joined": s.joined, "founding": s.founding,
                "status": s.status, "confidence": s.confidence, "frameworks": frameworks,
                "sources": s.sources,
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_keeps_unicode() {
        let d = crate::data::testdata();
        let rows: Vec<&Signatory> = d
            .signatories
            .iter()
            .filter(|s| s.id == "telefonica" || s.id == "cisco")
            .collect();
        let csv = to_csv(d, rows.iter().copied());
        assert!(csv.starts_with('\u{feff}'));
        let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let records: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(&records[0][1], "Cisco");
        assert_eq!(&records[0][12], "Charter of Trust");
        assert_eq!(&records[1][1], "Telefónica");
        assert!(records[1][13].starts_with("https://"));
        let json: serde_json::Value =
            serde_json::from_str(&to_json(d, rows.iter().copied())).unwrap();
        assert_eq!(json[1]["name"], "Telefónica");
    }

    #[test]
    fn the_published_table_has_every_signatory_with_its_citations() {
        let d = crate::data::testdata();
        let csv = signatories_csv(d);
        assert!(csv.starts_with('\u{feff}'));
        let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(r.headers().unwrap(), HEADINGS.as_slice());
        let records: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
        assert_eq!(records.len(), d.signatories.len());
        let column = |name: &str| HEADINGS.iter().position(|h| *h == name).unwrap();
        for (s, rec) in d.signatories.iter().zip(&records) {
            assert_eq!(&rec[column("Identifier")], &*s.id);
            let urls: Vec<&str> = rec[column("Sources")].split(' ').collect();
            assert_eq!(urls, s.sources.iter().map(|u| &**u).collect::<Vec<_>>());
            let citations: Vec<&str> = rec[column("Source citations")].split('\n').collect();
            assert_eq!(citations.len(), urls.len(), "{}", s.id);
            assert!(citations.iter().all(|c| !c.is_empty()), "{}", s.id);
            assert_eq!(&rec[column("Website")], s.website.as_deref().unwrap_or(""));
            assert_eq!(rec[column("Joined")].is_empty(), s.joined.is_none());
            assert_eq!(
                rec[column("Sector")].is_empty(),
                s.sector == Sector::Unknown,
                "{}",
                s.id
            );
        }
        let cisco = &records[d.signatories.iter().position(|s| s.id == "cisco").unwrap()];
        assert_eq!(&cisco[column("Founding signatory")], "yes");
        assert_eq!(&cisco[column("Also appears in")], "Charter of Trust");
    }
}
