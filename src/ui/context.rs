//! What every component can read: the dataset, its search index, the URL state, and a way to
//! change the state. Components never touch `window.location` themselves.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

use super::app::Searched;
use crate::data::Dataset;
use crate::search::Index;
use crate::state::AppState;

/// How a state change reaches the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// A new view: a history entry, so Back returns here.
    Push,
    /// A refinement of the same view (typing, sorting): the entry is replaced.
    Replace,
}

#[derive(Clone)]
pub struct Ctx {
    pub dataset: Rc<Dataset>,
    pub index: Rc<Index>,
    /// The search of the state the page started in, run before the first render.
    pub first_search: Option<Rc<Searched>>,
    /// Bumped whenever a new dataset is loaded, so memoised results refresh.
    pub generation: u32,
    pub state: Rc<AppState>,
    pub navigate: Callback<(AppState, Nav)>,
    pub load_dataset: Callback<Rc<Dataset>>,
    /// True when the dataset came from a file the person opened, not the built-in one.
    pub custom_dataset: bool,
    /// The newest state, which may be newer than `state` in a callback made by an earlier
    /// render: `go` changes this one, so no change made since is lost.
    pub current: Rc<RefCell<Rc<AppState>>>,
    /// In the build only: the results app's server rendering, which the search view puts in its
    /// host (`results_root`); None in the browser.
    pub results_html: Option<AttrValue>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
            && self.state == other.state
            && self.custom_dataset == other.custom_dataset
    }
}

impl Ctx {
    /// The context of a server rendering of part of the app: nothing to navigate to.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn for_server(dataset: Rc<Dataset>, index: Rc<Index>, state: AppState) -> Ctx {
        let state = Rc::new(state);
        Ctx {
            dataset,
            index,
            first_search: None,
            generation: 0,
            state: state.clone(),
            navigate: Callback::noop(),
            load_dataset: Callback::noop(),
            custom_dataset: false,
            current: Rc::new(RefCell::new(state)),
            results_html: None,
        }
    }

    /// Goes to a state derived from the newest one.
    pub fn go(&self, nav: Nav, change: impl FnOnce(&mut AppState)) {
        let mut next = (**self.current.borrow()).clone();
        change(&mut next);
        self.navigate.emit((next, nav));
    }

    /// A callback that goes to a fixed state.
    pub fn link_to(&self, target: AppState) -> Callback<MouseEvent> {
        let navigate = self.navigate.clone();
        Callback::from(move |e: MouseEvent| {
            // Let modified clicks open a new tab as usual.
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            navigate.emit((target.clone(), Nav::Push));
        })
    }
}

/// The context `App` provides at the root; None only outside `App` (then render nothing).
#[hook]
pub fn use_ctx() -> Option<Ctx> {
    use_context::<Ctx>()
}

/// The `href` of a state: a link relative to the app's root (the document's base URL), so it
/// works on any static host, in any sub-path, with or without script.
pub fn href(state: &AppState) -> String {
    state.href()
}
