//! Accord Explorer's core: the dataset's model and checks (`data`), the search engine (`search`),
//! the matcher that checks a pasted vendor list against the signatories (`check`), the URL state
//! and what a link keeps (`state`), and the layers under them (`filter`, `fold`, `sort`).
//! Pure Rust: it knows nothing of the browser, and its manifest has no web crate, so the compiler
//! keeps it that way. See docs/ARCHITECTURE.md.
//!
//! Layers, lowest first; a module uses only those before it: `sort`, `fold` → `data` → `filter`
//! → `search` → `check` → `state`
//! (`check` uses no `state`, and `state` no `check`).
#![forbid(unsafe_code)]

pub mod check;
pub mod data;
pub mod filter;
pub mod fold;
pub mod search;
pub mod sort;
pub mod state;
