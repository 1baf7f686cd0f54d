//! Company names as supplier registers write them, brought to one form: folded, without
//! punctuation, a leading "The", "and" or the legal form at the end ("Telefónica, S.A." and
//! "TELEFONICA SA" are both `telefonica`). The words are kept apart (`cisco systems`); the matcher
//! also compares them run together (`ciscosystems`), so "Trend Micro" meets "TrendMicro".

use crate::filter::truncate_chars;
use crate::fold::fold;

/// Rows are cut to this many characters before anything else: no company name is that long, and
/// it bounds the work a pasted row can cause.
pub const MAX_ROW_CHARS: usize = 300;

/// Legal forms dropped from the end of a name, as the words they split into (a dotted "S.p.A."
/// is the words `s p a`, an undotted "SpA" the word `spa`). Longer ones first, so that "S.A.S."
/// is dropped whole rather than leaving its first letter. Beyond the forms named in the brief
/// ("Inc." to "Group") a few that registers use as often: Holding, SE, Company, LLP, Pty, Pte,
/// Pvt, Private, S.L., S.r.l., s.r.o., SAS, S.à r.l., S.L.U., S.A.U., A/S, AS, OÜ, Zrt.,
/// Kft.
const LEGAL_FORMS: &[&[&str]] = &[
    &["s", "a", "r", "l"],
    &["s", "p", "a"],
    &["s", "a", "s"],
    &["s", "r", "l"],
    &["s", "r", "o"],
    &["l", "l", "c"],
    &["p", "l", "c"],
    &["s", "l", "u"],
    &["s", "a", "u"],
    &["s", "a"],
    &["n", "v"],
    &["b", "v"],
    &["k", "k"],
    &["s", "l"],
    &["a", "s"],
    &["inc"],
    &["incorporated"],
    &["corp"],
    &["corporation"],
    &["ltd"],
    &["limited"],
    &["llc"],
    &["plc"],
    &["gmbh"],
    &["ag"],
    &["sa"],
    &["spa"],
    &["nv"],
    &["bv"],
    &["oy"],
    &["oyj"],
    &["ab"],
    &["asa"],
    &["kk"],
    &["co"],
    &["holdings"],
    &["holding"],
    &["group"],
    &["se"],
    &["company"],
    &["llp"],
    &["pty"],
    &["pte"],
    &["pvt"],
    &["private"],
    &["sl"],
    &["srl"],
    &["sro"],
    &["sas"],
    &["sarl"],
    &["as"],
    &["zrt"],
    &["kft"],
    &["slu"],
    &["sau"],
    &["ou"],
];

/// Words that say what kind of company it is but not which: a row made of these alone (and of
/// legal forms) names nobody ("Security Software Ltd", "Networks", "Group").
const GENERIC: &[&str] = &[
    "the",
    "and",
    "of",
    "group",
    "groups",
    "system",
    "systems",
    "technology",
    "technologies",
    "tech",
    "software",
    "security",
    "cybersecurity",
    "cyber",
    "network",
    "networks",
    "networking",
    "solution",
    "solutions",
    "service",
    "services",
    "international",
    "global",
    "worldwide",
    "company",
    "companies",
    "consulting",
    "data",
    "digital",
    "cloud",
    "computer",
    "computers",
    "computing",
    "communication",
    "communications",
    "telecom",
    "telecommunications",
    "it",
    "information",
    "internet",
    "online",
    "enterprise",
    "enterprises",
    "business",
    "partners",
    "labs",
    "industries",
    "electronics",
    "products",
    "vendor",
    "supplier",
    "unknown",
    "misc",
    "various",
    "other",
    "na",
    "n",
    "a",
];

/// The normalized form of a company name: its folded words (case and diacritics folded with
/// `fold::fold`) joined by single spaces, with
/// - punctuation dropped (an apostrophe joins, anything else separates: "F-Secure" is `f secure`),
/// - `&` read as "and", and "and" dropped ("Johnson & Johnson" is `johnson johnson`),
/// - a leading "The" dropped,
/// - legal forms at the end dropped, repeatedly ("Hitachi, Ltd." and "Panasonic Holdings
///   Corporation" are `hitachi` and `panasonic`); see `LEGAL_FORMS` for the list.
///
/// The first word always stays, so "The", "Group" or "S.A." alone normalize to themselves (and
/// the matcher calls such a row unusable). The text is cut at `MAX_ROW_CHARS` characters first.
pub fn normalize(name: &str) -> String {
    words(name).join(" ")
}

/// The words of `normalize`, not yet joined.
pub(crate) fn words(name: &str) -> Vec<String> {
    let folded = fold(truncate_chars(name, MAX_ROW_CHARS));
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let end_word = |current: &mut String, out: &mut Vec<String>| {
        if !current.is_empty() {
            if current != "and" {
                out.push(std::mem::take(current));
            }
            current.clear();
        }
    };
    for c in folded.chars() {
        if c.is_alphanumeric() {
            current.push(c);
        } else if c == '\'' || c == '\u{2019}' {
            // "McDonald's" is one word, not `mcdonald s`.
        } else {
            // `&` is "and", which is dropped like any other "and": a separator either way.
            end_word(&mut current, &mut out);
        }
    }
    end_word(&mut current, &mut out);
    if out.len() > 1 && out[0] == "the" {
        out.remove(0);
    }
    strip_legal_forms(&mut out);
    out
}

/// Drops legal forms from the end while a word stays before them.
fn strip_legal_forms(words: &mut Vec<String>) {
    'again: loop {
        for form in LEGAL_FORMS {
            let n = form.len();
            if words.len() > n
                && words[words.len() - n..]
                    .iter()
                    .zip(form.iter())
                    .all(|(w, f)| w == f)
            {
                words.truncate(words.len() - n);
                continue 'again;
            }
        }
        return;
    }
}

/// True when every word is generic or a legal form: the words name no company.
pub(crate) fn only_generic(words: &[String]) -> bool {
    words.iter().all(|w| {
        GENERIC.contains(&w.as_str()) || LEGAL_FORMS.iter().any(|f| f.len() == 1 && f[0] == w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_go_from_the_end_whatever_their_dots() {
        for (raw, want) in [
            ("Telefonica, S.A.", "telefonica"),
            ("Telefónica SA", "telefonica"),
            ("Acme S.p.A.", "acme"),
            ("Acme SpA", "acme"),
            ("Acme N.V.", "acme"),
            ("Acme B.V.", "acme"),
            ("Acme K.K.", "acme"),
            ("Acme Co., Ltd.", "acme"),
            ("Acme Holdings Group plc", "acme"),
            ("ACME INCORPORATED", "acme"),
            ("acme gmbh", "acme"),
            ("Acme AG", "acme"),
            ("Nokia Oyj", "nokia"),
            ("Nokia Oy", "nokia"),
            ("Acme AB", "acme"),
            ("Acme ASA", "acme"),
            ("Acme LLC", "acme"),
            ("Acme L.L.C.", "acme"),
            ("Acme Corp.", "acme"),
            ("Acme S.A.S.", "acme"),
            ("Acme A/S", "acme"),
        ] {
            assert_eq!(normalize(raw), want, "{raw}");
        }
    }

    #[test]
    fn legal_forms_inside_a_name_stay() {
        assert_eq!(normalize("Group Inc Services"), "group inc services");
        assert_eq!(normalize("Co-operative Bank"), "co operative bank");
    }

    #[test]
    fn the_first_word_always_stays() {
        assert_eq!(normalize("Group"), "group");
        assert_eq!(normalize("S.A."), "s a");
        assert_eq!(normalize("The"), "the");
        assert_eq!(normalize("Inc. Ltd."), "inc");
    }

    #[test]
    fn ampersands_and_the_are_dropped() {
        assert_eq!(normalize("The Johnson & Johnson Co."), "johnson johnson");
        assert_eq!(normalize("AT&T Inc."), "at t");
        assert_eq!(normalize("Marks and Spencer"), "marks spencer");
        assert_eq!(normalize("McDonald's"), "mcdonalds");
    }

    #[test]
    fn overlong_names_are_cut() {
        let long = "word ".repeat(200);
        assert_eq!(words(&long).len(), MAX_ROW_CHARS / 5);
    }
}
