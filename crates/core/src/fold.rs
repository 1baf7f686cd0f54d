//! Folding text for matching: case and diacritics removed, so `TELEFÓNICA` and `telefonica` meet.
//! A character is decomposed canonically, its combining marks (General_Category M) are dropped and
//! the rest is lowercased (Unicode's full lowercase mapping); nothing here is a hand-typed table.
//!
//! For a non-ASCII character all three steps are pluggable, so that the browser build need not
//! carry Unicode tables that the browser already has: a `Decompose` installed once at start-up
//! (`set_decompose`) is used for every one. Without one, native builds (tests, tools, `build.rs`)
//! use the `unicode-normalization` crate and the standard library's lowercase mapping; the wasm
//! build, which links neither table, keeps a non-ASCII character as it is. The app installs the
//! browser's own `normalize("NFD")` and `toLowerCase` at start (`accord-fold-js`).

use std::sync::OnceLock;

/// Calls `emit` with the lowercase of each character of `c`'s canonical decomposition (NFD) that is
/// not a combining mark (General_Category M: Mn, Mc or Me), in order: `É` emits `e`, `ñ` emits `n`,
/// `Σ` emits `σ`.
pub type Decompose = fn(c: char, emit: &mut dyn FnMut(char));

static DECOMPOSE: OnceLock<Decompose> = OnceLock::new();

/// Installs the decomposition used from now on; only the first call counts (it returns `false`
/// for any later one). Install it before folding anything: an index built earlier keeps its words.
pub fn set_decompose(decompose: Decompose) -> bool {
    DECOMPOSE.set(decompose).is_ok()
}

/// The decomposition of `unicode-normalization`, the default of native builds.
#[cfg(not(target_arch = "wasm32"))]
pub fn decompose_with_tables(c: char, emit: &mut dyn FnMut(char)) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            d.to_lowercase().for_each(&mut *emit);
        }
    });
}

/// No decomposition and no lowercasing: the character itself. The default of the wasm build,
/// which has no tables (the app installs the browser's).
pub fn keep(c: char, emit: &mut dyn FnMut(char)) {
    emit(c);
}

#[cfg(not(target_arch = "wasm32"))]
const DEFAULT: Decompose = decompose_with_tables;
#[cfg(target_arch = "wasm32")]
const DEFAULT: Decompose = keep;

/// The installed decomposition, or the build's default.
fn decomposer() -> Decompose {
    DECOMPOSE.get().copied().unwrap_or(DEFAULT)
}

/// Appends the folded form of one character to `out`.
pub fn fold_char_into(c: char, out: &mut String) {
    fold_char_with(decomposer(), c, out);
}

fn fold_char_with(decompose: Decompose, c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose(c, &mut |d| out.push(d));
}

/// The folded form of a whole string.
pub fn fold(text: &str) -> String {
    let decompose = decomposer();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_with(decompose, c, &mut out);
    }
    out
}

/// Letters and digits make words; everything else separates them.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A folded word and where it stands in the original text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub folded: String,
    pub start: usize,
    pub end: usize,
}

/// Splits text into folded words with their byte ranges in the original.
pub fn words(text: &str) -> Vec<Word> {
    let decompose = decomposer();
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            let w = current.get_or_insert_with(|| Word {
                folded: String::new(),
                start: i,
                end: i,
            });
            fold_char_with(decompose, c, &mut w.folded);
            w.end = i + c.len_utf8();
        } else if let Some(w) = current.take() {
            if !w.folded.is_empty() {
                out.push(w);
            }
        }
    }
    if let Some(w) = current.take() {
        if !w.folded.is_empty() {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_diacritics_fold_together() {
        assert_eq!(fold("Telefónica"), "telefonica");
        assert_eq!(fold("TELEFÓNICA"), "telefonica");
        assert_eq!(fold("TÜV SÜD"), "tuv sud");
        assert_eq!(fold("Ångström"), "angstrom");
    }

    #[test]
    fn words_keep_their_original_ranges() {
        let text = "Télé-fónica, Inc.";
        let w = words(text);
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].folded, "tele");
        assert_eq!(&text[w[0].start..w[0].end], "Télé");
        assert_eq!(&text[w[1].start..w[1].end], "fónica");
        assert_eq!(w[2].folded, "inc");
    }

    #[test]
    fn every_kind_of_combining_mark_is_dropped() {
        // Mn (U+0301 acute), Mc (U+093F, U+0940 Devanagari vowel signs), Me (U+20DD enclosing circle).
        assert_eq!(fold("e\u{301}"), "e");
        assert_eq!(
            fold("\u{939}\u{93F}\u{902}\u{926}\u{940}"),
            "\u{939}\u{926}"
        );
        assert_eq!(fold("a\u{20DD}"), "a");
        // Hangul syllables decompose into jamo, which are letters and stay.
        assert_eq!(fold("\u{D55C}"), "\u{1112}\u{1161}\u{11AB}");
    }

    #[test]
    fn without_a_decomposition_non_ascii_is_kept_as_it_is() {
        let mut out = String::new();
        for c in "TELEFÓNICA İ Σ".chars() {
            fold_char_with(keep, c, &mut out);
        }
        assert_eq!(out, "telefÓnica İ Σ");
    }

    #[test]
    fn the_tables_lowercase_what_they_decompose() {
        assert_eq!(fold("TELEFÓNICA İ ΣΑΣ Ǆ"), "telefonica i σασ ǆ");
    }
}
