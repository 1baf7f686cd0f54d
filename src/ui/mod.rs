//! The user interface: Yew function components, one concern per file, over the pure core.
//! Components translate events into state changes and core results into markup; no logic lives here.

mod about;
mod app;
mod badges;
mod charts;
mod check_results;
mod check_view;
mod cite_this;
mod compare_toggle;
mod compare_view;
mod context;
mod dataset_loader;
mod detail;
mod dom;
mod embed;
mod file_drop;
mod files;
mod filter_panel;
mod footer;
mod header;
mod highlight;
mod intro;
mod lazy;
mod link;
mod membership_overlap;
mod panic;
mod principles_view;
mod remembered;
mod result_list;
mod results_root;
mod search_box;
mod search_view;
mod sources;
mod themes_matrix;
mod views;

pub use accord_fold_js as fold_js;
pub use app::{App, AppProps, Prepared};
#[cfg(not(target_arch = "wasm32"))]
pub use results_root::server_html as results_server_html;

/// The attribute the build puts on `#app` of a prerendered page: the link of the state rendered.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// Starts the app in the browser: the crash screen first, then the components. A prerendered
/// page made for exactly this URL's state is hydrated in place (its markup kept, listeners
/// attached); anything else (a query the build could not know, an embed) is rendered afresh.
///
/// The work is short tasks with a yield to the browser between them (`dom::yield_now`), so that
/// input is handled between them: unpacking the dataset, building its index a few records at a
/// time (`app::build_index_in_steps`), then the first render or hydration. A click on a
/// prerendered button meanwhile is held by the shell (static/app-shell.js) and given again once
/// the app is ready.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    dom::mark("accord:start");
    panic::install();
    fold_js::install();
    // A page of one of the views fetched later (`lazy`) is hydrated with them: their chunk is
    // fetched now, beside the work below, and awaited before the first render.
    let lazy_view = lazy::is_lazy(&initial_state().0.view);
    if lazy_view {
        wasm_bindgen_futures::spawn_local(async {
            lazy::load().await;
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Not in the task that instantiated the wasm, which is long already.
        dom::yield_now().await;
        let dataset = app::builtin_dataset();
        dom::yield_now().await;
        let index = app::build_index_in_steps(&dataset).await;
        dom::yield_now().await;
        // The first render's search, ahead of it: what the first render runs costs the most,
        // since the browser compiles each wasm function when it is first called.
        let first_search = first_search(&dataset, &index);
        dom::yield_now().await;
        // Without the chunk (offline before it was ever fetched), the page is rendered afresh:
        // the view says it could not be loaded and offers to try again.
        let hydrate = !lazy_view || lazy::load().await;
        mount(
            app::Prepared {
                dataset,
                index,
                first_search,
            },
            hydrate,
        );
    });
}

/// The state the app starts in: the URL's, with the text typed into the prerendered search box
/// before the app started, if any (hydrating would reset the box to the page's empty query), and
/// whether there was such text.
#[cfg(target_arch = "wasm32")]
fn initial_state() -> (crate::state::AppState, bool) {
    let mut initial = app::location_state();
    let typed = dom::input_value("search").filter(|t| !t.trim().is_empty());
    if let Some(typed) = &typed {
        initial.q = crate::state::truncate_chars(typed, crate::state::MAX_QUERY_CHARS).to_owned();
    }
    (initial, typed.is_some())
}

/// The search of the state the app starts in, when it starts on the search view.
#[cfg(target_arch = "wasm32")]
fn first_search(
    dataset: &crate::data::Dataset,
    index: &crate::search::Index,
) -> Option<std::rc::Rc<app::Searched>> {
    let (initial, _) = initial_state();
    (initial.view == crate::state::View::Search)
        .then(|| std::rc::Rc::new(app::Searched::run(dataset, index, &initial)))
}

#[cfg(target_arch = "wasm32")]
fn mount(prepared: app::Prepared, hydrate: bool) {
    // Read again: the person may have typed since the first search.
    let (initial, typed) = initial_state();
    if !initial.embed {
        dom::pin_base();
    }
    let props = AppProps {
        initial: Some(initial.clone()),
        prepared: Some(prepared),
        results_html: None,
    };
    // Its own element, so the shell's banners and the crash screen beside it are left alone.
    let Some(root) = dom::document().and_then(|d| d.get_element_by_id("app")) else {
        yew::Renderer::<App>::with_props(props).render();
        return;
    };
    let made_for = root.get_attribute(PRERENDERED_ATTR);
    let _ = root.remove_attribute(PRERENDERED_ATTR);
    if hydrate && made_for.as_deref() == Some(initial.href().as_str()) {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        if typed {
            // After the render (queued before this), so the person keeps typing where they were.
            wasm_bindgen_futures::spawn_local(async { dom::focus_id("search") });
        }
    }
}
