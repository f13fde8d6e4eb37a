//! Settings: keep a copy of everything as a file, protected with a password, or plain as an
//! explained choice. With a passcode set (or on the way to setting one) the protected copy is
//! the default: a plain file would hold in readable form what the passcode protects, and on
//! an iPhone a download lands in iCloud Drive by default.

use crate::components::form_parts::{outcome, password_field};
use crate::domain::document::encode;
use crate::domain::locked::{self, check_new_passcode, PasscodeProblem};
use crate::state::{use_app, use_ui, Lock};
use crate::store::{crypto, download::download};
use leptos::prelude::*;

/// The file name of a copy made today; a protected one says so in the user's language.
fn file_name(today: crate::domain::date::Date, protected: Option<&str>) -> String {
    match protected {
        Some(word) => format!("helder-{today}-{word}.json"),
        None => format!("helder-{today}.json"),
    }
}

/// Downloads a plain copy of the household now; false when there is none or the browser refused.
pub fn download_copy(app: crate::state::AppState) -> bool {
    app.household
        .with_untracked(|h| h.as_ref().map(|h| encode(h, app.today)))
        .is_some_and(|text| download(&file_name(app.today, None), &text))
}

thread_local! {
    // Reference-counted, not owned by the card that first reads it (it outlives the card).
    static PROTECT_REQUEST: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Asks the export card to turn protection on and takes the user there (the passcode card's
/// "download a copy first").
pub fn ask_protected_copy() {
    PROTECT_REQUEST.with(|r| r.set(true));
    crate::components::shell::to_part("export-password");
}

/// The export card.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let protect = RwSignal::new(app.lock.get_untracked() != Lock::Off);
    // A passcode set while this card is on screen turns protection on too.
    Effect::new(move |before: Option<Lock>| {
        let now = app.lock.get();
        if before.is_some_and(|b| b != now) && now != Lock::Off {
            protect.set(true);
        }
        now
    });
    let request = PROTECT_REQUEST.with(Clone::clone);
    Effect::new(move || {
        if request.get() {
            protect.set(true);
            request.set(false);
        }
    });
    let password = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // (success, text)
    let message = RwSignal::new(None::<(bool, &'static str)>);

    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let Some(text) = app
            .household
            .with_untracked(|h| h.as_ref().map(|h| encode(h, app.today)))
        else {
            return;
        };
        if !protect.get_untracked() {
            let ok = download(&file_name(app.today, None), &text);
            message.set(Some(if ok {
                (true, ui.export_done)
            } else {
                (false, ui.export_failed)
            }));
            return;
        }
        match check_new_passcode(&password.get_untracked(), &repeat.get_untracked()) {
            Err(PasscodeProblem::TooShort) => message.set(Some((false, ui.export_too_short))),
            Err(PasscodeProblem::OnlyDigits) => message.set(Some((false, ui.passcode_only_digits))),
            Err(PasscodeProblem::TooSimple) => message.set(Some((false, ui.passcode_too_simple))),
            Err(PasscodeProblem::Different) => message.set(Some((false, ui.export_different))),
            Ok(()) => {
                let secret = password.get_untracked();
                busy.set(true);
                message.set(None);
                leptos::task::spawn_local(async move {
                    let sealed = crypto::seal(&secret, &text).await;
                    busy.set(false);
                    let ok = sealed.is_ok_and(|s| {
                        download(
                            &file_name(app.today, Some(ui.export_file_word)),
                            &locked::encode(&s),
                        )
                    });
                    if ok {
                        password.set(String::new());
                        repeat.set(String::new());
                    }
                    message.set(Some(if ok {
                        (true, ui.export_done_protected)
                    } else {
                        (false, ui.export_failed)
                    }));
                });
            }
        }
    };

    let label =
        move |f: fn(&crate::content::Ui) -> &'static str| Signal::derive(move || f(ui.get()));
    view! {
        <section class="hd-card" aria-labelledby="export-title">
            <h2 id="export-title">{move || ui.get().settings_export_title}</h2>
            <p>{move || ui.get().settings_export_text}</p>
            <form class="hd-form" on:submit=export>
                <label class="hd-check">
                    <input type="checkbox" prop:checked=move || protect.get()
                        on:change=move |ev| { protect.set(event_target_checked(&ev)); message.set(None); }/>
                    <span>{move || ui.get().export_protect}</span>
                </label>
                <Show when=move || protect.get() fallback=move || view! {
                    <p class="hd-alert hd-alert--warning">{move || ui.get().export_plain_warning}</p>
                }>
                    <p class="hd-muted">{move || ui.get().export_protect_text}</p>
                    {password_field("export-password", label(|u| u.export_password), password, "off")}
                    {password_field("export-repeat", label(|u| u.export_repeat), repeat, "off")}
                </Show>
                {outcome(message)}
                <button type="submit" class="hd-button hd-button--secondary" disabled=move || busy.get()>
                    {move || if busy.get() { ui.get().export_busy } else { ui.get().settings_export }}
                </button>
            </form>
        </section>
    }
}
