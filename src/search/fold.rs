//! Folding text for matching: case and diacritics removed, so `TELEFÓNICA` and `telefonica` meet.
//! Unicode data comes from `unicode-normalization` (canonical decomposition, then combining marks
//! dropped) and the standard library's lowercase mapping; nothing here is a hand-typed table.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of one character to `out`.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            for l in d.to_lowercase() {
                out.push(l);
            }
        }
    });
}

/// The folded form of a whole string.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char_into(c, &mut out);
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
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            let w = current.get_or_insert_with(|| Word {
                folded: String::new(),
                start: i,
                end: i,
            });
            fold_char_into(c, &mut w.folded);
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
}
