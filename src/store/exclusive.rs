//! One window at a time: work that two windows (tabs, the installed app and a browser tab)
//! of Helder must not do at the same moment runs under the browser's Web Locks API
//! (`navigator.locks.request(name, callback)`). The browser gives the lock to one window of
//! the origin at a time, in the order they asked, and releases it when the promise the
//! callback returned settles, or when that window closes.
//!
//! The outbox sends under [`OUTBOX`] (`state/outbox.rs`): the window that gets it second has
//! waited until the first one sent and stored the answer, reads the store again, and sends
//! only what still waits.
//!
//! Where the browser has no `navigator.locks` (older browsers), or refuses the request, the
//! work runs without it, as before: sending is never blocked. The work is always run to its
//! end and then gives the lock back (it returns a value, it cannot throw), so a failed send
//! releases the lock like a good one. web-sys offers the `LockManager` only as an unstable
//! API, so it is called here through `js_sys::Reflect`.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// The lock the outbox's sends are made under.
pub const OUTBOX: &str = "helder-outbox";

/// `navigator.locks` and its `request`, when the browser has them.
fn lock_manager() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}

/// Runs `work` while this window holds the lock `name`: no other window of Helder runs work
/// under the same name meanwhile. Waits for the lock while another window holds it. Without
/// the Web Locks API, or when the browser refuses the request before the work began, the
/// work runs at once without the lock. `None` only if a browser released the lock before
/// the work ended (against the standard): the work then goes on by itself, its result unseen.
pub async fn exclusive<T, F>(name: &str, work: F) -> Option<T>
where
    T: 'static,
    F: Future<Output = T> + 'static,
{
    let Some((locks, request)) = lock_manager() else {
        return Some(work.await);
    };
    let work = Rc::new(RefCell::new(Some(work)));
    let result: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
    let callback = {
        let work = work.clone();
        let result = result.clone();
        Closure::once_into_js(move |_lock: JsValue| -> JsValue {
            let started = work.borrow_mut().take();
            // The lock is held until this promise settles: when the work has ended. It
            // never rejects, so the lock is given back however the work went.
            future_to_promise(async move {
                if let Some(started) = started {
                    let value = started.await;
                    *result.borrow_mut() = Some(value);
                }
                Ok(JsValue::UNDEFINED)
            })
            .into()
        })
    };
    if let Ok(granted) = request.call2(&locks, &JsValue::from_str(name), &callback) {
        if let Ok(granted) = granted.dyn_into::<js_sys::Promise>() {
            // Settles after the work ended (or rejects at once when the browser refuses).
            let _ = JsFuture::from(granted).await;
        }
    }
    if let Some(value) = result.borrow_mut().take() {
        return Some(value);
    }
    // The browser refused the lock: the work has not begun; it runs without the lock rather
    // than not at all.
    let not_begun = work.borrow_mut().take();
    match not_begun {
        Some(work) => Some(work.await),
        None => None,
    }
}
