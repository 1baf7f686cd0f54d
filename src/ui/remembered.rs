//! What the app remembers between visits, where the browser allows storage (not in a
//! strict-sandbox embed): the colour theme a reader chose, and whether they collapsed the home
//! page's introduction. Each key is named here once.

use super::dom;
use crate::state::{AppState, Theme};

/// Where the chosen colour theme is remembered. `static/app-shell.js` reads the same key to set
/// the theme before the first paint.
pub const THEME_KEY: &str = "accord-explorer-theme";

/// The colour theme remembered from an earlier visit, unless the state names one.
pub fn theme(s: &AppState) -> Option<Theme> {
    if s.theme != Theme::Auto {
        return None;
    }
    dom::storage_get(THEME_KEY)
        .as_deref()
        .and_then(Theme::from_key)
        .filter(|t| *t != Theme::Auto)
}

/// Remembers the reader's choice of colour theme.
pub fn set_theme(theme: Theme) {
    dom::storage_set(THEME_KEY, theme.key());
}

/// Where a collapsed introduction is remembered; `static/app-shell.js` reads it before the first
/// paint and marks `<html data-intro="collapsed">`.
pub const INTRO_KEY: &str = "accord-explorer-intro";

/// True when the reader collapsed the introduction on an earlier visit.
pub fn intro_collapsed() -> bool {
    dom::storage_get(INTRO_KEY).as_deref() == Some("collapsed")
}

/// Remembers whether the introduction is collapsed, and marks the page so at once.
pub fn set_intro_collapsed(collapsed: bool) {
    dom::storage_set(INTRO_KEY, if collapsed { "collapsed" } else { "open" });
    dom::set_root_attr("data-intro", collapsed.then_some("collapsed"));
}
