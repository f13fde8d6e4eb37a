//! The frame of every screen: its heading, the document title, the date on paper and an
//! error boundary.

use crate::components::glossary::{GlossaryScope, PrintedWords};
use crate::content::{fill, long_date};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// One screen: sets the document title, shows the heading and catches errors in its content.
/// It explains the glossary's words once per screen (`Glossed`) and prints them at its end.
#[component]
pub fn Page(
    /// The screen's heading (also the document title).
    #[prop(into)]
    title: Signal<String>,
    /// The screen's content.
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    let app = use_app();
    provide_context(GlossaryScope::new());
    Effect::new(move || {
        document().set_title(&format!("{} · {}", title.get(), ui.get().app_name));
    });
    view! {
        <h1 class="hd-page__title">{move || title.get()}</h1>
        <p class="hd-print-only hd-print-date">
            {move || fill(ui.get().print_printed_on, &[("date", &long_date(app.lang.get(), app.today))])}
        </p>
        <ErrorBoundary fallback=move |_| view! {
            <div class="hd-alert hd-alert--error" role="alert">
                <p>{move || ui.get().error_route}</p>
                <p><a href="/">{move || ui.get().error_reload}</a></p>
            </div>
        }>
            {children()}
        </ErrorBoundary>
        <PrintedWords/>
    }
}
