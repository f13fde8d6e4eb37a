//! Drafts of plan forms, so that text typed on a phone survives navigating away (or the
//! browser reloading the tab). Kept in sessionStorage: they live as long as the tab, and
//! leave no trace after it is closed; a saved entry or "start again" removes the draft.

use crate::domain::plan_edit::Fields;

const PREFIX: &str = "helder.draft.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The draft kept under `key`, if any (a damaged draft counts as none).
pub fn load(key: &str) -> Option<Fields> {
    let text = storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()?;
    serde_json::from_str(&text).ok()
}

/// Keeps the draft; a full storage only means the draft is not kept.
pub fn save(key: &str, fields: &Fields) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(fields)) {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), &text);
    }
}

/// Forgets the draft.
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}
