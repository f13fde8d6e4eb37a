//! The frame of every screen: its heading, the document title, the date on paper and an
//! error boundary.

use crate::components::glossary::{GlossaryScope, PrintedWords};
use crate::content::{fill, long_date};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The tab's title for a screen: the name of the part of Helder it belongs to (as in the
/// menu), never a heading, which can hold a family's or a child's name. The title ends up in
/// the browser's history, the tab switcher and synced history, where quick exit cannot reach.
pub fn neutral_title(path: &str, ui: &crate::content::Ui) -> String {
    let part = |prefix: &str| path == prefix || path.starts_with(&format!("{prefix}/"));
    let name = if part(routes::FRAMEWORK) {
        ui.nav_framework
    } else if part(routes::PLAN) {
        ui.nav_plan
    } else if part(routes::NETWORK) {
        ui.nav_network
    } else if part(routes::HELP) {
        ui.nav_help
    } else if part(routes::EMERGENCY) {
        ui.nav_emergency
    } else if part(routes::RIGHTS) {
        ui.nav_rights
    } else if part(routes::SETTINGS) {
        ui.nav_settings
    } else {
        return ui.app_name.to_string();
    };
    format!("{name} · {}", ui.app_name)
}

/// One screen: sets the document title, shows the heading and catches errors in its content.
/// It explains the glossary's words once per screen (`Glossed`) and prints them at its end.
#[component]
pub fn Page(
    /// The screen's heading (the document title is the neutral name of its part of Helder).
    #[prop(into)]
    title: Signal<String>,
    /// The screen's content.
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    let app = use_app();
    let location = leptos_router::hooks::use_location();
    provide_context(GlossaryScope::new());
    Effect::new(move || {
        document().set_title(&neutral_title(&location.pathname.get(), ui.get()));
    });
    view! {
        <h1 class="hd-page__title">{move || title.get()}</h1>
        <p class="hd-print-only hd-print-date">
            {move || fill(ui.get().print_printed_on, &[("date", &long_date(app.lang.get(), app.today))])}
        </p>
        <ErrorBoundary fallback=move |_| view! {
            <div class="hd-alert hd-alert--error" role="alert">
                <p>{move || ui.get().error_route}</p>
                <p><a href=routes::OVERVIEW>{move || ui.get().error_reload}</a></p>
            </div>
        }>
            {children()}
        </ErrorBoundary>
        <PrintedWords/>
    }
}
