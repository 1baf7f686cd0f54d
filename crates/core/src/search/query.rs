//! The query language: words (prefix as you type), `"phrases"`, `-excluded` words, and `field:value`
//! filters, each negatable. Parsing never fails: a bad filter value becomes an error message.
//!
//! Only the first `MAX_TERMS` words and filters count, which bounds all later work. A word written
//! with inner punctuation (`f-secure`) is a phrase of its parts. An empty filter value
//! (`country:`) is ignored, since it is what a person sees while still typing.

use super::MAX_TERMS;
use crate::data::countries::{self, Region, COUNTRIES};
use crate::data::{Confidence, Sector, StatusKind};
use crate::filter::Facet;
use crate::fold::{fold, words};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub text: String,
    /// Byte range in the query text, for "did you mean" to replace.
    pub start: usize,
    pub end: usize,
}

/// A `field:value` filter typed in the query, resolved to the facet values it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TypedFilter {
    pub facet: Facet,
    pub values: Vec<String>,
    pub negated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Query {
    pub words: Vec<Word>,
    /// Ranges of `words` that must stand one after another in one field.
    pub phrases: Vec<(usize, usize)>,
    pub not_words: Vec<String>,
    pub not_phrases: Vec<Vec<String>>,
    pub filters: Vec<TypedFilter>,
    /// Allowed record kinds as bits (`Doc::kind`), narrowed by `kind:`.
    pub kinds: u8,
    /// A `kind:` filter was typed: a query without words then lists those kinds, not signatories.
    pub kind_given: bool,
    pub error: Option<String>,
}

pub(crate) const ALL_KINDS: u8 = 0b1111;
const KINDS: [(&str, &str, u8); 4] = [
    ("signatory", "signatories", 0),
    ("principle", "principles", 1),
    ("framework", "frameworks", 2),
    ("milestone", "milestones", 3),
];

pub(crate) fn parse(q: &str) -> Query {
    let mut out = Query {
        words: Vec::new(),
        phrases: Vec::new(),
        not_words: Vec::new(),
        not_phrases: Vec::new(),
        filters: Vec::new(),
        kinds: ALL_KINDS,
        kind_given: false,
        error: None,
    };
    let mut budget = MAX_TERMS;
    let mut i = 0;
    while budget > 0 {
        let Some(tail) = q.get(i..) else { break };
        let trimmed = tail.trim_start();
        i += tail.len() - trimmed.len();
        if trimmed.is_empty() {
            break;
        }
        let after_dash = trimmed
            .strip_prefix('-')
            .filter(|r| r.chars().next().is_some_and(|c| !c.is_whitespace()));
        let negated = after_dash.is_some();
        let at = if negated { i + 1 } else { i };
        let body = after_dash.unwrap_or(trimmed);
        if let Some(inner) = body.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            out.add_words(negated, inner.get(..end).unwrap_or(""), at + 1, &mut budget);
            i = at + 1 + end + usize::from(end < inner.len());
            continue;
        }
        let end = body
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(body.len());
        let token = body.get(..end).unwrap_or("");
        i = at + end;
        if let Some((key, value)) = token.split_once(':').filter(|(k, _)| is_filter_key(k)) {
            let mut value = value.to_owned();
            if let Some(quoted) = body
                .get(end..)
                .filter(|_| value.is_empty())
                .and_then(|r| r.strip_prefix('"'))
            {
                let close = quoted.find('"').unwrap_or(quoted.len());
                value = quoted.get(..close).unwrap_or("").to_owned();
                i += 1 + close + usize::from(close < quoted.len());
            }
            budget -= 1;
            out.add_filter(&key.to_ascii_lowercase(), &value, negated);
        } else {
            out.add_words(negated, token, at, &mut budget);
        }
    }
    out
}

fn is_filter_key(k: &str) -> bool {
    let k = k.to_ascii_lowercase();
    k == "kind" || Facet::from_key(&k).is_some()
}

impl Query {
    fn add_words(&mut self, negated: bool, text: &str, offset: usize, budget: &mut usize) {
        let ws: Vec<_> = words(text).into_iter().take(*budget).collect();
        *budget -= ws.len();
        match (negated, ws.len()) {
            (_, 0) => {}
            (true, 1) => self.not_words.extend(ws.into_iter().map(|w| w.folded)),
            (true, _) => self
                .not_phrases
                .push(ws.into_iter().map(|w| w.folded).collect()),
            (false, n) => {
                let first = self.words.len();
                self.words.extend(ws.into_iter().map(|w| Word {
                    text: w.folded,
                    start: offset + w.start,
                    end: offset + w.end,
                }));
                if n > 1 {
                    self.phrases.push((first, first + n));
                }
            }
        }
    }

    fn add_filter(&mut self, key: &str, value: &str, negated: bool) {
        let v = fold(value.trim());
        if v.is_empty() {
            return;
        }
        if key == "kind" {
            let bits = pick(&v, KINDS.iter().copied());
            if bits.is_empty() {
                self.fail("kind takes signatory, principle, framework or milestone");
            }
            let mask = bits.iter().fold(0u8, |m, b| m | 1 << b);
            self.kinds &= if negated { !mask } else { mask };
            self.kind_given = true;
            return;
        }
        let Some(facet) = Facet::from_key(key) else {
            return;
        };
        match resolve(facet, &v) {
            Ok(values) => self.filters.push(TypedFilter {
                facet,
                values,
                negated,
            }),
            Err(why) => self.fail(why),
        }
    }

    fn fail(&mut self, why: &str) {
        if self.error.is_none() {
            self.error = Some(format!("query not understood: {why}"));
        }
    }
}

/// The options whose key or folded label is `v`, or else starts with it (`sector:cloud`).
fn pick<'a, T: Clone>(v: &str, options: impl Iterator<Item = (&'a str, &'a str, T)>) -> Vec<T> {
    let all: Vec<_> = options
        .map(|(key, label, t)| (key, fold(label), t))
        .collect();
    let exact: Vec<T> = all
        .iter()
        .filter(|o| o.0 == v || o.1 == v)
        .map(|o| o.2.clone())
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    all.into_iter()
        .filter(|o| o.0.starts_with(v) || o.1.starts_with(v))
        .map(|o| o.2)
        .collect()
}

/// The facet values (as in `FacetValue::value`) a typed filter value stands for.
fn resolve(facet: Facet, v: &str) -> Result<Vec<String>, &'static str> {
    let owned = |keys: Vec<&str>| keys.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let unknown = || vec!["unknown".to_owned()];
    let values = match facet {
        Facet::Country if v == "unknown" => unknown(),
        Facet::Country => {
            let upper = v.to_ascii_uppercase();
            let code = countries::canonical_code(&upper);
            let by_code: Vec<&str> = COUNTRIES
                .iter()
                .filter(|c| c.code == code)
                .map(|c| c.code)
                .collect();
            if by_code.is_empty() {
                // The name people use or the ISO name: `country:"united states of america"`.
                let names = COUNTRIES.iter().flat_map(|c| {
                    [("", c.name, c.code)]
                        .into_iter()
                        .chain(c.iso_name.map(|n| ("", n, c.code)))
                });
                let mut codes: Vec<String> =
                    pick(v, names).into_iter().map(str::to_owned).collect();
                codes.dedup();
                codes
            } else {
                owned(by_code)
            }
        }
        Facet::Region => owned(pick(
            v,
            Region::ALL
                .iter()
                .map(|r| (r.key(), r.label(), r.key()))
                .chain([("unknown", "unknown", "unknown")]),
        )),
        Facet::Sector => owned(pick(
            v,
            Sector::ALL.iter().map(|s| (s.key(), s.label(), s.key())),
        )),
        Facet::Joined if v == "unknown" => unknown(),
        Facet::Joined if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) => {
            vec![v.to_owned()]
        }
        Facet::Joined => Vec::new(),
        Facet::Founding => owned(pick(
            v,
            [("yes", "yes", "yes"), ("no", "no", "no")].into_iter(),
        )),
        Facet::Status => owned(pick(
            v,
            StatusKind::ALL.iter().map(|s| (s.key(), s.key(), s.key())),
        )),
        Facet::Confidence => owned(pick(
            v,
            Confidence::ALL.iter().map(|c| (c.key(), c.key(), c.key())),
        )),
    };
    if !values.is_empty() {
        return Ok(values);
    }
    Err(match facet {
        Facet::Country => "country takes a country code or name, such as FI or Finland",
        Facet::Region => "region takes africa, americas, asia, europe, oceania or unknown",
        Facet::Sector => "sector takes security, software, cloud, hardware, telecom, consulting, fintech, industrial, data or unknown",
        Facet::Joined => "joined takes a year, such as 2018, or unknown",
        Facet::Founding => "founding takes yes or no",
        Facet::Status => "status takes active, acquired, renamed, split or divested",
        Facet::Confidence => "confidence takes high, medium or low",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(q: &Query) -> Vec<&str> {
        q.words.iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn splits_words_phrases_negations_and_filters() {
        let q = parse(
            r#"Telefónica "stronger defense" -symantec -"no offense" country:es -status:acquired xyz:1"#,
        );
        assert_eq!(texts(&q), ["telefonica", "stronger", "defense", "xyz", "1"]);
        assert_eq!(q.phrases, [(1, 3), (3, 5)]);
        assert_eq!(q.not_words, ["symantec"]);
        assert_eq!(q.not_phrases, [vec!["no".to_owned(), "offense".to_owned()]]);
        assert_eq!(q.filters.len(), 2);
        assert!(q.filters[1].negated);
        assert_eq!(q.error, None);
    }

    #[test]
    fn word_ranges_point_into_the_query() {
        let q = "  Ünïcode \"ab cd";
        let p = parse(q);
        for w in &p.words {
            assert!(q.get(w.start..w.end).is_some());
        }
        assert_eq!(&q[p.words[0].start..p.words[0].end], "Ünïcode");
        assert_eq!(p.phrases, [(1, 3)]);
    }

    #[test]
    fn quoted_filter_values_and_prefixes_resolve() {
        let q = parse(r#"country:"united states of america" sector:cloud region:EU"#);
        assert_eq!(q.filters[0].values, ["US"]);
        assert_eq!(q.filters[1].values, ["cloud"]);
        assert_eq!(q.filters[2].values, ["europe"]);
    }

    #[test]
    fn bad_values_give_a_message_and_empty_values_are_ignored() {
        assert_eq!(
            parse("founding:maybe").error.as_deref(),
            Some("query not understood: founding takes yes or no")
        );
        assert!(parse("joined:abc").error.is_some());
        assert_eq!(parse("country: x").filters.len(), 0);
        assert_eq!(parse("kind:principle").kinds, 0b10);
    }

    #[test]
    fn stops_after_the_term_budget() {
        let q = parse(&"word ".repeat(100));
        assert_eq!(q.words.len(), MAX_TERMS);
    }
}
