//! After a change in the plan: what happened, and a button to undo it.

use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The notice; shown until undone, closed, or replaced by the next change.
#[component]
pub fn UndoNotice() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let result = RwSignal::new(None::<&'static str>);
    let undo = move |_| {
        let done = app.undo_last();
        result.set(Some(if done {
            ui.get_untracked().edit_undone
        } else {
            ui.get_untracked().edit_undo_too_late
        }));
    };
    // A new change replaces an old "undone" message.
    Effect::new(move |_| {
        if app.undo.with(Option::is_some) {
            result.set(None);
        }
    });
    view! {
        <div class="hd-undo hd-no-print" role="status">
            {move || app.undo.with(|u| u.as_ref().map(|u| u.message.clone())).map(|message| view! {
                <div class="hd-alert hd-alert--success hd-undo__box">
                    <p>{message}</p>
                    <div class="hd-actions">
                        <button type="button" class="hd-button hd-button--small" on:click=undo>{ui.get().edit_undo}</button>
                        <button type="button" class="hd-button hd-button--small hd-button--secondary"
                            on:click=move |_| app.undo.set(None)>{ui.get().edit_close}</button>
                    </div>
                </div>
            })}
            {move || result.get().map(|r| view! { <p class="hd-alert hd-alert--info">{r}</p> })}
        </div>
    }
}
