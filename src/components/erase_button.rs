//! "Erase everything" and its confirmation: the same on the settings screen and on the lock
//! screen (where a parent who forgot the passcode starts again).

use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// A danger button that first asks "are you sure?"; yes erases everything on this device and
/// then runs `after` (what the screen shows next); no folds the question away again.
/// `before` runs just before erasing.
#[component]
pub fn EraseButton(
    /// The button's words.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The id of the question, unique on its screen.
    question_id: &'static str,
    /// Runs just before erasing (the lock screen sends the address back to the start).
    #[prop(optional)]
    before: Option<Callback<()>>,
    /// Runs after erasing (the settings screen says it is done).
    #[prop(optional)]
    after: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let asking = RwSignal::new(false);
    view! {
        <Show when=move || asking.get() fallback=move || view! {
            <button type="button" class="hd-button hd-button--danger" on:click=move |_| asking.set(true)>
                {move || label.get()}
            </button>
        }>
            <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby=question_id>
                <p id=question_id><strong>{move || ui.get().settings_erase_confirm}</strong></p>
                <div class="hd-actions">
                    <button type="button" class="hd-button hd-button--danger" on:click=move |_| {
                        if let Some(before) = before {
                            before.run(());
                        }
                        // Folded first: erasing may take this button off the screen.
                        asking.set(false);
                        app.erase();
                        if let Some(after) = after {
                            after.run(());
                        }
                    }>
                        {move || ui.get().settings_erase_yes}
                    </button>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| asking.set(false)>
                        {move || ui.get().settings_erase_no}
                    </button>
                </div>
            </div>
        </Show>
    }
}
