//! Settings: set, change or remove the passcode, lock now, and the idle time before auto-lock.

use crate::components::export_panel::ask_protected_copy;
use crate::components::form_parts::{outcome, password_field};
use crate::domain::locked::{check_new_passcode, PasscodeProblem};
use crate::state::{use_app, use_ui, Lock};
use crate::store::lock;
use leptos::prelude::*;

use crate::content::plural;
use crate::store::lock::IDLE_CHOICES;

/// The passcode card.
#[component]
pub fn PasscodePanel() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, &'static str)>);
    let idle = RwSignal::new(lock::idle_seconds());

    let clear = move || {
        current.set(String::new());
        new.set(String::new());
        repeat.set(String::new());
    };
    let new_problem = move || -> Option<&'static str> {
        let ui = ui.get_untracked();
        match check_new_passcode(&new.get_untracked(), &repeat.get_untracked()) {
            Ok(()) => None,
            Err(PasscodeProblem::TooShort) => Some(ui.passcode_too_short),
            Err(PasscodeProblem::OnlyDigits) => Some(ui.passcode_only_digits),
            Err(PasscodeProblem::TooSimple) => Some(ui.passcode_too_simple),
            Err(PasscodeProblem::Different) => Some(ui.passcode_different),
        }
    };
    // The copy made before setting a passcode is a protected one (the export card, with
    // protection on): a plain file would hold everything the passcode is about to protect.
    let export = move |_| ask_protected_copy();

    let set_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        if !understood.get_untracked() {
            message.set(Some((false, ui.passcode_confirm_needed)));
            return;
        }
        if let Some(p) = new_problem() {
            message.set(Some((false, p)));
            return;
        }
        if app.household.with_untracked(Option::is_none) {
            return;
        }
        let code = new.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result =
                lock::set_passcode(&code, move || app.household.get_untracked(), app.today).await;
            busy.set(false);
            clear();
            match result {
                Ok(()) => {
                    app.lock.set(Lock::Open);
                    message.set(Some((true, ui.passcode_set_done)));
                }
                Err(_) => message.set(Some((false, ui.passcode_failed))),
            }
        });
    };

    let change_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        if let Some(p) = new_problem() {
            message.set(Some((false, p)));
            return;
        }
        if app.household.with_untracked(Option::is_none) {
            return;
        }
        let (old, code) = (current.get_untracked(), new.get_untracked());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let ok = lock::passcode_opens(&old).await;
            let result = if ok {
                lock::set_passcode(&code, move || app.household.get_untracked(), app.today)
                    .await
                    .is_ok()
            } else {
                false
            };
            busy.set(false);
            clear();
            message.set(Some(match (ok, result) {
                (false, _) => (false, ui.passcode_wrong_current),
                (true, false) => (false, ui.passcode_failed),
                (true, true) => (true, ui.passcode_changed),
            }));
        });
    };

    let remove_code = move |_| {
        let ui = ui.get_untracked();
        if app.household.with_untracked(Option::is_none) {
            return;
        }
        let old = current.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let ok = lock::passcode_opens(&old).await;
            busy.set(false);
            clear();
            if !ok {
                message.set(Some((false, ui.passcode_wrong_current)));
                return;
            }
            // The household as it is now, after the check (a change meanwhile is kept).
            let Some(household) = app.household.get_untracked() else {
                return;
            };
            match lock::remove_passcode(&household, app.today) {
                Ok(()) => {
                    app.lock.set(Lock::Off);
                    message.set(Some((true, ui.passcode_removed)));
                }
                Err(_) => message.set(Some((false, ui.passcode_failed))),
            }
        });
    };

    let label =
        move |f: fn(&crate::content::Ui) -> &'static str| Signal::derive(move || f(ui.get()));
    let is_on = move || app.lock.get() != Lock::Off;

    view! {
        <section class="hd-card" aria-labelledby="passcode-title">
            <h2 id="passcode-title">{move || ui.get().passcode_title}</h2>
            {outcome(message)}
            <AsideCopies/>
            <Show when=is_on fallback=move || view! {
                <p>{move || ui.get().passcode_intro}</p>
                <div class="hd-alert hd-alert--warning">
                    <p><strong>{move || ui.get().passcode_forget_warning}</strong></p>
                    <button type="button" class="hd-button hd-button--secondary" on:click=export>
                        {move || ui.get().passcode_export_first}
                    </button>
                </div>
                <form class="hd-form" on:submit=set_code>
                    {password_field("passcode-new", label(|u| u.passcode_new), new, "off")}
                    {password_field("passcode-repeat", label(|u| u.passcode_repeat), repeat, "off")}
                    <p class="hd-muted">{move || ui.get().passcode_advice}</p>
                    <label class="hd-check">
                        <input type="checkbox" prop:checked=move || understood.get()
                            on:change=move |ev| understood.set(event_target_checked(&ev))/>
                        <span>{move || ui.get().passcode_understood}</span>
                    </label>
                    <button type="submit" class="hd-button" disabled=move || busy.get()>
                        {move || ui.get().passcode_set}
                    </button>
                </form>
            }>
                <p>{move || ui.get().passcode_on}</p>
                <button type="button" class="hd-button" on:click=move |_| {
                    app.lock_now();
                    // Every open Helder window locks.
                    crate::store::signals::tell_lock();
                }>
                    {move || ui.get().passcode_lock_now}
                </button>
                <div class="hd-field">
                    <label for="passcode-idle">{move || ui.get().passcode_idle}</label>
                    <select id="passcode-idle" on:change=move |ev| {
                        if let Ok(s) = event_target_value(&ev).parse::<u32>() {
                            lock::set_idle_seconds(s);
                            idle.set(s);
                        }
                    }>
                        {IDLE_CHOICES.iter().map(|&s| view! {
                            <option value=s.to_string() selected=move || idle.get() == s>
                                {move || crate::content::fill(plural(u64::from(s / 60), ui.get().passcode_minutes_one, ui.get().passcode_minutes_other), &[("n", &(s / 60).to_string())])}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <form class="hd-form" on:submit=change_code>
                    <h3>{move || ui.get().passcode_change_title}</h3>
                    {password_field("passcode-current", label(|u| u.passcode_current), current, "off")}
                    {password_field("passcode-new", label(|u| u.passcode_new), new, "off")}
                    {password_field("passcode-repeat", label(|u| u.passcode_repeat), repeat, "off")}
                    <div class="hd-actions">
                        <button type="submit" class="hd-button hd-button--secondary" disabled=move || busy.get()>
                            {move || ui.get().passcode_change}
                        </button>
                        <button type="button" class="hd-button hd-button--secondary" disabled=move || busy.get()
                            on:click=remove_code>
                            {move || ui.get().passcode_remove}
                        </button>
                    </div>
                    <p class="hd-muted">{move || ui.get().passcode_remove_hint}</p>
                </form>
            </Show>
        </section>
    }
}

/// Copies of data Helder could not read, kept aside on this device: they are not encrypted, so
/// a passcode does not protect them. Said plainly, with a way to
/// keep each one as a file and then remove it (security review M9, privacy).
#[component]
fn AsideCopies() -> impl IntoView {
    use crate::store::document_store::{aside_keys, remove_aside};
    // A copy that is itself a locked envelope is protected already.
    let plain_keys = || -> Vec<String> {
        aside_keys()
            .into_iter()
            .filter(|k| {
                crate::store::device::read(k)
                    .is_some_and(|raw| !crate::domain::locked::is_locked(&raw))
            })
            .collect()
    };
    let ui = use_ui();
    let today = use_app().today;
    let keys = RwSignal::new(plain_keys());
    let saved = RwSignal::new(Vec::<String>::new());
    move || {
        let list = keys.get();
        (!list.is_empty()).then(|| {
            let ui = ui.get();
            view! {
                <div class="hd-alert hd-alert--warning" role="note">
                    <p>{ui.passcode_aside_text}</p>
                    {list.into_iter().enumerate().map(|(i, key)| {
                        let file = format!("helder-onleesbaar-{today}-{}.json", i + 1);
                        let save_key = key.clone();
                        let remove_key = key.clone();
                        let is_saved = {
                            let key = key.clone();
                            move || saved.with(|s| s.contains(&key))
                        };
                        view! {
                            <div class="hd-actions">
                                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| {
                                    if let Some(raw) = crate::store::device::read(&save_key) {
                                        if crate::store::download::download(&file, &raw) {
                                            saved.update(|s| s.push(save_key.clone()));
                                        }
                                    }
                                }>
                                    {ui.passcode_aside_save}
                                </button>
                                // Removing waits until the copy is saved: nothing is lost by a tap.
                                <Show when=is_saved.clone()>
                                    <button type="button" class="hd-button hd-button--secondary" on:click={
                                        let remove_key = remove_key.clone();
                                        move |_| {
                                            remove_aside(&remove_key);
                                            keys.set(plain_keys());
                                        }
                                    }>
                                        {ui.passcode_aside_remove}
                                    </button>
                                </Show>
                            </div>
                        }
                    }).collect_view()}
                </div>
            }
        })
    }
}
