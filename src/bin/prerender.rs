//! Prerenders every page of the built app into its output directory (see `prerender` in the
//! library). Run by the post-build hook: `cargo run --bin prerender -- <dir>`, with the deployed
//! root URL in `ACCORD_SITE_URL` when it is known (README, "Prerendered pages").

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use accord_explorer::prerender::{write_all, Site};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: prerender <built app directory>");
        std::process::exit(2);
    };
    let site_url = std::env::var("ACCORD_SITE_URL").ok();
    let result = Site::new(site_url.as_deref()).and_then(|site| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| format!("cannot start the renderer: {e}"))?
            .block_on(write_all(std::path::Path::new(dir), &site))
    });
    match result {
        Ok(pages) => println!(
            "prerender: {} pages written into {dir}{}",
            pages.len(),
            match &site_url {
                Some(u) if !u.trim().is_empty() => format!(", canonical URLs under {u}"),
                _ => ", canonical URLs relative (ACCORD_SITE_URL not set)".to_owned(),
            }
        ),
        Err(e) => {
            eprintln!("prerender: error: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
