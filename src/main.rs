//! The browser entry point: install the panic screen, then mount the app.

// Talc instead of the default dlmalloc: smaller in the wasm, and faster (README, "Size").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    accord_explorer::ui::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "accord-explorer runs in the browser: build it with `./dev build` (see README, Deploy)."
    );
}
