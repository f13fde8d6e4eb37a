//! The last-resort message when the app itself fails (a panic).

use crate::content::{UI_EN, UI_NL};

/// Shows a plain message in both languages with a reload link, using the DOM directly
/// because the app's own state can no longer be trusted.
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("hd-crash");
    let _ = panel.set_attribute("role", "alert");
    let paragraph = |text: &str, lang: &str| {
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(text));
        p.set_attribute("lang", lang).ok()?;
        panel.append_child(&p).ok()
    };
    paragraph(UI_NL.error_crash, "nl");
    paragraph(UI_EN.error_crash, "en");
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "/");
        link.set_text_content(Some(&format!(
            "{} / {}",
            UI_NL.error_reload, UI_EN.error_reload
        )));
        let _ = panel.append_child(&link);
    }
    let _ = body.prepend_with_node_1(&panel);
}
