//! Device settings that are not part of the household: language.

use super::device;
use crate::content::Lang;

const LANG_KEY: &str = "helder.lang";

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
