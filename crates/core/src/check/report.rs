//! A checked list as a download: every row of the list as it was, with the outcome and the
//! matched signatory's facts added, as CSV (for spreadsheets) or JSON (for scripts). Pure: the UI
//! only offers the text as a file.

use super::list::List;
use super::{details, Outcome};
use crate::data::{Dataset, Signatory};

/// The columns added after the list's own, in order.
pub const ADDED: [&str; 10] = [
    "Outcome",
    "Details",
    "Signatory",
    "Signatory id",
    "Joined",
    "Founding signatory",
    "Status",
    "Candidates",
    "Sources",
    "Dataset checked on",
];

fn signatory<'a>(d: &'a Dataset, o: &Outcome) -> Option<&'a Signatory> {
    o.signatory().and_then(|i| d.signatories.get(i))
}

fn candidates<'a>(d: &'a Dataset, o: &Outcome) -> Vec<&'a Signatory> {
    match o {
        Outcome::Several(list) => list.iter().filter_map(|&i| d.signatories.get(i)).collect(),
        _ => Vec::new(),
    }
}

fn added(d: &Dataset, o: &Outcome) -> [String; 10] {
    let s = signatory(d, o);
    let names: Vec<&str> = candidates(d, o).iter().map(|c| &*c.name).collect();
    [
        o.label().to_owned(),
        details(d, o),
        s.map(|s| s.name.to_string()).unwrap_or_default(),
        s.map(|s| s.id.to_string()).unwrap_or_default(),
        s.and_then(|s| s.joined)
            .map(|j| j.to_string())
            .unwrap_or_default(),
        s.map(|s| if s.founding { "yes" } else { "no" }.to_owned())
            .unwrap_or_default(),
        s.map(|s| s.status.to_string()).unwrap_or_default(),
        names.join("; "),
        s.map(|s| s.sources.join(" ")).unwrap_or_default(),
        d.meta.last_checked.to_string(),
    ]
}

/// The list as CSV: its own columns, then `ADDED`; a byte-order mark first so that spreadsheet
/// programs read it as UTF-8. `outcomes` are the rows', in order.
pub fn to_csv(d: &Dataset, list: &List, outcomes: &[Outcome]) -> String {
    let header = list.columns.iter().map(String::as_str).chain(ADDED);
    let width = list.columns.len();
    let rows = list.rows.iter().zip(outcomes).map(|(row, o)| {
        let own = (0..width).map(|i| row.get(i).cloned().unwrap_or_default());
        own.chain(added(d, o)).collect::<Vec<String>>()
    });
    crate::data::export::write_csv(header, rows)
}

/// The list as JSON: the dataset's date and coverage, then one object a row with the row as it
/// was (`row`, by column name), the outcome and the signatory or candidates.
pub fn to_json(d: &Dataset, list: &List, outcomes: &[Outcome]) -> String {
    let rows: Vec<serde_json::Value> = list
        .rows
        .iter()
        .zip(outcomes)
        .enumerate()
        .map(|(n, (row, o))| {
            let cells: serde_json::Map<String, serde_json::Value> = list
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| (c.clone(), row.get(i).cloned().unwrap_or_default().into()))
                .collect();
            let signatory = signatory(d, o).map(|s| {
                serde_json::json!({
                    "id": s.id, "name": s.name, "joined": s.joined, "founding": s.founding,
                    "status": s.status, "sources": s.sources,
                })
            });
            let candidates: Vec<serde_json::Value> = candidates(d, o)
                .iter()
                .map(|c| serde_json::json!({ "id": c.id, "name": c.name }))
                .collect();
            serde_json::json!({
                "position": n + 1,
                "row": cells,
                "name": row.get(list.column).cloned().unwrap_or_default(),
                "outcome": o.label(),
                "details": details(d, o),
                "signatory": signatory,
                "candidates": candidates,
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "dataset_checked_on": d.meta.last_checked,
        "coverage": d.coverage_line(),
        "rows": rows,
    }))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::list::{read, Choice};
    use super::super::{How, Matcher};
    use super::*;

    #[test]
    fn a_checked_csv_keeps_its_rows_and_adds_the_outcome() {
        let d = crate::data::testdata();
        let m = Matcher::new(d);
        let text = "Ref,Supplier\n7,\"Cisco Systems, Inc.\"\n8,Google LLC\n9,Group\n";
        let list = read("s.csv", text.as_bytes(), Choice::default()).unwrap();
        let outcomes: Vec<Outcome> = list.names().map(|n| m.check(n)).collect();
        let csv = to_csv(d, &list, &outcomes);
        let mut r = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(header[..3], ["Ref", "Supplier", "Outcome"]);
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][1], "Cisco Systems, Inc.");
        assert_eq!(&rows[0][2], "Signatory");
        assert_eq!(&rows[0][5], "cisco");
        assert!(rows[0][10].starts_with("http"), "sources: {}", &rows[0][10]);
        assert_eq!(&rows[0][11], &d.meta.last_checked.to_string());
        assert_eq!(&rows[1][2], "Not in this dataset");
        assert!(rows[1][3].contains("does not mean not a signatory"));
        assert_eq!(&rows[2][2], "Could not be checked");

        let json: serde_json::Value = serde_json::from_str(&to_json(d, &list, &outcomes)).unwrap();
        assert_eq!(json["rows"][0]["row"]["Ref"], "7");
        assert_eq!(json["rows"][0]["signatory"]["id"], "cisco");
        assert_eq!(json["rows"][1]["signatory"], serde_json::Value::Null);
        assert_eq!(json["dataset_checked_on"], d.meta.last_checked.to_string());
    }

    #[test]
    fn a_chosen_candidate_is_exported_as_chosen() {
        let d = crate::data::testdata();
        let list = read("", b"Nokia Solutions and Networks Oy\n", Choice::default()).unwrap();
        let nokia = d
            .signatories
            .iter()
            .position(|s| &*s.id == "nokia")
            .unwrap();
        let chosen = [Outcome::Signatory {
            index: nokia,
            how: How::Chosen,
        }];
        let csv = to_csv(d, &list, &chosen);
        assert!(
            csv.contains("Signatory,chosen by you from the candidates,Nokia,nokia"),
            "{csv}"
        );
    }
}
