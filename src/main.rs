//! The browser entry point: install the panic screen, then mount the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    accord_explorer::ui::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "accord-explorer runs in the browser: build it with `trunk build --release` (see README)."
    );
}
