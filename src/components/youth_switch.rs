//! The youth-mode switch on the overview: a toggle button, remembered on the device.

use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// "Youth view" on or off (`aria-pressed` says which).
#[component]
pub fn YouthSwitch() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <p class="hd-youth-switch">
            <button type="button" class="hd-button hd-button--secondary hd-button--small"
                aria-pressed=move || if app.youth.get() { "true" } else { "false" }
                on:click=move |_| app.set_youth(!app.youth.get_untracked())>
                {move || ui.get().youth_switch}
            </button>
        </p>
    }
}
