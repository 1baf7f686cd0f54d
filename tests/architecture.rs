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

/// The compiler keeps web crates out of the core: its manifest has none, so a `use web_sys` there
/// fails to build. This test keeps the manifest so, and says why when someone adds one.
#[test]
fn the_core_depends_on_no_web_crate() {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/Cargo.toml"),
    )
    .expect("read crates/core/Cargo.toml");
    for forbidden in [
        "yew",
        "web-sys",
        "wasm-bindgen",
        "js-sys",
        "gloo",
        "accord-explorer",
    ] {
        let named = manifest.lines().any(|l| {
            let l = l.trim_start();
            !l.starts_with('#') && l.split(['=', ' ']).next() == Some(forbidden)
        });
        assert!(
            !named,
            "crates/core/Cargo.toml depends on {forbidden}: the core must stay free of the web"
        );
    }
}

/// Every module says its job in a `//!` comment at the top.
#[test]
fn every_module_starts_with_its_purpose() {
    let mut files = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [
        "src",
        "crates/core/src",
        "crates/files/src",
        "crates/bench/src",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 60, "modules found: {}", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        assert!(
            text.starts_with("//!"),
            "{} does not start with a //! comment",
            f.display()
        );
    }
}
