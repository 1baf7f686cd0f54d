//! The root component: owns the dataset, the index and the URL state, provides them as context,
//! keeps the URL and the state in step (Back and Forward included), and lays out the page.

use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::{Ctx, Nav};
use super::{dom, footer::footer, header::Header, remembered, views::MainView};
use crate::data::Dataset;
use crate::search::Index;
use crate::state::{AppState, Theme};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to start from; None reads it from the page's URL.
    #[prop_or_default]
    pub initial: Option<AppState>,
    /// The built-in dataset and its index, when `ui::start` made them ahead (in tasks of their
    /// own); None makes them in the first render.
    #[prop_or_default]
    pub prepared: Option<Prepared>,
    /// In the build only: the results app's server rendering for the search view
    /// (`results_root::server_html`).
    #[prop_or_default]
    pub results_html: Option<AttrValue>,
}

/// A dataset with its search index, and the search of the state the page starts in.
#[derive(Clone)]
pub struct Prepared {
    pub dataset: Rc<Dataset>,
    pub index: Rc<Index>,
    /// The results of the first state's search, run in a task before the first render (which
    /// then has less to do); None when the page does not start on the search view.
    pub first_search: Option<Rc<Searched>>,
}

/// The results of one search of the built-in dataset, with what they were searched for.
pub struct Searched {
    q: String,
    filters: Vec<crate::filter::Filter>,
    sort: crate::state::Sort,
    pub results: Rc<crate::search::Results>,
}

impl Searched {
    /// Searches `index` for what `state` asks.
    pub fn run(d: &Dataset, index: &Index, state: &AppState) -> Self {
        let results = Rc::new(index.search(d, &state.q, &state.filters, state.sort));
        Searched {
            q: state.q.clone(),
            filters: state.filters.clone(),
            sort: state.sort,
            results,
        }
    }

    /// Whether these are the results of `state`'s search.
    pub fn answers(&self, state: &AppState) -> bool {
        self.q == state.q && self.filters == state.filters && self.sort == state.sort
    }
}

impl Prepared {
    /// The built-in dataset, its index and the search of `state` (on the search view), made in one
    /// go: what the build's prerenderer gives the app, as `ui::start` does in the browser.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin_for(state: &AppState) -> Prepared {
        let dataset = builtin_dataset();
        let index = Rc::new(Index::build(&dataset));
        let first_search = (state.view == crate::state::View::Search)
            .then(|| Rc::new(Searched::run(&dataset, &index, state)));
        Prepared {
            dataset,
            index,
            first_search,
        }
    }
}

impl PartialEq for Prepared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset) && Rc::ptr_eq(&self.index, &other.index)
    }
}

/// The built-in dataset, unpacked (the phase mark `accord:dataset`).
pub fn builtin_dataset() -> Rc<Dataset> {
    let d = Rc::new(crate::data::unpack_builtin());
    dom::mark("accord:dataset");
    d
}

/// The search index of a dataset (the phase mark `accord:index`).
pub fn build_index(d: &Dataset) -> Rc<Index> {
    let index = Rc::new(Index::build(d));
    dom::mark("accord:index");
    index
}

/// How long one task of `build_index_in_steps` may run before it yields, in milliseconds: short
/// enough that a phone four times slower than this machine still stays under the 50 ms that
/// counts as a long task (Lighthouse multiplies the tasks it sees here by four).
#[cfg(target_arch = "wasm32")]
const INDEX_TASK_MS: f64 = 8.0;
/// Records indexed between two looks at the clock.
#[cfg(target_arch = "wasm32")]
const INDEX_STEP_RECORDS: usize = 4;

/// The search index of a dataset, built in tasks of about `INDEX_TASK_MS` with a yield to the
/// browser between them, so that a tap meanwhile is handled at once (the phase mark
/// `accord:index`).
#[cfg(target_arch = "wasm32")]
pub async fn build_index_in_steps(d: &Dataset) -> Rc<Index> {
    // Ordering the records is a task of its own: the first run of code costs most (the browser
    // compiles each wasm function when it is first called).
    let mut builder = crate::search::IndexBuilder::new(d);
    dom::yield_now().await;
    let mut since = dom::now_ms();
    while !builder.step(INDEX_STEP_RECORDS) {
        if dom::now_ms() - since >= INDEX_TASK_MS {
            dom::yield_now().await;
            since = dom::now_ms();
        }
    }
    dom::yield_now().await;
    let index = Rc::new(builder.finish());
    dom::mark("accord:index");
    index
}

/// The state of the page's URL.
pub fn location_state() -> AppState {
    AppState::from_location(&dom::location_path(), &dom::location_search())
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let prepared = props.prepared.clone();
    let dataset = use_state(|| match &prepared {
        Some(p) => p.dataset.clone(),
        None => builtin_dataset(),
    });
    let generation = use_state(|| 0u32);
    let custom = use_state(|| false);
    let index = {
        let d = (*dataset).clone();
        let given = props.prepared.as_ref().map(|p| p.index.clone());
        use_memo(*generation, move |g| match given {
            Some(index) if *g == 0 => index,
            _ => build_index(&d),
        })
    };
    // The first render is the URL's state alone, exactly what the build prerendered for this
    // page, so that hydration finds the same markup; what only the browser knows (a remembered
    // theme) comes right after.
    let state = use_state(|| Rc::new(props.initial.clone().unwrap_or_else(location_state)));
    // The newest state, set with it: what `Ctx::go` changes, so that a callback made by an older
    // render (the results app's rows are a task behind the page) loses no change made since.
    let current = use_mut_ref(|| (*state).clone());
    let set_state = {
        let state = state.clone();
        let current = current.clone();
        Rc::new(move |next: Rc<AppState>| {
            *current.borrow_mut() = next.clone();
            state.set(next);
        })
    };
    {
        let current = current.clone();
        let set_state = set_state.clone();
        use_effect_with((), move |_| {
            dom::mark_ready();
            let now = current.borrow().clone();
            if let Some(theme) = remembered::theme(&now) {
                let mut next = (*now).clone();
                next.theme = theme;
                set_state(Rc::new(next));
            }
        });
    }

    // Back and Forward: the URL is the state.
    {
        let set_state = set_state.clone();
        let current = current.clone();
        // The address the first state was read from: `ui::mount` reads it and renders in one task.
        let started_at = use_memo((), |_| (dom::location_path(), dom::location_search()));
        use_effect_with((), move |_| {
            let url_state = || {
                let mut next = location_state();
                next.theme = remembered::theme(&next).unwrap_or(next.theme);
                next
            };
            let on_pop = {
                let set_state = set_state.clone();
                Closure::<dyn Fn()>::new(move || set_state(Rc::new(url_state())))
            };
            if let Some(w) = dom::window() {
                let _ =
                    w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
            }
            // The app lives as long as the page.
            on_pop.forget();
            // A Back or Forward while the app was starting (after it read the address, before it
            // listened) moved the address with no event the app saw: it follows the address now.
            // Not when the address is the one it started from: text typed before the start
            // replaced that address's query in the first state, and stays.
            if (dom::location_path(), dom::location_search()) != *started_at {
                let now = url_state();
                if now != **current.borrow() {
                    set_state(Rc::new(now));
                }
            }
        });
    }

    // `/` focuses the search box from anywhere but a text field.
    use_effect_with((), move |_| {
        let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
                .unwrap_or(false);
            if !typing {
                e.prevent_default();
                dom::focus_id("search");
            }
        });
        if let Some(d) = dom::document() {
            let _ = d.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        }
        on_key.forget();
    });

    // The colour theme follows the state; Auto follows the system through CSS.
    use_effect_with(state.theme, |theme| {
        dom::set_theme_attr(match theme {
            Theme::Auto => "",
            t => t.key(),
        });
    });

    // The tab's title names the view, as the prerendered page's title does.
    {
        let dataset = dataset.clone();
        use_effect_with((state.view.clone(), *generation), move |(view, _)| {
            dom::set_title(&crate::pages::title(&dataset, view));
        });
    }

    let navigate = Callback::from(move |(next, nav): (AppState, Nav)| {
        let mut next = next;
        next.normalize();
        dom::set_url(&next.href(), nav == Nav::Push);
        set_state(Rc::new(next));
    });
    let load_dataset = {
        let dataset = dataset.clone();
        let generation = generation.clone();
        let custom = custom.clone();
        Callback::from(move |d: Rc<Dataset>| {
            dataset.set(d);
            custom.set(true);
            generation.set(generation.wrapping_add(1));
        })
    };
    let ctx = Ctx {
        dataset: (*dataset).clone(),
        index: (*index).clone(),
        // Searched in the built-in dataset: of no use once another is opened.
        first_search: props
            .prepared
            .as_ref()
            .and_then(|p| p.first_search.clone())
            .filter(|_| *generation == 0),
        generation: *generation,
        state: (*state).clone(),
        navigate,
        load_dataset,
        custom_dataset: *custom,
        current,
        results_html: props.results_html.clone(),
    };
    let embed = state.embed;
    super::embed::use_embed_height(embed);
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class="app" data-embed={embed.then_some("")}>
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                if !embed { <Header /> }
                <main id="main" tabindex="-1">
                    <MainView />
                </main>
                { footer(&ctx) }
            </div>
        </ContextProvider<Ctx>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_search_is_used_only_for_the_state_it_was_run_for() {
        let d = crate::data::builtin();
        let index = Index::build(d);
        let state = AppState::from_location("/", "?q=nokia&f=country:FI");
        let first = Searched::run(d, &index, &state);
        assert!(first.answers(&state));
        let again = index.search(d, &state.q, &state.filters, state.sort);
        assert_eq!(first.results.hits.len(), again.hits.len());
        assert!(!first.results.hits.is_empty());
        for other in [
            "?q=nokia",
            "?f=country:FI",
            "?q=nokia&f=country:FI&sort=name",
        ] {
            let other = AppState::from_location("/", other);
            assert!(!first.answers(&other), "{other:?}");
        }
    }
}
