//! Architecture invariants that a compiler does not check on its own.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The core (data, search, state) compiles and tests natively: it imports no web crate.
#[test]
fn the_core_imports_no_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for core in ["data", "search", "state"] {
        rust_files(&root.join(core), &mut files);
    }
    files.push(root.join("pages.rs"));
    files.push(root.join("sort.rs"));
    assert!(files.len() >= 8, "core files found: {files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for forbidden in ["yew", "web_sys", "wasm_bindgen", "js_sys", "crate::ui"] {
            let used = text.lines().any(|l| {
                let l = l.trim_start();
                !l.starts_with("//")
                    && (l.contains(&format!("{forbidden}::"))
                        || l.contains(&format!("use {forbidden}")))
            });
            assert!(
                !used,
                "{} uses {forbidden}: the core must stay free of web crates",
                f.display()
            );
        }
    }
}

/// Every module says its job in a `//!` comment at the top.
#[test]
fn every_module_starts_with_its_purpose() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        assert!(
            text.starts_with("//!"),
            "{} does not start with a //! comment",
            f.display()
        );
    }
}
