//! Stands in for a view whose code is in the views module (`views_module`) until it has loaded:
//! a status while it loads, or an alert with the reason and a way to try again. Loading is
//! usually too quick to see (the module is small, and the service worker caches it).

use yew::prelude::*;

use super::views_module;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Called once the views module has loaded: the view can now be drawn.
    pub on_ready: Callback<()>,
}

#[component]
pub fn ViewsGate(props: &Props) -> Html {
    let error = use_state(|| None::<String>);
    let attempt = use_state(|| 0u32);
    {
        let error = error.clone();
        let on_ready = props.on_ready.clone();
        use_effect_with(*attempt, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match views_module::load().await {
                    Ok(()) => on_ready.emit(()),
                    Err(why) => error.set(Some(why)),
                }
            });
        });
    }
    match &*error {
        None => html! { <p class="views-gate" role="status">{ "Loading this view…" }</p> },
        Some(why) => {
            let retry = {
                let error = error.clone();
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| {
                    error.set(None);
                    attempt.set(attempt.wrapping_add(1));
                })
            };
            html! {
                <div class="views-gate load-errors" role="alert">
                    <p>{ format!("This view could not be loaded ({why}). Check the connection and try again.") }</p>
                    <button type="button" onclick={retry}>{ "Try again" }</button>
                </div>
            }
        }
    }
}
