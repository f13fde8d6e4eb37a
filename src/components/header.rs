//! The header: name, language switch and the quick-exit link.

use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// Where "quick exit" goes when the profile names no site: a neutral site (a weather forecast).
pub const QUICK_EXIT_URL: &str = "https://www.buienradar.nl/";

/// Leaves at once: blanks the screen and replaces this history entry, so "back" does not
/// return to Helder's content.
fn quick_exit(url: &str) {
    if let Some(window) = web_sys::window() {
        if let Some(body) = window.document().and_then(|d| d.body()) {
            body.set_inner_html("");
        }
        let _ = window.location().replace(url);
    }
}

/// The site header, with the skip link first.
#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let other = move || app.lang.get().other();
    let exit_url = move || {
        app.profile.with(|p| {
            if p.quick_exit_url.is_empty() {
                QUICK_EXIT_URL.to_string()
            } else {
                p.quick_exit_url.clone()
            }
        })
    };
    view! {
        <a class="hd-skip" href="#main">{move || ui.get().shell_skip}</a>
        <header class="hd-header">
            <div class="hd-header__bar">
                <A href="/" attr:class="hd-header__brand">
                    <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                    <span>{move || ui.get().app_name}</span>
                </A>
                <div class="hd-header__tools">
                    <button
                        type="button"
                        class="hd-header__lang"
                        lang=move || other().code()
                        on:click=move |_| app.set_lang(other())
                    >
                        {move || crate::content::ui(other()).language_name}
                    </button>
                    <a class="hd-quick-exit" href=exit_url rel="noreferrer" on:click=move |ev| {
                        ev.prevent_default();
                        quick_exit(&exit_url());
                    }>
                        {move || ui.get().shell_quick_exit}
                    </a>
                </div>
            </div>
        </header>
    }
}
