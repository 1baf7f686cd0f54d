//! Build-time work, done once: read `data/`, check it with the same code the browser uses, and bake
//! the checked dataset into the binary in its packed form (`data::pack`), which the app unpacks at
//! start. Bad data fails the build, naming file, record and field.
#![allow(dead_code)]

use std::{env, fs, path::Path};

// The same files the app compiles, so the build checks data exactly as the browser does.
#[path = "src/data/countries.rs"]
pub mod countries;
#[path = "src/data/date.rs"]
pub mod date;
#[path = "src/search/fold.rs"]
pub mod fold;
#[path = "src/data/load.rs"]
pub mod load;
#[path = "src/data/model.rs"]
pub mod model;
#[path = "src/data/pack.rs"]
pub mod pack;
#[path = "src/data/validate.rs"]
pub mod validate;
mod data {
    #[allow(unused_imports)]
    pub use super::{countries, date, load, model, validate};
}
mod search {
    pub use super::fold;
}
// `data::pack` reads dates as `super::PartialDate`.
use date::PartialDate;

fn main() {
    let dir = Path::new("data");
    println!("cargo::rerun-if-changed=data");
    let read = |name: &str| -> String {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        fs::read_to_string(&path)
            .unwrap_or_else(|e| fail(&[format!("data/{name}: cannot read: {e}")]))
    };
    let texts = [
        read("meta.json"),
        read("signatories.json"),
        read("principles.json"),
        read("milestones.json"),
        read("frameworks.json"),
        read("themes.json"),
    ];
    let sections = data::load::Sections {
        meta: &texts[0],
        signatories: &texts[1],
        principles: &texts[2],
        milestones: &texts[3],
        frameworks: &texts[4],
        themes: &texts[5],
    };
    let dataset = data::load::from_sections(&sections).unwrap_or_else(|problems| {
        fail(
            &problems
                .iter()
                .map(|p| format!("data/{p}"))
                .collect::<Vec<_>>(),
        )
    });
    let problems = data::validate::validate(&dataset, data::validate::Origin::DataDir);
    if !problems.is_empty() {
        fail(
            &problems
                .iter()
                .map(|p| format!("data/{p}"))
                .collect::<Vec<_>>(),
        );
    }
    let out =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR is not set".into()])))
            .join("dataset.pack");
    let packed = pack::pack(&dataset);
    // The app trusts these bytes to unpack (data::embedded): make sure, here, that they do.
    if pack::unpack(&packed).as_ref() != Ok(&dataset) {
        fail(&["the packed dataset does not read back as the dataset (src/data/pack.rs)".into()]);
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
