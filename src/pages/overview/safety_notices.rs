//! On the overview: the passcode offer at first use, and on an iPhone or iPad in the browser
//! the notice that the data may be removed after 7 days (`domain/notices.rs`).

use crate::components::export_panel::download_copy;
use crate::domain::notices::{offer_passcode, show_expiry_notice};
use crate::routes;
use crate::state::{use_app, use_ui, Lock};
use crate::store::{device, settings};
use leptos::prelude::*;
use leptos_router::components::A;

/// The notices that apply now; each can be put away.
#[component]
pub fn SafetyNotices() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let declined = RwSignal::new(settings::passcode_offer_declined());
    let expiry = RwSignal::new(show_expiry_notice(
        &device::browser(),
        settings::expiry_notice_later(),
        app.today,
    ));
    let copied = RwSignal::new(false);
    let offer = move || {
        let own = app
            .household
            .with(|h| h.as_ref().is_some_and(|h| !h.is_example));
        offer_passcode(own, app.lock.get() != Lock::Off, declined.get())
    };
    view! {
        <Show when=move || expiry.get()>
            <section class="hd-card hd-notice hd-no-print" aria-labelledby="expiry-title">
                <h2 id="expiry-title">{move || ui.get().notice_expiry_title}</h2>
                <p>{move || ui.get().notice_expiry_text}</p>
                <p>{move || ui.get().notice_expiry_how}</p>
                <p>{move || ui.get().notice_expiry_export}</p>
                <Show when=move || copied.get()>
                    <p role="status">{move || ui.get().export_done}</p>
                </Show>
                <div class="hd-actions">
                    // With a passcode the copy is made on the settings screen, protected by
                    // default: a plain file would end up in iCloud Drive readable by anyone.
                    <Show when=move || app.lock.get() == Lock::Off fallback=move || view! {
                        <A href=routes::settings_part("export-title") attr:class="hd-button hd-button--secondary">
                            {move || ui.get().settings_export}
                        </A>
                    }>
                        <button type="button" class="hd-button hd-button--secondary"
                            on:click=move |_| copied.set(download_copy(app))>
                            {move || ui.get().settings_export}
                        </button>
                    </Show>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| {
                        settings::set_expiry_notice_later(app.today);
                        expiry.set(false);
                    }>{move || ui.get().notice_later}</button>
                </div>
            </section>
        </Show>
        <Show when=offer>
            <section class="hd-card hd-notice hd-no-print" aria-labelledby="offer-title">
                <h2 id="offer-title">{move || ui.get().notice_passcode_title}</h2>
                <p>{move || ui.get().notice_passcode_text}</p>
                <div class="hd-actions">
                    <A href=routes::settings_part("passcode-title") attr:class="hd-button">
                        {move || ui.get().notice_passcode_set}
                    </A>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| {
                        settings::decline_passcode_offer();
                        declined.set(true);
                    }>{move || ui.get().notice_passcode_no}</button>
                </div>
            </section>
        </Show>
    }
}
