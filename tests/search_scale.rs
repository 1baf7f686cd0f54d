//! Search at scale over synthetic data: the generator is deterministic and realistic, results stay
//! right at 10,000 signatories, and (ignored by default) how long building and searching take.
//!
//! Timings: `cargo test --release --test search_scale -- --ignored --nocapture`.
// Host-only test code: the house rules on sorts and B-trees (clippy.toml) keep the wasm small.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::collections::HashSet;
use std::time::{Duration, Instant};

use accord_explorer::data::{builtin, countries, validate, Confidence, Sector, StatusKind};
use accord_explorer::search::fold::fold;
use accord_explorer::search::{synthetic, Facet, Index, RecordRef};
use accord_explorer::state::{Filter, Sort};

#[test]
fn synthetic_data_is_deterministic_and_varied() {
    let d = synthetic::dataset(accord_explorer::data::builtin(), 3000, 7);
    assert_eq!(
        d,
        synthetic::dataset(accord_explorer::data::builtin(), 3000, 7)
    );
    assert_ne!(
        d.signatories,
        synthetic::dataset(accord_explorer::data::builtin(), 3000, 8).signatories
    );
    assert_eq!(d.signatories.len(), 3000);
    let b = builtin();
    assert_eq!(
        (&d.principles, &d.milestones, &d.frameworks, &d.themes),
        (&b.principles, &b.milestones, &b.frameworks, &b.themes)
    );

    let s = &d.signatories;
    let ids: HashSet<&str> = s.iter().map(|s| &*s.id).collect();
    assert_eq!(ids.len(), s.len());
    assert!(s.iter().all(|s| validate::is_slug(&s.id)), "ids are slugs");
    let names: HashSet<String> = s.iter().map(|s| fold(&s.name)).collect();
    assert_eq!(names.len(), s.len(), "names are unique, folded");
    let vocabulary: HashSet<String> = s
        .iter()
        .flat_map(|s| s.name.split(' ').map(fold).collect::<Vec<_>>())
        .collect();
    assert!(
        vocabulary.len() > 1500,
        "a large vocabulary: {}",
        vocabulary.len()
    );
    assert!(s.iter().any(|s| !s.name.is_ascii()), "some diacritics");

    assert!(s
        .iter()
        .flat_map(|s| s.country.as_deref())
        .all(|c| countries::lookup(c).is_some()));
    assert!(s.iter().any(|s| s.country.is_none()));
    for sector in Sector::ALL {
        assert!(s.iter().any(|s| s.sector == sector), "{sector:?}");
    }
    for kind in StatusKind::ALL {
        assert!(s.iter().any(|s| s.status_kind == kind), "{kind:?}");
    }
    for c in Confidence::ALL {
        assert!(s.iter().any(|s| s.confidence == c), "{c:?}");
    }
    let dates: Vec<_> = s.iter().flat_map(|s| s.joined).collect();
    assert!(dates.len() < s.len(), "some join dates unknown");
    assert!(dates.iter().all(|j| (2018..=2026).contains(&j.year)));
    assert!(
        dates.iter().any(|j| j.month == 0)
            && dates.iter().any(|j| j.month != 0 && j.day == 0)
            && dates.iter().any(|j| j.day != 0)
    );
    assert!(s
        .iter()
        .all(|s| s.founding == (s.joined == Some(b.meta.accord.launched))));
}

#[test]
fn ten_thousand_signatories_are_searched_correctly() {
    let d = synthetic::dataset(accord_explorer::data::builtin(), 10_000, 1);
    let ix = Index::build(&d);
    for i in [0, 1234, 9999] {
        let s = &d.signatories[i];
        let r = ix.search(&d, &s.name, &[], Sort::Relevance);
        assert_eq!(
            r.hits.first().map(|h| h.record),
            Some(RecordRef::Signatory(i)),
            "{}",
            s.name
        );
        let prefix: String = s.name.chars().take(4).collect();
        assert!(ix
            .search(&d, &prefix, &[], Sort::Relevance)
            .hits
            .iter()
            .any(|h| h.record == RecordRef::Signatory(i)));
    }
    let all = ix.search(&d, "", &[], Sort::Relevance);
    assert_eq!(all.hits.len(), 10_000);
    let security = ix.search(
        &d,
        "",
        &[Filter {
            facet: Facet::Sector,
            value: "security".into(),
        }],
        Sort::Joined,
    );
    let expected = d
        .signatories
        .iter()
        .filter(|s| s.sector == Sector::Security)
        .count();
    assert_eq!(security.hits.len(), expected);
}

/// Queries a person might type: prefixes while typing, whole names, typos, two words, phrases,
/// filters, words from notes, nonsense (which asks for a suggestion), and the empty query.
fn queries(d: &accord_explorer::data::Dataset) -> Vec<String> {
    let mut out = Vec::new();
    for (i, s) in d.signatories.iter().enumerate().step_by(37).take(150) {
        let name = s.name.to_string();
        let chars: Vec<char> = name.chars().collect();
        for n in [1, 2, 3, 4, 6] {
            out.push(chars.iter().take(n).collect());
        }
        out.push(name.clone());
        let mut typo = chars.clone();
        if typo.len() > 5 {
            typo.swap(2, 3);
            out.push(typo.iter().collect());
        }
        let first = name.split(' ').next().unwrap_or_default();
        match i % 6 {
            0 => out.push(format!("{first} security")),
            1 => out.push(format!("\"{name}\"")),
            2 => out.push(format!("{first} country:US")),
            3 => out.push(format!("sector:cloud -{first}")),
            4 => out.push("annual report".into()),
            _ => out.push(format!("{first}zzq")),
        }
    }
    out.push(String::new());
    out.push("joined:2019 founding:no".into());
    out
}

#[test]
#[ignore = "timing; run in release with --nocapture"]
fn timings_at_ten_thousand_signatories() {
    let d = synthetic::dataset(accord_explorer::data::builtin(), 10_000, 1);
    let start = Instant::now();
    let ix = Index::build(&d);
    let build = start.elapsed();
    let qs = queries(&d);
    let filters = [Filter {
        facet: Facet::Region,
        value: "europe".into(),
    }];
    let mut times: Vec<(Duration, &str)> = Vec::new();
    for round in 0..3 {
        for (i, q) in qs.iter().enumerate() {
            let f: &[Filter] = if i % 10 == 0 { &filters } else { &[] };
            let t = Instant::now();
            let r = ix.search(&d, q, f, Sort::Relevance);
            let took = t.elapsed();
            std::hint::black_box(r);
            if round > 0 {
                times.push((took, q));
            }
        }
    }
    let pct = |t: &mut Vec<Duration>, p: f64| {
        t.sort();
        t.get(((t.len() as f64 * p) as usize).min(t.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let mut all: Vec<Duration> = times.iter().map(|t| t.0).collect();
    let (p50, p95, p99) = (pct(&mut all, 0.5), pct(&mut all, 0.95), pct(&mut all, 0.99));
    println!("build: {build:?} for {} signatories", d.signatories.len());
    println!(
        "{} searches: p50 {p50:?}, p95 {p95:?}, p99 {p99:?}",
        times.len()
    );
    for (label, keep) in [
        ("1 character", 1..2),
        ("2-3 characters", 2..4),
        ("4+ characters", 4..usize::MAX),
    ] {
        let mut t: Vec<Duration> = times
            .iter()
            .filter(|(_, q)| keep.contains(&q.chars().count()))
            .map(|t| t.0)
            .collect();
        println!(
            "  {label}: {} searches, p50 {:?}, p95 {:?}, max {:?}",
            t.len(),
            pct(&mut t, 0.5),
            pct(&mut t, 0.95),
            pct(&mut t, 1.0)
        );
    }
    // The worst inputs: many words that each need a typo scan and a suggestion, and the longest query.
    let worst = [
        "qwertyui asdfghjk zxcvbnmq poiuytre lkjhgfds mnbvcxzq wertyuio sdfghjkl xcvbnmqw oiuytrew kjhgfdsa nbvcxzqw ertyuiop dfghjklq cvbnmqwe iuytrewq".to_owned(),
        "a".repeat(300),
        "\"a b c d e f g h i j k l m n o p\"".to_owned(),
        "-a -b -c -d -e -f -g -h -i -j -k -l -m -n -o -p".to_owned(),
    ];
    for q in &worst {
        let t = Instant::now();
        std::hint::black_box(ix.search(&d, q, &[], Sort::Relevance));
        println!(
            "  worst case {:?}…: {:?}",
            q.chars().take(24).collect::<String>(),
            t.elapsed()
        );
    }
    if !cfg!(debug_assertions) {
        assert!(p95 < Duration::from_millis(5), "p95 far over the 1 ms goal");
    }
}
