//! The last-resort message when the app itself fails (a panic).

use crate::content::{UI_EN, UI_NL};

/// Shows a plain message in both languages with a reload link and a quick-exit link, using
/// the DOM directly because the app's own state can no longer be trusted. What was on screen
/// is hidden (it may hold the household, and the app can no longer lock it away).
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
        let _ = link.set_attribute("href", crate::routes::OVERVIEW);
        link.set_text_content(Some(&format!(
            "{} / {}",
            UI_NL.error_reload, UI_EN.error_reload
        )));
        let _ = panel.append_child(&link);
    }
    // The quick-exit link is handled by the start-up script in index.html (class
    // `boot-exit`: it replaces the history entry and marks the tab), which needs no wasm.
    if let Ok(exit) = document.create_element("a") {
        let _ = exit.set_attribute("href", crate::store::quick_exit::DEFAULT_URL);
        let _ = exit.set_attribute("rel", "noreferrer");
        exit.set_class_name("boot-exit");
        exit.set_text_content(Some(&format!(
            "{} / {}",
            UI_NL.shell_quick_exit, UI_EN.shell_quick_exit
        )));
        let _ = panel.append_child(&exit);
    }
    let children = body.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            let _ = child.set_attribute("hidden", "");
        }
    }
    let _ = body.prepend_with_node_1(&panel);
}
