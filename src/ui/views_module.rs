//! The views module: the charts, the comparison, About, the principles overview and the
//! principle, framework and milestone pages. Release builds move their code out of the app's
//! wasm into a second file (`tools/split_views.mjs`), fetched the first time one of them opens,
//! so that the first load of every other page is smaller. The two share one memory and one
//! function table: loading the views module fills the table slots where the app module holds
//! placeholders. Code of the views module must therefore never run before it has loaded; that is
//! what [`needs`] and [`ready`] guard (`views::MainView` shows [`super::views_gate`] meanwhile,
//! and `ui::start` loads it before hydrating a page that shows one of these views).
//!
//! Debug builds and the prerenderer have every view in one module: [`ready`] is always true.

use crate::state::View;

/// The `name` of the `<meta>` in which the build names the views module's file and integrity
/// (`content="FILE sha384-..."`); the prerenderer preloads it on the pages that need it.
pub const META: &str = "accord-views-module";

/// Whether the view's code is in the views module. Keep in step with `VIEWS` in
/// `tools/split_views.mjs`, which names their Rust modules.
pub fn needs(view: &View) -> bool {
    matches!(
        view,
        View::Principle(_)
            | View::Milestone(_)
            | View::Framework(_)
            | View::Principles
            | View::Compare
            | View::Charts
            | View::About
    )
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/ui/views_module.js")]
    extern "C" {
        pub fn views_ready() -> bool;
        #[wasm_bindgen(catch)]
        pub async fn load_views(root: &str, primary: JsValue) -> Result<JsValue, JsValue>;
    }
}

/// Whether the views module's code can run: it has loaded, or this build has no views module.
pub fn ready() -> bool {
    #[cfg(target_arch = "wasm32")]
    return js::views_ready();
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// Loads the views module (once; a failure is forgotten, so calling again retries). The error
/// says why, for a person to read.
pub async fn load() -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use super::dom;
        let root = dom::root_href().unwrap_or_default();
        return js::load_views(&root, wasm_bindgen::exports())
            .await
            .map(|_| ())
            .map_err(|e| dom::error_text(&e).unwrap_or_else(|| "unknown error".into()));
    }
    #[cfg(not(target_arch = "wasm32"))]
    Ok(())
}
