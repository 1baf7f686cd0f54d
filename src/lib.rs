//! Accord Explorer: explore the Cybersecurity Tech Accord in the browser.
//!
//! The app over the pure core (`accord_core`: data, search, URL state): a thin `ui` of Yew
//! function components, the dataset that `build.rs` checked and baked in (`dataset`), and the
//! documents the build prerenders (`pages`, with `prerender` on the host), and the open data it
//! publishes beside them (`open_data`, on the host). See docs/ARCHITECTURE.md.

pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub mod open_data;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;

/// The core's dataset module, with the copy of `data/` baked into this build.
pub mod data {
    pub use crate::dataset::{builtin, unpack_builtin};
    pub use accord_core::data::*;
}
pub use accord_core::{check, filter, fold, search, sort, state};
