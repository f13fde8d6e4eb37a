//! Small wrappers around the browser's storage and clock.

use crate::domain::date::Date;
use web_sys::Storage;

/// The origin's localStorage, if the browser allows it (it may not in some private modes).
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads one key; `None` when absent or when storage is unavailable.
#[cfg(target_arch = "wasm32")]
pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// On the host (the Rust tests) storage is a map in memory, so the store's own logic
/// (`document_store::load`, `save`) can be tested there; the browser tests use the real one.
#[cfg(not(target_arch = "wasm32"))]
pub mod host {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    thread_local! {
        static STORAGE: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    }

    /// Reads one key.
    pub fn read(key: &str) -> Option<String> {
        STORAGE.with(|s| s.borrow().get(key).cloned())
    }

    /// Writes one key.
    pub fn write(key: &str, value: &str) {
        STORAGE.with(|s| s.borrow_mut().insert(key.to_string(), value.to_string()));
    }

    /// Forgets everything (between test cases).
    pub fn clear() {
        STORAGE.with(|s| s.borrow_mut().clear());
    }
}

/// Reads one key (host tests: the in-memory storage).
#[cfg(not(target_arch = "wasm32"))]
pub fn read(key: &str) -> Option<String> {
    host::read(key)
}

/// Writes one key (host tests: the in-memory storage).
#[cfg(not(target_arch = "wasm32"))]
pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    host::write(key, value);
    Ok(())
}

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The device's storage for Helder is full.
    Full,
    /// Storage is switched off or refused the write.
    Unavailable,
}

/// Writes one key.
#[cfg(target_arch = "wasm32")]
pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    let storage = local_storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, value).map_err(|err| {
        let name = js_sys::Reflect::get(&err, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => WriteError::Full,
            _ => WriteError::Unavailable,
        }
    })
}

/// Today on this device.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Date::MIN)
}

/// The browser's preferred language code, e.g. "nl-NL".
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Asks the browser to keep Helder's storage when space runs low (best effort).
pub fn request_persistence() {
    if let Some(window) = web_sys::window() {
        if let Ok(storage) = window.navigator().storage().persist() {
            // The answer does not change what we do; the promise is left to settle.
            drop(storage);
        }
    }
}

/// Milliseconds since 1970 (UTC), from the device clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A random key for a request (a UUID where the browser offers one).
pub fn random_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            // No randomUUID (an older browser): 16 random bytes from the same generator.
            let bytes = super::crypto::random_bytes(16).unwrap_or_default();
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            format!("{}-{hex}", now_ms())
        })
}

/// A moment as the device shows it: the local date, hours and minutes.
pub fn local_moment(ms: i64) -> (Date, u32, u32) {
    let d = js_sys::Date::new(&(ms as f64).into());
    let date = Date::new(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or(Date::MIN);
    (date, d.get_hours(), d.get_minutes())
}

/// Removes everything Helder keeps on this device: every `helder.` key (the household, the
/// copy of unreadable data, settings, the cached profile) and the offline caches.
pub fn erase_everything() {
    super::exclusive::drop_mark();
    if let Some(storage) = local_storage() {
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect();
        for key in keys.into_iter().filter(|k| k.starts_with("helder.")) {
            let _ = storage.remove_item(&key);
        }
    }
    // And this tab's sessionStorage (drafts, the quick-exit marker).
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        delete_caches(&caches).await;
        // A service worker still installing writes its cache when it is done: once it is
        // ready, delete again.
        let ready = web_sys::window().and_then(|w| w.navigator().service_worker().ready().ok());
        if let Some(ready) = ready {
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
            delete_caches(&caches).await;
        }
    });
}

async fn delete_caches(caches: &web_sys::CacheStorage) {
    let Ok(names) = wasm_bindgen_futures::JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in js_sys::Array::from(&names)
        .iter()
        .filter_map(|n| n.as_string())
    {
        let _ = wasm_bindgen_futures::JsFuture::from(caches.delete(&name)).await;
    }
}

/// What the safety notices need to know about the browser.
pub fn browser() -> crate::domain::notices::Browser {
    let Some(window) = web_sys::window() else {
        return Default::default();
    };
    let navigator = window.navigator();
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
        // Safari on iOS says so in a property of its own.
        || js_sys::Reflect::get(&navigator, &"standalone".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
    crate::domain::notices::Browser {
        user_agent: navigator.user_agent().unwrap_or_default(),
        touch_points: navigator.max_touch_points().max(0) as u32,
        standalone,
    }
}
