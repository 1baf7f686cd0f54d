//! Fuzzes the URL codec: any bytes, read as lossy UTF-8, decoded into an app state.
//! Decoding must never panic, and the state must survive encoding and decoding unchanged.

#![no_main]

use accord_explorer::state::AppState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let state = AppState::decode(&text);
    assert_eq!(AppState::decode(&state.encode()), state);
});
