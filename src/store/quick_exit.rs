//! Quick exit: leave at once for a neutral site, and do not come back by the back button.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const EXITED_KEY: &str = "helder.exited";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Where quick exit goes when the profile names no site (or a wrong one): a neutral site.
pub const DEFAULT_URL: &str = "https://www.buienradar.nl/";

/// Quick exit: this window and every other open Helder window leave (`leave_here`).
pub fn leave(url: &str) {
    super::signals::tell_exit(url);
    leave_here(url);
}

/// Blanks the screen, remembers for this tab that we left, and replaces this history entry.
/// An address the browser refuses falls back to the default site, then to an empty page, so
/// nobody is left on a blank Helder page.
pub fn leave_here(url: &str) {
    // Quick exit also locks: the passcode key and the drafts leave memory first.
    super::lock::drop_key();
    super::drafts::clear_all();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        document.set_title("Helder");
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
    }
    let url = if crate::domain::profile::is_https_url(url) {
        url
    } else {
        DEFAULT_URL
    };
    for target in [url, DEFAULT_URL, "about:blank"] {
        if let Some(s) = session() {
            let _ = s.set_item(EXITED_KEY, target);
        }
        if window.location().replace(target).is_ok() {
            return;
        }
    }
}

/// How long a run of Shift presses counts: a pause longer than this starts again.
pub const SHIFT_RESET_MS: f64 = 5_000.0;
/// Shift presses that leave.
pub const SHIFT_PRESSES: u8 = 3;

/// A key event as far as the Shift shortcut cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Shift went down (not a repeat from holding it).
    ShiftDown,
    /// Shift came up.
    ShiftUp,
    /// Any other key went down, or a click or tap: the Shift held now is part of something
    /// else (a capital, Shift+Tab, Shift+click).
    Other,
}

/// Counts "bare" Shift presses: Shift down and up again with no other key or click in
/// between, each within `SHIFT_RESET_MS` of the one before. Typing capitals, Shift+Tab or
/// Shift+arrow never count, and reset the count.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftCounter {
    count: u8,
    armed: bool,
    last: f64,
}

impl ShiftCounter {
    /// Takes one event at time `now` (ms); returns the bare presses counted so far.
    pub fn key(&mut self, key: Key, now: f64) -> u8 {
        if self.count > 0 && now - self.last > SHIFT_RESET_MS {
            self.count = 0;
        }
        match key {
            Key::ShiftDown => self.armed = true,
            Key::Other => {
                self.armed = false;
                self.count = 0;
            }
            Key::ShiftUp => {
                if self.armed {
                    self.armed = false;
                    self.count = self.count.saturating_add(1);
                    self.last = now;
                }
            }
        }
        self.count
    }

    /// At time `now`: forgets a run that has lapsed; returns the presses still counted.
    pub fn lapse(&mut self, now: f64) -> u8 {
        if self.count > 0 && now - self.last > SHIFT_RESET_MS {
            self.count = 0;
        }
        self.count
    }

    /// Presses still needed to leave (0: leave now).
    pub fn remaining(&self) -> u8 {
        SHIFT_PRESSES.saturating_sub(self.count)
    }
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

/// At start (the inline script in index.html does the same before anything is painted):
/// when the family left by quick exit and someone comes back with the back button,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn run(events: &[(Key, f64)]) -> u8 {
        let mut c = ShiftCounter::default();
        events.iter().map(|&(k, t)| c.key(k, t)).last().unwrap_or(0)
    }

    fn press(t: f64) -> [(Key, f64); 2] {
        [(Key::ShiftDown, t), (Key::ShiftUp, t + 80.0)]
    }

    #[test]
    fn three_bare_presses_count_three() {
        let events: Vec<_> = [0.0, 400.0, 800.0].into_iter().flat_map(press).collect();
        assert_eq!(run(&events), 3);
    }

    #[test]
    fn typing_capitals_never_counts() {
        // "OTS": Shift down, letter, Shift up — three times.
        let mut events = Vec::new();
        for t in [0.0, 300.0, 600.0] {
            events.extend([
                (Key::ShiftDown, t),
                (Key::Other, t + 50.0),
                (Key::ShiftUp, t + 100.0),
            ]);
        }
        assert_eq!(run(&events), 0);
    }

    #[test]
    fn shift_tab_never_counts_and_resets() {
        let mut events: Vec<_> = press(0.0).to_vec();
        for t in [200.0, 400.0, 600.0] {
            events.extend([
                (Key::ShiftDown, t),
                (Key::Other, t + 20.0),
                (Key::ShiftUp, t + 60.0),
            ]);
        }
        assert_eq!(run(&events), 0);
    }

    #[test]
    fn a_pause_starts_again() {
        let events: Vec<_> = [0.0, 400.0, 400.0 + SHIFT_RESET_MS + 1.0]
            .into_iter()
            .flat_map(press)
            .collect();
        assert_eq!(run(&events), 1);
    }

    #[test]
    fn a_key_between_presses_starts_again() {
        let mut events: Vec<_> = [0.0, 300.0].into_iter().flat_map(press).collect();
        events.push((Key::Other, 500.0));
        events.extend(press(700.0));
        assert_eq!(run(&events), 1);
        let mut c = ShiftCounter::default();
        for (k, t) in events {
            c.key(k, t);
        }
        assert_eq!(c.remaining(), 2);
    }
}
