//! Help and complaints (`/hulp`): the complaint route in order, each step with its sources.

use crate::components::page::Page;
use crate::components::statement::StatementList;
use crate::content;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The help route.
#[component]
pub fn HelpPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().help_title.to_string());
    view! {
        <Page title=title>
            <p class="hd-lead">{move || ui.get().help_lead}</p>
            <p><A href="/noodstop" attr:class="hd-button hd-button--urgent">{move || ui.get().action_emergency}</A></p>
            <ol class="hd-route">
                {move || content::complaint_route(app.lang.get()).iter().map(|step| view! {
                    <li class="hd-card hd-route__step">
                        <h2>{step.title}</h2>
                        <StatementList items=step.statements/>
                    </li>
                }).collect_view()}
            </ol>
        </Page>
    }
}
