//! Drafts of plan forms, so that text typed on a phone survives navigating away.
//!
//! Without a passcode a draft is kept in sessionStorage (it also survives the browser
//! reloading the tab; the household itself is plain on the device then anyway). With a
//! passcode drafts stay in this window's memory only, never written anywhere in plain text.
//! Either way they are all forgotten on lock, quick exit and erase (`clear_all`), and a
//! saved entry or "start again" removes its draft.

use crate::domain::plan_edit::Fields;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

const PREFIX: &str = "helder.draft.";

thread_local! {
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    /// True while the lock holds a key (`keep_in_memory_only`).
    static MEMORY_ONLY: Cell<bool> = const { Cell::new(false) };
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// With a passcode nothing is written to sessionStorage (while locked nothing is edited).
fn memory_only() -> bool {
    MEMORY_ONLY.with(Cell::get)
}

/// Called by the lock (`store/lock.rs`) whenever it takes or drops the key: while a key is
/// held, drafts stay in memory only.
pub fn keep_in_memory_only(on: bool) {
    MEMORY_ONLY.with(|m| m.set(on));
}

/// The draft kept under `key`, if any (a damaged draft counts as none).
pub fn load(key: &str) -> Option<Fields> {
    let text = MEMORY.with(|m| m.borrow().get(key).cloned()).or_else(|| {
        if memory_only() {
            return None;
        }
        storage()?
            .get_item(&format!("{PREFIX}{key}"))
            .ok()
            .flatten()
    })?;
    serde_json::from_str(&text).ok()
}

/// Keeps the draft; a full storage only means the draft is not kept.
pub fn save(key: &str, fields: &Fields) {
    let Ok(text) = serde_json::to_string(fields) else {
        return;
    };
    if memory_only() {
        MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), text));
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&format!("{PREFIX}{key}"));
        }
    } else if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), &text);
    }
}

/// Forgets the draft.
pub fn remove(key: &str) {
    MEMORY.with(|m| m.borrow_mut().remove(key));
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Forgets every draft, in memory and in sessionStorage (lock, quick exit, erase).
pub fn clear_all() {
    MEMORY.with(|m| m.borrow_mut().clear());
    let Some(storage) = storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
