//! After a change in the plan: what happened, and a button to undo it.
//!
//! The notice belongs to the screen where the change was made and the moment after it: it goes
//! when the user moves on to another screen (the return to the list right after saving does
//! not count), when the language changes (its words were written in the old one), and after
//! [`SHOWN_FOR_MS`]. So it never follows the user around, and an "undo" it offers still works.

use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// How long the notice stays (long enough to read it and decide; WCAG 2.2.1 asks for 20 s
/// when a time limit is set).
pub const SHOWN_FOR_MS: u64 = 20_000;
/// A navigation this soon after the change is the save's own return to the list.
const OWN_RETURN_MS: f64 = 1_500.0;
/// How long the "undone" / "too late" message stays.
const RESULT_MS: u64 = 8_000;

fn now() -> f64 {
    js_sys::Date::now()
}

/// The notice; shown until undone, closed, replaced by the next change, left behind by
/// navigating, or timed out.
#[component]
pub fn UndoNotice() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    // Whether the last undo worked; the words follow the language.
    let result = RwSignal::new(None::<bool>);
    // When the current undo appeared, and a counter so an old timer does not close a newer one.
    let born = StoredValue::new(0.0f64);
    let generation = StoredValue::new(0u32);
    let result_generation = StoredValue::new(0u32);
    let clear = move || {
        if app.undo.with_untracked(Option::is_some) {
            app.undo.set(None);
        }
        if result.with_untracked(Option::is_some) {
            result.set(None);
        }
    };
    let show_result = move |done: bool| {
        result.set(Some(done));
        result_generation.update_value(|g| *g += 1);
        let mine = result_generation.get_value();
        set_timeout(
            move || {
                if result_generation.get_value() == mine {
                    result.set(None);
                }
            },
            std::time::Duration::from_millis(RESULT_MS),
        );
    };
    let undo = move |_| {
        let done = app.undo_last();
        show_result(done);
    };
    // A new change replaces an old "undone" message and starts its own clock.
    Effect::new(move |_| {
        if app.undo.with(Option::is_some) {
            result.set(None);
            born.set_value(now());
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            set_timeout(
                move || {
                    if generation.get_value() == mine {
                        app.undo.set(None);
                    }
                },
                std::time::Duration::from_millis(SHOWN_FOR_MS),
            );
        }
    });
    // Moving on to another screen leaves the notice behind.
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // Decided a moment later, once a change made just before this navigation has
            // been noted (effects run in their own order).
            set_timeout(
                move || {
                    if now() - born.get_value() > OWN_RETURN_MS {
                        clear();
                    } else {
                        // The save's own return to the list: used up, the next one clears.
                        born.set_value(0.0);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
        path
    });
    // Its words are in the language of the moment of the change.
    Effect::new(move |previous: Option<crate::content::Lang>| {
        let lang = app.lang.get();
        if previous.is_some_and(|p| p != lang) {
            clear();
        }
        lang
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
            {move || result.get().map(|done| {
                let ui = ui.get();
                view! { <p class="hd-alert hd-alert--info">{if done { ui.edit_undone } else { ui.edit_undo_too_late }}</p> }
            })}
        </div>
    }
}
