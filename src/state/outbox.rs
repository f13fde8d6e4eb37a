//! Delivers what waits in the outbox: at start, after an unlock, when the connection comes
//! back, and when a planned retry is due. One delivery run at a time; each attempt is saved
//! before and after, so a closed or locked app resumes where it was, and the key and the
//! stored body keep a repeat from counting twice.
//!
//! The store sends (`store::outbox::deliver`) and reports the outcome; this module decides
//! what is due and records every step in the household through the state (`AppState::change`).

use super::{AppState, Lock};
use crate::domain::emergency::payload;
use crate::domain::household::{Channel, Delivery};
use crate::domain::outbox::{
    begin_attempt, is_automatic, is_due, next_wake, record, resume_interrupted,
};
use crate::store::{device, outbox};
use leptos::prelude::{Effect, Get, GetUntracked, With, WithUntracked};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Starts delivering when the browser says the connection is back (every waiting request is
/// tried at once instead of after its planned wait), and whenever the household comes back
/// into memory (unlock, import, a new household): a send cut off by the lock is tried again.
pub fn watch_connection(app: AppState) {
    Effect::new(move |before: Option<bool>| {
        let present = app.household.with(|h| h.is_some()) && app.lock.get() != Lock::Locked;
        if !present {
            outbox::take_draft();
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
                .any(|r| r.delivery == Delivery::Sending && !outbox::in_flight(&r.id))
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
            let outcome = outbox::deliver(&id, &url, &body, &key).await;
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
        if app.household.with_untracked(Option::is_some) && app.lock.get_untracked() != Lock::Locked
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
