//! "Print this page": opens the browser's print dialog (the print stylesheet does the rest).

use crate::state::use_ui;
use leptos::prelude::*;

/// A button that prints the current screen.
#[component]
pub fn PrintButton() -> impl IntoView {
    let ui = use_ui();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <p class="hd-actions">
            <button type="button" class="hd-button hd-button--secondary hd-button--small" on:click=print>
                {move || ui.get().print_page}
            </button>
        </p>
    }
}
