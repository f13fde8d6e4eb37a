//! The header: name, language switch and the quick-exit link (also Shift pressed three times).

use crate::state::{use_app, use_ui};
use crate::store::quick_exit::leave;
use leptos::prelude::*;
use leptos_router::components::A;

/// Where "quick exit" goes when the profile names no site: a neutral site (a weather forecast).
pub const QUICK_EXIT_URL: &str = "https://www.buienradar.nl/";

/// Three Shift presses within this many milliseconds leave at once.
const SHIFT_WINDOW_MS: f64 = 1_500.0;

/// Where quick exit goes: the profile's neutral site, or the default one.
pub fn exit_url(app: crate::state::AppState) -> String {
    app.profile.with(|p| {
        if p.quick_exit_url.is_empty() {
            QUICK_EXIT_URL.to_string()
        } else {
            p.quick_exit_url.clone()
        }
    })
}

/// Quick exit by keyboard: Shift pressed three times within a moment leaves for `exit_url`.
/// Listens while the calling component (the header, the lock screen) is on screen.
pub fn leave_on_three_shifts(exit_url: impl Fn() -> String + 'static) {
    let presses = StoredValue::new(Vec::<f64>::new());
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Shift" || ev.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let three = presses.try_update_value(|p| {
            p.retain(|t| now - t < SHIFT_WINDOW_MS);
            p.push(now);
            p.len() >= 3
        });
        if three == Some(true) {
            leave(&exit_url());
        }
    });
}

/// The site header, with the skip link first.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let other = move || app.lang.get().other();
    let exit_url = move || exit_url(app);
    leave_on_three_shifts(exit_url);
    view! {
        <a class="hd-skip" href="#main">{move || ui.get().shell_skip}</a>
        <header class="hd-header">
            <div class="hd-header__bar">
                <A href="/" attr:class="hd-header__brand">
                    <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                    <span>{move || ui.get().app_name}</span>
                </A>
                <div class="hd-header__tools">
                    <button
                        type="button"
                        class="hd-header__lang"
                        lang=move || other().code()
                        on:click=move |_| app.set_lang(other())
                    >
                        {move || crate::content::ui(other()).language_name}
                    </button>
                    <a
                        class="hd-quick-exit"
                        href=exit_url
                        rel="noreferrer"
                        title=move || ui.get().shell_quick_exit_hint
                        on:click=move |ev| {
                            ev.prevent_default();
                            leave(&exit_url());
                        }
                    >
                        {move || ui.get().shell_quick_exit}
                    </a>
                </div>
            </div>
        </header>
    }
}
