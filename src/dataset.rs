//! The dataset baked into the binary: `build.rs` checks `data/`, packs it (`data::pack`) and makes
//! sure the bytes read back as the same dataset; the app unpacks them at start, in well under a
//! millisecond. Packed bytes are half the size of the Rust statics this used to be (a pointer and
//! a length for every text) and share the reader an opened file needs anyway.

use std::sync::OnceLock;

use accord_core::data::{pack, Dataset};

static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.pack"));

/// A fresh copy of the checked dataset from `data/`, as it was at build time.
pub fn unpack_builtin() -> Dataset {
    match pack::unpack(PACKED) {
        Ok(d) => d,
        // Unreachable: build.rs fails the build unless these very bytes read back equal.
        Err(e) => panic!("the dataset baked by build.rs does not unpack: {e}"),
    }
}

/// The checked dataset from `data/`, unpacked once.
pub fn builtin() -> &'static Dataset {
    static BUILTIN: OnceLock<Dataset> = OnceLock::new();
    BUILTIN.get_or_init(unpack_builtin)
}
