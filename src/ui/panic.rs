//! When something panics, the page must not just freeze. A panic in the wasm always ends in a
//! trap (`panic = "abort"`; release builds made by `./dev` abort at once, without running any
//! hook: see README, "Release builds"), and a trap reaches the page as an uncaught
//! `WebAssembly.RuntimeError`. The page's shell (`static/app-shell.js`) turns that into the
//! visible crash screen with a way to reload: plain script, because after a trap neither Yew nor
//! the wasm can be trusted. What is left here is the panic's message for developers' builds and
//! the self-test trigger.

/// Installs the panic hook (before Yew installs its own) and, in test builds, the self-test
/// trigger.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    // Debug builds log the panic's message and place before the trap. In release builds no hook
    // runs (they abort at once); this one then stands in for the console hook Yew would install.
    yew::set_custom_panic_hook(Box::new(|_info| {
        #[cfg(debug_assertions)]
        web_sys::console::error_1(&format!("Accord Explorer panicked: {_info}").into());
    }));
    // Lets the end-to-end suite prove the crash screen works; an event only same-origin script can
    // send. Compiled only into the build `./dev test` makes (feature `selftest`), never into the
    // one `./dev build` deploys.
    #[cfg(feature = "selftest")]
    selftest_trigger();
    #[cfg(feature = "selftest")]
    selftest_recorder();
}

#[cfg(all(target_arch = "wasm32", feature = "selftest"))]
fn selftest_trigger() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let trigger =
        Closure::<dyn Fn()>::new(|| panic!("self-test panic requested by accord:selftest-panic"));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(
            "accord:selftest-panic",
            trigger.as_ref().unchecked_ref(),
        );
    }
    trigger.forget();
}

/// The page keeps its own errors for the WebKit and Firefox smoke tests, whose WebDriver exposes no
/// console: `window.__accordErrors`, an array of one line per script error, unhandled rejection
/// or Content-Security-Policy violation seen from here on. Test builds only (feature `selftest`).
#[cfg(all(target_arch = "wasm32", feature = "selftest"))]
fn selftest_recorder() {
    use js_sys::{Array, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let errors = Array::new();
    let _ = Reflect::set(&w, &"__accordErrors".into(), &errors);
    // A property as text: a string as it is, an Error by its message, anything else as JSON.
    let text = |e: &JsValue, key: &str| -> String {
        let Ok(v) = Reflect::get(e, &key.into()) else {
            return String::new();
        };
        if let Some(s) = v.as_string() {
            return s;
        }
        if let Some(m) = Reflect::get(&v, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
        {
            return m;
        }
        js_sys::JSON::stringify(&v)
            .map(String::from)
            .unwrap_or_default()
    };
    for (kind, keys) in [
        ("error", &["message", "filename", "lineno"][..]),
        ("unhandledrejection", &["reason"][..]),
        (
            "securitypolicyviolation",
            &["violatedDirective", "blockedURI"][..],
        ),
    ] {
        let errors = errors.clone();
        let listener = Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
            let mut line = kind.to_owned();
            for key in keys {
                line.push_str(&format!(" {key}={}", text(&e, key)));
            }
            errors.push(&line.into());
        });
        let _ = w.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}
