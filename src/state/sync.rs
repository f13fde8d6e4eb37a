//! Helder open in more than one window (tabs, the installed app and a browser tab): saving
//! without overwriting each other, and telling the other windows.
//!
//! - Every save replaces only the revision this window knows (`document_store`). When
//!   another window saved in between, this window merges its change with theirs
//!   (`domain/merge.rs`) and says so; when that cannot be done, it keeps the other window's
//!   version in the store and its own in the undo notice, and says so: nothing is lost
//!   silently.
//! - The browser tells the other windows about every write to the store (`storage` event):
//!   they reload the household, lock when a passcode was set or changed, unlock-free switch
//!   to plain when it was removed, and go back to the start when everything was erased.
//! - "Lock now" and quick exit are passed on through a small key of their own, so every
//!   window locks or leaves. (The idle and background locks stay per window: the window
//!   a parent switches to must not lock under their hands.)

use super::{AppState, Lock, Undo};
use crate::domain::document::{decode, revision_of};
use crate::domain::household::Household;
use crate::domain::locked::is_locked;
use crate::store::device;
use crate::store::document_store::{self, Saved, KEY};
use crate::store::signals::SIGNAL_KEY;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Saves the household in this window's state: encrypted with a passcode, plain without;
/// a conflict with another window is resolved as described above.
pub fn save(app: AppState) {
    let Some(household) = app.household.get_untracked() else {
        return;
    };
    if app.lock.get_untracked() != Lock::Off {
        leptos::task::spawn_local(save_settled(app));
        return;
    }
    match document_store::save(&household, app.today) {
        Saved::Written => app.saved(Ok(())),
        Saved::Failed(e) => app.saved(Err(e)),
        Saved::Conflict => leptos::task::spawn_local(async move {
            if resolve(app, household).await {
                save(app);
            }
        }),
    }
}

/// Saves as [`save`] does, and returns once it is done: the store holds this window's
/// household (merged with another window's save, if one came in between), or the save
/// failed, or both versions were kept apart. The outbox waits for this before it gives the
/// outbox lock to another window (`state/outbox.rs`).
pub async fn save_settled(app: AppState) {
    let Some(household) = app.household.get_untracked() else {
        return;
    };
    let saved = if app.lock.get_untracked() != Lock::Off {
        match crate::store::lock::save(&household, app.today).await {
            Some(saved) => saved,
            None => return,
        }
    } else {
        document_store::save(&household, app.today)
    };
    match saved {
        Saved::Written => app.saved(Ok(())),
        Saved::Failed(e) => app.saved(Err(e)),
        Saved::Conflict => {
            if resolve(app, household).await {
                Box::pin(save_settled(app)).await;
            }
        }
    }
}

/// Reads the store again when another window wrote since this one last read or wrote
/// (`domain/merge.rs`, `behind`), and follows it as on the `storage` event, which may not
/// have arrived yet: the outbox reads what is stored before it sends.
pub async fn catch_up(app: AppState) {
    let behind =
        crate::domain::merge::behind(document_store::stored_revision(), document_store::known());
    if behind {
        store_changed(app).await;
    }
}

/// Another window saved since this one last read: merge `ours` with what is stored now.
/// Returns true when merged: the merged household is in the state and is to be saved.
async fn resolve(app: AppState, ours: Household) -> bool {
    let ui = crate::content::ui(app.lang.get_untracked());
    if app.lock.get_untracked() == Lock::Locked {
        // Locked meanwhile: without the key nothing can be merged; the unlock reads the
        // other window's version.
        return false;
    }
    let Some(raw) = device::read(KEY) else {
        // Erased in another window: that wins, it was done to remove traces.
        forget_here(app);
        return false;
    };
    let theirs = if is_locked(&raw) {
        match crate::store::lock::open_with_held_key(&raw).await {
            Some(h) => h,
            None => {
                // The passcode was set or changed elsewhere: this window cannot read the
                // new data, so it locks; the new passcode opens the other window's version.
                app.lock_now();
                return false;
            }
        }
    } else {
        match decode(&raw) {
            Ok(h) => {
                if app.lock.get_untracked() != Lock::Off {
                    // The passcode was removed in another window.
                    crate::store::lock::drop_key();
                    app.lock.set(Lock::Off);
                }
                h
            }
            // Unreadable data from another window (a newer Helder): not overwritten.
            Err(_) => return false,
        }
    };
    let base = document_store::base();
    document_store::set_known(revision_of(&raw), Some(theirs.clone()));
    let merged = base
        .as_ref()
        .and_then(|base| crate::domain::merge::merge(base, &ours, &theirs));
    match merged {
        Some(m) => {
            app.undo.set(None);
            app.household.set(Some(m.household));
            app.notice.set(Some(if m.clashes == 0 {
                ui.elsewhere_merged.to_string()
            } else {
                crate::content::fill(
                    crate::content::plural(
                        m.clashes as u64,
                        ui.elsewhere_clash_one,
                        ui.elsewhere_clash_other,
                    ),
                    &[("n", &m.clashes.to_string())],
                )
            }));
            true
        }
        None => {
            // Both versions kept: theirs in the store, ours one tap away.
            app.household.set(Some(theirs));
            app.undo.set(Some(Undo {
                message: ui.elsewhere_kept.to_string(),
                before: ours,
                after: app.version(),
            }));
            false
        }
    }
}

/// Everything was erased in another window: this one forgets it too and starts again.
fn forget_here(app: AppState) {
    crate::store::lock::erased();
    document_store::set_known(0, None);
    // A fresh start at the welcome (also drops anything left in this window's memory).
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(crate::routes::OVERVIEW);
    }
    app.household.set(None);
}

/// Listens for the other windows' writes and signals.
pub fn watch(app: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_storage = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let key = js_sys::Reflect::get(&ev, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        let new_value = js_sys::Reflect::get(&ev, &"newValue".into())
            .ok()
            .and_then(|k| k.as_string());
        match key.as_deref() {
            // `None`: the whole storage was cleared.
            None | Some(KEY) => leptos::task::spawn_local(store_changed(app)),
            Some(SIGNAL_KEY) => {
                let Some(value) = new_value else {
                    return;
                };
                let mut parts = value.splitn(3, ' ');
                match (parts.next(), parts.nth(1)) {
                    (Some("lock"), _) => app.lock_now(),
                    (Some("exit"), Some(url)) => crate::store::quick_exit::leave_here(url),
                    _ => {}
                }
            }
            _ => {}
        }
    });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}

/// The store was written (or removed) by another window: follow it.
async fn store_changed(app: AppState) {
    let ui = crate::content::ui(app.lang.get_untracked());
    let lock = app.lock.get_untracked();
    let Some(raw) = device::read(KEY) else {
        if app.household.with_untracked(Option::is_some) || lock != Lock::Off {
            forget_here(app);
        }
        return;
    };
    let revision = revision_of(&raw);
    if revision == document_store::known() && document_store::known() != 0 {
        return;
    }
    if is_locked(&raw) {
        match lock {
            // A passcode was set elsewhere: this window locks too.
            Lock::Off => {
                crate::store::lock::drop_key();
                app.undo.set(None);
                app.household.set(None);
                app.lock.set(Lock::Locked);
                document_store::set_known(revision, None);
            }
            Lock::Open => match crate::store::lock::open_with_held_key(&raw).await {
                // A later save came in while this one was opened (another window's, followed
                // by its own event or read, or this window's own): not gone back to.
                Some(_) if document_store::stored_revision() != Some(revision) => {}
                Some(h) => reload(app, h, revision, ui.elsewhere_updated),
                // The passcode was changed elsewhere.
                None => app.lock_now(),
            },
            // The unlock reads the newest data.
            Lock::Locked => document_store::set_known(revision, None),
        }
        return;
    }
    let Ok(h) = decode(&raw) else {
        return;
    };
    if lock != Lock::Off {
        // The passcode was removed elsewhere.
        crate::store::lock::drop_key();
        app.lock.set(Lock::Off);
    }
    reload(app, h, revision, ui.elsewhere_updated);
}

fn reload(app: AppState, household: Household, revision: u64, message: &str) {
    document_store::set_known(revision, Some(household.clone()));
    app.undo.set(None);
    let had = app.household.with_untracked(Option::is_some);
    app.household.set(Some(household));
    if had {
        app.notice.set(Some(message.to_string()));
    }
}
