//! "A new version is available — reload".

use crate::state::{use_app, use_ui};
use crate::store::service_worker;
use leptos::prelude::*;

/// Offers a reload when a new version of the app has been installed in the background.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <Show when=move || app.update_waiting.get()>
            <div class="hd-notice" role="status">
                <span>{move || ui.get().update_available}</span>
                " "
                <button type="button" class="hd-button hd-button--small" on:click=|_| service_worker::activate_update()>
                    {move || ui.get().update_reload}
                </button>
            </div>
        </Show>
    }
}
