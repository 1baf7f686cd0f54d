//! Reading a vendor list: the bytes of a pasted text, a `.txt` file (one name a line) or a `.csv`
//! file (a table: the delimiter and the header row are detected, the column of names guessed from
//! its header, and both can be chosen) → the rows to check. Every failure is a sentence for the
//! reader (`ListError`), never a panic.
//!
//! The text is UTF-8, or UTF-8 or UTF-16 behind a byte-order mark, or else Windows-1252 (what
//! spreadsheet programs on Windows write). A file with NUL bytes or many
//! control characters is not text. At most `MAX_BYTES` are read and `MAX_ROWS` rows kept; `total`
//! says how many there were.

use std::fmt;

pub use super::limits::{MAX_BYTES, MAX_ROWS};
/// The delimiters a CSV file may use, in the order a tie is decided.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Words of a header cell that say the column holds company names, and how surely.
const NAME_WORDS: [(&str, u8); 16] = [
    ("supplier", 4),
    ("vendor", 4),
    ("company", 4),
    ("organisation", 4),
    ("organization", 4),
    ("bidder", 4),
    ("manufacturer", 3),
    ("firm", 3),
    ("business", 3),
    ("entity", 3),
    ("provider", 3),
    ("contractor", 3),
    ("partner", 2),
    ("customer", 2),
    ("name", 2),
    ("signatory", 2),
];
/// Words of a header cell that say it is a header, though not of names.
const OTHER_HEADER_WORDS: [&str; 16] = [
    "id", "country", "website", "domain", "url", "email", "city", "sector", "address", "amount",
    "date", "number", "type", "category", "status", "region",
];
/// Words that make a "name" column one of people, not companies ("Contact name").
const PERSON_WORDS: [&str; 5] = ["contact", "first", "last", "person", "user"];

/// How the text was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One name a line (pasted text, `.txt`).
    Lines,
    /// A table with this delimiter (`.csv`, `.tsv`).
    Table(u8),
}

/// What the person chose; None lets the reader decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choice {
    /// The column of names (from 0).
    pub column: Option<usize>,
    /// Whether the first row holds the column names.
    pub header: Option<bool>,
}

/// A list read from a text or a file.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub shape: Shape,
    /// How the bytes were decoded, for the reader ("UTF-8", "Windows-1252").
    pub encoding: &'static str,
    /// Whether the first row was taken as the column names.
    pub header: bool,
    /// The names of the columns: the header's cells, or "Column 1", "Column 2"...
    pub columns: Vec<String>,
    /// The column the names are read from.
    pub column: usize,
    /// The rows (each with all its cells), at most `MAX_ROWS`.
    pub rows: Vec<Vec<String>>,
    /// How many rows the text has (more than `rows.len()` when it was cut).
    pub total: usize,
}

impl List {
    /// The name of each row: its cell in the chosen column ("" when the row is short).
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.rows
            .iter()
            .map(|r| r.get(self.column).map(String::as_str).unwrap_or(""))
    }

    /// Whether rows were left out (`MAX_ROWS`).
    pub fn is_cut(&self) -> bool {
        self.total > self.rows.len()
    }
}

/// Why a list cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    Empty,
    /// Only a header row.
    OnlyHeader,
    TooBig(usize),
    NotText,
    /// No column has a cell with letters in it.
    NoNames,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ListError::Empty => f.write_str("The list is empty: there is no name in it to check."),
            ListError::OnlyHeader => {
                f.write_str("The file has only its row of column names, and no names to check.")
            }
            ListError::TooBig(bytes) => write!(
                f,
                "The file is too large to check here ({:.1} MB; at most 5 MB). Split it into \
                 smaller lists.",
                *bytes as f64 / 1e6
            ),
            ListError::NotText => f.write_str(
                "This file is not text. Open a .txt file with one company name a line, or a .csv \
                 file (spreadsheet programs save one with “Save as… CSV”).",
            ),
            ListError::NoNames => f.write_str(
                "No column of this file holds names: every cell is empty or a number. Check that \
                 it is the right file.",
            ),
        }
    }
}

/// Reads a list. `name` is the file's name ("" for pasted text): a `.csv` or `.tsv` file is a
/// table, anything else one name a line.
pub fn read(name: &str, bytes: &[u8], choice: Choice) -> Result<List, ListError> {
    if bytes.len() > MAX_BYTES {
        return Err(ListError::TooBig(bytes.len()));
    }
    let (text, encoding) = decode(bytes, !name.is_empty())?;
    if text.trim().is_empty() {
        return Err(ListError::Empty);
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        read_table(&text, encoding, choice)
    } else {
        Ok(read_lines(&text, encoding))
    }
}

/// Windows-1252's characters for the bytes 0x80 to 0x9F (the other bytes are the Unicode code
/// points of the same number), as the WHATWG Encoding Standard maps them; a test compares the
/// whole table with `encoding_rs`, which is not linked here: with its decoders for every
/// encoding, it would make the files module twice as large.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Decodes Windows-1252.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Decodes UTF-16 (little-endian when `le`), a lone surrogate or odd byte as U+FFFD.
fn utf16(bytes: &[u8], le: bool) -> String {
    let units = bytes.chunks(2).map(|c| match (c, le) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// The text of the bytes, and the name of its encoding. A file (not pasted text, which is text
/// whatever it holds) with a NUL or many control characters is not text.
fn decode(bytes: &[u8], file: bool) -> Result<(String, &'static str), ListError> {
    let (text, encoding) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (
            String::from_utf8_lossy(rest).into_owned(),
            "UTF-8 with a byte-order mark",
        ),
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, true), "UTF-16LE"),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, false), "UTF-16BE"),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), "UTF-8"),
            Err(_) => (windows_1252(bytes), "Windows-1252"),
        },
    };
    let control = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if file && (text.contains('\0') || control * 20 > text.chars().count()) {
        return Err(ListError::NotText);
    }
    Ok((text, encoding))
}

fn read_lines(text: &str, encoding: &'static str) -> List {
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let total = lines.clone().count();
    List {
        shape: Shape::Lines,
        encoding,
        header: false,
        columns: vec!["Name".to_owned()],
        column: 0,
        rows: lines.take(MAX_ROWS).map(|l| vec![l.to_owned()]).collect(),
        total,
    }
}

/// The delimiter of a CSV text: the candidate found the same number of times (one or more),
/// outside quotes, on the most of its first lines.
pub fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .collect();
    let mut best = (0usize, b',');
    for d in DELIMITERS {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
        // The count most lines have, and how many have it.
        let mut tally: Vec<(usize, usize)> = Vec::new();
        for &c in counts.iter().filter(|&&c| c > 0) {
            match tally.iter_mut().find(|(n, _)| *n == c) {
                Some((_, k)) => *k += 1,
                None => tally.push((c, 1)),
            }
        }
        let agreeing = tally.iter().map(|&(_, k)| k).max().unwrap_or(0);
        if agreeing > best.0 {
            best = (agreeing, d);
        }
    }
    best.1
}

fn count_outside_quotes(line: &str, d: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == d && !quoted {
            n += 1;
        }
    }
    n
}

fn words(cell: &str) -> Vec<String> {
    cell.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How surely a header cell names a column of company names (0: not at all).
fn name_score(cell: &str) -> u8 {
    let w = words(cell);
    if w.iter().any(|w| PERSON_WORDS.contains(&w.as_str())) {
        return 0;
    }
    let best = w
        .iter()
        .filter_map(|w| NAME_WORDS.iter().find(|(n, _)| n == w).map(|&(_, s)| s))
        .max()
        .unwrap_or(0);
    // "Supplier name" is surer than "Supplier" or "Name" alone.
    best + u8::from(best > 2 && w.iter().any(|w| w == "name"))
}

fn is_header_cell(cell: &str) -> bool {
    name_score(cell) > 0
        || words(cell)
            .iter()
            .any(|w| OTHER_HEADER_WORDS.contains(&w.as_str()))
}

fn has_letters(cell: &str) -> bool {
    cell.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn read_table(text: &str, encoding: &'static str, choice: Choice) -> Result<List, ListError> {
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut total = 0;
    for record in reader.records() {
        // A record the reader cannot split (it only fails on I/O or UTF-8, neither possible
        // for a &str) would be skipped.
        let Ok(record) = record else { continue };
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        total += 1;
        // One more than the rows kept: the header, if there is one.
        if records.len() <= MAX_ROWS {
            records.push(cells);
        }
    }
    if records.is_empty() {
        return Err(ListError::Empty);
    }
    let header = choice.header.unwrap_or_else(|| {
        records
            .first()
            .is_some_and(|first| first.iter().any(|c| is_header_cell(c)))
    });
    let width = records.iter().map(Vec::len).max().unwrap_or(0);
    let columns: Vec<String> = (0..width)
        .map(|i| {
            let named = header
                .then(|| records[0].get(i))
                .flatten()
                .filter(|c| !c.is_empty());
            named
                .cloned()
                .unwrap_or_else(|| format!("Column {}", i + 1))
        })
        .collect();
    if header {
        records.remove(0);
        total -= 1;
    }
    records.truncate(MAX_ROWS);
    if records.is_empty() {
        return Err(ListError::OnlyHeader);
    }
    // How many cells of each column have letters.
    let lettered: Vec<usize> = (0..width)
        .map(|i| {
            records
                .iter()
                .filter(|r| r.get(i).is_some_and(|c| has_letters(c)))
                .count()
        })
        .collect();
    if lettered.iter().all(|&n| n == 0) {
        return Err(ListError::NoNames);
    }
    let by_header = header
        .then(|| {
            (0..width)
                .filter(|&i| lettered[i] > 0)
                .map(|i| (name_score(&columns[i]), i))
                .filter(|&(s, _)| s > 0)
                // The surest; of equals, the first.
                .min_by_key(|&(s, i)| (u8::MAX - s, i))
                .map(|(_, i)| i)
        })
        .flatten();
    let by_letters = || {
        (0..width)
            .min_by_key(|&i| (usize::MAX - lettered[i], i))
            .unwrap_or(0)
    };
    let column = choice
        .column
        .filter(|&c| c < width)
        .or(by_header)
        .unwrap_or_else(by_letters);
    Ok(List {
        shape: Shape::Table(delimiter),
        encoding,
        header,
        columns,
        column,
        rows: records,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(name: &str, text: &str) -> List {
        read(name, text.as_bytes(), Choice::default()).expect("a readable list")
    }

    #[test]
    fn pasted_text_is_one_name_a_line_commas_and_all() {
        let l = auto(
            "",
            "Cisco Systems, Inc.\n\n  Telefónica, S.A.  \r\nNokia Oyj\n",
        );
        assert_eq!(l.shape, Shape::Lines);
        assert_eq!(
            l.names().collect::<Vec<_>>(),
            ["Cisco Systems, Inc.", "Telefónica, S.A.", "Nokia Oyj"]
        );
        assert_eq!((l.total, l.is_cut()), (3, false));
    }

    #[test]
    fn a_csv_finds_its_delimiter_header_and_column_of_names() {
        let l = auto(
            "suppliers.CSV",
            "Ref;Country;Supplier name;Spend\n1;US;\"Cisco; Inc.\";100\n2;FI;Nokia Oyj;5\n",
        );
        assert_eq!(l.shape, Shape::Table(b';'));
        assert!(l.header);
        assert_eq!(l.columns, ["Ref", "Country", "Supplier name", "Spend"]);
        assert_eq!(l.column, 2);
        assert_eq!(l.names().collect::<Vec<_>>(), ["Cisco; Inc.", "Nokia Oyj"]);
        assert_eq!(l.total, 2);
    }

    #[test]
    fn a_tab_separated_file_and_a_contact_name_column() {
        let l = auto(
            "x.tsv",
            "Contact name\tVendor\tWebsite\nAnna Berg\tNokia\tnokia.com\nJo Li\tCisco\tcisco.com\n",
        );
        assert_eq!(l.shape, Shape::Table(b'\t'));
        assert_eq!(l.column, 1, "the vendor, not the person");
    }

    #[test]
    fn without_a_header_the_column_with_most_names_is_taken() {
        let l = auto("x.csv", "1,Cisco,2018\n2,Nokia,2018\n3,,2019\n");
        assert!(!l.header);
        assert_eq!(l.columns, ["Column 1", "Column 2", "Column 3"]);
        assert_eq!(l.column, 1);
        assert_eq!(l.rows.len(), 3);
    }

    #[test]
    fn the_person_can_choose_column_and_header() {
        let text = "Cisco,cisco.com\nNokia,nokia.com\n";
        let l = read(
            "x.csv",
            text.as_bytes(),
            Choice {
                column: Some(1),
                header: Some(true),
            },
        )
        .unwrap();
        assert_eq!(l.columns, ["Cisco", "cisco.com"]);
        assert_eq!(l.names().collect::<Vec<_>>(), ["nokia.com"]);
        let l = read(
            "x.csv",
            text.as_bytes(),
            Choice {
                column: Some(9),
                header: None,
            },
        )
        .unwrap();
        assert_eq!(l.column, 0, "a column that is not there is not taken");
    }

    #[test]
    fn encodings() {
        let l = read("", b"\xEF\xBB\xBFTelef\xC3\xB3nica\n", Choice::default()).unwrap();
        assert_eq!(
            (l.names().next(), l.encoding),
            (Some("Telefónica"), "UTF-8 with a byte-order mark")
        );
        let l = read(
            "",
            b"Telef\xF3nica\nSoci\xE9t\xE9 G\xE9n\xE9rale\x85\n",
            Choice::default(),
        )
        .unwrap();
        assert_eq!(l.encoding, "Windows-1252");
        assert_eq!(
            l.names().collect::<Vec<_>>(),
            ["Telefónica", "Société Générale…"]
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Nokia\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let l = read("", &utf16, Choice::default()).unwrap();
        assert_eq!((l.names().next(), l.encoding), (Some("Nokia"), "UTF-16LE"));
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        let e = |name: &str, bytes: &[u8]| read(name, bytes, Choice::default()).unwrap_err();
        assert_eq!(e("", b""), ListError::Empty);
        assert_eq!(e("x.csv", b" \n\r\n ,, \n"), ListError::Empty);
        assert_eq!(
            e("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            ListError::NotText
        );
        assert!(
            read("", b"Cisco\0\nNokia", Choice::default()).is_ok(),
            "pasted text is text"
        );
        assert_eq!(e("x.csv", b"Supplier,Country\n"), ListError::OnlyHeader);
        assert_eq!(e("x.csv", b"1,2\n3,4\n"), ListError::NoNames);
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(e("x.txt", &big), ListError::TooBig(MAX_BYTES + 1));
        for err in [
            ListError::Empty,
            ListError::TooBig(6_200_000),
            ListError::NotText,
        ] {
            let text = err.to_string();
            assert!(text.ends_with('.') && !text.contains("Err"), "{text}");
        }
        assert!(ListError::TooBig(6_200_000).to_string().contains("6.2 MB"));
    }

    #[test]
    fn windows_1252_is_decoded_as_encoding_rs_decodes_it() {
        let all: Vec<u8> = (0..=255).collect();
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&all);
        assert_eq!(windows_1252(&all), expected);
    }

    #[test]
    fn long_lists_are_cut_and_say_so() {
        let text: String = (0..MAX_ROWS + 1)
            .map(|i| format!("Company {i}\n"))
            .collect();
        let l = auto("", &text);
        assert_eq!(
            (l.rows.len(), l.total, l.is_cut()),
            (MAX_ROWS, MAX_ROWS + 1, true)
        );
        let csv = format!("Vendor\n{text}");
        let l = auto("x.csv", &csv);
        assert_eq!((l.rows.len(), l.total), (MAX_ROWS, MAX_ROWS + 1));
        assert_eq!(l.names().next(), Some("Company 0"));
    }

    #[test]
    fn a_row_of_100000_characters_is_read_whole() {
        let long = "x".repeat(100_000);
        let l = auto("", &format!("Cisco\n{long}\n"));
        assert_eq!(l.rows[1][0].len(), 100_000);
    }
}
