//! The plain message when stored data cannot be read or a save failed.

use crate::content::fill;
use crate::domain::document::LoadError;
use crate::state::{use_app, use_ui, StoreStatus};
use crate::store::device::WriteError;
use crate::store::download::download;
use leptos::prelude::*;

/// The name of a file that holds the stored data exactly as found (unreadable, or locked).
pub fn raw_file_name(today: crate::domain::date::Date) -> String {
    format!("helder-gegevens-{today}.json")
}

/// Shows what is wrong with the stored data and what the user can do; nothing is deleted here.
#[component]
pub fn StoreProblem() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    move || {
        let ui = ui.get();
        match app.store.get() {
            StoreStatus::Fine => ().into_any(),
            StoreStatus::SaveFailed(error) => {
                let text = match error {
                    WriteError::Full => ui.store_full,
                    WriteError::Unavailable => ui.store_unavailable,
                };
                view! { <div class="hd-alert hd-alert--error" role="alert"><p>{text}</p></div> }
                    .into_any()
            }
            StoreStatus::Unreadable { raw, error, kept } => {
                let reason = match &error {
                    LoadError::Newer { found } => {
                        fill(ui.store_newer, &[("version", &found.to_string())])
                    }
                    _ => ui.store_damaged.to_string(),
                };
                let detail = error.to_string();
                let file = raw_file_name(app.today);
                // Without a copy aside, "go on" waits until the data is saved as a file.
                let saved = RwSignal::new(kept);
                let save_raw = move |_| {
                    download(&file, &raw);
                    saved.set(true);
                };
                let start_again = move |_| {
                    app.store.set(StoreStatus::Fine);
                };
                view! {
                    <div class="hd-alert hd-alert--error" role="alert">
                        <h2>{ui.store_unreadable_title}</h2>
                        <p>{reason}</p>
                        <p>{if kept { ui.store_kept_aside } else { ui.store_not_kept_aside }}</p>
                        <details>
                            <summary>{ui.store_details}</summary>
                            <p class="hd-mono">{detail}</p>
                        </details>
                        <div class="hd-actions">
                            <button type="button" class="hd-button" on:click=save_raw>{ui.store_export_raw}</button>
                            <Show when=move || saved.get()>
                                <button type="button" class="hd-button hd-button--secondary" on:click=start_again>
                                    {ui.store_start_again}
                                </button>
                            </Show>
                        </div>
                    </div>
                }
                .into_any()
            }
        }
    }
}
