//! First use: the ways in — start with your own situation, look around with the example
//! family, or (a young person on their own phone) start in youth mode without a household.
//! It says which organisation Helder is set up for, and what a family with another one does.

use crate::content::fill;
use crate::domain::example::example_household;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The welcome shown while there is no household on the device.
#[component]
pub fn Welcome() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let load_example = move |_| {
        app.replace(example_household(app.today));
        crate::components::shell::to_top();
    };
    let start_youth = move |_| {
        app.set_youth(true);
        crate::components::shell::to_top();
    };
    let org = move || app.profile.with(|p| p.organisation.name.clone());
    view! {
        <section class="hd-welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">{move || ui.get().welcome_title}</h2>
            <p class="hd-lead">{move || ui.get().welcome_lead}</p>
            <ul class="hd-checklist">
                <li>{move || ui.get().welcome_point_stage}</li>
                <li>{move || ui.get().welcome_point_plan}</li>
                <li>{move || ui.get().welcome_point_help}</li>
            </ul>
            <p class="hd-privacy">
                {move || ui.get().welcome_privacy}" "
                <A href=routes::settings_part("passcode-title")>{move || ui.get().welcome_privacy_link}</A>
            </p>
            <div class="hd-choice">
                <A href=routes::START attr:class="hd-button hd-button--large">{move || ui.get().welcome_start_own}</A>
                <button type="button" class="hd-button hd-button--large hd-button--secondary" on:click=load_example>
                    {move || ui.get().welcome_example}
                </button>
            </div>
            <p class="hd-hint">{move || ui.get().welcome_example_hint}</p>
            <div class="hd-choice">
                <button type="button" class="hd-button hd-button--secondary" on:click=start_youth>
                    {move || ui.get().youth_mode_start_youth}
                </button>
            </div>
            <p class="hd-hint">{move || ui.get().youth_mode_start_youth_hint}</p>
            // No navigation yet on first use: the way to put back a copy (settings).
            <p><A href=routes::settings_part("import-title")>{move || ui.get().welcome_more_restore}</A></p>
            <section class="hd-card hd-setup-org" aria-labelledby="setup-org-title">
                <h2 id="setup-org-title">{move || fill(ui.get().setup_org_for_org, &[("org", &org())])}</h2>
                <p>{move || ui.get().setup_org_other_org}</p>
            </section>
        </section>
    }
}
