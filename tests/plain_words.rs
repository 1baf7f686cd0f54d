//! Every word a reader sees is written for readers: no words of how the dataset was made. Checks
//! every text value of `data/` and every string literal of the UI and of the core's labels; the
//! e2e suite checks the rendered pages too.

use std::path::{Path, PathBuf};

/// Words of the dataset's making, lowercase. "researcher" alone is not one: the accord itself
/// speaks of "security researchers".
const FORBIDDEN: [&str; 11] = [
    "corpus",
    "stored",
    "the researcher",
    "researcher's",
    "excerpt",
    "verbatim true",
    "verbatim false",
    "empty list =",
    "unverified",
    "not found in",
    "from memory",
];

fn hits(text: &str) -> Vec<&'static str> {
    let t = text.to_lowercase();
    FORBIDDEN.into_iter().filter(|w| t.contains(w)).collect()
}

fn json_strings(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                json_strings(x, &format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                json_strings(x, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_data_speaks_to_readers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut bad = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("data/").flatten() {
        let p = entry.path();
        if p.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).expect("read")).expect("json");
        let mut strings = Vec::new();
        json_strings(&v, "", &mut strings);
        for (path, s) in strings {
            count += 1;
            // URLs are cited, not read; the words in them are the publishers'.
            if s.starts_with("http") {
                continue;
            }
            for w in hits(&s) {
                bad.push(format!("{}{path}: “{w}” in {s:?}", p.display()));
            }
        }
    }
    assert!(count > 1000, "only {count} strings read");
    assert!(bad.is_empty(), "dataset-making words:\n{}", bad.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of a Rust source, outside comments and tests.
fn literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            // A comment after code ends the line's literals.
            if rest[..start].contains("//") {
                break;
            }
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(i);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            out.push(after[..end].to_owned());
            rest = &after[end + 1..];
        }
    }
    out
}

#[test]
fn the_ui_speaks_to_readers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/ui", "crates/core/src/data", "crates/core/src/search"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.push(root.join("src/pages.rs"));
    // Made-up records for benchmarks, never shown to a reader.
    files.retain(|f| !f.ends_with("synthetic.rs"));
    let mut bad = Vec::new();
    let mut count = 0;
    for f in &files {
        for s in literals(&std::fs::read_to_string(f).expect("read")) {
            count += 1;
            for w in hits(&s) {
                bad.push(format!("{}: “{w}” in {s:?}", f.display()));
            }
        }
    }
    assert!(count > 500, "only {count} literals read");
    assert!(bad.is_empty(), "dataset-making words:\n{}", bad.join("\n"));
}

#[test]
fn the_check_catches_what_it_is_for() {
    assert_eq!(
        hits("Not found in the stored corpus"),
        ["corpus", "stored", "not found in"]
    );
    assert!(hits("security researchers and civil society").is_empty());
    assert_eq!(
        literals(r#"let a = "one \"two\""; // "three""#),
        [r#"one \"two\""#]
    );
}
