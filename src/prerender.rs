//! Build-time prerendering (host only): every page of `pages::all` rendered to static HTML with
//! Yew's server renderer, from the same components the browser runs, into a copy of the built
//! `index.html` with the page's own title, description, canonical link, Open Graph card and a
//! link to the milestones' feed (`open_data`). The
//! template has no description of its own: every page, the home page too, gets it from here.
//! The browser then hydrates that markup instead of rendering it again (see `ui::start`).
//!
//! Run by the post-build hook (tools/post_build.mjs) through `src/bin/prerender.rs`.

use std::path::Path;

use crate::pages::{self, open_data, Page, SITE_NAME};
use crate::state::AppState;
use crate::ui::{App, AppProps, Prepared, PRERENDERED_ATTR};

/// The empty mount point of the built `index.html`, which each page fills: as written, and as
/// Trunk's HTML minifier writes it in release builds.
const MOUNT: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];
/// The charset declaration, after which a deep page's `<base>` goes (same two forms).
const CHARSET: [&str; 2] = [r#"<meta charset="utf-8">"#, "<meta charset=utf-8>"];
/// The image of a shared link's card, relative to the app's root.
const CARD_IMAGE: &str = "icons/icon-512.png";

/// The app's markup for a state, as the browser's first render will produce it, with the
/// markers hydration needs.
pub async fn render_app(state: &AppState) -> String {
    render_markup(state, true).await
}

/// The app's markup for a state, made as the build makes it; `hydratable` adds the markers
/// hydration needs (the tests of the markup read it without them). The list of results is the
/// results app's own rendering either way.
pub async fn render_markup(state: &AppState, hydratable: bool) -> String {
    // Made once, as `ui::start` makes it in the browser; the list of results is an app of its own
    // there, rendered apart here too.
    let prepared = Prepared::builtin_for(state);
    let results_html = crate::ui::results_server_html(&prepared, state).await;
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: Some(state.clone()),
        prepared: Some(prepared),
        results_html,
    })
    .hydratable(hydratable)
    .render()
    .await
}

/// Where the deployed app lives, if known (`https://example.org/accord/`): canonical links and
/// Open Graph URLs are absolute then, as search engines and link previews want them. Unknown,
/// they are relative to the page's `<base>`, which browsers resolve correctly.
#[derive(Debug, Clone, Default)]
pub struct Site {
    root: Option<String>,
}

impl Site {
    /// Reads a root URL: http(s), absolute; a missing final `/` is added.
    pub fn new(root: Option<&str>) -> Result<Site, String> {
        let Some(root) = root.map(str::trim).filter(|r| !r.is_empty()) else {
            return Ok(Site::default());
        };
        let rest = root
            .strip_prefix("https://")
            .or_else(|| root.strip_prefix("http://"))
            .ok_or_else(|| format!("site URL {root:?} must start with https:// or http://"))?;
        if rest.is_empty() || rest.starts_with('/') || rest.contains(['?', '#', ' ', '"', '<']) {
            return Err(format!(
                "site URL {root:?} must be a plain absolute URL like https://example.org/accord/"
            ));
        }
        let mut root = root.to_owned();
        if !root.ends_with('/') {
            root.push('/');
        }
        Ok(Site { root: Some(root) })
    }

    /// A URL below the app's root, absolute when the site is known.
    pub fn url(&self, below_root: &str) -> String {
        match (&self.root, below_root) {
            (Some(root), p) => format!("{root}{p}"),
            (None, "") => "./".to_owned(),
            (None, p) => p.to_owned(),
        }
    }
}

fn attr(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

/// Replaces the one occurrence of `from` in `html`, or says which marker is missing.
fn replace_once(html: &str, from: &str, to: &str) -> Result<String, String> {
    match html.matches(from).count() {
        1 => Ok(html.replacen(from, to, 1)),
        n => Err(format!(
            "the built index.html has {n} occurrences of {from:?}, expected exactly 1"
        )),
    }
}

/// Which of a marker's forms the built `index.html` has.
fn marker<'a>(html: &str, forms: &[&'a str]) -> Result<&'a str, String> {
    forms
        .iter()
        .find(|f| html.contains(**f))
        .copied()
        .ok_or_else(|| format!("the built index.html lacks {:?}", forms[0]))
}

/// Replaces the text between `start` and the next `end` (exclusive of both).
fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = html
        .find(start)
        .ok_or_else(|| format!("the built index.html lacks {start:?}"))?
        + start.len();
    let to = from
        + html[from..]
            .find(end)
            .ok_or_else(|| format!("the built index.html lacks {end:?} after {start:?}"))?;
    Ok(format!("{}{}{}", &html[..from], with, &html[to..]))
}

/// One page's document: the built `index.html` with the page's head and the app's markup.
pub fn page_html(
    template: &str,
    page: &Page,
    app_markup: &str,
    site: &Site,
) -> Result<String, String> {
    let mut html = template.to_owned();
    if page.depth() > 0 {
        // Every relative URL of the page (scripts, styles, links) is relative to the app's root.
        let charset = marker(&html, &CHARSET)?;
        let base = format!(r#"{charset}<base href="{}">"#, "../".repeat(page.depth()));
        html = replace_once(&html, charset, &base)?;
    }
    html = replace_between(
        &html,
        "<title>",
        "</title>",
        &html_escape::encode_text(&page.title),
    )?;
    let url = attr(&site.url(&page.path));
    let head = format!(
        concat!(
            r#"<meta name="description" content="{description}">"#,
            "\n  ",
            r#"<link rel="canonical" href="{url}">"#,
            "\n  ",
            r#"<meta property="og:type" content="website">"#,
            "\n  ",
            r#"<meta property="og:site_name" content="{site_name}">"#,
            "\n  ",
            r#"<meta property="og:title" content="{title}">"#,
            "\n  ",
            r#"<meta property="og:description" content="{description}">"#,
            "\n  ",
            r#"<meta property="og:url" content="{url}">"#,
            "\n  ",
            r#"<meta property="og:image" content="{image}">"#,
            "\n  ",
            r#"<meta property="og:image:alt" content="The Accord Explorer logo">"#,
            "\n  ",
            r#"<meta name="twitter:card" content="summary">"#,
            "\n  ",
            r#"<link rel="alternate" type="application/atom+xml" title="{feed_title}" href="{feed}">"#,
            "\n</head>"
        ),
        url = url,
        site_name = SITE_NAME,
        title = attr(&page.title),
        description = attr(&page.description),
        image = attr(&site.url(CARD_IMAGE)),
        feed_title = attr(open_data::FEED_TITLE),
        feed = attr(&site.url(open_data::FEED)),
    );
    html = replace_once(&html, "</head>", &head)?;
    let mount = format!(
        r#"<div id="app" {PRERENDERED_ATTR}="{}">{app_markup}</div>"#,
        attr(&page.state.href())
    );
    replace_once(&html, marker(&html, &MOUNT)?, &mount)
}

/// Writes every page into `dir` (a built app: `dir/index.html` is the template, and becomes the
/// prerendered home page). Returns the pages written.
pub async fn write_all(dir: &Path, site: &Site) -> Result<Vec<Page>, String> {
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    if marker(&template, &MOUNT).is_err() {
        return Err(format!(
            "{} has no empty {:?}: was it prerendered already?",
            index.display(),
            MOUNT[0]
        ));
    }
    let pages = pages::all(crate::data::builtin());
    for page in &pages {
        let markup = render_app(&page.state).await;
        let html = page_html(&template, page, &markup, site)
            .map_err(|e| format!("page {:?}: {e}", page.path))?;
        let out_dir = dir.join(&page.path);
        std::fs::create_dir_all(&out_dir)
            .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
        let out = out_dir.join("index.html");
        std::fs::write(&out, html).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::View;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Old</title>\n  <link rel=\"stylesheet\" href=\"./style.css\">\n</head>\n<body>\n  <div id=\"app\"></div>\n</body>\n</html>\n";

    fn page(view: View) -> Page {
        pages::all(crate::data::builtin())
            .into_iter()
            .find(|p| p.state.view == view)
            .expect("a page for the view")
    }

    #[test]
    fn a_deep_page_gets_a_base_its_head_and_the_markup() {
        let p = page(View::Signatory("telefonica".into()));
        let html = page_html(TEMPLATE, &p, "<p>hi</p>", &Site::default()).unwrap();
        assert!(html.contains("<meta charset=\"utf-8\"><base href=\"../../\">"));
        assert!(html.contains("<title>Telefónica, a signatory of the Cybersecurity Tech Accord | Accord Explorer</title>"));
        assert!(html.contains(r#"<link rel="canonical" href="signatory/telefonica/">"#));
        assert!(html.contains(r#"<link rel="alternate" type="application/atom+xml" title="Milestones of the Cybersecurity Tech Accord" href="feed.xml">"#));
        assert!(html
            .contains(r#"<div id="app" data-prerendered="signatory/telefonica/"><p>hi</p></div>"#));
        assert!(!html.contains("Old"));
    }

    #[test]
    fn a_minified_template_works_alike() {
        // What Trunk's HTML minifier makes of index.html in release builds.
        const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Old</title><link href=./style.css rel=stylesheet></head><body><div id=app></div></body></html>";
        let p = page(View::Signatory("telefonica".into()));
        let html = page_html(MINIFIED, &p, "<p>hi</p>", &Site::default()).unwrap();
        assert!(html.contains(r#"<meta charset=utf-8><base href="../../">"#));
        assert!(html.contains(r#"<meta name="description" content="#));
        assert!(html
            .contains(r#"<div id="app" data-prerendered="signatory/telefonica/"><p>hi</p></div>"#));
        assert!(!html.contains("Old"));
    }

    #[test]
    fn the_home_page_has_no_base_and_an_absolute_canonical_when_the_site_is_known() {
        let p = page(View::Search);
        let site = Site::new(Some("https://example.org/accord")).unwrap();
        let html = page_html(TEMPLATE, &p, "", &site).unwrap();
        assert!(!html.contains("<base"));
        assert!(html.contains(r#"<link rel="canonical" href="https://example.org/accord/">"#));
        assert!(html.contains(
            r#"<meta property="og:image" content="https://example.org/accord/icons/icon-512.png">"#
        ));
        assert!(html.contains(r#"data-prerendered="./""#));
        assert!(html.contains(
            r#"type="application/atom+xml" title="Milestones of the Cybersecurity Tech Accord" href="https://example.org/accord/feed.xml">"#
        ));
    }

    #[test]
    fn text_in_the_head_is_escaped() {
        let mut p = page(View::About);
        p.title = r#"<script>"a" & b</script>"#.into();
        p.description = r#""><img src=x onerror=alert(1)>"#.into();
        let html = page_html(TEMPLATE, &p, "", &Site::default()).unwrap();
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;"));
    }

    #[test]
    fn a_template_without_its_markers_is_refused() {
        let p = page(View::About);
        let err = page_html("<html><head></head></html>", &p, "", &Site::default()).unwrap_err();
        assert!(err.contains("index.html"), "{err}");
        for bad in ["ftp://x/", "example.org", "https://", "https://x/?a"] {
            assert!(Site::new(Some(bad)).is_err(), "{bad}");
        }
        assert!(Site::new(Some("")).unwrap().root.is_none());
    }
}
