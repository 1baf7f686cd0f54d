//! When something panics, the page must not just freeze: log the panic, and show a visible message
//! with a way to reload. Built with plain DOM calls, because after a panic Yew cannot be trusted.

/// Installs the panic hook (before Yew installs its own) and the self-test trigger.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Accord Explorer stopped: {info}").into());
        show_crash_screen();
    }));
    // Lets the end-to-end suite prove the crash screen works; an event only same-origin script can send.
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

#[cfg(target_arch = "wasm32")]
fn show_crash_screen() {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let Some(body) = doc.body() else { return };
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "crash");
    let Ok(msg) = doc.create_element("p") else {
        return;
    };
    msg.set_text_content(Some(
        "Something went wrong and Accord Explorer stopped working. Reloading the page usually fixes it.",
    ));
    // A link to this very URL reloads without needing any script to run after the crash.
    let Ok(reload) = doc.create_element("a") else {
        return;
    };
    let _ = reload.set_attribute("href", &w.location().href().unwrap_or_else(|_| "./".into()));
    let _ = reload.set_attribute("role", "button");
    let _ = reload.set_attribute("class", "button");
    reload.set_text_content(Some("Reload"));
    let _ = panel.append_child(&msg);
    let _ = panel.append_child(&reload);
    let _ = body.prepend_with_node_1(&panel);
}
