//! Folding's Unicode data from the browser: `accord_core::fold` decomposes a character with
//! `String.prototype.normalize("NFD")`, drops its combining marks with the regular expression
//! class `\p{M}` and lowercases the rest with `toLowerCase`, so the wasm carries no normalization
//! or case tables of its own. Both wasm modules install it before anything is folded: the app's
//! (`ui::start`) and the files module, which checks vendor lists. Each distinct character costs
//! one call into JavaScript; its result is remembered.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{JsString, RegExp};

use accord_core::fold;

/// How many characters are remembered; past that the cache starts again, so that an opened file
/// with thousands of distinct characters cannot grow it without bound.
const CACHE_MAX: usize = 1024;

thread_local! {
    /// Every combining mark: General_Category M (Mn, Mc and Me), the very set that
    /// `unicode-normalization`'s `is_combining_mark` tests on native builds. Built once. Every
    /// browser that runs this wasm knows `\p{…}` (Unicode property escapes are older than the
    /// wasm features the build needs), so the constructor does not throw.
    static MARKS: RegExp = RegExp::new(r"\p{M}", "gu");
    /// Character → its decomposition without marks, lowercased, as the browser gave it.
    static CACHE: RefCell<HashMap<char, Box<str>>> = RefCell::new(HashMap::new());
}

/// Makes `fold` use the browser's decomposition (a no-op after the first call).
pub fn install() {
    fold::set_decompose(decompose);
}

/// `fold::Decompose` from the browser's Unicode data.
fn decompose(c: char, emit: &mut dyn FnMut(char)) {
    CACHE.with_borrow_mut(|cache| {
        if cache.len() >= CACHE_MAX && !cache.contains_key(&c) {
            cache.clear();
        }
        let base = cache.entry(c).or_insert_with(|| {
            let nfd = JsString::from(c).normalize("NFD");
            let base = MARKS.with(|marks| nfd.replace_by_pattern(marks, ""));
            String::from(base.to_lower_case()).into_boxed_str()
        });
        base.chars().for_each(emit);
    });
}
