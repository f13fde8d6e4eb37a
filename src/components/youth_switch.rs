//! Switching youth mode, remembered on the device. Turning it on is one tap; leaving it is a
//! deliberate step: a question first, and with a passcode set, the passcode. So a young person
//! with the family phone does not land in the parents' view (a brother's or sister's entries,
//! the parents' own texts) by one tap.

use crate::state::{use_app, use_ui, Lock};
use leptos::prelude::*;

/// "Youth view" (`aria-pressed` says whether it is on). In youth mode, pressing it asks first.
#[component]
pub fn YouthSwitch() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let asking = RwSignal::new(false);
    view! {
        <div class="hd-youth-switch">
            <button type="button" class="hd-button hd-button--secondary hd-button--small"
                aria-pressed=move || if app.youth.get() { "true" } else { "false" }
                aria-expanded=move || app.youth.get().then(|| asking.get().to_string())
                on:click=move |_| {
                    if app.youth.get_untracked() {
                        asking.update(|a| *a = !*a);
                    } else {
                        app.set_youth(true);
                        crate::components::shell::to_top();
                    }
                }>
                {move || ui.get().youth_switch}
            </button>
            <Show when=move || app.youth.get() && asking.get()>
                <LeaveYouthMode asking=asking/>
            </Show>
        </div>
    }
}

/// In youth mode: "Are you a parent?" with the way back to the parents' view behind a
/// question (and the passcode, when one is set).
#[component]
pub fn LeaveYouthMode(
    /// Whether the question is open (closed by "No").
    asking: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let code = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let checking = RwSignal::new(false);
    let needs_code = move || app.lock.get() != Lock::Off;
    let leave = move || {
        asking.set(false);
        app.set_youth(false);
        crate::components::shell::to_top();
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        wrong.set(false);
        if !needs_code() {
            leave();
            return;
        }
        checking.set(true);
        let typed = code.get_untracked();
        leptos::task::spawn_local(async move {
            let opens = crate::store::lock::passcode_opens(&typed).await;
            checking.set(false);
            if opens {
                code.set(String::new());
                leave();
            } else {
                wrong.set(true);
            }
        });
    };
    view! {
        <form class="hd-alert hd-alert--warning hd-form hd-youth-leave" aria-labelledby="youth-leave-q" on:submit=submit novalidate>
            <p><strong>{move || ui.get().youth_mode_leave_title}</strong>" "{move || ui.get().youth_mode_leave_text}</p>
            <p id="youth-leave-q"><strong>{move || ui.get().youth_mode_leave_question}</strong></p>
            <Show when=needs_code>
                <div class="hd-field">
                    <label for="youth-leave-code">{move || ui.get().youth_mode_leave_passcode}</label>
                    <Show when=move || wrong.get()>
                        <p class="hd-field__error" id="youth-leave-error">{move || ui.get().youth_mode_leave_wrong}</p>
                    </Show>
                    <input id="youth-leave-code" type="password" autocomplete="off"
                        aria-invalid=move || wrong.get().to_string()
                        aria-describedby=move || wrong.get().then_some("youth-leave-error")
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                </div>
            </Show>
            <div class="hd-actions">
                <button type="submit" class="hd-button" disabled=move || checking.get()>
                    {move || if checking.get() { ui.get().youth_mode_leave_checking } else { ui.get().youth_mode_leave_yes }}
                </button>
                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| asking.set(false)>{move || ui.get().youth_mode_leave_no}</button>
            </div>
        </form>
    }
}

/// For settings: in the parents' view, turning youth mode on (with what it means); in youth
/// mode, the way back behind the question.
#[component]
pub fn YouthModeSetting() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let asking = RwSignal::new(false);
    view! {
        <section class="hd-card" aria-labelledby="youth-mode-title">
            <h2 id="youth-mode-title">{move || ui.get().youth_settings_title}</h2>
            <Show when=move || app.youth.get() fallback=move || view! {
                <p>{move || ui.get().youth_mode_on_hint}</p>
                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| app.set_youth(true)>
                    {move || ui.get().youth_mode_on}
                </button>
            }>
                <p>{move || ui.get().youth_mode_leave_text}</p>
                <Show when=move || asking.get() fallback=move || view! {
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| asking.set(true)>
                        {move || ui.get().youth_mode_leave}
                    </button>
                }>
                    <LeaveYouthMode asking=asking/>
                </Show>
            </Show>
        </section>
    }
}
