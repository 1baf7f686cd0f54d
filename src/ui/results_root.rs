//! The list of results as a Yew app of its own, mounted on the search view's `#results-root`, so
//! that on a prerendered page its rows are hydrated in a task of their own, after the rest of the
//! page. Yew hydrates an app in one task; the rows are most of the home page's elements, and one
//! task for all of them was start-up's longest.
//!
//! The search view renders the host element as a raw block: in the build, the element with the
//! results app's own server rendering inside (`server_html`); in the browser, the element empty.
//! Hydrating a raw block keeps the nodes the build wrote without visiting them, and the block never
//! changes, so the page app never touches what is inside the element. The results app hydrates
//! those nodes in place a task later (or renders into the empty host when the page was not
//! prerendered), and gets the search view's state whenever it changes. Clicks held by the shell
//! are given again only once it is hydrated. Only the page's first search view mounts the app
//! (`first_host`): Yew never frees the event listeners of an app it destroys.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

use super::context::{use_ctx, Ctx};
use super::dom;
use super::result_list::result_list;
use crate::search::Hit;

/// The id of the element the results app is mounted on.
pub const RESULTS_ROOT_ID: &str = "results-root";
/// That element, empty: the raw block's content in the browser. The block owns the element, the
/// results app what is inside it, so that neither removes a node of the other's.
const EMPTY_ROOT: &str = r#"<div id="results-root"></div>"#;

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsAppProps {
    pub ctx: Ctx,
    pub hits: Rc<Vec<Hit>>,
}

/// The root of the results app: the list, with the page app's context.
#[component]
pub fn ResultsApp(props: &ResultsAppProps) -> Html {
    // Its first render done: the page is ready if it was waiting for this one.
    use_effect_with((), |_| dom::release_ready());
    result_list(&props.ctx, &props.hits)
}

#[derive(Properties, PartialEq)]
pub struct ResultsHostProps {
    pub hits: Rc<Vec<Hit>>,
}

/// Where the results app is in its life.
enum Root {
    /// Not mounted (yet, or any more).
    None,
    /// To be hydrated in the next task; the newest state meanwhile.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Waiting(ResultsAppProps),
    #[cfg(target_arch = "wasm32")]
    Running(yew::AppHandle<ResultsApp>),
}

/// Whether this host is the page's first: only that one mounts a results app. Yew never frees
/// the event listeners of an app it destroys, so a new app on each return to the search kept
/// about 5 KB of memory every time; a later search view renders its list in the page app, as
/// nothing is hydrated then. In the build every page's host is a first one.
fn first_host() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        !MOUNTED.with(|m| m.replace(true))
    }
    #[cfg(not(target_arch = "wasm32"))]
    true
}

/// The host of the results app, in the search view.
#[component]
pub fn ResultsHost(props: &ResultsHostProps) -> Html {
    let ctx = use_ctx();
    let root = use_mut_ref(|| Root::None);
    let own_app = *use_memo((), |_| first_host());
    let Some(ctx) = ctx else {
        return html! {};
    };
    let app_props = ResultsAppProps {
        ctx: ctx.clone(),
        hits: props.hits.clone(),
    };
    {
        let root = root.clone();
        let first = app_props.clone();
        use_effect_with((), move |_| {
            if own_app {
                mount(&root, first);
            }
            move || {
                let _was = root.replace(Root::None);
                #[cfg(target_arch = "wasm32")]
                if let Root::Running(app) = _was {
                    app.destroy();
                }
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(app_props, move |p| update(&root, p));
    }
    if !own_app {
        // The same element and markup as the results app's.
        return html! {
            <div id={RESULTS_ROOT_ID}>{ result_list(&ctx, &props.hits) }</div>
        };
    }
    Html::from_html_unchecked(
        ctx.results_html
            .clone()
            .unwrap_or(AttrValue::Static(EMPTY_ROOT)),
    )
}

/// Mounts the results app on its host: hydrates the build's rows in the next task, or renders
/// into the empty host at once.
#[cfg(target_arch = "wasm32")]
fn mount(root: &Rc<RefCell<Root>>, first: ResultsAppProps) {
    let Some(host) = dom::document().and_then(|d| d.get_element_by_id(RESULTS_ROOT_ID)) else {
        return;
    };
    if !host.has_child_nodes() {
        *root.borrow_mut() =
            Root::Running(yew::Renderer::<ResultsApp>::with_root_and_props(host, first).render());
        return;
    }
    dom::hold_ready();
    *root.borrow_mut() = Root::Waiting(first.clone());
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        dom::yield_now().await;
        let newest = match &*root.borrow() {
            Root::Waiting(newest) => newest.clone(),
            // Gone before its turn (the view changed): nothing to hydrate.
            _ => {
                dom::release_ready();
                return;
            }
        };
        // The build's rows are the first state's: hydrated with it, then brought up to date.
        let mut app =
            yew::Renderer::<ResultsApp>::with_root_and_props(host, first.clone()).hydrate();
        if newest != first {
            app.update(newest);
        }
        *root.borrow_mut() = Root::Running(app);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn mount(_root: &Rc<RefCell<Root>>, _first: ResultsAppProps) {}

/// Gives the results app the search view's newest state.
fn update(root: &Rc<RefCell<Root>>, props: &ResultsAppProps) {
    match &mut *root.borrow_mut() {
        #[cfg(target_arch = "wasm32")]
        Root::Running(app) => app.update(props.clone()),
        Root::Waiting(newest) => *newest = props.clone(),
        Root::None => {}
    }
}

/// The results app's server rendering for a page in `state`, from the same `Prepared` the page
/// app is rendered with, which the search view puts in its host: None when the page shows no
/// list of results.
#[cfg(not(target_arch = "wasm32"))]
pub async fn server_html(
    prepared: &super::app::Prepared,
    state: &crate::state::AppState,
) -> Option<AttrValue> {
    let results = &prepared
        .first_search
        .as_ref()
        .filter(|f| f.answers(state))?
        .results;
    if results.error.is_some() || results.hits.is_empty() {
        return None;
    }
    let ctx = Ctx::for_server(
        prepared.dataset.clone(),
        prepared.index.clone(),
        state.clone(),
    );
    let html = yew::LocalServerRenderer::<ResultsApp>::with_props(ResultsAppProps {
        ctx,
        hits: Rc::new(results.hits.clone()),
    })
    .hydratable(true)
    .render()
    .await;
    // The element around it is the one constant of EMPTY_ROOT; the rest is Yew's own rendering.
    Some(format!(r#"<div id="{RESULTS_ROOT_ID}">{html}</div>"#).into())
}
