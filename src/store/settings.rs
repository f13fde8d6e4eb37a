//! Device settings that are not part of the household: language, youth mode.

use super::device;
use crate::content::Lang;

const LANG_KEY: &str = "helder.lang";
/// Youth mode: absent or "" when off; "on" or "on:<child id>" when on.
const YOUTH_KEY: &str = "helder.youth";

/// The chosen language, or the browser's (Dutch when it is neither Dutch nor English).
pub fn load_lang() -> Lang {
    match device::read(LANG_KEY) {
        Some(code) => Lang::from_code(&code),
        None => Lang::from_code(&device::browser_language()),
    }
}

/// Remembers the chosen language.
pub fn save_lang(lang: Lang) {
    let _ = device::write(LANG_KEY, lang.code());
}

/// Youth mode: whether it is on, and the child who chose their name ("" when not chosen).
pub fn load_youth() -> (bool, String) {
    match device::read(YOUTH_KEY) {
        Some(value) if value.starts_with("on") => (
            true,
            value
                .trim_start_matches("on")
                .trim_start_matches(':')
                .to_string(),
        ),
        _ => (false, String::new()),
    }
}

/// Remembers youth mode (and the chosen child).
pub fn save_youth(on: bool, child: &str) {
    let value = match (on, child.is_empty()) {
        (false, _) => String::new(),
        (true, true) => "on".to_string(),
        (true, false) => format!("on:{child}"),
    };
    let _ = device::write(YOUTH_KEY, &value);
}

/// "No thanks" to the passcode offer on the overview.
const PASSCODE_OFFER_KEY: &str = "helder.offer.passcode";
/// When "later" was chosen on the 7-day notice (a date).
const EXPIRY_LATER_KEY: &str = "helder.notice.expiry";

/// True when the passcode offer was declined on this device.
pub fn passcode_offer_declined() -> bool {
    device::read(PASSCODE_OFFER_KEY).is_some()
}

/// Remembers that the passcode offer was declined.
pub fn decline_passcode_offer() {
    let _ = device::write(PASSCODE_OFFER_KEY, "declined");
}

/// When "later" was last chosen on the 7-day notice.
pub fn expiry_notice_later() -> Option<crate::domain::date::Date> {
    device::read(EXPIRY_LATER_KEY).and_then(|d| crate::domain::date::Date::parse(&d).ok())
}

/// Remembers "later" on the 7-day notice.
pub fn set_expiry_notice_later(today: crate::domain::date::Date) {
    let _ = device::write(EXPIRY_LATER_KEY, &today.to_string());
}
