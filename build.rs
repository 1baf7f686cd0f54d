//! Build-time work, done once: read `data/`, check it with the core's own reader and checks
//! (`accord_core::data::load_dir`), and bake the checked dataset into the binary in its packed
//! form (`data::pack`), which the app unpacks at start. Bad data fails the build, naming file,
//! record and field.

use std::{env, fs, path::Path};

use accord_core::data::{self, pack};

fn main() {
    let dir = Path::new("data");
    println!("cargo::rerun-if-changed=data");
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        println!("cargo::rerun-if-changed={}", entry.path().display());
    }
    let dataset = data::load_dir(dir).unwrap_or_else(|problems| {
        fail(
            &problems
                .iter()
                .map(|p| format!("data/{p}"))
                .collect::<Vec<_>>(),
        )
    });
    let out =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()])))
            .join("dataset.pack");
    let packed = pack::pack(&dataset);
    // The app trusts these bytes to unpack (crate::dataset): make sure, here, that they do.
    if pack::unpack(&packed).as_ref() != Ok(&dataset) {
        fail(&[
            "the packed dataset does not read back as the dataset (crates/core/src/data/pack.rs)"
                .into(),
        ]);
    }
    fs::write(&out, packed)
        .unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.display())]));
}

/// Stops the build with every problem on its own line.
fn fail(problems: &[String]) -> ! {
    eprintln!("\nThe dataset in data/ has {} problem(s):", problems.len());
    for p in problems {
        eprintln!("  - {p}");
        println!("cargo::warning={p}");
    }
    std::process::exit(1)
}
