//! The components rendered for real with Yew's server renderer on the host: the markup a person
//! (and a screen reader) gets for each view, from the real dataset.

use accord_explorer::state::{AppState, View};

/// The markup the build makes for `state`, without hydration's markers.
async fn render(state: AppState) -> String {
    accord_explorer::prerender::render_markup(&state, false).await
}

fn at(view: View) -> AppState {
    AppState {
        view,
        ..AppState::default()
    }
}

#[tokio::test]
async fn home_lists_every_signatory_with_a_search_box() {
    let html = render(AppState::default()).await;
    assert!(
        html.contains(r#"id="search" type="search""#),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    assert!(html.contains(r#"aria-label="Results""#));
    assert!(html.contains("42 results"));
    assert!(html.contains("42 of 150+ reported signatories"));
    for name in ["Microsoft", "Telefónica", "Safe PC Cloud", "Panda Security"] {
        assert!(html.contains(&format!(">{name}</a>")), "{name} missing");
    }
}

#[tokio::test]
async fn a_link_keeps_its_class_and_says_which_page_is_shown() {
    // `link::anchor` builds its `<a>` by hand (no class list at run time): the server renderer
    // must still write its class and `aria-current`, or hydration would change the page.
    let html = render(at(View::Charts)).await;
    assert!(
        html.contains(r#"<a href="./" class="brand-name">Accord Explorer</a>"#),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    assert!(html.contains(r#"<a href="charts/" aria-current="page">Charts</a>"#));
    assert!(!html.contains(r#"<a href="./" aria-current="page">"#));
}

#[tokio::test]
async fn a_query_narrows_and_marks_the_match() {
    let html = render(AppState {
        q: "telefonica".into(),
        ..AppState::default()
    })
    .await;
    assert!(
        html.contains("<mark>Telefónica</mark>"),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    assert!(!html.contains(">Microsoft</a>"));
}

#[tokio::test]
async fn no_results_offers_a_suggestion() {
    let html = render(AppState {
        q: "microsfot corporatoin zzzz".into(),
        ..AppState::default()
    })
    .await;
    assert!(
        html.contains("No results"),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    assert!(html.contains("Clear search"));
}

#[tokio::test]
async fn signatory_page_shows_fields_sources_and_unknowns() {
    let html = render(at(View::Signatory("safe-pc-cloud".into()))).await;
    assert!(
        html.contains(r#"<h1 id="view-title" tabindex="-1">Safe PC Cloud</h1>"#),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    assert!(html.contains(r#"rel="noopener noreferrer""#));
    assert!(html.contains("unknown"));
    assert!(html.contains("Medium confidence"));
    let cisco = render(at(View::Signatory("cisco".into()))).await;
    assert!(
        cisco.contains("Charter of Trust"),
        "Cisco appears in the Charter of Trust's member list"
    );
}

#[tokio::test]
async fn principle_page_quotes_only_verbatim_text() {
    let html = render(at(View::Principle("no-offense".into()))).await;
    assert!(
        html.contains("<blockquote class=\"verbatim\">"),
        "markup: {}",
        &html[..html.len().min(400)]
    );
    let capacity = render(at(View::Principle("capacity-building".into()))).await;
    assert!(
        capacity.contains("<span class=\"badge wording-paraphrase\">Paraphrase</span>"),
        "markup: {}",
        &capacity[..capacity.len().min(400)]
    );
    // The labels say what they mean where they are first shown.
    assert!(capacity.contains("is written from news reports of the accord and is not a quote"));
    assert!(capacity.contains("Editorial reading"));
}

#[tokio::test]
async fn unknown_record_says_so() {
    let html = render(at(View::Signatory("no-such-company".into()))).await;
    assert!(
        html.contains("No signatory “no-such-company”"),
        "markup: {}",
        &html[..html.len().min(400)]
    );
}

#[tokio::test]
async fn about_page_lists_gaps_and_sources() {
    let html = render(at(View::About)).await;
    assert!(html.contains("Known gaps"));
    assert!(html.contains("Open a dataset file"));
    assert!(
        html.contains("sources, by publisher</h2>"),
        "markup: {}",
        &html[..html.len().min(400)]
    );
}

#[tokio::test]
async fn embed_mode_has_no_site_header_and_links_out() {
    let html = render(AppState {
        embed: true,
        q: "cisco".into(),
        ..AppState::default()
    })
    .await;
    assert!(!html.contains("site-header"));
    assert!(html.contains("Open in Accord Explorer"));
    assert!(html.contains(r#"target="_blank""#));
}

#[tokio::test]
async fn sources_read_as_citations_not_domains() {
    let html = render(at(View::Signatory("cisco".into()))).await;
    let d = accord_explorer::data::builtin();
    let cisco = d.signatory("cisco").expect("cisco");
    let first = d.source(&cisco.sources[0]).expect("described");
    assert!(
        html.contains(&first.citation_rest().replace('\'', "&#x27;")),
        "{:?} not in the page",
        first.citation()
    );
    assert!(html.contains("<span class=\"citation\"><a href=\"https://"));
    if first.title.is_some() {
        assert!(html.contains(&format!("<cite>{}</cite>", first.citation_link_text())));
    }
}

#[tokio::test]
async fn about_lists_every_source_by_publisher_with_what_cites_it() {
    let html = render(at(View::About)).await;
    let d = accord_explorer::data::builtin();
    assert!(html.contains(&format!("All {} sources, by publisher", d.sources.len())));
    let groups = d.sources_by_publisher();
    assert!(groups.len() > 10 && groups.len() < d.sources.len());
    let section = html
        .split("id=\"all-sources\"")
        .nth(1)
        .expect("the sources section");
    assert_eq!(section.matches("<h3>").count(), groups.len());
    assert!(section.contains("<h3>Reuters</h3>") || section.contains("<h3>Microsoft"));
    // Every source is cited by something a reader can open.
    for s in d.sources.iter() {
        assert!(!d.citing(&s.url).is_empty(), "{}", s.url);
    }
    assert!(html.contains("Cited for: "));
    assert!(html.contains("href=\"signatory/cisco/\""));
}

#[tokio::test]
async fn every_record_page_offers_apa_and_bibtex() {
    for view in [
        View::Signatory("cisco".into()),
        View::Principle("no-offense".into()),
        View::Framework("paris-call".into()),
        View::Milestone(
            accord_explorer::data::builtin().milestones[0]
                .id
                .to_string(),
        ),
    ] {
        let html = render(at(view.clone())).await;
        assert!(
            html.contains("<summary>Cite this page</summary>"),
            "{view:?}"
        );
        assert!(
            html.contains("Retrieved [the date you read it], from "),
            "{view:?}"
        );
        assert!(
            html.contains(&format!("url = {{{}}}", view.path())),
            "{view:?}"
        );
        assert!(html.contains("@misc{accord-explorer-"), "{view:?}");
    }
}
