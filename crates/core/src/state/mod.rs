//! The app's state and its codec to and from the URL: every view is a link.
//!
//! A view is a path below the app's root (`signatory/cisco/`, `principles/`, or the root itself
//! for search), so that each one is a real, prerendered file on any static host; everything else
//! (search text, filters, sort, comparison, theme) is the query string. Embeds keep the whole state
//! in the query string of the root (`?view=signatory/cisco&embed=1`), and the older query form of a
//! view is still read, so earlier links keep working.
//! Pure: it never touches `window.location`; the UI reads and writes the strings. Decoding never
//! fails: an unknown or malformed part is ignored.

pub use crate::filter::{truncate_chars, Facet, Filter, Sort, MAX_FILTERS, MAX_QUERY_CHARS};

/// The most signatories compared at once.
pub const MAX_COMPARE: usize = 4;
/// The longest filter value or themes-matrix filter kept, in characters.
pub const MAX_VALUE_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    pub fn from_key(k: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.key() == k)
    }
}

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Search,
    Signatory(String),
    Principle(String),
    Milestone(String),
    Framework(String),
    /// The four principles and the themes matrix across frameworks.
    Principles,
    /// The charts: growth, who signed, milestones.
    Charts,
    /// The side-by-side comparison of the signatories in `AppState::compare`.
    Compare,
    /// "Check a list": a vendor list checked against the signatories. The list itself is never
    /// part of the state (it is private; see `check`).
    Check,
    About,
}

impl View {
    /// The view's path below the app's root, ending in `/`; "" for the search (the root).
    pub fn path(&self) -> String {
        self.encode().map(|p| p + "/").unwrap_or_default()
    }

    /// The section of the header this view belongs to: a signatory or milestone is found from
    /// the search, a principle or framework from the principles; the others are their own.
    pub fn section(&self) -> View {
        match self {
            View::Signatory(_) | View::Milestone(_) => View::Search,
            View::Principle(_) | View::Framework(_) => View::Principles,
            v => v.clone(),
        }
    }

    /// Reads a path below the app's root (`signatory/cisco/`, `signatory/cisco`,
    /// `signatory/cisco/index.html`); None when it names no view. The root ("", `index.html`) is
    /// the search.
    pub fn from_path(path: &str) -> Option<View> {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Some(View::Search);
        }
        View::decode(path)
    }

    fn encode(&self) -> Option<String> {
        Some(match self {
            View::Search => return None,
            View::Signatory(id) => format!("signatory/{id}"),
            View::Principle(id) => format!("principle/{id}"),
            View::Milestone(id) => format!("milestone/{id}"),
            View::Framework(id) => format!("framework/{id}"),
            View::Principles => "principles".into(),
            View::Charts => "charts".into(),
            View::Compare => "compare".into(),
            View::Check => "check".into(),
            View::About => "about".into(),
        })
    }

    fn decode(v: &str) -> Option<View> {
        let (kind, id) = match v.split_once('/') {
            Some((k, id)) => (k, Some(id)),
            None => (v, None),
        };
        let slug = || id.filter(|i| is_slug(i)).map(str::to_owned);
        Some(match (kind, id) {
            ("signatory", _) => View::Signatory(slug()?),
            ("principle", _) => View::Principle(slug()?),
            ("milestone", _) => View::Milestone(slug()?),
            ("framework", _) => View::Framework(slug()?),
            ("principles", None) => View::Principles,
            ("charts", None) => View::Charts,
            ("compare", None) => View::Compare,
            ("check", None) => View::Check,
            ("about", None) => View::About,
            ("search", None) => View::Search,
            _ => return None,
        })
    }
}

/// Everything a link must carry to reopen a view as it was.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppState {
    /// The search text (URL parameter `q`).
    pub q: String,
    /// Active filters, sorted and without repeats (`f=country:FI`, repeated).
    pub filters: Vec<Filter>,
    pub sort: Sort,
    pub view: View,
    /// Signatory ids to compare, in the order chosen, at most `MAX_COMPARE` (`cmp=a,b`).
    pub compare: Vec<String>,
    /// Narrows the themes matrix to themes whose name contains this text (`tf=`).
    pub theme_filter: String,
    /// In the comparison, show only the rows whose values differ (`diff=1`).
    pub only_diff: bool,
    /// Compact view for embedding in another page (`embed=1`).
    pub embed: bool,
    pub theme: Theme,
}

fn is_slug(id: &str) -> bool {
    crate::data::validate::is_slug(id)
}

fn clean_value(v: &str) -> Option<String> {
    let v = v.trim();
    if v.is_empty() || v.chars().count() > MAX_VALUE_CHARS || v.chars().any(char::is_control) {
        return None;
    }
    Some(v.to_owned())
}

impl AppState {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn decode(query: &str) -> AppState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut s = AppState::default();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match &*k {
                "q" => s.q = truncate_chars(&v, MAX_QUERY_CHARS).to_owned(),
                "f" => {
                    if s.filters.len() >= MAX_FILTERS {
                        continue;
                    }
                    if let Some((facet, value)) = v.split_once(':') {
                        if let (Some(facet), Some(value)) =
                            (Facet::from_key(facet), clean_value(value))
                        {
                            s.filters.push(Filter { facet, value });
                        }
                    }
                }
                "sort" => s.sort = Sort::from_key(&v).unwrap_or_default(),
                "view" => s.view = View::decode(&v).unwrap_or_default(),
                "cmp" => {
                    s.compare.clear();
                    for id in v.split(',') {
                        if is_slug(id)
                            && !s.compare.iter().any(|c| c == id)
                            && s.compare.len() < MAX_COMPARE
                        {
                            s.compare.push(id.to_owned());
                        }
                    }
                }
                "tf" => s.theme_filter = truncate_chars(&v, MAX_VALUE_CHARS).to_owned(),
                "diff" => s.only_diff = &*v == "1",
                "embed" => s.embed = &*v == "1",
                "theme" => s.theme = Theme::from_key(&v).unwrap_or_default(),
                _ => {}
            }
        }
        s.normalize();
        s
    }

    /// Sorts and de-duplicates filters so that equal states have equal URLs.
    pub fn normalize(&mut self) {
        crate::sort::sort(&mut self.filters);
        self.filters.dedup();
    }

    /// Reads a location: the path below the app's root and the query string. A path that names a
    /// view wins over a `view` parameter; an unknown path opens the search. Never fails.
    pub fn from_location(path: &str, query: &str) -> AppState {
        let mut s = AppState::decode(query);
        match View::from_path(path) {
            Some(View::Search) | None => {}
            Some(view) => s.view = view,
        }
        s
    }

    /// The link to this state, relative to the app's root: `signatory/cisco/?cmp=a,b`, `?q=x`,
    /// or `./` for the default state. In an embed, the root with the whole state as its query.
    pub fn href(&self) -> String {
        let (path, query) = if self.embed {
            (String::new(), self.encode())
        } else {
            (self.view.path(), self.encode_with(false))
        };
        if path.is_empty() && query.is_empty() {
            "./".to_owned()
        } else {
            path + &query
        }
    }

    /// Writes the whole state as a query string, starting with `?`, or "" for the default state.
    pub fn encode(&self) -> String {
        self.encode_with(true)
    }

    /// The query string, with the view in it or not.
    fn encode_with(&self, with_view: bool) -> String {
        let mut e = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            e.append_pair("q", &self.q);
        }
        for f in &self.filters {
            e.append_pair("f", &format!("{}:{}", f.facet.key(), f.value));
        }
        if self.sort != Sort::Relevance {
            e.append_pair("sort", self.sort.key());
        }
        if let Some(v) = self.view.encode().filter(|_| with_view) {
            e.append_pair("view", &v);
        }
        if !self.compare.is_empty() {
            e.append_pair("cmp", &self.compare.join(","));
        }
        if !self.theme_filter.is_empty() {
            e.append_pair("tf", &self.theme_filter);
        }
        if self.only_diff {
            e.append_pair("diff", "1");
        }
        if self.embed {
            e.append_pair("embed", "1");
        }
        if self.theme != Theme::Auto {
            e.append_pair("theme", self.theme.key());
        }
        let out = e.finish();
        if out.is_empty() {
            out
        } else {
            format!("?{out}")
        }
    }

    pub fn has_filter(&self, facet: Facet, value: &str) -> bool {
        self.filters
            .iter()
            .any(|f| f.facet == facet && f.value == value)
    }

    /// Adds the filter if absent, removes it if present.
    pub fn toggle_filter(&mut self, facet: Facet, value: &str) {
        if let Some(i) = self
            .filters
            .iter()
            .position(|f| f.facet == facet && f.value == value)
        {
            self.filters.remove(i);
        } else if self.filters.len() < MAX_FILTERS {
            if let Some(value) = clean_value(value) {
                self.filters.push(Filter { facet, value });
                self.normalize();
            }
        }
    }

    /// Adds or removes a signatory from the comparison; false when it is full.
    pub fn toggle_compare(&mut self, id: &str) -> bool {
        if let Some(i) = self.compare.iter().position(|c| c == id) {
            self.compare.remove(i);
            true
        } else if self.compare.len() < MAX_COMPARE && is_slug(id) {
            self.compare.push(id.to_owned());
            true
        } else {
            false
        }
    }
}

/// What a link keeps of the state it starts from: the one rule of navigation, used by every link
/// and button of the app.
///
/// - The reader's own settings always stay: colour theme, embed mode, and the signatories put
///   aside for comparison.
/// - The search (text, filters, sort) stays when a link opens another view, so that "Back to
///   search" returns to the same results; `filtered` replaces it and `home` clears it.
/// - A view's own settings (the themes matrix's filter, the comparison's "only differences")
///   stay only while that view stays open.
impl AppState {
    /// The state a link to `view` opens.
    pub fn link_to(&self, view: View) -> AppState {
        let same = std::mem::discriminant(&view) == std::mem::discriminant(&self.view);
        AppState {
            theme_filter: if same {
                self.theme_filter.clone()
            } else {
                String::new()
            },
            only_diff: same && self.only_diff,
            view,
            ..self.clone()
        }
    }

    /// The search with exactly one filter (from a chart's bar): a fresh search, settings kept.
    pub fn filtered(&self, facet: Facet, value: &str) -> AppState {
        let mut s = self.home();
        s.toggle_filter(facet, value);
        s
    }

    /// The start page: the search, empty, with the reader's settings kept.
    pub fn home(&self) -> AppState {
        AppState {
            compare: self.compare.clone(),
            embed: self.embed,
            theme: self.theme,
            ..AppState::default()
        }
    }

    /// This view in the full app, outside an embed ("Open in Accord Explorer").
    pub fn outside_embed(&self) -> AppState {
        AppState {
            embed: false,
            ..self.clone()
        }
    }

    /// This view as an embed shows it: the views an embed offers (search, a signatory, the
    /// principles, compare, charts); a principle or framework shows the principles, a milestone,
    /// "Check a list" or About the search.
    pub fn embedded(&self) -> AppState {
        let view = match &self.view {
            View::Principle(_) | View::Framework(_) => View::Principles,
            View::Milestone(_) | View::Check | View::About => View::Search,
            v => v.clone(),
        };
        AppState {
            view,
            embed: true,
            ..self.clone()
        }
    }

    /// Narrows the themes matrix to themes whose name contains `text`, cut to `MAX_VALUE_CHARS`.
    pub fn set_theme_filter(&mut self, text: &str) {
        self.theme_filter = truncate_chars(text, MAX_VALUE_CHARS).to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_parameter_opens_a_search() {
        let s = AppState::decode("?q=telefonica");
        assert_eq!(s.q, "telefonica");
        assert_eq!(s.view, View::Search);
    }

    #[test]
    fn full_state_round_trips() {
        let s = AppState {
            q: "Telefónica & co \"phrase\"".into(),
            filters: vec![
                Filter {
                    facet: Facet::Country,
                    value: "FI".into(),
                },
                Filter {
                    facet: Facet::Sector,
                    value: "security".into(),
                },
            ],
            sort: Sort::Joined,
            view: View::Signatory("telefonica".into()),
            compare: vec!["cisco".into(), "microsoft".into()],
            theme_filter: "supply".into(),
            only_diff: true,
            embed: true,
            theme: Theme::Dark,
        };
        assert_eq!(AppState::decode(&s.encode()), s);
    }

    #[test]
    fn unknown_and_malformed_parameters_are_ignored() {
        let s = AppState::decode("?zzz=1&f=nope:x&f=country&sort=sideways&view=signatory/..%2F&cmp=a,,B,a&embed=yes&theme=pink&%ZZ");
        assert_eq!(
            s,
            AppState {
                compare: vec!["a".into()],
                ..AppState::default()
            }
        );
    }

    #[test]
    fn default_state_is_the_bare_page() {
        assert_eq!(AppState::default().encode(), "");
        assert_eq!(AppState::default().href(), "./");
    }

    #[test]
    fn a_view_is_a_path_and_the_rest_a_query() {
        let s = AppState {
            view: View::Signatory("telefonica".into()),
            compare: vec!["cisco".into()],
            ..AppState::default()
        };
        assert_eq!(s.href(), "signatory/telefonica/?cmp=cisco");
        assert_eq!(
            AppState::from_location("signatory/telefonica/", "?cmp=cisco"),
            s
        );
        let about = AppState {
            view: View::About,
            ..AppState::default()
        };
        assert_eq!(about.href(), "about/");
        let search = AppState {
            q: "nokia".into(),
            ..AppState::default()
        };
        assert_eq!(search.href(), "?q=nokia");
    }

    #[test]
    fn paths_are_read_with_or_without_slash_and_index_html() {
        for path in [
            "principle/no-offense/",
            "/principle/no-offense",
            "principle/no-offense/index.html",
        ] {
            assert_eq!(
                View::from_path(path),
                Some(View::Principle("no-offense".into())),
                "{path}"
            );
        }
        for path in ["", "/", "index.html"] {
            assert_eq!(View::from_path(path), Some(View::Search), "{path}");
        }
        for path in [
            "nowhere/",
            "signatory/",
            "signatory/a/b/",
            "signatory/..%2F/",
            "about/x/",
        ] {
            assert_eq!(View::from_path(path), None, "{path}");
        }
    }

    #[test]
    fn the_older_query_form_still_opens_a_view_and_a_path_wins() {
        let old = AppState::from_location("", "?view=signatory/cisco");
        assert_eq!(old.view, View::Signatory("cisco".into()));
        let both = AppState::from_location("about/", "?view=signatory/cisco");
        assert_eq!(both.view, View::About);
        let unknown = AppState::from_location("nowhere/", "?q=x");
        assert_eq!(unknown.view, View::Search);
        assert_eq!(unknown.q, "x");
    }

    #[test]
    fn an_embed_keeps_its_whole_state_in_the_query() {
        let s = AppState {
            view: View::Signatory("nokia".into()),
            embed: true,
            ..AppState::default()
        };
        assert_eq!(s.href(), "?view=signatory%2Fnokia&embed=1");
        assert_eq!(AppState::from_location("", &s.href()), s);
    }

    fn reading(view: View) -> AppState {
        AppState {
            q: "micro".into(),
            filters: vec![Filter {
                facet: Facet::Country,
                value: "US".into(),
            }],
            sort: Sort::Name,
            view,
            compare: vec!["cisco".into(), "nokia".into()],
            theme_filter: "privacy".into(),
            only_diff: true,
            embed: false,
            theme: Theme::Dark,
        }
    }

    #[test]
    fn a_link_keeps_the_search_and_the_settings_and_drops_the_view_s_own() {
        let from = reading(View::Principles);
        let to = from.link_to(View::Signatory("cisco".into()));
        assert_eq!(to.view, View::Signatory("cisco".into()));
        assert_eq!(
            (&*to.q, &to.filters, to.sort),
            (&*from.q, &from.filters, from.sort)
        );
        assert_eq!(
            (&to.compare, to.theme, to.embed),
            (&from.compare, from.theme, from.embed)
        );
        assert_eq!((&*to.theme_filter, to.only_diff), ("", false));
        // Back to the search: the same results.
        let back = to.link_to(View::Search);
        assert_eq!(
            (&*back.q, &back.filters, back.sort),
            (&*from.q, &from.filters, from.sort)
        );
    }

    #[test]
    fn a_view_keeps_its_own_settings_while_it_stays_open() {
        let principles = reading(View::Principles);
        assert_eq!(principles.link_to(View::Principles).theme_filter, "privacy");
        let compare = reading(View::Compare);
        assert!(compare.link_to(View::Compare).only_diff);
        assert!(!compare.link_to(View::Charts).only_diff);
        // Two signatories are the same kind of view, and share no setting of their own anyway.
        let s = reading(View::Signatory("cisco".into()));
        assert_eq!(s.link_to(View::Signatory("nokia".into())).q, "micro");
    }

    #[test]
    fn home_and_filtered_start_a_fresh_search_with_the_settings_kept() {
        let mut from = reading(View::Charts);
        from.embed = true;
        let home = from.home();
        assert_eq!(home.view, View::Search);
        assert!(home.q.is_empty() && home.filters.is_empty() && home.sort == Sort::Relevance);
        assert_eq!(
            (&home.compare, home.theme, home.embed),
            (&from.compare, from.theme, true)
        );
        let f = from.filtered(Facet::Sector, "security");
        assert_eq!(
            f.filters,
            vec![Filter {
                facet: Facet::Sector,
                value: "security".into()
            }]
        );
        assert!(f.q.is_empty() && f.view == View::Search && f.theme == Theme::Dark);
        assert_eq!(
            f.href(),
            "?f=sector%3Asecurity&cmp=cisco%2Cnokia&embed=1&theme=dark"
        );
    }

    #[test]
    fn an_embed_shows_only_the_views_it_offers_and_opens_outside_as_it_was() {
        let e = reading(View::Principle("no-offense".into())).embedded();
        assert!(e.embed);
        assert_eq!(e.view, View::Principles);
        assert_eq!(reading(View::About).embedded().view, View::Search);
        assert_eq!(reading(View::Check).embedded().view, View::Search);
        assert_eq!(reading(View::Compare).embedded().view, View::Compare);
        let out = e.outside_embed();
        assert!(!out.embed);
        assert_eq!(out.view, View::Principles);
    }

    #[test]
    fn the_themes_filter_is_cut_to_its_limit() {
        let mut s = AppState::default();
        s.set_theme_filter(&"é".repeat(MAX_VALUE_CHARS + 5));
        assert_eq!(s.theme_filter.chars().count(), MAX_VALUE_CHARS);
    }

    #[test]
    fn every_view_belongs_to_one_header_section() {
        let sections = [
            View::Search,
            View::Principles,
            View::Charts,
            View::Compare,
            View::Check,
            View::About,
        ];
        for v in [
            View::Signatory("cisco".into()),
            View::Milestone("launch".into()),
            View::Principle("no-offense".into()),
            View::Framework("paris-call".into()),
        ] {
            assert!(sections.contains(&v.section()), "{v:?}");
        }
        assert_eq!(View::Framework("x".into()).section(), View::Principles);
        assert_eq!(View::Milestone("x".into()).section(), View::Search);
        for s in sections {
            assert_eq!(s.section(), s);
        }
    }
}
