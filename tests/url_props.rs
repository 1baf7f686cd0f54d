//! Properties of the URL codec: every state survives the trip through its link (a path below the
//! app's root and a query string), and reading any location never panics.

use accord_explorer::search::Facet;
use accord_explorer::state::{AppState, Filter, Sort, Theme, View, MAX_COMPARE};
use proptest::prelude::*;

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}"
}

fn view() -> impl Strategy<Value = View> {
    prop_oneof![
        Just(View::Search),
        slug().prop_map(View::Signatory),
        slug().prop_map(View::Principle),
        slug().prop_map(View::Milestone),
        slug().prop_map(View::Framework),
        Just(View::Principles),
        Just(View::Charts),
        Just(View::Compare),
        Just(View::Check),
        Just(View::About),
    ]
}

fn filter() -> impl Strategy<Value = Filter> {
    (
        prop::sample::select(Facet::ALL.to_vec()),
        "[A-Za-z0-9 é&/?#%+=:]{0,12}[A-Za-z0-9é]",
    )
        .prop_map(|(facet, value)| Filter {
            facet,
            value: value.trim().to_owned(),
        })
        .prop_filter("a filter value is never blank", |f| !f.value.is_empty())
}

fn state() -> impl Strategy<Value = AppState> {
    (
        "\\PC{0,40}",
        prop::collection::vec(filter(), 0..4),
        prop::sample::select(Sort::ALL.to_vec()),
        view(),
        prop::collection::btree_set(slug(), 0..=MAX_COMPARE),
        "[a-z ]{0,10}",
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]),
    )
        .prop_map(
            |(q, filters, sort, view, compare, tf, only_diff, embed, theme)| {
                let mut s = AppState {
                    q,
                    filters,
                    sort,
                    view,
                    compare: compare.into_iter().collect(),
                    theme_filter: tf,
                    only_diff,
                    embed,
                    theme,
                };
                s.normalize();
                s
            },
        )
}

/// Splits a link relative to the root into the path and the query the browser would see.
fn split(href: &str) -> (&str, &str) {
    let href = href.strip_prefix("./").unwrap_or(href);
    match href.find('?') {
        Some(i) => (&href[..i], &href[i..]),
        None => (href, ""),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn every_state_survives_its_link(s in state()) {
        let href = s.href();
        let (path, query) = split(&href);
        prop_assert_eq!(AppState::from_location(path, query), s.clone(), "href {}", href);
        // The view is in the path, never also in the query, outside embeds.
        prop_assert_eq!(s.embed || !query.contains("view="), true, "href {}", href);
    }

    #[test]
    fn any_location_reads_without_panic(path in "\\PC{0,60}", query in "\\PC{0,80}") {
        let s = AppState::from_location(&path, &query);
        let href = s.href();
        let (p, q) = split(&href);
        prop_assert_eq!(AppState::from_location(p, q), s);
    }
}
