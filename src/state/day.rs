//! "Today" follows the clock. The app reads the date once at start (`AppState::today`), so a
//! tab or installed app left open past midnight would count deadlines from yesterday. When
//! the date changes (checked every half minute, and at once when Helder comes back from the
//! background), Helder starts again where it was, if nothing typed can be lost: while locked,
//! before there is a household, or on a screen without a form. Otherwise it says so and
//! offers the reload (what was typed is then the user's to save first).

use super::{AppState, Lock};
use crate::store::device;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static STARTED: Cell<Option<crate::domain::date::Date>> = const { Cell::new(None) };
    // Reference-counted, not owned by the component that first reads it: a component
    // unmounted by the lock would otherwise take the signal with it.
    static NEW_DAY: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// True once the date has changed since start and Helder could not start again by itself.
pub fn new_day() -> ArcRwSignal<bool> {
    NEW_DAY.with(Clone::clone)
}

/// Starts Helder again on the same screen.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

thread_local! {
    /// Whether the family typed anything in this window since it started: a restart would then
    /// lose it, so Helder asks first. (A form that is only shown, such as "has something
    /// changed?" on the overview, loses nothing.)
    static TYPED: Cell<bool> = const { Cell::new(false) };
}

fn safe_to_reload(app: AppState) -> bool {
    let typed = TYPED.with(Cell::get);
    match app.lock.get_untracked() {
        Lock::Locked => true,
        Lock::Open => false,
        Lock::Off => app.household.with_untracked(Option::is_none) || !typed,
    }
}

fn check(app: AppState) {
    let today = device::today();
    let started = STARTED.with(Cell::get);
    if started.is_none_or(|d| d == today) || new_day().get_untracked() {
        return;
    }
    if safe_to_reload(app) {
        reload();
    } else {
        new_day().set(true);
        let ui = crate::content::ui(app.lang.get_untracked());
        app.notice.set(Some(ui.day_new.to_string()));
    }
}

/// Remembers today and watches the clock.
pub fn watch(app: AppState) {
    STARTED.with(|s| s.set(Some(app.today)));
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_tick = Closure::<dyn Fn()>::new(move || check(app));
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        on_tick.as_ref().unchecked_ref(),
        30_000,
    );
    on_tick.forget();
    let on_visible = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            check(app);
        }
    });
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visible.as_ref().unchecked_ref(),
        );
    }
    on_visible.forget();
    let on_input = Closure::<dyn Fn()>::new(|| TYPED.with(|t| t.set(true)));
    if let Some(document) = window.document() {
        let _ =
            document.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    }
    on_input.forget();
}
