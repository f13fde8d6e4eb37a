//! The small messages one window passes to the others through the store: "lock now" and quick
//! exit (every window locks or leaves). The windows that follow them are in `state/sync.rs`.

use super::device;

/// The key through which windows tell each other to lock or leave.
pub const SIGNAL_KEY: &str = "helder.signal";

/// Tells the other windows to lock now.
pub fn tell_lock() {
    signal("lock", "");
}

/// Tells the other windows to leave for `url` (quick exit).
pub fn tell_exit(url: &str) {
    signal("exit", url);
}

fn signal(what: &str, url: &str) {
    // A new value every time, so the browser fires the event even for the same message.
    let value = format!("{what} {} {url}", device::random_key());
    let _ = device::write(SIGNAL_KEY, &value);
    if let Some(storage) = device::local_storage() {
        let _ = storage.remove_item(SIGNAL_KEY);
    }
}
