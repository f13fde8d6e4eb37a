//! Delivers what waits in the outbox: at start, after an unlock, when the connection comes
//! back, and when a planned retry is due. One delivery run at a time; each attempt is saved
//! before and after, so a closed or locked app resumes where it was, and the key and the
//! stored body keep a repeat from counting twice.
//!
//! Also keeps the emergency form's unsent text in memory (never in storage) while the family
//! goes to add a person in Who is who; it is forgotten when the household leaves memory
//! (lock, erase) and with the page (quick exit, closing).

use super::{device, net};
use crate::domain::emergency::{payload, EmergencyDraft};
use crate::domain::household::{Channel, Delivery};
use crate::domain::outbox::{
    begin_attempt, is_automatic, is_due, next_wake, record, resume_interrupted,
};
use crate::state::AppState;
use leptos::prelude::{ArcRwSignal, Effect, Get, GetUntracked, Set, With, WithUntracked};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
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

/// Starts delivering when the browser says the connection is back (every waiting request is
/// tried at once instead of after its planned wait), and whenever the household comes back
/// into memory (unlock, import, a new household): a send cut off by the lock is tried again.
pub fn watch_connection(app: AppState) {
    Effect::new(move |before: Option<bool>| {
        let present =
            app.household.with(|h| h.is_some()) && app.lock.get() != crate::state::Lock::Locked;
        if !present {
            DRAFT.with(|d| d.borrow_mut().take());
        } else if before != Some(true) {
            resume(app);
        }
        present
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_online = Closure::<dyn Fn()>::new(move || {
        let waiting = app.household.with_untracked(|h| {
            h.as_ref().is_some_and(|h| {
                h.requests
                    .iter()
                    .any(|r| is_automatic(r) && r.delivery == Delivery::Pending)
            })
        });
        if waiting {
            app.change(|h| {
                for r in h
                    .requests
                    .iter_mut()
                    .filter(|r| is_automatic(r) && r.delivery == Delivery::Pending)
                {
                    r.next_attempt_at = None;
                }
            });
        }
        pump(app);
    });
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    on_online.forget();
}

/// The household is (back) in memory: what was cut off at "sending" waits again, then the
/// outbox is pumped.
fn resume(app: AppState) {
    let cut_off = app.household.with_untracked(|h| {
        h.as_ref().is_some_and(|h| {
            h.requests
                .iter()
                .any(|r| r.delivery == Delivery::Sending && !in_flight(&r.id))
        })
    });
    if cut_off && !RUNNING.with(Cell::get) {
        app.change(resume_interrupted);
    }
    pump(app);
}

/// Sends every request that is due, one after another, then plans the next wake-up.
pub fn pump(app: AppState) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            let now = device::now_ms();
            let due = app.household.with_untracked(|h| {
                h.as_ref().and_then(|h| {
                    h.requests
                        .iter()
                        .find(|r| is_due(r, now))
                        .map(|r| (r.id.clone(), r.key.clone()))
                })
            });
            let Some((id, key)) = due else { break };
            let mut job = None;
            // The organisation's current endpoint, when the profile moved it (same key, same body).
            let endpoint = app
                .profile
                .with_untracked(|p| p.emergency_stop.endpoint.clone());
            let organisation = app.profile.with_untracked(|p| p.organisation.name.clone());
            app.change(|h| {
                // A request from before bodies were kept gets its body now, once.
                let body = h
                    .requests
                    .iter()
                    .find(|r| r.id == id && r.key == key && r.payload.is_empty())
                    .map(|r| payload(r, h, &organisation).to_string());
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                    if let Some(body) = body {
                        r.payload = body;
                    }
                    if let Channel::Endpoint { url } = &mut r.channel {
                        if !endpoint.is_empty() && *url != endpoint {
                            *url = endpoint.clone();
                        }
                    }
                    begin_attempt(r);
                    if let Channel::Endpoint { url } = &r.channel {
                        job = Some((url.clone(), r.payload.clone()));
                    }
                }
            });
            let Some((url, body)) = job else { break };
            IN_FLIGHT.with(|f| *f.borrow_mut() = Some(id.clone()));
            let outcome = net::post_json(&url, &body, &key).await;
            IN_FLIGHT.with(|f| f.borrow_mut().take());
            if app.household.with_untracked(Option::is_none) {
                // Locked meanwhile: the request stays at "sending" in storage and is tried
                // again (same key, same body) after the unlock.
                break;
            }
            app.change(|h| {
                // Matched by id and key: after an import or undo, another request may have this id.
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                    record(r, outcome, device::now_ms());
                }
            });
        }
        RUNNING.with(|r| r.set(false));
        let wake = app
            .household
            .with_untracked(|h| h.as_ref().and_then(|h| next_wake(&h.requests)));
        if let Some(at) = wake {
            let wait = (at - device::now_ms()).clamp(0, i64::from(i32::MAX)) as u64;
            leptos::prelude::set_timeout(move || pump(app), std::time::Duration::from_millis(wait));
        }
        // The household may have come back while this run ended (an unlock mid-send).
        if app.household.with_untracked(Option::is_some)
            && app.lock.get_untracked() != crate::state::Lock::Locked
        {
            let now = device::now_ms();
            let more = app.household.with_untracked(|h| {
                h.as_ref().is_some_and(|h| {
                    h.requests
                        .iter()
                        .any(|r| is_due(r, now) && r.delivery != Delivery::Sending)
                })
            });
            if more {
                pump(app);
            }
        }
    });
}
