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

/// The marks the outbox leaves: `helder-outbox-wrote:<revision>`.
pub const WROTE: &str = "helder-outbox-wrote:";

thread_local! {
    /// Lets go of the mark this window holds now.
    static MARK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Leaves a mark `<prefix><n>` that every window can read at once ([`highest_mark`]), in
/// place of the one this window left before; it goes when this window closes.
///
/// Why: a window's `localStorage` is a copy that the browser brings up to date a moment after
/// another window wrote (Chromium keeps one per process), and nothing orders that moment
/// with the lock being handed on. So the window that gets the outbox lock next may still
/// read the store as it was before the last send. The browser keeps the locks in one place
/// for all windows: a held lock's name is seen by every window the moment it is granted. The
/// outbox names the revision it wrote in a held lock, before it lets go of the outbox lock,
/// and the next window waits until its copy of the store shows that revision.
pub async fn leave_mark(prefix: &str, n: u64) {
    let Some((locks, request)) = lock_manager() else {
        return;
    };
    let mut on_granted = None;
    let granted = js_sys::Promise::new(&mut |resolve, _| on_granted = Some(resolve));
    let mut on_release = None;
    let held = js_sys::Promise::new(&mut |resolve, _| on_release = Some(resolve));
    let (Some(on_granted), Some(on_release)) = (on_granted, on_release) else {
        return;
    };
    let when_granted = on_granted.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        let _ = when_granted.call0(&JsValue::NULL);
        // Held until the next mark takes its place.
        held.into()
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"mode".into(), &"shared".into());
    let Ok(asked) = request.call3(
        &locks,
        &JsValue::from_str(&format!("{prefix}{n}")),
        &options,
        &callback,
    ) else {
        return;
    };
    if let Ok(asked) = asked.dyn_into::<js_sys::Promise>() {
        // Refused: do not wait for a grant that never comes.
        let refused = Closure::once(move |_: JsValue| {
            let _ = on_granted.call0(&JsValue::NULL);
        });
        let _ = asked.catch(&refused);
        refused.forget();
    }
    let _ = JsFuture::from(granted).await;
    if let Some(previous) = MARK.with(|m| m.replace(Some(on_release))) {
        let _ = previous.call0(&JsValue::NULL);
    }
}

/// Lets go of this window's mark (everything was erased: revisions start again from 1, and
/// a mark of the old store's revision would make the next send wait for it in vain).
pub fn drop_mark() {
    if let Some(held) = MARK.with(|m| m.borrow_mut().take()) {
        let _ = held.call0(&JsValue::NULL);
    }
}

/// The highest `n` of the marks `<prefix><n>` that any window of Helder holds now.
pub async fn highest_mark(prefix: &str) -> Option<u64> {
    let (locks, _) = lock_manager()?;
    let query = js_sys::Reflect::get(&locks, &"query".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let asked = query
        .call0(&locks)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let snapshot = JsFuture::from(asked).await.ok()?;
    let held = js_sys::Reflect::get(&snapshot, &"held".into())
        .ok()?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    highest(
        held.iter().filter_map(|lock| {
            js_sys::Reflect::get(&lock, &"name".into())
                .ok()
                .and_then(|name| name.as_string())
        }),
        prefix,
    )
}

/// The highest `n` among lock names `<prefix><n>`; other names are left out.
fn highest(names: impl Iterator<Item = String>, prefix: &str) -> Option<u64> {
    names
        .filter_map(|name| name.strip_prefix(prefix)?.parse().ok())
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_mark_among_the_held_locks() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let held = names(&[
            OUTBOX,
            "helder-outbox-wrote:9",
            "helder-outbox-wrote:12",
            "helder-outbox-wrote:x",
            "other-wrote:40",
            "helder-outbox-wrote:",
        ]);
        assert_eq!(highest(held.into_iter(), WROTE), Some(12));
        assert_eq!(highest(names(&[OUTBOX]).into_iter(), WROTE), None);
        assert_eq!(highest(Vec::new().into_iter(), WROTE), None);
    }
}
