//! "Print this page": opens the browser's print dialog (the print stylesheet does the rest).

use crate::state::use_ui;
use leptos::prelude::*;

/// A button that prints the current screen.
#[component]
pub fn PrintButton(
    /// What the button says; "Print this page" when not given.
    #[prop(optional, into)]
    label: Option<Signal<&'static str>>,
) -> impl IntoView {
    let ui = use_ui();
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let text = move || {
        label
            .map(|l| l.get())
            .unwrap_or_else(|| ui.get().print_page)
    };
    view! {
        <p class="hd-actions">
            <button type="button" class="hd-button hd-button--secondary hd-button--small" on:click=print>
                {text}
            </button>
        </p>
    }
}
