//! A message that belongs to no screen (another window changed the data; wrong passcode
//! tries since the last unlock), read out politely and closed by the user.

use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The message, while there is one.
#[component]
pub fn AppNotice() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <div class="hd-app-notice hd-no-print" role="status">
            {move || app.notice.get().map(|message| view! {
                <div class="hd-alert hd-alert--info">
                    <p>{message}</p>
                    <Show when=move || crate::state::day::new_day().get()>
                        <button type="button" class="hd-button hd-button--small"
                            on:click=|_| crate::state::day::reload()>{move || ui.get().update_reload}</button>
                    </Show>
                    <button type="button" class="hd-button hd-button--small hd-button--secondary"
                        on:click=move |_| app.notice.set(None)>{ui.get().edit_close}</button>
                </div>
            })}
        </div>
    }
}
