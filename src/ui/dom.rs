//! Small, failure-tolerant wrappers over the browser: location, history, focus, storage.
//! Every call tolerates a missing window, denied storage or an opaque sandboxed origin.

use wasm_bindgen::JsCast;

/// The browser window; None on the host (server rendering, native tests), where there is none.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// What a rejected promise or thrown value says: an Error's message (a failed import or fetch),
/// or the value itself when it is a string; None for anything else.
pub fn error_text(e: &wasm_bindgen::JsValue) -> Option<String> {
    match e.dyn_ref::<js_sys::Error>() {
        Some(error) => Some(String::from(error.message())),
        None => e.as_string(),
    }
}

/// The current query string, with its `?`, or "".
pub fn location_search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The app's root: the directory of the document's base URL (a prerendered page at
/// `signatory/cisco/` names the root in its `<base href="../../">`).
fn root_url() -> Option<web_sys::Url> {
    let base = document()?.base_uri().ok()??;
    web_sys::Url::new_with_base("./", &base).ok()
}

/// The app's root as an absolute URL (`https://example.org/accord/`).
pub fn root_href() -> Option<String> {
    root_url().map(|u| u.href())
}

/// The current path below the app's root (`signatory/cisco/`), or "" at the root.
pub fn location_path() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let path = w.location().pathname().unwrap_or_default();
    let root = root_url().map(|u| u.pathname()).unwrap_or_default();
    path.strip_prefix(&root).unwrap_or_default().to_owned()
}

/// Pins the document's base URL to the app's root as an absolute URL, so that every relative
/// link keeps meaning the same page after the history moves to another path.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn pin_base() {
    let (Some(doc), Some(root)) = (document(), root_url()) else {
        return;
    };
    let base = match doc.query_selector("base[href]").ok().flatten() {
        Some(b) => b,
        None => {
            let Ok(b) = doc.create_element("base") else {
                return;
            };
            match doc.head() {
                Some(head) => {
                    let _ = head.prepend_with_node_1(&b);
                }
                None => return,
            }
            b
        }
    };
    let _ = base.set_attribute("href", &root.href());
}

/// Writes the URL for a state (a link relative to the app's root): a new history entry, or a
/// replacement of the current one.
pub fn set_url(href: &str, push: bool) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    // Sandboxed frames may refuse history changes; the app keeps working without them.
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    };
}

/// Sets the document's title (the tab, the history entry, what a screen reader announces).
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        if d.title() != title {
            d.set_title(title);
        }
    }
}

/// The current value of the input element with this id, if there is one.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn input_value(id: &str) -> Option<String> {
    document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()
        .map(|i| i.value())
}

/// The current text of the textarea with this id, if there is one.
pub fn textarea_value(id: &str) -> Option<String> {
    document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()
        .map(|t| t.value())
}

/// Lets the browser handle input and paint before going on: `scheduler.yield()` where the browser
/// has it, else a zero-delay timer.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub async fn yield_now() {
    use js_sys::Reflect;
    let scheduler = window()
        .and_then(|w| Reflect::get(&w, &"scheduler".into()).ok())
        .filter(|s| s.is_object());
    if let Some(s) = scheduler {
        let promise = Reflect::get(&s, &"yield".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&s).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        if let Some(p) = promise {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            return;
        }
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// `performance.now()`: milliseconds since the page started, or 0 where there is no clock.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// A `performance.mark` of a start-up phase (`accord:start`, `accord:dataset`, `accord:index`,
/// `accord:ready`, `accord:settled`), which `./dev budgets --only startup` reads back.
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

thread_local! {
    /// Whether the page waits for the results app before it is ready (`hold_ready`).
    static READY_HELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The page is not ready when its first render is done, but once `release_ready` is called:
/// the results app hydrates its rows in a task of its own (`results_root`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn hold_ready() {
    READY_HELD.with(|h| h.set(true));
}

/// Marks the page ready if `hold_ready` was waiting for this.
pub fn release_ready() {
    if READY_HELD.with(|h| h.replace(false)) {
        mark_ready();
    }
}

/// Marks the page as running: `data-app="ready"` on the root element, once the app's first
/// render is in place (a prerendered page is readable, but only interactive from then on; the
/// shell gives held clicks again then); and the phase marks `accord:ready`, then
/// `accord:settled` once the first effects have run. Unless `hold_ready` waits for more.
pub fn mark_ready() {
    if READY_HELD.with(|h| h.get()) {
        return;
    }
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
    mark("accord:ready");
    gloo_timers::callback::Timeout::new(0, || mark("accord:settled")).forget();
}

pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Throws in opaque origins and when storage is denied: treat as absent.
    window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn storage_get(key: &str) -> Option<String> {
    local_storage().and_then(|s| s.get_item(key).ok().flatten())
}

pub fn storage_set(key: &str, value: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(key, value);
    }
}

/// Sets `data-theme` on the root element ("" removes it: follow the system).
pub fn set_theme_attr(theme: &str) {
    set_root_attr("data-theme", Some(theme).filter(|t| !t.is_empty()));
}

/// Sets an attribute of `<html>`, or removes it for None.
pub fn set_root_attr(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// True when the system prefers a dark colour scheme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Offers text as a file download, built in the browser (no server).
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Scrolls the header's line of sections sideways (never the page) so that the current one is in
/// view: on a phone the line is wider than the screen.
pub fn scroll_current_section_into_view() {
    let Some(doc) = document() else { return };
    let nav = doc
        .query_selector(".site-header nav")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let current = doc
        .query_selector(".site-header nav [aria-current=\"page\"]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let (Some(nav), Some(current)) = (nav, current) {
        if nav.scroll_width() > nav.client_width() {
            // The link's left edge, less a little room, relative to the line.
            let left = current.offset_left() - nav.offset_left() - 16;
            nav.set_scroll_left(left.max(0));
        }
    }
}

/// Opens the browser's print dialog (the print style sheet leaves the page's own content).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Logs a failure the person did not cause and cannot act on beyond trying again.
pub fn log_error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::error_1(&format!("Accord Explorer: {message}").into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

/// Today's date on the reader's clock, as the day they read a page.
pub fn today() -> Option<crate::data::PartialDate> {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    crate::data::PartialDate::parse(&text).ok()
}

/// The absolute URL of a path below the app's root.
pub fn absolute(path: &str) -> Option<String> {
    let root = root_href()?;
    web_sys::Url::new_with_base(path, &root)
        .ok()
        .map(|u| u.href())
}

/// Puts `text` on the clipboard; the reason when the browser does not allow it.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let w = window().ok_or("no window")?;
    let clipboard = w.navigator().clipboard();
    // `navigator.clipboard` is absent outside a secure context and in some frames.
    if clipboard.is_undefined() {
        return Err("this page may not use the clipboard".into());
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| error_text(&e).unwrap_or_else(|| "the browser refused".into()))
}
