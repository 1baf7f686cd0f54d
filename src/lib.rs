//! Accord Explorer: explore the Cybersecurity Tech Accord in the browser.
//!
//! A pure core (`data`, `search`, `state`, and `sort` under them) that knows nothing of the web, and a thin `ui` of Yew
//! function components over it; `pages` names the documents the build prerenders with `prerender`
//! (host only). See docs/ARCHITECTURE.md.

pub mod data;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod search;
pub mod sort;
pub mod state;
pub mod ui;
