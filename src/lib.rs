//! Accord Explorer: explore the Cybersecurity Tech Accord in the browser.
//!
//! A pure core (`data`, `search`, `state`) that knows nothing of the web, and a thin `ui` of Yew
//! function components over it. See docs/ARCHITECTURE.md.

pub mod data;
pub mod search;
pub mod state;
pub mod ui;
