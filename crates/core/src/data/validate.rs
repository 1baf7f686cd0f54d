//! The checks a dataset must pass, beyond its shape: unique ids and names, ISO countries, http(s)
//! sources, themes that point at real principles, and exactly the launch-day founders.
//! One implementation serves the build (a bad `data/` fails `cargo build`) and the browser (a bad
//! opened file is refused with the same messages).

use std::collections::{HashMap, HashSet};

use super::countries;
use super::model::{CountQualifier, Dataset, List, Text};
use super::problem::Problem;
use crate::fold::fold;

/// Where records come from, for messages: the `data/` files or one opened dataset file.
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    DataDir,
    Bundle(&'a str),
}

impl Origin<'_> {
    fn file(&self, section: &str) -> String {
        match self {
            Origin::DataDir => format!("{section}.json"),
            Origin::Bundle(name) => format!("{name} › {section}"),
        }
    }
}

fn label(index: usize, name: &str) -> String {
    format!("#{} \"{}\"", index + 1, name.escape_debug())
}

/// True for an absolute http or https URL with a host and no spaces or control characters.
pub fn is_http_url(url: &str) -> bool {
    let rest = if let Some(r) = url.strip_prefix("https://") {
        r
    } else if let Some(r) = url.strip_prefix("http://") {
        r
    } else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '_'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// True for a stable link slug: lowercase ASCII letters, digits and single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

struct Checker<'a> {
    origin: Origin<'a>,
    problems: Vec<Problem>,
    /// Every source URL a record cites, with where, for the check against `sources`.
    cited: Vec<(String, String, String, String)>,
}

impl Checker<'_> {
    fn push(&mut self, section: &str, record: &str, field: &str, message: impl Into<String>) {
        let file = self.origin.file(section);
        self.problems
            .push(Problem::new(&file, record, field, message));
    }

    fn sources(
        &mut self,
        section: &str,
        record: &str,
        field: &str,
        sources: &List<Text>,
        required: bool,
    ) {
        if required && sources.is_empty() {
            self.push(
                section,
                record,
                field,
                "at least one source URL is required",
            );
        }
        for (i, s) in sources.iter().enumerate() {
            self.cited.push((
                s.to_string(),
                section.to_owned(),
                record.to_owned(),
                format!("{field}[{i}]"),
            ));
            if !is_http_url(s) {
                self.push(
                    section,
                    record,
                    &format!("{field}[{i}]"),
                    format!("`{s}` is not an http(s) URL"),
                );
            }
        }
    }

    fn not_empty(&mut self, section: &str, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(section, record, field, "must not be empty");
        }
    }

    fn ids<'b>(&mut self, section: &str, ids: impl Iterator<Item = (String, &'b str)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (record, id) in ids {
            if !is_slug(id) {
                self.push(
                    section,
                    &record,
                    "id",
                    format!("`{id}` is not a slug (a-z, 0-9 and single hyphens)"),
                );
            }
            if let Some(first) = seen.get(id) {
                self.push(
                    section,
                    &record,
                    "id",
                    format!("duplicate id `{id}`, also used by record {first}"),
                );
            } else {
                seen.insert(id, record.clone());
            }
        }
    }
}

/// Checks a dataset; an empty list means it is good.
pub fn validate(d: &Dataset, origin: Origin<'_>) -> Vec<Problem> {
    let mut c = Checker {
        origin,
        problems: Vec::new(),
        cited: Vec::new(),
    };
    check_meta(&mut c, d);
    check_signatories(&mut c, d);
    check_principles(&mut c, d);
    check_milestones(&mut c, d);
    check_frameworks(&mut c, d);
    check_themes(&mut c, d);
    check_sources(&mut c, d);
    c.problems
}

/// Every cited URL has exactly one citation in `sources`, and every citation is cited.
fn check_sources(c: &mut Checker<'_>, d: &Dataset) {
    const S: &str = "sources";
    let mut described: HashMap<&str, usize> = HashMap::new();
    for (i, s) in d.sources.iter().enumerate() {
        let rec = format!("#{} \"{}\"", i + 1, s.url.escape_debug());
        if !is_http_url(&s.url) {
            c.push(S, &rec, "url", format!("`{}` is not an http(s) URL", s.url));
        }
        c.not_empty(S, &rec, "publisher", &s.publisher);
        if let Some(t) = &s.title {
            c.not_empty(S, &rec, "title", t);
        }
        if described.insert(&s.url, i).is_some() {
            c.push(S, &rec, "url", "this URL is described twice");
        }
    }
    let cited_list = std::mem::take(&mut c.cited);
    let cited: HashSet<&str> = cited_list.iter().map(|(u, ..)| u.as_str()).collect();
    for (url, section, record, field) in &cited_list {
        // A URL that is not http(s) has its problem already.
        if described.contains_key(url.as_str()) || !is_http_url(url) {
            continue;
        }
        c.push(
            section,
            record,
            field,
            format!("`{url}` is not described in sources.json (title, publisher, date)"),
        );
    }
    for (i, s) in d.sources.iter().enumerate() {
        if !cited.contains(&*s.url) {
            let rec = format!("#{} \"{}\"", i + 1, s.url.escape_debug());
            c.push(S, &rec, "url", "no record cites this source");
        }
    }
}

fn check_meta(c: &mut Checker<'_>, d: &Dataset) {
    let m = &d.meta;
    c.cited.push((
        m.accord.official_text_url.to_string(),
        "meta".into(),
        "-".into(),
        "accord.official_text_url".into(),
    ));
    if !is_http_url(&m.accord.official_text_url) {
        c.push(
            "meta",
            "accord",
            "official_text_url",
            format!("`{}` is not an http(s) URL", m.accord.official_text_url),
        );
    }
    for (i, q) in m.accord.purpose_quotes.iter().enumerate() {
        c.sources(
            "meta",
            "accord",
            &format!("purpose_quotes[{i}].sources"),
            &q.sources,
            true,
        );
    }
    c.sources(
        "meta",
        "accord",
        "admission_criterion.sources",
        &m.accord.admission_criterion.sources,
        true,
    );
    c.sources(
        "meta",
        "accord",
        "short_name_sources",
        &m.accord.short_name_sources,
        false,
    );
    c.sources(
        "meta",
        "reported_signatories",
        "sources",
        &m.reported_signatories.sources,
        true,
    );
}

fn check_signatories(c: &mut Checker<'_>, d: &Dataset) {
    const S: &str = "signatories";
    let labels: Vec<String> = d
        .signatories
        .iter()
        .enumerate()
        .map(|(i, s)| label(i, &s.name))
        .collect();
    c.ids(
        S,
        d.signatories
            .iter()
            .zip(&labels)
            .map(|(s, l)| (l.clone(), &*s.id)),
    );

    // A name or alias may belong to one signatory only, compared without case or accents.
    let mut names: HashMap<String, usize> = HashMap::new();
    for (i, s) in d.signatories.iter().enumerate() {
        let rec = &labels[i];
        c.not_empty(S, rec, "name", &s.name);
        let mut own: HashSet<&str> = HashSet::new();
        let all = std::iter::once(("name".to_owned(), &s.name)).chain(
            s.aliases
                .iter()
                .enumerate()
                .map(|(j, a)| (format!("aliases[{j}]"), a)),
        );
        for (field, n) in all {
            if !own.insert(n) {
                c.push(
                    S,
                    rec,
                    &field,
                    format!("duplicate alias `{n}` in the same record"),
                );
                continue;
            }
            let key = fold(n);
            match names.get(&key) {
                Some(&other) if other != i => {
                    let msg = format!(
                        "duplicate name or alias `{n}`, also used by record {}",
                        labels[other]
                    );
                    c.push(S, rec, &field, msg);
                }
                Some(_) => {}
                None => {
                    names.insert(key, i);
                }
            }
        }
        if let Some(code) = &s.country {
            if countries::lookup(code).is_none() {
                c.push(
                    S,
                    rec,
                    "country",
                    format!("`{code}` is not an ISO 3166-1 alpha-2 country code"),
                );
            }
        }
        c.sources(S, rec, "sources", &s.sources, true);
        if let Some(j) = s.joined {
            if j.latest_day() < d.meta.accord.launched.latest_day() {
                c.push(
                    S,
                    rec,
                    "joined",
                    format!(
                        "{j} is before the Accord's launch on {}",
                        d.meta.accord.launched
                    ),
                );
            }
        }
    }

    // The founders are exactly the signatories of the launch day, as many as the launch reported.
    let launch = d.meta.accord.launched;
    let launch_count = d
        .milestones
        .iter()
        .find(|m| m.date == Some(launch))
        .and_then(|m| m.reported_signatories.as_ref())
        .filter(|r| r.qualifier == CountQualifier::Exact)
        .map(|r| r.value);
    for (i, s) in d.signatories.iter().enumerate() {
        if s.founding && s.joined != Some(launch) {
            c.push(
                S,
                &labels[i],
                "joined",
                format!("a founding signatory joined on the launch day, {launch}"),
            );
        }
        if !s.founding && s.joined == Some(launch) {
            c.push(
                S,
                &labels[i],
                "founding",
                format!("joined on the launch day {launch}, so it is a founder"),
            );
        }
    }
    let founders = d.signatories.iter().filter(|s| s.founding).count();
    match launch_count {
        None => c.push("milestones", "-", "reported_signatories", format!("no milestone on the launch date {launch} reports an exact signatory count")),
        Some(n) if founders != n as usize => c.push(
            S,
            "-",
            "founding",
            format!("{founders} signatories are marked founding; the launch on {launch} had exactly {n}"),
        ),
        Some(_) => {}
    }
}

fn check_principles(c: &mut Checker<'_>, d: &Dataset) {
    const P: &str = "principles";
    let labels: Vec<String> = d
        .principles
        .iter()
        .enumerate()
        .map(|(i, p)| label(i, &p.short_name))
        .collect();
    c.ids(
        P,
        d.principles
            .iter()
            .zip(&labels)
            .map(|(p, l)| (l.clone(), &*p.id)),
    );
    for (i, p) in d.principles.iter().enumerate() {
        let rec = &labels[i];
        if usize::from(p.number) != i + 1 {
            c.push(
                P,
                rec,
                "number",
                format!(
                    "principles are numbered 1, 2, 3… in order; expected {}",
                    i + 1
                ),
            );
        }
        c.not_empty(P, rec, "text", &p.text);
        c.sources(P, rec, "sources", &p.sources, true);
        for (j, sc) in p.sub_commitments.iter().enumerate() {
            c.not_empty(P, rec, &format!("sub_commitments[{j}].text"), &sc.text);
            c.sources(
                P,
                rec,
                &format!("sub_commitments[{j}].sources"),
                &sc.sources,
                true,
            );
        }
    }
}

fn check_milestones(c: &mut Checker<'_>, d: &Dataset) {
    const M: &str = "milestones";
    let labels: Vec<String> = d
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| label(i, &m.title))
        .collect();
    c.ids(
        M,
        d.milestones
            .iter()
            .zip(&labels)
            .map(|(m, l)| (l.clone(), &*m.id)),
    );
    for (i, m) in d.milestones.iter().enumerate() {
        c.not_empty(M, &labels[i], "title", &m.title);
        c.sources(M, &labels[i], "sources", &m.sources, true);
    }
}

fn check_frameworks(c: &mut Checker<'_>, d: &Dataset) {
    const F: &str = "frameworks";
    let labels: Vec<String> = d
        .frameworks
        .iter()
        .enumerate()
        .map(|(i, f)| label(i, &f.name))
        .collect();
    c.ids(
        F,
        d.frameworks
            .iter()
            .zip(&labels)
            .map(|(f, l)| (l.clone(), &*f.id)),
    );
    let mut principle_ids: HashMap<&str, String> = HashMap::new();
    for (i, f) in d.frameworks.iter().enumerate() {
        let rec = &labels[i];
        c.sources(F, rec, "sources", &f.sources, true);
        for (j, mc) in f.member_counts.iter().enumerate() {
            c.sources(
                F,
                rec,
                &format!("member_counts[{j}].sources"),
                &mc.sources,
                false,
            );
        }
        if let Some(e) = &f.tech_accord_endorsement {
            c.sources(F, rec, "tech_accord_endorsement.sources", &e.sources, true);
        }
        for (j, p) in f.principles.iter().enumerate() {
            if p.id.trim().is_empty() {
                c.push(F, rec, &format!("principles[{j}].id"), "must not be empty");
            } else if let Some(other) = principle_ids.get(&*p.id) {
                c.push(
                    F,
                    rec,
                    &format!("principles[{j}].id"),
                    format!("duplicate principle id `{}`, also in {other}", p.id),
                );
            } else {
                principle_ids.insert(&p.id, rec.clone());
            }
            if p.title_verified && p.title.is_none() {
                c.push(
                    F,
                    rec,
                    &format!("principles[{j}].title"),
                    "a verified title cannot be empty",
                );
            }
        }
    }
}

fn check_themes(c: &mut Checker<'_>, d: &Dataset) {
    const T: &str = "themes";
    let labels: Vec<String> = d
        .themes
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| label(i, &t.name))
        .collect();
    c.ids(
        T,
        d.themes
            .themes
            .iter()
            .zip(&labels)
            .map(|(t, l)| (l.clone(), &*t.id)),
    );
    for (i, t) in d.themes.themes.iter().enumerate() {
        for (j, cov) in t.coverage.iter().enumerate() {
            let field = format!("coverage[{j}]");
            let Some(fw) = d.frameworks.iter().find(|f| f.id == cov.framework) else {
                c.push(
                    T,
                    &labels[i],
                    &format!("{field}.framework"),
                    format!("unknown framework `{}`", cov.framework),
                );
                continue;
            };
            for (k, pid) in cov.principles.iter().enumerate() {
                if !fw.principles.iter().any(|p| p.id == *pid) {
                    let msg = format!("`{pid}` is not a principle of framework `{}`", fw.id);
                    c.push(T, &labels[i], &format!("{field}.principles[{k}]"), msg);
                }
            }
        }
    }
}
