//! Delivers what waits in the outbox: at start, when the connection comes back, and when a
//! planned retry is due. One delivery run at a time; each attempt is saved before and after,
//! so a closed app resumes where it was and the key keeps a repeat from counting twice.

use super::{device, net};
use crate::domain::emergency::payload;
use crate::domain::household::{Channel, Delivery};
use crate::domain::outbox::{begin_attempt, is_automatic, is_due, next_wake, record};
use crate::state::AppState;
use leptos::prelude::WithUntracked;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Starts delivering when the browser says the connection is back: every waiting request is
/// tried at once instead of after its planned wait.
pub fn watch_connection(app: AppState) {
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
                        .map(|r| r.id.clone())
                })
            });
            let Some(id) = due else { break };
            let mut job = None;
            app.change(|h| {
                let organisation = app.profile.with_untracked(|p| p.organisation.name.clone());
                let body = h
                    .requests
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| payload(r, h, &organisation).to_string());
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == id) {
                    begin_attempt(r);
                    if let (Channel::Endpoint { url }, Some(body)) = (&r.channel, body) {
                        job = Some((url.clone(), body, r.key.clone()));
                    }
                }
            });
            let Some((url, body, key)) = job else { break };
            let outcome = net::post_json(&url, &body, &key).await;
            app.change(|h| {
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == id) {
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
    });
}
