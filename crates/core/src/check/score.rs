//! How well the matcher does on a hand-labelled vendor list (`name,expected` rows, expected a
//! signatory id, `several` or `none`): the precision and recall of its `Signatory` outcome, for
//! the tests and for a bench command to print.

use super::{Matcher, Outcome};

/// One labelled row: the name as a register wrote it, and what it should be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub name: String,
    /// A signatory id, `several` (a person must decide) or `none` (not a signatory).
    pub expected: String,
}

/// What `score` counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub rows: usize,
    /// Rows labelled with a signatory id.
    pub expected_signatory: usize,
    /// Rows the matcher called a `Signatory`.
    pub predicted_signatory: usize,
    /// Rows the matcher called a `Signatory` with the labelled id.
    pub correct_signatory: usize,
    /// Rows whose outcome agrees with the label in kind as well: an id and that `Signatory`,
    /// `several` and `Several`, `none` and `NotListed` or `Unusable`.
    pub agreeing: usize,
    /// Labels that are neither `several`, `none` nor an id the matcher knows.
    pub unknown_labels: usize,
}

/// Precision and recall of the `Signatory` outcome on a labelled list.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Correct ids among the rows called `Signatory` (1 when none was).
    pub precision: f64,
    /// Rows labelled with an id that were called `Signatory` with it, among all rows labelled
    /// with an id (1 when none was).
    pub recall: f64,
    pub counts: Counts,
    /// Positions of the rows called a `Signatory` they are not.
    pub wrong: Vec<usize>,
    /// Positions of the rows labelled with an id and not called that `Signatory`.
    pub missed: Vec<usize>,
}

/// Checks every row and compares the outcome with its label.
pub fn score(m: &Matcher, rows: &[Labelled]) -> Score {
    let mut c = Counts {
        rows: rows.len(),
        ..Counts::default()
    };
    let (mut wrong, mut missed) = (Vec::new(), Vec::new());
    for (pos, row) in rows.iter().enumerate() {
        let outcome = m.check(&row.name);
        let expected = match row.expected.as_str() {
            "several" | "none" => None,
            id => {
                if m.index_of(id).is_none() {
                    c.unknown_labels += 1;
                }
                c.expected_signatory += 1;
                Some(id)
            }
        };
        let got = outcome.signatory().and_then(|i| m.id(i));
        if got.is_some() {
            c.predicted_signatory += 1;
        }
        match (expected, got) {
            (Some(e), Some(g)) if e == g => {
                c.correct_signatory += 1;
                c.agreeing += 1;
            }
            (_, Some(_)) => {
                wrong.push(pos);
                if expected.is_some() {
                    missed.push(pos);
                }
            }
            (Some(_), None) => missed.push(pos),
            (None, None) => {
                let agrees = match outcome {
                    Outcome::Several(_) => row.expected == "several",
                    _ => row.expected == "none",
                };
                c.agreeing += usize::from(agrees);
            }
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    Score {
        precision: ratio(c.correct_signatory, c.predicted_signatory),
        recall: ratio(c.correct_signatory, c.expected_signatory),
        counts: c,
        wrong,
        missed,
    }
}

/// Reads a labelled list: CSV with the header `name,expected`, fields quoted as CSV quotes them
/// (`"CISCO SYSTEMS, INC."`, `""` for a quote inside). Blank lines are skipped. The error names
/// the line.
pub fn read_labelled(csv: &str) -> Result<Vec<Labelled>, String> {
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut chars = csv.chars().peekable();
    let mut end_record = |fields: &mut Vec<String>, at: usize| -> Result<(), String> {
        if fields.len() == 1 && fields[0].trim().is_empty() {
            fields.clear();
            return Ok(());
        }
        match fields.as_slice() {
            [name, expected] => records.push((at, name.clone(), expected.trim().to_string())),
            _ => return Err(format!("line {at}: {} fields, expected 2", fields.len())),
        }
        fields.clear();
        Ok(())
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => fields.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                end_record(&mut fields, record_line)?;
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {record_line}: a quoted field is not closed"));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        end_record(&mut fields, record_line)?;
    }
    let mut rows = records.into_iter();
    match rows.next() {
        Some((_, name, expected)) if name.trim() == "name" && expected == "expected" => {}
        _ => return Err("line 1: the header must be `name,expected`".to_string()),
    }
    Ok(rows
        .map(|(_, name, expected)| Labelled { name, expected })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_and_blank_lines_are_read() {
        let rows = read_labelled(
            "name,expected\r\n\"CISCO SYSTEMS, INC.\",cisco\n\n\"Say \"\"hi\"\"\",none\nlast,several",
        )
        .unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].name, "CISCO SYSTEMS, INC.");
        assert_eq!(rows[0].expected, "cisco");
        assert_eq!(rows[1].name, "Say \"hi\"");
        assert_eq!(rows[2].expected, "several");
    }

    #[test]
    fn malformed_lists_say_where() {
        assert!(read_labelled("name,expected\na,b,c\n")
            .unwrap_err()
            .starts_with("line 2"));
        assert!(read_labelled("name,expected\n\"open,none\n").is_err());
        assert!(read_labelled("who,what\n").is_err());
    }
}
