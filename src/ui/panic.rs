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
