//! Exports of signatories as CSV (written by the `csv` crate: quoting, UTF-8) and JSON, each row
//! with its sources, for spreadsheets and scripts. Pure: the UI only offers the text as a download.

use super::Dataset;
use super::Signatory;

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

/// CSV with a header row; a byte-order mark first so spreadsheet programs read it as UTF-8.
pub fn to_csv<'a>(d: &Dataset, rows: impl IntoIterator<Item = &'a Signatory>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut ok = w.write_record(COLUMNS).is_ok();
    for s in rows {
        ok &= w.write_record(row(d, s)).is_ok();
    }
    let bytes = w.into_inner().unwrap_or_default();
    let body = String::from_utf8(bytes).unwrap_or_default();
    if ok {
        format!("\u{feff}{body}")
    } else {
        String::new()
    }
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
}
