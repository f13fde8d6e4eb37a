//! Delivers what waits in the outbox: at start, after an unlock, when the connection comes
//! back, and when a planned retry is due. One delivery run at a time in a window, and one
//! send at a time across windows: each send runs under the outbox lock
//! (`store::exclusive`, the Web Locks API), and the window that gets it reads the store
//! again first, so a request another window sent meanwhile is not sent again (security H3).
//! Each attempt is saved before and after, and the save is finished before the lock is given
//! back, so a closed or locked app resumes where it was, and the key and the stored body
//! keep a repeat from counting twice.
//!
//! The store sends (`store::outbox::deliver`) and reports the outcome; this module decides
//! what is due and records every step in the household through the state.

use super::{sync, AppState, Lock};
use crate::domain::emergency::payload;
use crate::domain::household::{Channel, Delivery, Household};
use crate::domain::outbox::{
    any_waiting, begin_attempt, is_due, next_due, next_wake, record, resume_interrupted,
    try_all_now,
};
use crate::store::exclusive::{exclusive, highest_mark, leave_mark, OUTBOX, WROTE};
use crate::store::{device, document_store, outbox};
use leptos::prelude::{Effect, Get, GetUntracked, Update, With, WithUntracked};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// The household came (back) into memory: a send cut off at "sending" waits again.
    static RESUME: Cell<bool> = const { Cell::new(false) };
    /// The connection came back: every waiting request is tried at once.
    static TRY_NOW: Cell<bool> = const { Cell::new(false) };
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
        // Applied under the outbox lock, to what is stored then (another window may have
        // sent meanwhile).
        TRY_NOW.with(|t| t.set(true));
        pump(app);
    });
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    on_online.forget();
}

/// The household is (back) in memory: what was cut off at "sending" waits again (decided
/// under the outbox lock: "sending" in another window is not cut off), then the outbox is
/// pumped.
fn resume(app: AppState) {
    RESUME.with(|r| r.set(true));
    pump(app);
}

/// Changes the household and returns once the change is stored (so another window that
/// gets the outbox lock next reads it).
async fn change_stored(app: AppState, edit: impl FnOnce(&mut Household)) {
    app.household.update(|h| {
        if let Some(h) = h {
            edit(h);
        }
    });
    sync::save_settled(app).await;
}

/// Sends every request that is due, one after another, each under the outbox lock, then
/// plans the next wake-up.
pub fn pump(app: AppState) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        while exclusive(OUTBOX, send_marked(app)).await == Some(true) {}
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
            // Or asked for while this run ended ("online", an unlock): not left to the timer.
            let asked = TRY_NOW.with(Cell::get) || RESUME.with(Cell::get);
            if more || asked {
                pump(app);
            }
        }
    });
}

/// One send under the outbox lock, between the marks that pass the store's revision from
/// window to window (`store::exclusive::leave_mark`): first this window's copy of the store
/// catches up with the last revision another window's send wrote, and after the send it marks
/// the revision it wrote itself.
async fn send_marked(app: AppState) -> bool {
    if let Some(written) = highest_mark(WROTE).await {
        document_store::wait_until_seen(written).await;
    }
    let sent = send_next(app).await;
    let known = document_store::known();
    if known > 0 {
        leave_mark(WROTE, known).await;
    }
    sent
}

/// One send, while this window holds the outbox lock: reads the store again, then sends the
/// first request that is (still) due and stores the answer. Says whether it sent one (then
/// the next may be due).
async fn send_next(app: AppState) -> bool {
    // Another window may have sent, recorded or changed the outbox while this one waited.
    sync::catch_up(app).await;
    if app.household.with_untracked(Option::is_none) || app.lock.get_untracked() == Lock::Locked {
        return false;
    }
    if RESUME.with(Cell::take) {
        // Nobody sends now (this window holds the lock): "sending" was cut off.
        let cut_off = app.household.with_untracked(|h| {
            h.as_ref().is_some_and(|h| {
                h.requests
                    .iter()
                    .any(|r| r.delivery == Delivery::Sending && !outbox::in_flight(&r.id))
            })
        });
        if cut_off {
            change_stored(app, resume_interrupted).await;
        }
    }
    if TRY_NOW.with(Cell::take)
        && app
            .household
            .with_untracked(|h| h.as_ref().is_some_and(|h| any_waiting(&h.requests)))
    {
        change_stored(app, try_all_now).await;
    }
    let now = device::now_ms();
    let due = app
        .household
        .with_untracked(|h| h.as_ref().and_then(|h| next_due(&h.requests, now)));
    let Some((id, key)) = due else {
        return false;
    };
    let mut job = None;
    // The organisation's current endpoint, when the profile moved it (same key, same body).
    let endpoint = app
        .profile
        .with_untracked(|p| p.emergency_stop.endpoint.clone());
    let organisation = app.profile.with_untracked(|p| p.organisation.name.clone());
    change_stored(app, |h| {
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
    })
    .await;
    let Some((url, body)) = job else {
        return false;
    };
    let outcome = outbox::deliver(&id, &url, &body, &key).await;
    if app.household.with_untracked(Option::is_none) {
        // Locked meanwhile: the request stays at "sending" in storage and is tried
        // again (same key, same body) after the unlock.
        return false;
    }
    change_stored(app, |h| {
        // Matched by id and key: after an import or undo, another request may have this id.
        if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
            record(r, outcome, device::now_ms());
        }
    })
    .await;
    true
}
