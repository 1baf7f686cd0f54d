//! Fuzzes the URL codec: any bytes, read as lossy UTF-8 and split at the first `?` into a path
//! below the app's root and a query string, decoded into an app state. Decoding must never
//! panic, and the state must survive its link (path and query) unchanged, as well as the
//! whole-state query form that embeds use.

#![no_main]

use accord_explorer::state::AppState;
use libfuzzer_sys::fuzz_target;

fn split(href: &str) -> (&str, &str) {
    let href = href.strip_prefix("./").unwrap_or(href);
    match href.find('?') {
        Some(i) => (&href[..i], &href[i..]),
        None => (href, ""),
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (path, query) = split(&text);
    let state = AppState::from_location(path, query);
    let href = state.href();
    let (p, q) = split(&href);
    assert_eq!(AppState::from_location(p, q), state);
    assert_eq!(AppState::decode(&state.encode()), state);
});
