//! The header: name, language switch and the quick-exit link (also Shift pressed three times).

use crate::routes;
use crate::state::{use_app, use_ui};
use crate::store::quick_exit::leave;
use leptos::prelude::*;
use leptos_router::components::A;

/// Where "quick exit" goes when the profile names no site: a neutral site (a weather forecast).
pub const QUICK_EXIT_URL: &str = crate::store::quick_exit::DEFAULT_URL;

/// Where quick exit goes: the profile's neutral site when it is a valid https address, else
/// the default one (a wrong one is also reported as a profile problem when it is fetched).
pub fn exit_url(app: crate::state::AppState) -> String {
    app.profile.with(|p| {
        if crate::domain::profile::is_https_url(&p.quick_exit_url) {
            p.quick_exit_url.clone()
        } else {
            QUICK_EXIT_URL.to_string()
        }
    })
}

/// Quick exit by keyboard: Shift pressed three times on its own (not as part of a capital,
/// Shift+Tab or Shift+click) within a few seconds leaves for `exit_url`. Listens while the
/// calling component (the header, the lock screen) is on screen. Returns the presses still
/// needed while a run has started (0 when none has), for `shift_hint`.
pub fn leave_on_three_shifts(exit_url: impl Fn() -> String + Clone + 'static) -> RwSignal<u8> {
    use crate::store::quick_exit::{Key, ShiftCounter, SHIFT_RESET_MS};
    let counter = StoredValue::new(ShiftCounter::default());
    let remaining = RwSignal::new(0u8);
    let feed = move |key: Key| {
        let now = js_sys::Date::now();
        let Some(state) = counter.try_update_value(|c| {
            let count = c.key(key, now);
            (count, c.remaining())
        }) else {
            return;
        };
        match state {
            (0, _) => remaining.try_set(0),
            (_, 0) => {
                remaining.try_set(0);
                leave(&exit_url());
                return;
            }
            (_, left) => remaining.try_set(left),
        };
        if state.0 > 0 {
            // The hint goes away when the run has lapsed.
            set_timeout(
                move || {
                    let lapsed = counter
                        .try_update_value(|c| c.lapse(js_sys::Date::now()) == 0)
                        .unwrap_or(false);
                    if lapsed {
                        remaining.try_set(0);
                    }
                },
                std::time::Duration::from_millis(SHIFT_RESET_MS as u64 + 50),
            );
        }
    };
    let on_down = feed.clone();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Shift" {
            if !ev.repeat() {
                on_down(Key::ShiftDown);
            }
        } else {
            on_down(Key::Other);
        }
    });
    let on_up = feed.clone();
    let _ = window_event_listener(leptos::ev::keyup, move |ev| {
        if ev.key() == "Shift" {
            on_up(Key::ShiftUp);
        }
    });
    let _ = window_event_listener(leptos::ev::pointerdown, move |_| feed(Key::Other));
    remaining
}

/// "Press Shift N more times to leave quickly", read out politely while a run of Shift
/// presses is under way; empty (and not shown) otherwise.
pub fn shift_hint(remaining: RwSignal<u8>) -> impl IntoView {
    let ui = use_ui();
    view! {
        <p class="hd-shift-hint" aria-live="polite">
            {move || match remaining.get() {
                0 => String::new(),
                1 => ui.get().shell_shift_hint_one.to_string(),
                n => crate::content::fill(ui.get().shell_shift_hint, &[("n", &n.to_string())]),
            }}
        </p>
    }
}

/// The site header, with the skip link first.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let other = move || app.lang.get().other();
    let exit_url = move || exit_url(app);
    let shifts = leave_on_three_shifts(exit_url);
    view! {
        <a class="hd-skip" href="#main">{move || ui.get().shell_skip}</a>
        <header class="hd-header">
            <div class="hd-header__bar">
                <A href=routes::OVERVIEW attr:class="hd-header__brand">
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
            {shift_hint(shifts)}
        </header>
    }
}
