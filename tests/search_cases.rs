//! The matching and ranking rules of the search, as a table of cases over the built-in dataset:
//! query (and UI filters) → the expected first hit, hits that must be there, hits that must not.
//!
//! Records are named by id; principles, milestones and frameworks carry their kind
//! (`principle:no-offense`). Add a case here for every bug found in what search finds.

use accord_explorer::data::{builtin, Dataset};
use accord_explorer::search::{Facet, Field, Hit, Index, RecordRef};
use accord_explorer::state::{Filter, Sort};

struct Case {
    q: &'static str,
    /// UI filters as (facet key, value).
    filters: &'static [(&'static str, &'static str)],
    first: Option<&'static str>,
    /// The field the first hit says it matched in.
    field: Option<Field>,
    has: &'static [&'static str],
    lacks: &'static [&'static str],
    count: Option<usize>,
}

const C: Case = Case {
    q: "",
    filters: &[],
    first: None,
    field: None,
    has: &[],
    lacks: &[],
    count: None,
};

#[rustfmt::skip]
const CASES: &[Case] = &[
    // 1. Every searched field of every kind of record.
    Case { q: "Redmond", first: Some("microsoft"), field: Some(Field::City), ..C },
    Case { q: "Finland", has: &["f-secure", "nokia"], field: Some(Field::CountryName), count: Some(2), ..C },
    Case { q: "europe", has: &["abb", "nokia", "telefonica"], lacks: &["microsoft"], ..C },
    Case { q: "financial", has: &["intuit", "stripe"], field: Some(Field::Sector), ..C },
    Case { q: "NortonLifeLock", first: Some("symantec"), has: &["avast"], field: Some(Field::Alias), ..C },
    Case { q: "acquired", has: &["vmware", "avast", "ca-technologies"], lacks: &["microsoft"], ..C },
    Case { q: "Brad Smith", first: Some("microsoft"), field: Some(Field::Notes), count: Some(1), ..C },
    Case { q: "defence", first: Some("principle:stronger-defense"), field: Some(Field::ShortNameVariant), ..C },
    Case { q: "protect all of our users", first: Some("principle:stronger-defense"), field: Some(Field::Text), ..C },
    Case { q: "tampering exploitation", first: Some("principle:no-offense"), field: Some(Field::SubCommitment), ..C },
    Case { q: "Davos", first: Some("milestone:2019-01-79-signatories-as-wisekey-s-ceo-tells"), field: Some(Field::Title), ..C },
    Case { q: "Siemens eight partners", first: Some("milestone:2018-02-charter-of-trust-signed-at-munich"), field: Some(Field::Summary), ..C },
    Case { q: "Charter of Trust", first: Some("framework:charter-of-trust"), field: Some(Field::Name), has: &["milestone:2018-02-charter-of-trust-signed-at-munich"], ..C },
    Case { q: "Siemens-initiated", first: Some("framework:charter-of-trust"), field: Some(Field::Summary), ..C },
    Case { q: "botnets", first: Some("framework:gcsc"), field: Some(Field::FrameworkPrinciple), ..C },
    Case { q: "hygiene", has: &["framework:paris-call", "framework:gcsc"], ..C },
    // 2. Case and diacritics fold.
    Case { q: "telefonica", first: Some("telefonica"), ..C },
    Case { q: "TELEFÓNICA", first: Some("telefonica"), ..C },
    Case { q: "Telefónica", first: Some("telefonica"), ..C },
    Case { q: "tElEfÓnIcA s.a.", first: Some("telefonica"), ..C },
    // 3. Prefixes as you type, typos by word length, none under 4 characters.
    Case { q: "micr", first: Some("microsoft"), has: &["trend-micro"], ..C },
    Case { q: "m", has: &["microsoft", "meta-platforms"], ..C },
    Case { q: "microsft", first: Some("microsoft"), ..C },
    Case { q: "bitdefnder", first: Some("bitdefender"), ..C },
    Case { q: "nokai", first: Some("nokia"), ..C },
    Case { q: "mikrosoftt", first: Some("microsoft"), ..C },
    Case { q: "nokiaaa", lacks: &["nokia"], ..C },
    Case { q: "cisxo", first: Some("cisco"), ..C },
    Case { q: "sxp", count: Some(0), ..C },
    Case { q: "bx", lacks: &["bt"], ..C },
    // 4. All words required; phrases; exclusions.
    Case { q: "trend micro", first: Some("trend-micro"), ..C },
    Case { q: "micro trend", first: Some("trend-micro"), ..C },
    Case { q: "microsoft nokia", count: Some(0), ..C },
    Case { q: "\"stronger defense\"", first: Some("principle:stronger-defense"), ..C },
    Case { q: "\"defense stronger\"", lacks: &["principle:stronger-defense"], ..C },
    Case { q: "\"stronger defense", first: Some("principle:stronger-defense"), ..C },
    Case { q: "f-secure", first: Some("f-secure"), ..C },
    Case { q: "secure-f", lacks: &["f-secure"], ..C },
    Case { q: "cisco -systems", lacks: &["cisco"], ..C },
    Case { q: "-microsoft", has: &["abb", "nokia"], lacks: &["microsoft", "linkedin", "principle:no-offense"], ..C },
    Case { q: "-micro", lacks: &["microsoft", "trend-micro"], ..C },
    Case { q: "-microsft", has: &["microsoft"], ..C },
    Case { q: "accord -\"paris call\"", lacks: &["framework:paris-call", "milestone:2018-11-12-tech-accord-endorses-the-paris-call"], has: &["framework:tech-accord"], ..C },
    // 5. Filters typed in the query, negatable; unknown prefixes are words.
    Case { q: "country:FI", has: &["f-secure", "nokia"], count: Some(2), ..C },
    Case { q: "country:fi", count: Some(2), ..C },
    Case { q: "country:finland", count: Some(2), ..C },
    Case { q: "country:\"United States of America\" sector:fintech", has: &["intuit", "stripe"], count: Some(2), ..C },
    Case { q: "country:\"united states\" sector:fintech", has: &["intuit", "stripe"], count: Some(2), ..C },
    Case { q: "country:GB", has: &["arm", "bt"], count: Some(2), ..C },
    Case { q: "country:uk", has: &["arm", "bt"], count: Some(2), ..C },
    Case { q: "country:\"united kingdom\"", count: Some(2), ..C },
    Case { q: "country:unknown", has: &["safe-pc-cloud"], count: Some(1), ..C },
    Case { q: "-country:US", has: &["abb", "nokia"], lacks: &["microsoft", "cisco"], count: Some(17), ..C },
    Case { q: "region:europe", has: &["abb", "nokia", "telefonica"], lacks: &["microsoft", "hitachi"], ..C },
    Case { q: "region:asia", has: &["hitachi", "trend-micro"], count: Some(3), ..C },
    Case { q: "sector:security", has: &["avast", "f-secure"], lacks: &["microsoft"], ..C },
    Case { q: "sector:cloud", has: &["cloudflare", "github"], lacks: &["microsoft"], ..C },
    Case { q: "sector:\"cloud & internet\"", has: &["cloudflare"], ..C },
    Case { q: "joined:2018", has: &["abb", "panda-security"], lacks: &["hitachi"], ..C },
    Case { q: "joined:unknown", has: &["hitachi", "balasys"], lacks: &["abb"], ..C },
    Case { q: "founding:yes", has: &["microsoft"], lacks: &["hitachi"], count: Some(34), ..C },
    Case { q: "founding:no", has: &["hitachi"], count: Some(8), ..C },
    Case { q: "-founding:yes", count: Some(8), ..C },
    Case { q: "status:acquired", has: &["vmware", "avast"], lacks: &["microsoft"], ..C },
    Case { q: "confidence:medium", has: &["hitachi", "salesforce"], count: Some(5), ..C },
    Case { q: "kind:principle", count: Some(4), ..C },
    Case { q: "kind:framework", count: Some(5), ..C },
    Case { q: "-kind:signatory -kind:milestone", count: Some(9), ..C },
    Case { q: "kind:milestone paris", first: Some("milestone:undated-accord-welcomes-paris-call-blueprint-on"), lacks: &["framework:paris-call"], ..C },
    Case { q: "paris -kind:milestone", has: &["framework:paris-call"], lacks: &["milestone:2018-11-12-tech-accord-endorses-the-paris-call"], ..C },
    Case { q: "microsoft country:US", first: Some("microsoft"), lacks: &["milestone:2018-11-igf-2018-workshop-on-a-tech-accord"], ..C },
    Case { q: "Country:FI nokia", first: Some("nokia"), count: Some(1), ..C },
    Case { q: "xyz:microsoft", count: Some(0), ..C },
    Case { q: "founding:", count: Some(42), ..C },
    // 6. UI filters: OR within a facet, AND across facets, AND with typed filters.
    Case { filters: &[("country", "FI"), ("country", "ES")], has: &["nokia", "telefonica", "panda-security"], count: Some(4), ..C },
    Case { filters: &[("country", "FI"), ("sector", "security")], first: Some("f-secure"), count: Some(1), ..C },
    Case { q: "secure", filters: &[("country", "FI")], first: Some("f-secure"), count: Some(1), ..C },
    Case { q: "sector:telecom", filters: &[("country", "FI"), ("country", "ES")], first: Some("telefonica"), count: Some(1), ..C },
    Case { q: "defense", filters: &[("founding", "yes")], lacks: &["principle:stronger-defense"], ..C },
    Case { filters: &[("joined", "unknown")], has: &["hitachi"], lacks: &["abb"], ..C },
    Case { filters: &[("country", "ZZ")], count: Some(0), ..C },
    // 7. An empty query lists every signatory, and only signatories.
    Case { first: Some("abb"), count: Some(42), lacks: &["principle:no-offense"], field: Some(Field::Name), ..C },
    Case { q: "   ", count: Some(42), ..C },
    Case { q: "\"\" - -- :", count: Some(42), ..C },
    // 8. Ranking: the name, then aliases, then everything else.
    Case { q: "HPE", first: Some("hewlett-packard-enterprise"), field: Some(Field::Alias), ..C },
    Case { q: "Meta", first: Some("meta-platforms"), field: Some(Field::Name), ..C },
    Case { q: "Hewlett Packard Enterprise", first: Some("hewlett-packard-enterprise"), has: &["juniper-networks"], ..C },
    Case { q: "Facebook", first: Some("meta-platforms"), field: Some(Field::Alias), ..C },
    Case { q: "hp", first: Some("hp-inc"), has: &["hewlett-packard-enterprise"], ..C },
    Case { q: "arm", first: Some("arm"), ..C },
    Case { q: "dell", first: Some("dell"), has: &["rsa"], ..C },
    Case { q: "paris call", first: Some("framework:paris-call"), ..C },
    Case { q: "Cisco Systems", first: Some("cisco"), field: Some(Field::Alias), ..C },
    Case { q: "no offence", first: Some("principle:no-offense"), ..C },
];

fn key(d: &Dataset, h: &Hit) -> String {
    match h.record {
        RecordRef::Signatory(i) => d.signatories[i].id.to_string(),
        RecordRef::Principle(i) => format!("principle:{}", d.principles[i].id),
        RecordRef::Milestone(i) => format!("milestone:{}", d.milestones[i].id),
        RecordRef::Framework(i) => format!("framework:{}", d.frameworks[i].id),
    }
}

#[test]
fn every_case_holds() {
    let d = builtin();
    let ix = Index::build(d);
    let mut failures = Vec::new();
    for c in CASES {
        let filters: Vec<Filter> = c
            .filters
            .iter()
            .map(|(f, v)| Filter {
                facet: Facet::from_key(f).expect("facet key"),
                value: (*v).to_owned(),
            })
            .collect();
        let r = ix.search(d, c.q, &filters, Sort::Relevance);
        let keys: Vec<String> = r.hits.iter().map(|h| key(d, h)).collect();
        let mut wrong = Vec::new();
        if r.error.is_some() {
            wrong.push(format!("error {:?}", r.error));
        }
        if let Some(first) = c.first {
            if keys.first().map(String::as_str) != Some(first) {
                wrong.push(format!("first should be {first}"));
            }
        }
        if let Some(field) = c.field {
            if r.hits.first().map(|h| h.field) != Some(field) {
                wrong.push(format!(
                    "first hit's field should be {field:?}, is {:?}",
                    r.hits.first().map(|h| h.field)
                ));
            }
        }
        for h in c.has {
            if !keys.iter().any(|k| k == h) {
                wrong.push(format!("should find {h}"));
            }
        }
        for h in c.lacks {
            if keys.iter().any(|k| k == h) {
                wrong.push(format!("should not find {h}"));
            }
        }
        if let Some(n) = c.count {
            if keys.len() != n {
                wrong.push(format!("should find {n}, found {}", keys.len()));
            }
        }
        if !wrong.is_empty() {
            let top: Vec<&String> = keys.iter().take(5).collect();
            failures.push(format!(
                "{:?} {:?}: {} (got {top:?})",
                c.q,
                c.filters,
                wrong.join("; ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
