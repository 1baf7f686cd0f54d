//! One bad fixture per validation rule, each asserting the message names the file, the record and
//! the field. The same checks run in build.rs (on data/) and in the browser (on an opened file).

use accord_explorer::data::{self, load, validate};
use serde_json::{json, Value};

fn data_file(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR")))
        .expect("data file")
}

/// The real data/ folder with one file's JSON changed by `edit`; returns every problem as text.
fn data_dir_problems(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut texts: [String; 7] = load::FILES.map(data_file);
    let i = load::FILES
        .iter()
        .position(|n| *n == file)
        .expect("known file");
    let mut v: Value = serde_json::from_str(&texts[i]).expect("json");
    edit(&mut v);
    texts[i] = serde_json::to_string_pretty(&v).expect("json");
    let sections = load::Sections::from_texts(&texts);
    match load::from_sections(&sections) {
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
        Ok(d) => validate::validate(&d, validate::Origin::DataDir)
            .iter()
            .map(|p| p.to_string())
            .collect(),
    }
}

fn signatory<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v.as_array_mut()
        .and_then(|a| a.iter_mut().find(|s| s["id"] == id))
        .expect("signatory in fixture")
}

fn assert_one(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected the problem\n  {expected}\ngot\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_real_data_is_valid_and_complete() {
    let d = data::builtin();
    assert_eq!(d.signatories.len(), 42);
    assert_eq!(d.signatories.iter().filter(|s| s.founding).count(), 34);
    assert_eq!(d.principles.len(), 4);
    assert_eq!(
        d.principles
            .iter()
            .map(|p| p.sub_commitments.len())
            .sum::<usize>(),
        8
    );
    assert_eq!(d.milestones.len(), 25);
    assert_eq!(d.sources.len(), 97);
    assert_eq!(d.sources.iter().filter(|s| s.title.is_some()).count(), 64);
    assert_eq!(d.frameworks.len(), 5);
    assert_eq!(d.themes.themes.len(), 15);
    assert!(validate::validate(d, validate::Origin::DataDir).is_empty());
    assert_eq!(d.coverage_line(), "42 of 150+ reported signatories");
}

#[test]
fn unknown_field() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["colour"] = json!("blue");
    });
    assert!(
        p.iter().any(|m| m.starts_with(
            "signatories.json: record #9 \"Cisco\": field colour: unknown field `colour`"
        )),
        "{p:?}"
    );
}

#[test]
fn missing_field() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")
            .as_object_mut()
            .map(|o| o.remove("sector"));
    });
    assert_one(
        &p,
        "signatories.json: record #9 \"Cisco\": field sector: missing field `sector`",
    );
}

#[test]
fn duplicate_id() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["id"] = json!("abb");
    });
    assert_one(&p, "signatories.json: record #9 \"Cisco\": field id: duplicate id `abb`, also used by record #1 \"ABB\"");
}

#[test]
fn duplicate_name_or_alias_ignores_case_and_accents() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["aliases"] = json!(["TELEFONICA"]);
    });
    // The later record in file order is the one reported, pointing at the earlier one.
    assert!(
        p.iter().any(|m| m.contains("\"Telefónica\": field name: duplicate name or alias `Telefónica`, also used by record #9 \"Cisco\"")),
        "{p:?}"
    );
}

#[test]
fn country_not_iso() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["country"] = json!("XX");
    });
    assert_one(&p, "signatories.json: record #9 \"Cisco\": field country: `XX` is not an ISO 3166-1 alpha-2 country code");
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["country"] = json!("us");
    });
    assert_one(&p, "signatories.json: record #9 \"Cisco\": field country: `us` is not an ISO 3166-1 alpha-2 country code");
}

#[test]
fn invalid_date_or_precision() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "panda-security")["joined"] = json!("2018-9");
    });
    assert!(p.iter().any(|m| m.contains("\"Panda Security\": field joined: `2018-9` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")), "{p:?}");
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "panda-security")["joined"] = json!("2018-02-30");
    });
    assert!(
        p.iter()
            .any(|m| m.contains("field joined: `2018-02-30`: day 30 does not exist in that month")),
        "{p:?}"
    );
}

#[test]
fn source_not_http() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["sources"] = json!(["https://example.org/ok", "javascript:alert(1)"]);
    });
    assert_one(&p, "signatories.json: record #9 \"Cisco\": field sources[1]: `javascript:alert(1)` is not an http(s) URL");
    let p = data_dir_problems("milestones.json", |v| {
        v[0]["sources"] = json!(["ftp://example.org/x"]);
    });
    assert!(
        p.iter()
            .any(|m| m.starts_with("milestones.json: record #1 ")
                && m.ends_with("field sources[0]: `ftp://example.org/x` is not an http(s) URL")),
        "{p:?}"
    );
}

#[test]
fn sector_outside_the_closed_list() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["sector"] = json!("networking");
    });
    assert!(
        p.iter().any(|m| m.starts_with(
            "signatories.json: record #9 \"Cisco\": field sector: unknown variant `networking`"
        )),
        "{p:?}"
    );
}

#[test]
fn theme_points_at_unknown_principle() {
    let p = data_dir_problems("themes.json", |v| {
        v["themes"][0]["coverage"][0]["principles"] = json!(["TA-9"]);
    });
    assert_one(&p, "themes.json: record #1 \"protect users\": field coverage[0].principles[0]: `TA-9` is not a principle of framework `tech-accord`");
}

#[test]
fn founders_must_be_exactly_the_launch_day_signatories() {
    let p = data_dir_problems("signatories.json", |v| {
        let s = signatory(v, "cisco");
        s["founding"] = json!(false);
        s["joined"] = json!(null);
    });
    assert_one(&p, "signatories.json: record -: field founding: 33 signatories are marked founding; the launch on 2018-04-17 had exactly 34");
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "panda-security")["founding"] = json!(true);
    });
    assert!(
        p.iter().any(|m| m.contains(
            "\"Panda Security\": field joined: a founding signatory joined on the launch day"
        )),
        "{p:?}"
    );
}

#[test]
fn bad_json_names_the_file() {
    let bad = load::from_bundle("mine.json", "{ not json");
    let problems = bad.expect_err("must fail");
    assert!(
        problems[0]
            .to_string()
            .starts_with("mine.json: record -: field -: not valid JSON"),
        "{problems:?}"
    );
}

#[test]
fn an_opened_file_round_trips_and_reports_every_problem() {
    let d = data::builtin();
    let text = data::to_bundle(d);
    let back = data::load_bundle("export.json", &text).expect("own export loads");
    assert_eq!(&back, d);

    let mut v: Value = serde_json::from_str(&text).expect("json");
    v["signatories"][0]["country"] = json!("ZZ");
    v["signatories"][1]["sources"] = json!(["data:text/html,<script>alert(1)</script>"]);
    let problems = data::load_bundle("newer.json", &v.to_string()).expect_err("bad file");
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_one(&text, "newer.json › signatories: record #1 \"ABB\": field country: `ZZ` is not an ISO 3166-1 alpha-2 country code");
    assert_one(&text, "newer.json › signatories: record #2 \"Arm\": field sources[0]: `data:text/html,<script>alert(1)</script>` is not an http(s) URL");
}

#[test]
fn a_cited_url_without_a_citation_fails_naming_where_it_is_cited() {
    let p = data_dir_problems("signatories.json", |v| {
        signatory(v, "cisco")["sources"] = json!(["https://example.org/new-article"]);
    });
    assert_one(
        &p,
        "signatories.json: record #9 \"Cisco\": field sources[0]: `https://example.org/new-article` \
         is not described in sources.json (title, publisher, date)",
    );
}

#[test]
fn a_citation_nothing_cites_fails() {
    let p = data_dir_problems("sources.json", |v| {
        v.as_array_mut().expect("list").push(json!({
            "url": "https://example.org/unused",
            "publisher": "Example",
        }));
    });
    assert!(
        p.iter().any(|m| m.starts_with("sources.json: record #98 \"https://example.org/unused\": field url: no record cites this source")),
        "{p:?}"
    );
}

#[test]
fn a_citation_needs_a_publisher_and_one_entry_per_url() {
    let p = data_dir_problems("sources.json", |v| {
        let list = v.as_array_mut().expect("list");
        list[0]["publisher"] = json!(" ");
        let copy = list[1].clone();
        list.push(copy);
    });
    assert!(
        p.iter()
            .any(|m| m.contains("field publisher: must not be empty")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("field url: this URL is described twice")),
        "{p:?}"
    );
}
