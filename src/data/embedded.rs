//! The dataset baked into the binary: `build.rs` checks `data/` and writes it out as Rust statics,
//! so start-up does no parsing at all. Nothing here is edited by hand.

use super::model::*;
use super::PartialDate;
use std::borrow::Cow::Borrowed as B;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The checked dataset from `data/`, as it was at build time.
pub fn builtin() -> &'static Dataset {
    &BUILTIN
}
