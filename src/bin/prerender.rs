//! Prerenders every page of the built app into its output directory (see `prerender` in the
//! library), and writes the open data beside them (`open_data`: the dataset file, its schema, the
//! table of signatories, the milestones' feed). Run by the post-build hook: `cargo run --bin
//! prerender -- <dir>`, with the deployed root URL in `ACCORD_SITE_URL` when it is known (README,
//! "Deploy").

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use accord_explorer::prerender::{write_all, Site};
    use accord_explorer::{data, open_data};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: prerender <built app directory>");
        std::process::exit(2);
    };
    let site_url = std::env::var("ACCORD_SITE_URL").ok();
    let result = Site::new(site_url.as_deref()).and_then(|site| {
        let pages = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| format!("cannot start the renderer: {e}"))?
            .block_on(write_all(std::path::Path::new(dir), &site))?;
        let files = open_data::write_all(std::path::Path::new(dir), data::builtin(), &site)?;
        Ok((pages, files))
    });
    match result {
        Ok((pages, files)) => {
            println!(
                "prerender: {} pages written into {dir}{}",
                pages.len(),
                match &site_url {
                    Some(u) if !u.trim().is_empty() => format!(", canonical URLs under {u}"),
                    _ => ", canonical URLs relative (ACCORD_SITE_URL not set)".to_owned(),
                }
            );
            for (name, bytes) in files {
                println!("prerender: open data {name}, {bytes} bytes");
            }
        }
        Err(e) => {
            eprintln!("prerender: error: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
