//! An address that does not exist.

use crate::components::page::Page;
use crate::routes;
use crate::state::use_ui;
use leptos::prelude::*;
use leptos_router::components::A;

/// Shown for unknown addresses.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().not_found_title.to_string());
    view! {
        <Page title=title>
            <p>{move || ui.get().not_found_text}</p>
            <p><A href=routes::OVERVIEW>{move || ui.get().nav_overview}</A></p>
        </Page>
    }
}
