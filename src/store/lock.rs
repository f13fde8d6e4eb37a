//! The passcode lock: the key while unlocked, encrypted saves, unlocking, idle and background.
//!
//! The passcode itself is never stored or kept: it only derives the key. The key (a
//! non-extractable WebCrypto `CryptoKey`) lives here while Helder is unlocked and is dropped
//! when it locks. What is encrypted: the household document. What is not: the outbox of
//! requests, drafts, the language and lock settings, the cached organisation profile
//! (README, "Passcode").
//!
//! Whether Helder is off, locked or open is the app state's `lock` signal alone (`state.rs`):
//! this module holds the key while it is open, but never answers "is it open?" to the app.
//! The idle and background watch asks the app ([`watch`]).

use super::crypto::{self, CryptoError};
use super::device::{self, WriteError};
use super::document_store::{self, Saved, KEY};
use crate::domain::date::Date;
use crate::domain::document::{self, encode, revision_of, LoadError};
use crate::domain::household::Household;
use crate::domain::locked::{self, ITERATIONS};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::CryptoKey;

/// Where the idle time before auto-lock is kept, in seconds (not secret).
pub const IDLE_KEY: &str = "helder.lock.idle";
/// The idle time when none was chosen: 5 minutes.
pub const DEFAULT_IDLE_SECONDS: u32 = 300;
/// The idle times offered, in seconds; a stored time above the longest is ignored.
pub const IDLE_CHOICES: [u32; 4] = [60, 300, 900, 1800];

struct Key {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

thread_local! {
    static KEY_NOW: RefCell<Option<Key>> = const { RefCell::new(None) };
    static SAVES_STARTED: Cell<u64> = const { Cell::new(0) };
    static SAVES_WRITTEN: Cell<u64> = const { Cell::new(0) };
    /// Changes with every passcode set, changed or removed and with erasing (not with
    /// locking): a save that began under an earlier passcode is never written.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    static LAST_ACTIVITY: Cell<f64> = const { Cell::new(0.0) };
    static PICKER_UNTIL: Cell<f64> = const { Cell::new(0.0) };
}

/// True when the stored document is locked with a passcode.
pub fn stored_is_locked() -> bool {
    device::read(KEY).is_some_and(|raw| locked::is_locked(&raw))
}

/// Forgets the key (locking, quick exit, erasing), and the drafts with it.
pub fn drop_key() {
    KEY_NOW.with(|k| k.borrow_mut().take());
    super::drafts::keep_in_memory_only(false);
    super::drafts::clear_all();
}

/// After erasing: saves still under way are not written.
pub fn erased() {
    drop_key();
    GENERATION.with(|g| g.set(g.get() + 1));
}

/// The held key opens `raw` (the locked store another window just wrote with the same
/// passcode): the household in it. `None` when no key is held, the passcode was changed
/// (another salt) or the data does not open.
pub async fn open_with_held_key(raw: &str) -> Option<Household> {
    let sealed = locked::decode(raw).ok()?;
    let key = KEY_NOW.with(|k| {
        k.borrow()
            .as_ref()
            .filter(|k| k.salt == sealed.salt && k.iterations == sealed.iterations)
            .map(|k| k.key.clone())
    })?;
    let plain = crypto::decrypt(&key, &sealed).await.ok()?;
    document::decode(&plain).ok()
}

/// Why unlocking failed.
#[derive(Clone, Debug, PartialEq)]
pub enum UnlockError {
    /// The passcode does not open the data.
    WrongPasscode,
    /// The locked store cannot be read (damaged, newer) — the reason as for a plain store.
    Unreadable(LoadError),
    /// The browser cannot decrypt (no WebCrypto).
    Unavailable,
}

fn to_load_error(e: locked::LockedError) -> LoadError {
    match e {
        locked::LockedError::Newer { found } => LoadError::Newer { found },
        locked::LockedError::Field { field, reason } => LoadError::Shape {
            field: field.to_string(),
            reason,
        },
        other => LoadError::Shape {
            field: "envelope".into(),
            reason: other.to_string(),
        },
    }
}

/// Opens the stored, locked household with a passcode; keeps the key on success.
pub async fn unlock(passcode: &str) -> Result<Household, UnlockError> {
    let raw = device::read(KEY).unwrap_or_default();
    let sealed = locked::decode(&raw).map_err(|e| UnlockError::Unreadable(to_load_error(e)))?;
    let key = crypto::derive_key(passcode, &sealed.salt, sealed.iterations)
        .await
        .map_err(|_| UnlockError::Unavailable)?;
    let plain = crypto::decrypt(&key, &sealed).await.map_err(|e| match e {
        CryptoError::WrongPasscode => UnlockError::WrongPasscode,
        _ => UnlockError::Unavailable,
    })?;
    let household = document::decode(&plain).map_err(UnlockError::Unreadable)?;
    document_store::set_known(revision_of(&raw), Some(household.clone()));
    KEY_NOW.with(|k| {
        *k.borrow_mut() = Some(Key {
            key,
            salt: sealed.salt,
            iterations: sealed.iterations,
        })
    });
    super::drafts::keep_in_memory_only(true);
    touch();
    Ok(household)
}

/// Checks a passcode against the stored data without changing anything.
pub async fn passcode_opens(passcode: &str) -> bool {
    let raw = device::read(KEY).unwrap_or_default();
    let Ok(sealed) = locked::decode(&raw) else {
        return false;
    };
    let Ok(key) = crypto::derive_key(passcode, &sealed.salt, sealed.iterations).await else {
        return false;
    };
    crypto::decrypt(&key, &sealed).await.is_ok()
}

/// Sets a (new) passcode: a fresh salt and key, and the household saved encrypted with it.
/// The household is read with `current` after the key is derived (about a second), so a
/// change made meanwhile is not overwritten by an older copy.
pub async fn set_passcode(
    passcode: &str,
    current: impl Fn() -> Option<Household>,
    today: Date,
) -> Result<(), WriteError> {
    let salt = crypto::new_salt().map_err(|_| WriteError::Unavailable)?;
    let key = crypto::derive_key(passcode, &salt, ITERATIONS)
        .await
        .map_err(|_| WriteError::Unavailable)?;
    let household = current().ok_or(WriteError::Unavailable)?;
    let sealed = crypto::encrypt(&key, &salt, ITERATIONS, &encode(&household, today))
        .await
        .map_err(|_| WriteError::Unavailable)?;
    let revision = crate::domain::merge::next_revision(
        document_store::known().max(document_store::stored_revision().unwrap_or(0)),
    );
    device::write(KEY, &locked::encode_stored(&sealed, revision))?;
    document_store::set_known(revision, Some(household));
    GENERATION.with(|g| g.set(g.get() + 1));
    // Drafts kept in plain text before the passcode was set go.
    super::drafts::clear_all();
    KEY_NOW.with(|k| {
        *k.borrow_mut() = Some(Key {
            key,
            salt,
            iterations: ITERATIONS,
        })
    });
    super::drafts::keep_in_memory_only(true);
    Ok(())
}

/// Removes the passcode: the household is stored in plain form again and the key dropped.
pub fn remove_passcode(household: &Household, today: Date) -> Result<(), WriteError> {
    document_store::save_over(household, today)?;
    GENERATION.with(|g| g.set(g.get() + 1));
    drop_key();
    Ok(())
}

/// Saves the household encrypted with the held key, over the revision this window knows.
/// A save that finishes after a later one is not written, so the newest change always wins;
/// nor is one begun under another passcode. A save begun before a lock is still written.
/// `None` when no key is held.
pub async fn save(household: &Household, today: Date) -> Option<Saved> {
    let (key, salt, iterations) = KEY_NOW.with(|k| {
        k.borrow()
            .as_ref()
            .map(|k| (k.key.clone(), k.salt.clone(), k.iterations))
    })?;
    let generation = GENERATION.with(Cell::get);
    let number = SAVES_STARTED.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    let text = encode(household, today);
    let sealed = match crypto::encrypt(&key, &salt, iterations, &text).await {
        Ok(sealed) => sealed,
        Err(_) => return Some(Saved::Failed(WriteError::Unavailable)),
    };
    if SAVES_WRITTEN.with(|w| w.get()) > number || GENERATION.with(Cell::get) != generation {
        return Some(Saved::Written);
    }
    if !document_store::may_write_now() {
        return Some(Saved::Conflict);
    }
    SAVES_WRITTEN.with(|w| w.set(number));
    let revision = crate::domain::merge::next_revision(document_store::known());
    Some(
        match device::write(KEY, &locked::encode_stored(&sealed, revision)) {
            Ok(()) => {
                document_store::set_known(revision, Some(household.clone()));
                Saved::Written
            }
            Err(e) => Saved::Failed(e),
        },
    )
}

/// The chosen idle time before auto-lock, in seconds.
pub fn idle_seconds() -> u32 {
    device::read(IDLE_KEY)
        .and_then(|s| s.parse().ok())
        // Any time up to the longest offered (the tests use a few seconds); a longer one,
        // written by someone with access to storage, would keep Helder open for good.
        .filter(|s: &u32| (1..=IDLE_CHOICES[IDLE_CHOICES.len() - 1]).contains(s))
        .unwrap_or(DEFAULT_IDLE_SECONDS)
}

/// Remembers the idle time.
pub fn set_idle_seconds(seconds: u32) {
    let _ = device::write(IDLE_KEY, &seconds.to_string());
}

/// Where wrong passcode tries are counted ("count,until"), so a reload does not reset the
/// wait (not secret: someone who can edit storage can also copy it and guess offline).
pub const TRIES_KEY: &str = "helder.lock.tries";

fn tries() -> (u32, u64) {
    device::read(TRIES_KEY)
        .map(|t| locked::parse_tries(&t))
        .unwrap_or((0, 0))
}

/// How long before the next try is allowed, in ms (0: now). A clock set back cannot make
/// it longer than the longest wait.
pub fn wait_ms() -> u64 {
    let (_, until) = tries();
    until
        .saturating_sub(js_sys::Date::now() as u64)
        .min(locked::MAX_WAIT_MS)
}

/// Counts a wrong try; returns the wait before the next one (ms).
pub fn record_wrong_try() -> u64 {
    let (count, _) = tries();
    let count = count.saturating_add(1);
    let wait = locked::wait_after(count);
    let until = js_sys::Date::now() as u64 + wait;
    let _ = device::write(TRIES_KEY, &format!("{count},{until}"));
    wait
}

/// After the right passcode: the wrong tries since the last unlock (to tell the user), and
/// the count starts again.
pub fn clear_tries() -> u32 {
    let (count, _) = tries();
    if let Some(storage) = device::local_storage() {
        let _ = storage.remove_item(TRIES_KEY);
    }
    count
}

/// Marks the user as active now.
pub fn touch() {
    LAST_ACTIVITY.with(|t| t.set(js_sys::Date::now()));
}

/// How long after opening a file picker or share sheet going to the background does not lock.
const PICKER_MS: f64 = 120_000.0;

/// A file picker or share sheet is about to open. On a phone it sends Helder to the
/// background, which would otherwise lock it under the user's hands; the idle lock still runs.
pub fn expect_picker() {
    PICKER_UNTIL.with(|t| t.set(js_sys::Date::now() + PICKER_MS));
}

/// Calls `lock` when the user has been idle for the chosen time, and when the page goes to
/// the background (another app, the home screen, a locked phone), while `is_open` (the app's
/// lock state) says Helder is open with a passcode.
pub fn watch(is_open: impl Fn() -> bool + Clone + 'static, lock: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    touch();
    let on_activity = Closure::<dyn Fn()>::new(touch);
    for event in ["pointerdown", "keydown", "touchstart", "scroll", "input"] {
        let _ =
            document.add_event_listener_with_callback(event, on_activity.as_ref().unchecked_ref());
    }
    on_activity.forget();

    let lock_hidden = lock.clone();
    let open_hidden = is_open.clone();
    let on_visibility = Closure::<dyn Fn()>::new(move || {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        let picking = js_sys::Date::now() < PICKER_UNTIL.with(Cell::get);
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body());
        if !hidden {
            PICKER_UNTIL.with(|t| t.set(0.0));
            if let Some(body) = body {
                body.set_hidden(false);
            }
        } else if open_hidden() && !picking {
            // Hidden at once, before the lock screen is drawn: the snapshot the phone takes
            // for its app switcher shows nothing of the household.
            if let Some(body) = body {
                body.set_hidden(true);
            }
            lock_hidden();
        }
    });
    let _ = document.add_event_listener_with_callback(
        "visibilitychange",
        on_visibility.as_ref().unchecked_ref(),
    );
    on_visibility.forget();

    let on_tick = Closure::<dyn Fn()>::new(move || {
        let idle_ms = js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get);
        if is_open() && idle_ms >= f64::from(idle_seconds()) * 1000.0 {
            lock();
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        on_tick.as_ref().unchecked_ref(),
        1000,
    );
    on_tick.forget();
}
