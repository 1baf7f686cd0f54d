//! The user interface: Yew function components, one concern per file, over the pure core.
//! Components translate events into state changes and core results into markup; no logic lives here.

mod about;
mod app;
mod badges;
mod charts;
mod compare_toggle;
mod compare_view;
mod context;
mod dataset_loader;
mod detail;
mod dom;
mod embed;
mod filter_panel;
pub mod fold_js;
mod footer;
mod header;
mod highlight;
mod link;
mod membership_overlap;
mod panic;
mod principles_view;
mod result_list;
mod search_box;
mod search_view;
mod sources;
mod themes_matrix;
mod views;

pub use app::{App, AppProps};

/// Starts the app in the browser: the crash screen first, then the components.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install();
    fold_js::install();
    // Its own element, so the shell's banners and the crash screen beside it are left alone.
    match dom::document().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
