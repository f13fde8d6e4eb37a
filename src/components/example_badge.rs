//! The badge that says "this is the example family", on every screen while it is loaded.

use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// Shown while the example family is loaded, so nobody mistakes it for their own data.
#[component]
pub fn ExampleBadge() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let is_example = move || {
        app.household
            .with(|h| h.as_ref().is_some_and(|h| h.is_example))
    };
    view! {
        <Show when=is_example>
            <div class="hd-example-badge" role="status">
                <strong>{move || ui.get().example_badge}</strong>
                " "
                <span>{move || ui.get().example_badge_text}</span>
                " "
                <A href=routes::START>{move || ui.get().example_start_own}</A>
            </div>
        </Show>
    }
}
