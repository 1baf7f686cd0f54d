//! Reading a dataset from JSON text: the project's `data/` files at build time, or a dataset file a
//! person opens in the browser. Every problem is collected and named by file, record and field.

use super::model::{Dataset, Meta, ThemeMap};
pub use super::problem::Problem;
use serde::de::DeserializeOwned;
use serde_json::Value;

pub use super::MAX_FILE_BYTES;

/// Names a record by position and, when it has one, its name or id.
pub fn record_label(index: usize, value: &Value) -> String {
    let name = ["name", "id", "title", "short_name"]
        .iter()
        .find_map(|k| value.get(k).and_then(Value::as_str));
    match name {
        Some(n) => {
            let short: String = n.chars().take(60).collect();
            format!("#{} \"{}\"", index + 1, short.escape_debug())
        }
        None => format!("#{}", index + 1),
    }
}

/// Deserializes one record, turning serde's error into a located problem.
fn record<T: DeserializeOwned>(
    file: &str,
    record: &str,
    value: Value,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let message = e.inner().to_string();
            // serde reports a missing field at the record itself; name the field from its message.
            let field = if path == "." || path.is_empty() {
                message
                    .split('`')
                    .nth(1)
                    .map(str::to_owned)
                    .unwrap_or_else(|| "-".to_owned())
            } else {
                path
            };
            problems.push(Problem::new(file, record, &field, message));
            None
        }
    }
}

/// Deserializes an array of records one by one, so that one bad record names itself and the others
/// are still checked.
pub fn records<T: DeserializeOwned>(
    file: &str,
    value: Value,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Value::Array(items) = value else {
        problems.push(Problem::new(
            file,
            "-",
            "-",
            "expected a JSON array of records",
        ));
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let label = record_label(i, &item);
        if !item.is_object() {
            problems.push(Problem::new(file, &label, "-", "expected an object"));
            continue;
        }
        if let Some(v) = record(file, &label, item, problems) {
            out.push(v);
        }
    }
    out
}

/// Parses JSON text, with the line and column of a syntax error.
pub fn parse_json(file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<Value> {
    if text.len() > MAX_FILE_BYTES {
        problems.push(Problem::new(
            file,
            "-",
            "-",
            format!(
                "the file has {} bytes; at most {} are read",
                text.len(),
                MAX_FILE_BYTES
            ),
        ));
        return None;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::new(file, "-", "-", format!("not valid JSON: {e}")));
            None
        }
    }
}

/// Reads the five lists of records (signatories, principles, milestones, frameworks, sources; each
/// None when it could not be read) and returns the dataset when nothing was wrong, else every problem.
/// `file_of` names where a section came from, for messages.
fn assemble(
    meta: Option<Meta>,
    themes: Option<ThemeMap>,
    [sig, pri, mil, fw, src]: [Option<Value>; 5],
    file_of: impl Fn(&str) -> String,
    mut problems: Vec<Problem>,
) -> Result<Dataset, Vec<Problem>> {
    let signatories = sig.map(|v| records(&file_of("signatories"), v, &mut problems));
    let principles = pri.map(|v| records(&file_of("principles"), v, &mut problems));
    let milestones = mil.map(|v| records(&file_of("milestones"), v, &mut problems));
    let frameworks = fw.map(|v| records(&file_of("frameworks"), v, &mut problems));
    let sources = src.map(|v| records(&file_of("sources"), v, &mut problems));
    match (
        meta,
        themes,
        signatories,
        principles,
        milestones,
        frameworks,
        sources,
    ) {
        (Some(meta), Some(themes), Some(s), Some(p), Some(m), Some(f), Some(c))
            if problems.is_empty() =>
        {
            Ok(Dataset {
                meta,
                signatories: s.into(),
                principles: p.into(),
                milestones: m.into(),
                frameworks: f.into(),
                themes,
                sources: c.into(),
            })
        }
        _ => Err(problems),
    }
}

/// The sections of the project's `data/` folder, one JSON text per file.
pub struct Sections<'a> {
    pub meta: &'a str,
    pub signatories: &'a str,
    pub principles: &'a str,
    pub milestones: &'a str,
    pub frameworks: &'a str,
    pub themes: &'a str,
    pub sources: &'a str,
}

/// The files of the project's `data/` folder, in the order of `Sections::from_texts`.
pub const FILES: [&str; 7] = [
    "meta.json",
    "signatories.json",
    "principles.json",
    "milestones.json",
    "frameworks.json",
    "themes.json",
    "sources.json",
];

impl<'a> Sections<'a> {
    /// The sections from the texts of `FILES`, in that order.
    pub fn from_texts(t: &'a [String; 7]) -> Sections<'a> {
        Sections {
            meta: &t[0],
            signatories: &t[1],
            principles: &t[2],
            milestones: &t[3],
            frameworks: &t[4],
            themes: &t[5],
            sources: &t[6],
        }
    }
}

/// Reads `data/` (as text) into a dataset, without the cross-record checks of `validate`.
pub fn from_sections(s: &Sections<'_>) -> Result<Dataset, Vec<Problem>> {
    let mut problems = Vec::new();
    let meta = parse_json("meta.json", s.meta, &mut problems)
        .and_then(|v| record::<Meta>("meta.json", "-", v, &mut problems));
    let themes = parse_json("themes.json", s.themes, &mut problems)
        .and_then(|v| record::<ThemeMap>("themes.json", "-", v, &mut problems));
    let mut list =
        |file: &str, text: &str| -> Option<Value> { parse_json(file, text, &mut problems) };
    let sig = list("signatories.json", s.signatories);
    let pri = list("principles.json", s.principles);
    let mil = list("milestones.json", s.milestones);
    let fw = list("frameworks.json", s.frameworks);
    let src = list("sources.json", s.sources);
    assemble(
        meta,
        themes,
        [sig, pri, mil, fw, src],
        |section| format!("{section}.json"),
        problems,
    )
}

/// Reads a dataset file (one JSON object holding every section, as the app exports it), without the
/// cross-record checks of `validate`.
pub fn from_bundle(file: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(value) = parse_json(file, text, &mut problems) else {
        return Err(problems);
    };
    let Value::Object(mut map) = value else {
        return Err(vec![Problem::new(
            file,
            "-",
            "-",
            "expected a JSON object with the dataset's sections",
        )]);
    };
    const SECTIONS: [&str; 7] = [
        "meta",
        "signatories",
        "principles",
        "milestones",
        "frameworks",
        "themes",
        "sources",
    ];
    for key in map.keys() {
        if !SECTIONS.contains(&key.as_str()) && key != "format" {
            problems.push(Problem::new(
                file,
                "-",
                key,
                format!(
                    "unknown section `{key}`, expected one of {}",
                    SECTIONS.join(", ")
                ),
            ));
        }
    }
    let mut take = |key: &str, problems: &mut Vec<Problem>| -> Option<Value> {
        let v = map.remove(key);
        if v.is_none() {
            problems.push(Problem::new(
                file,
                "-",
                key,
                format!("missing section `{key}`"),
            ));
        }
        v
    };
    let meta = take("meta", &mut problems);
    let sig = take("signatories", &mut problems);
    let pri = take("principles", &mut problems);
    let mil = take("milestones", &mut problems);
    let fw = take("frameworks", &mut problems);
    let th = take("themes", &mut problems);
    let src = take("sources", &mut problems);
    let meta = meta.and_then(|v| record::<Meta>(file, "meta", v, &mut problems));
    let themes = th.and_then(|v| record::<ThemeMap>(file, "themes", v, &mut problems));
    assemble(
        meta,
        themes,
        [sig, pri, mil, fw, src],
        |section| format!("{file} › {section}"),
        problems,
    )
}
