//! What search returns besides which records: facet counts, sort orders, highlight ranges,
//! "did you mean", error messages and the bounds on queries. Matching rules are in search_cases.rs.

use accord_explorer::data::builtin;
use accord_explorer::search::fold::{fold, words};
use accord_explorer::search::{
    field_text, Facet, FacetValue, Field, Index, RecordRef, Results, MAX_QUERY_CHARS,
};
use accord_explorer::state::{Filter, Sort};

fn search(q: &str, filters: &[(Facet, &str)], sort: Sort) -> Results {
    let d = builtin();
    let filters: Vec<Filter> = filters
        .iter()
        .map(|(facet, v)| Filter {
            facet: *facet,
            value: (*v).to_owned(),
        })
        .collect();
    Index::build(d).search(d, q, &filters, sort)
}

fn ids(r: &Results) -> Vec<String> {
    let d = builtin();
    r.hits
        .iter()
        .map(|h| match h.record {
            RecordRef::Signatory(i) => d.signatories[i].id.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

fn facet(r: &Results, f: Facet) -> &[FacetValue] {
    &r.facets
        .iter()
        .find(|(g, _)| *g == f)
        .expect("facet listed")
        .1
}

fn count(values: &[FacetValue], value: &str) -> Option<usize> {
    values.iter().find(|v| v.value == value).map(|v| v.count)
}

#[test]
fn facets_come_in_order_with_labels_and_counts_of_the_hits() {
    let r = search("", &[], Sort::Relevance);
    assert_eq!(r.facets.iter().map(|f| f.0).collect::<Vec<_>>(), Facet::ALL);
    let country = facet(&r, Facet::Country);
    assert_eq!(
        country[0],
        FacetValue {
            value: "US".into(),
            label: "United States".into(),
            count: 25
        }
    );
    assert_eq!(count(country, "FI"), Some(2));
    assert!(country
        .iter()
        .any(|v| v.value == "FI" && v.label == "Finland"));
    assert_eq!(count(country, "unknown"), Some(1));
    assert!(facet(&r, Facet::Region)
        .iter()
        .any(|v| v.value == "europe" && v.label == "Europe"));
    assert!(facet(&r, Facet::Sector)
        .iter()
        .any(|v| v.value == "cloud" && v.label == "cloud & internet"));
    assert_eq!(
        facet(&r, Facet::Founding),
        [
            FacetValue {
                value: "yes".into(),
                label: "Yes".into(),
                count: 34
            },
            FacetValue {
                value: "no".into(),
                label: "No".into(),
                count: 8
            },
        ]
    );
    assert_eq!(count(facet(&r, Facet::Joined), "2018"), Some(36));
    assert!(facet(&r, Facet::Joined)
        .iter()
        .any(|v| v.value == "unknown" && v.label == "Unknown" && v.count == 6));
    for (_, values) in &r.facets {
        let total: usize = values.iter().map(|v| v.count).sum();
        assert_eq!(total, 42);
        for pair in values.windows(2) {
            assert!(
                pair[0].count > pair[1].count
                    || (pair[0].count == pair[1].count
                        && fold(&pair[0].label) <= fold(&pair[1].label))
            );
        }
    }
}

#[test]
fn facet_counts_follow_the_query() {
    let r = search("security", &[], Sort::Relevance);
    let signatories = r
        .hits
        .iter()
        .filter(|h| matches!(h.record, RecordRef::Signatory(_)))
        .count();
    let total: usize = facet(&r, Facet::Sector).iter().map(|v| v.count).sum();
    assert_eq!(total, signatories);
    assert!(facet(&r, Facet::Country).iter().all(|v| v.count > 0));
}

#[test]
fn facet_counts_ignore_their_own_filters_so_a_second_value_can_be_added() {
    let r = search("", &[(Facet::Country, "FI")], Sort::Relevance);
    assert_eq!(ids(&r), ["f-secure", "nokia"]);
    let country = facet(&r, Facet::Country);
    assert_eq!(
        count(country, "US"),
        Some(25),
        "other countries keep their counts"
    );
    assert_eq!(count(country, "FI"), Some(2));
    assert_eq!(
        facet(&r, Facet::Sector)
            .iter()
            .map(|v| v.count)
            .sum::<usize>(),
        2,
        "other facets count the hits"
    );
    assert_eq!(count(facet(&r, Facet::Sector), "security"), Some(1));
}

#[test]
fn selected_values_stay_listed_at_zero_and_other_zeros_are_left_out() {
    let r = search(
        "",
        &[(Facet::Country, "JP"), (Facet::Sector, "telecom")],
        Sort::Relevance,
    );
    assert!(r.hits.is_empty());
    assert_eq!(count(facet(&r, Facet::Country), "JP"), Some(0));
    assert_eq!(count(facet(&r, Facet::Sector), "telecom"), Some(0));
    assert_eq!(
        count(facet(&r, Facet::Sector), "security"),
        Some(1),
        "Trend Micro, in Japan"
    );
    assert!(facet(&r, Facet::Country)
        .iter()
        .all(|v| v.count > 0 || v.value == "JP"));
    let r = search("", &[(Facet::Country, "ZZ")], Sort::Relevance);
    assert_eq!(
        facet(&r, Facet::Country)
            .iter()
            .find(|v| v.value == "ZZ")
            .map(|v| v.count),
        Some(0)
    );
}

#[test]
fn typed_filters_narrow_the_facet_counts_too() {
    let r = search("country:FI", &[], Sort::Relevance);
    assert_eq!(facet(&r, Facet::Country).len(), 1);
}

#[test]
fn sorts_by_name_join_date_and_country_with_unknown_last() {
    let d = builtin();
    let names = |r: &Results| -> Vec<String> {
        r.hits
            .iter()
            .map(|h| match h.record {
                RecordRef::Signatory(i) => fold(&d.signatories[i].name),
                _ => unreachable!("an empty query lists signatories only"),
            })
            .collect()
    };
    let by_name = names(&search("", &[], Sort::Name));
    assert!(by_name.windows(2).all(|w| w[0] <= w[1]), "{by_name:?}");
    assert_eq!(by_name, names(&search("", &[], Sort::Relevance)));

    let joined = search("", &[], Sort::Joined);
    let dates: Vec<_> = joined
        .hits
        .iter()
        .map(|h| {
            if let RecordRef::Signatory(i) = h.record {
                d.signatories[i].joined
            } else {
                None
            }
        })
        .collect();
    let known = dates.iter().take_while(|j| j.is_some()).count();
    assert_eq!(known, 36);
    assert!(
        dates[known..].iter().all(Option::is_none),
        "unknown dates come last"
    );
    // By the last day a date can mean: "2018-04" sorts after "2018-04-17".
    assert!(dates[..known]
        .windows(2)
        .all(|w| w[0].map(|d| d.latest_day()) <= w[1].map(|d| d.latest_day())));
    assert_eq!(
        ids(&joined).last().map(String::as_str),
        Some("wisekey"),
        "ties by name"
    );

    let country = search("", &[], Sort::Country);
    let countries: Vec<_> = country
        .hits
        .iter()
        .map(|h| {
            if let RecordRef::Signatory(i) = h.record {
                d.signatories[i].country_name().map(fold)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(countries.last(), Some(&None));
    let known: Vec<_> = countries.iter().flatten().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]));
    let order = ids(&country);
    assert_eq!(order[..2], ["avast", "guardtime"], "Czechia, then Estonia");
    let fi = order
        .iter()
        .position(|i| i == "f-secure")
        .expect("f-secure");
    assert_eq!(order[fi + 1], "nokia", "ties by name");
}

#[test]
fn matches_cover_whole_words_in_the_stored_text() {
    let d = builtin();
    let r = search("telef micro", &[], Sort::Relevance);
    assert!(r.hits.is_empty());
    let r = search("Telefónica", &[], Sort::Relevance);
    let hit = &r.hits[0];
    assert_eq!(hit.field, Field::Name);
    assert!(hit
        .matches
        .iter()
        .any(|m| m.field == Field::Name && (m.start, m.end) == (0, "Telefónica".len())));
    assert!(hit
        .matches
        .iter()
        .any(|m| m.field == Field::Alias && m.index == 1));
    for q in [
        "micr",
        "sec",
        "hewlett packard",
        "\"collective action\"",
        "micrsoft",
        "defence",
        "cyber",
    ] {
        for h in &search(q, &[], Sort::Relevance).hits {
            assert!(!h.matches.is_empty(), "{q}: {h:?}");
            for m in &h.matches {
                let text = field_text(d, h.record, m.field, m.index).expect("field exists");
                let word = text.get(m.start..m.end).expect("range on char boundaries");
                assert_eq!(words(word).len(), 1, "{q}: {word:?} is one whole word");
                assert_eq!(words(word)[0].start, 0);
            }
        }
    }
}

#[test]
fn phrases_highlight_only_where_they_stand_together() {
    let r = search("\"stronger defense\"", &[], Sort::Relevance);
    let hit = &r.hits[0];
    assert!(hit.matches.iter().all(|m| m.field == Field::Name));
    assert_eq!(hit.matches.len(), 2);
}

#[test]
fn typo_hits_say_how_many_edits_they_took() {
    assert_eq!(search("microsoft", &[], Sort::Relevance).hits[0].typos, 0);
    assert_eq!(search("microsft", &[], Sort::Relevance).hits[0].typos, 1);
    assert_eq!(search("mikrosoftt", &[], Sort::Relevance).hits[0].typos, 2);
}

#[test]
fn suggests_a_correction_only_when_nothing_matches_and_it_would() {
    let r = search("cyscoo", &[], Sort::Relevance);
    assert!(r.hits.is_empty());
    assert_eq!(r.suggestion.as_deref(), Some("cisco"));
    let r = search("Cyscoo  country:US", &[], Sort::Relevance);
    assert_eq!(
        r.suggestion.as_deref(),
        Some("cisco  country:US"),
        "the rest of the query is kept"
    );
    assert_eq!(
        search("cyscoo country:FI", &[], Sort::Relevance).suggestion,
        None,
        "the correction finds nothing either"
    );
    assert_eq!(search("qqqqqqq", &[], Sort::Relevance).suggestion, None);
    assert_eq!(search("cisco", &[], Sort::Relevance).suggestion, None);
    assert_eq!(
        search("bitdefenderzzz", &[], Sort::Relevance)
            .suggestion
            .as_deref(),
        Some("bitdefender")
    );
}

#[test]
fn bad_filter_values_give_a_message_and_no_hits() {
    for (q, msg) in [
        (
            "founding:maybe",
            "query not understood: founding takes yes or no",
        ),
        (
            "microsoft joined:abc",
            "query not understood: joined takes a year, such as 2018, or unknown",
        ),
        (
            "country:atlantis",
            "query not understood: country takes a country code or name, such as FI or Finland",
        ),
        (
            "status:sold",
            "query not understood: status takes active, acquired, renamed, split or divested",
        ),
        (
            "kind:person",
            "query not understood: kind takes signatory, principle, framework or milestone",
        ),
        (
            "-region:mars",
            "query not understood: region takes africa, americas, asia, europe, oceania or unknown",
        ),
    ] {
        let r = search(q, &[], Sort::Relevance);
        assert_eq!(r.error.as_deref(), Some(msg), "{q}");
        assert!(r.hits.is_empty());
        assert_eq!(r.suggestion, None);
        assert_eq!(r.facets.len(), Facet::ALL.len());
    }
}

#[test]
fn long_queries_are_cut_and_only_sixteen_terms_count() {
    let long = format!("microsoft{}nokia", " ".repeat(MAX_QUERY_CHARS));
    let microsoft = search("microsoft", &[], Sort::Relevance);
    assert_eq!(search(&long, &[], Sort::Relevance).hits, microsoft.hits);
    let many = format!("{}nokia", "microsoft ".repeat(16));
    assert_eq!(
        search(&many, &[], Sort::Relevance).hits.len(),
        microsoft.hits.len()
    );
    let filters = format!("{}country:FI", "founding:yes ".repeat(16));
    assert_eq!(search(&filters, &[], Sort::Relevance).hits.len(), 34);
}

#[test]
fn only_as_many_ui_filters_as_a_url_carries_count() {
    let d = builtin();
    let many: Vec<Filter> = (0..50_000)
        .map(|i| Filter {
            facet: Facet::Country,
            value: format!("X{i}"),
        })
        .collect();
    let r = Index::build(d).search(d, "", &many, Sort::Relevance);
    assert!(r.hits.is_empty());
    let selected = facet(&r, Facet::Country)
        .iter()
        .filter(|v| v.value.starts_with('X'));
    assert_eq!(selected.count(), accord_explorer::state::MAX_FILTERS);
}

#[test]
fn field_labels_read_as_words() {
    assert_eq!(Field::Alias.label(), "alias");
    assert_eq!(Field::SubCommitment.label(), "sub-commitment");
    assert_eq!(Field::CountryName.label(), "country");
}

#[test]
fn field_text_gives_what_matches_point_into() {
    let d = builtin();
    let nokia = d
        .signatories
        .iter()
        .position(|s| s.id == "nokia")
        .expect("nokia");
    let r = RecordRef::Signatory(nokia);
    assert_eq!(field_text(d, r, Field::CountryName, 0), Some("Finland"));
    assert_eq!(field_text(d, r, Field::Region, 0), Some("Europe"));
    assert_eq!(
        field_text(d, r, Field::Sector, 0),
        Some("hardware & networking")
    );
    assert_eq!(field_text(d, r, Field::Alias, 99), None);
    assert_eq!(
        field_text(d, RecordRef::Milestone(9999), Field::Title, 0),
        None
    );
}

#[test]
fn searching_with_another_dataset_than_the_index_does_not_panic() {
    let small = Index::build(&accord_explorer::search::synthetic::dataset(
        accord_explorer::data::builtin(),
        3,
        1,
    ));
    let r = small.search(
        builtin(),
        "a",
        &[Filter {
            facet: Facet::Country,
            value: "FI".into(),
        }],
        Sort::Country,
    );
    assert!(r.error.is_none());
}
