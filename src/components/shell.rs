//! The layout around every screen: header, messages, main content and navigation.

use super::{
    app_notice::AppNotice, example_badge::ExampleBadge, header::Header, nav::Nav,
    store_problem::StoreProblem, undo_notice::UndoNotice, update_notice::UpdateNotice,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Scrolls to the top and moves focus to the main content, so a screen reader starts
/// reading the new screen from its heading; a link to a part of a screen (`/instellingen#x`)
/// scrolls to that part instead. It waits a moment so the new screen has been drawn first.
pub fn to_top() {
    to_top_after(std::time::Duration::ZERO, 20);
}

/// `to_top` after `wait`; a part named in the address that is not drawn yet (its screen is
/// still being fetched) is looked for again, up to `tries` times.
fn to_top_after(wait: std::time::Duration, tries: u32) {
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            let main = window.document().and_then(|d| d.get_element_by_id("main"));
            if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = main.focus_with_options(&options);
            }
            let hash = window.location().hash().unwrap_or_default();
            let part = hash
                .strip_prefix('#')
                .filter(|id| !id.is_empty())
                .and_then(|id| window.document()?.get_element_by_id(id));
            let wanted = hash.strip_prefix('#').is_some_and(|id| !id.is_empty());
            match part {
                Some(part) => part.scroll_into_view(),
                None if wanted && tries > 0 => {
                    to_top_after(std::time::Duration::from_millis(50), tries - 1)
                }
                None => window.scroll_to_with_x_and_y(0.0, 0.0),
            }
        },
        wait,
    );
}

/// Scrolls to the element with `id` on this screen and moves focus there (once drawn).
pub fn to_part(id: &'static str) {
    set_timeout(
        move || {
            let part = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(part) = part {
                part.scroll_into_view();
                let _ = part.focus();
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// Header, notices, `<main>` with the routed screen, and the navigation.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let location = use_location();
    // After navigating (not on the first load), start at the top of the new screen.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            to_top();
        }
        path
    });
    view! {
        <div class="hd-shell">
            <Header/>
            <Nav/>
            <main id="main" class="hd-main" tabindex="-1" data-ready=crate::state::ready::mark>
                <ExampleBadge/>
                <UpdateNotice/>
                <StoreProblem/>
                <AppNotice/>
                <UndoNotice/>
                {children()}
            </main>
        </div>
    }
}
