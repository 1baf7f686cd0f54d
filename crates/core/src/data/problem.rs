//! One thing wrong with a dataset, located by file, record and field: what the reader and the
//! checks report. Below both, so that the checks need no JSON reader.

use std::fmt;

/// One thing wrong with the data, located precisely enough to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the record came from (`signatories.json`, or the name of an opened file).
    pub file: String,
    /// Which record: `#3 "Cisco"`, or `-` for the file as a whole.
    pub record: String,
    /// The field, as a path (`sources[1]`), or `-`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record {}: field {}: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

impl Problem {
    pub fn new(file: &str, record: &str, field: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            record: record.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        }
    }
}
