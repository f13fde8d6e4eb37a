//! The lock screen: Helder is locked with a passcode; nothing of the household is shown.

use crate::components::erase_button::EraseButton;
use crate::components::header::{exit_url, leave_on_three_shifts, shift_hint};
use crate::content::{fill, plural};
use crate::domain::document::LoadError;
use crate::state::{use_app, use_ui};
use crate::store::lock::{unlock, UnlockError};
use crate::store::quick_exit::leave;
use leptos::prelude::*;

/// "Too many wrong tries: wait 2 minutes", in whole seconds or minutes.
fn wait_message(ui: &crate::content::Ui, wait_ms: u64) -> String {
    let seconds = wait_ms.div_ceil(1000);
    let time = if seconds < 120 {
        let text = plural(seconds, ui.lock_seconds_one, ui.lock_seconds_other);
        crate::content::fill(text, &[("n", &seconds.to_string())])
    } else {
        let minutes = seconds.div_ceil(60);
        let text = plural(minutes, ui.lock_minutes_one, ui.lock_minutes_other);
        crate::content::fill(text, &[("n", &minutes.to_string())])
    };
    crate::content::fill(ui.lock_wait, &[("time", &time)])
}

/// Asks for the passcode; the right one opens Helder, a wrong one says so plainly; after
/// five wrong tries each next one waits longer (kept across reloads).
#[component]
pub fn LockScreen() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let passcode = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    // The passcode was right but the data inside cannot be read: offer to keep it as a file
    // (it stays protected by the passcode) before anyone thinks of erasing.
    let unreadable = RwSignal::new(false);
    let file_saved = RwSignal::new(false);
    // Exactly what is stored: still encrypted, so still private; it can be put back later
    // (the welcome's "Zet hem terug", or the settings) with the passcode.
    let save_file = move |_| {
        if let Some(raw) = crate::store::device::read(crate::store::document_store::KEY) {
            if crate::store::download::download(
                &crate::components::store_problem::raw_file_name(app.today),
                &raw,
            ) {
                file_saved.set(true);
            }
        }
    };
    let exit_url = move || exit_url(app);
    let shifts = leave_on_three_shifts(exit_url);
    // Nothing of the household in the tab's title while locked.
    document().set_title(ui.get_untracked().app_name);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let wait = crate::store::lock::wait_ms();
        if wait > 0 {
            problem.set(Some(wait_message(ui.get_untracked(), wait)));
            return;
        }
        let code = passcode.get_untracked();
        busy.set(true);
        problem.set(None);
        leptos::task::spawn_local(async move {
            let result = unlock(&code).await;
            busy.set(false);
            passcode.set(String::new());
            let ui = ui.get_untracked();
            match result {
                Ok(household) => {
                    let wrong = crate::store::lock::clear_tries();
                    if wrong > 0 {
                        app.notice.set(Some(crate::content::fill(
                            plural(
                                u64::from(wrong),
                                ui.lock_wrong_since_one,
                                ui.lock_wrong_since_other,
                            ),
                            &[("n", &wrong.to_string())],
                        )));
                    }
                    app.unlocked(household)
                }
                Err(UnlockError::WrongPasscode) => {
                    let wait = crate::store::lock::record_wrong_try();
                    problem.set(Some(if wait > 0 {
                        wait_message(ui, wait)
                    } else {
                        ui.lock_wrong.to_string()
                    }));
                }
                Err(UnlockError::Unreadable(error)) => {
                    problem.set(Some(match error {
                        LoadError::Newer { found } => {
                            fill(ui.store_newer, &[("version", &found.to_string())])
                        }
                        _ => ui.lock_unreadable.to_string(),
                    }));
                    unreadable.set(true);
                }
                Err(UnlockError::Unavailable) => problem.set(Some(ui.lock_unavailable.to_string())),
            }
        });
    };
    view! {
        <div class="hd-shell">
            <header class="hd-header">
                <div class="hd-header__bar">
                    <span class="hd-header__brand">
                        <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                        <span>{move || ui.get().app_name}</span>
                    </span>
                    <div class="hd-header__tools">
                        <a class="hd-quick-exit" href=exit_url rel="noreferrer"
                            on:click=move |ev| { ev.prevent_default(); leave(&exit_url()); }>
                            {move || ui.get().shell_quick_exit}
                        </a>
                    </div>
                </div>
                {shift_hint(shifts)}
            </header>
            <main id="main" class="hd-main hd-lock" tabindex="-1" data-ready=crate::state::ready::mark>
                <h1>{move || ui.get().lock_title}</h1>
                <p>{move || ui.get().lock_text}</p>
                <form class="hd-form" on:submit=open>
                    <div class="hd-field">
                        <label for="lock-passcode">{move || ui.get().lock_passcode}</label>
                        {move || problem.get().map(|p| view! {
                            <p class="hd-field__error" id="lock-problem" role="alert">{p}</p>
                        })}
                        <input id="lock-passcode" type="password" autocomplete="off"
                            aria-invalid=move || problem.get().is_some().to_string()
                            aria-describedby=move || problem.get().map(|_| "lock-problem")
                            prop:value=move || passcode.get()
                            on:input=move |ev| passcode.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="hd-button" disabled=move || busy.get()>
                        {move || if busy.get() { ui.get().lock_opening } else { ui.get().lock_open }}
                    </button>
                </form>
                <Show when=move || unreadable.get()>
                    <div class="hd-card">
                        <p>{move || ui.get().lock_keep_file}</p>
                        <button type="button" class="hd-button" on:click=save_file>
                            {move || ui.get().store_export_raw}
                        </button>
                    </div>
                </Show>
                // Erasing is not offered while the data the right passcode opened cannot be
                // read, until it is saved as a file (security review M9).
                <details class="hd-card" hidden=move || unreadable.get() && !file_saved.get()>
                    <summary>{move || ui.get().lock_forgot}</summary>
                    <p>{move || ui.get().lock_forgot_text}</p>
                    <p>{move || ui.get().lock_keep_copy}</p>
                    <button type="button" class="hd-button hd-button--secondary" on:click=save_file>
                        {move || ui.get().lock_keep_copy_button}
                    </button>
                    <EraseButton
                        label=Signal::derive(move || ui.get().lock_erase)
                        question_id="lock-erase-confirm"
                        before=Callback::new(|_| {
                            // First use starts at the welcome, whatever screen was locked.
                            if let Ok(history) = window().history() {
                                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(crate::routes::OVERVIEW));
                            }
                        })/>
                </details>
            </main>
        </div>
    }
}
