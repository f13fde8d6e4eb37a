//! Quick exit: leave at once for a neutral site, and do not come back by the back button.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const EXITED_KEY: &str = "helder.exited";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Blanks the screen, remembers for this tab that we left, and replaces this history entry.
pub fn leave(url: &str) {
    // Quick exit also locks: the passcode key leaves memory first.
    super::lock::drop_key();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        body.set_inner_html("");
    }
    if let Some(s) = session() {
        let _ = s.set_item(EXITED_KEY, url);
    }
    let _ = window.location().replace(url);
}

/// How this page was reached: "navigate", "reload", "back_forward" …
fn navigation_type() -> String {
    let entry = web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.get_entries_by_type("navigation"))
        .and_then(|list| list.get(0).dyn_into::<js_sys::Object>().ok());
    entry
        .and_then(|e| js_sys::Reflect::get(&e, &"type".into()).ok())
        .and_then(|t| t.as_string())
        .unwrap_or_default()
}

/// At start: when the family left by quick exit and someone comes back with the back button,
/// go straight back to the neutral site. A new visit or a reload starts Helder as usual.
/// Returns true when leaving.
pub fn bounce_back_navigation() -> bool {
    let Some(url) = session().and_then(|s| s.get_item(EXITED_KEY).ok().flatten()) else {
        return false;
    };
    if navigation_type() == "back_forward" {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(&url);
        }
        return true;
    }
    if let Some(s) = session() {
        let _ = s.remove_item(EXITED_KEY);
    }
    false
}

/// A page restored from the back-forward cache after a quick exit leaves again.
pub fn watch_page_restore() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_show = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        let persisted = js_sys::Reflect::get(&ev, &"persisted".into())
            .ok()
            .and_then(|v| v.as_bool());
        let url = session().and_then(|s| s.get_item(EXITED_KEY).ok().flatten());
        if let (Some(true), Some(url), Some(window)) = (persisted, url, web_sys::window()) {
            let _ = window.location().replace(&url);
        }
    });
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    on_show.forget();
}
