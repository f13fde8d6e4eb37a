//! The lock screen: Helder is locked with a passcode; nothing of the household is shown.

use crate::components::erase_button::EraseButton;
use crate::components::header::{exit_url, leave_on_three_shifts};
use crate::state::{use_app, use_ui};
use crate::store::lock::{unlock, UnlockError};
use crate::store::quick_exit::leave;
use leptos::prelude::*;

/// Asks for the passcode; the right one opens Helder, a wrong one says so plainly.
#[component]
pub fn LockScreen() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let passcode = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let exit_url = move || exit_url(app);
    leave_on_three_shifts(exit_url);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
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
                Ok(household) => app.unlocked(household),
                Err(UnlockError::WrongPasscode) => problem.set(Some(ui.lock_wrong)),
                Err(UnlockError::Unreadable(_)) => problem.set(Some(ui.lock_unreadable)),
                Err(UnlockError::Unavailable) => problem.set(Some(ui.lock_unavailable)),
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
            </header>
            <main id="main" class="hd-main hd-lock" tabindex="-1" data-ready=super::ready::mark>
                <h1>{move || ui.get().lock_title}</h1>
                <p>{move || ui.get().lock_text}</p>
                <form class="hd-form" on:submit=open>
                    <div class="hd-field">
                        <label for="lock-passcode">{move || ui.get().lock_passcode}</label>
                        {move || problem.get().map(|p| view! {
                            <p class="hd-field__error" id="lock-problem" role="alert">{p}</p>
                        })}
                        <input id="lock-passcode" type="password" autocomplete="current-password"
                            aria-invalid=move || problem.get().is_some().to_string()
                            aria-describedby=move || problem.get().map(|_| "lock-problem")
                            prop:value=move || passcode.get()
                            on:input=move |ev| passcode.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="hd-button" disabled=move || busy.get()>
                        {move || if busy.get() { ui.get().lock_opening } else { ui.get().lock_open }}
                    </button>
                </form>
                <details class="hd-card">
                    <summary>{move || ui.get().lock_forgot}</summary>
                    <p>{move || ui.get().lock_forgot_text}</p>
                    <EraseButton
                        label=Signal::derive(move || ui.get().lock_erase)
                        question_id="lock-erase-confirm"
                        before=Callback::new(|_| {
                            // First use starts at the welcome, whatever screen was locked.
                            if let Ok(history) = window().history() {
                                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"));
                            }
                        })/>
                </details>
            </main>
        </div>
    }
}
