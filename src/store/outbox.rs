//! The outbox's side of the browser: sending one request (`deliver`, which reports the
//! outcome; `state/outbox.rs` decides when to send and records the outcome in the household),
//! which request this tab is sending now, and the device clock screens tick with.
//!
//! Also keeps the emergency form's unsent text in memory (never in storage) while the family
//! goes to add a person in Who is who; it is forgotten when the household leaves memory
//! (lock, erase) and with the page (quick exit, closing).

use super::{device, net};
use crate::domain::emergency::EmergencyDraft;
use crate::domain::outbox::Outcome;
use leptos::prelude::{ArcRwSignal, Set};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The request id being sent by this tab right now.
    static IN_FLIGHT: RefCell<Option<String>> = const { RefCell::new(None) };
    static DRAFT: RefCell<Option<EmergencyDraft>> = const { RefCell::new(None) };
    static CLOCK: RefCell<Option<ArcRwSignal<i64>>> = const { RefCell::new(None) };
}

/// The device time for screens that change with it (the follow-up clock, "call now", late
/// requests): updated every 20 seconds and when Helder comes back to the foreground. One
/// timer for the whole app, owned by no screen.
pub fn clock() -> ArcRwSignal<i64> {
    CLOCK.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let signal = ArcRwSignal::new(device::now_ms());
                if let Some(window) = web_sys::window() {
                    let tick = signal.clone();
                    let update = Closure::<dyn Fn()>::new(move || tick.set(device::now_ms()));
                    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
                        update.as_ref().unchecked_ref(),
                        20_000,
                    );
                    let _ = window.add_event_listener_with_callback(
                        "visibilitychange",
                        update.as_ref().unchecked_ref(),
                    );
                    update.forget();
                }
                signal
            })
            .clone()
    })
}

/// Keeps the emergency form's text in memory until the family comes back to it.
pub fn keep_draft(draft: EmergencyDraft) {
    DRAFT.with(|d| *d.borrow_mut() = Some(draft));
}

/// Whether the emergency form's text is kept (the family went to add a person).
pub fn has_draft() -> bool {
    DRAFT.with(|d| d.borrow().is_some())
}

/// The emergency form's kept text, if any (taken: it is kept only once).
pub fn take_draft() -> Option<EmergencyDraft> {
    DRAFT.with(|d| d.borrow_mut().take())
}

/// Whether this tab is sending this request right now (otherwise "sending" was cut off).
pub fn in_flight(id: &str) -> bool {
    IN_FLIGHT.with(|f| f.borrow().as_deref() == Some(id))
}

/// Sends one request's stored body to its endpoint, under its key, and reports the outcome
/// (while it is on its way, `in_flight(id)` is true).
pub async fn deliver(id: &str, url: &str, body: &str, key: &str) -> Outcome {
    IN_FLIGHT.with(|f| *f.borrow_mut() = Some(id.to_string()));
    let outcome = net::post_json(url, body, key).await;
    IN_FLIGHT.with(|f| f.borrow_mut().take());
    outcome
}
