//! First use: two ways in — look around with the example family, or start with your own.

use crate::domain::example::example_household;
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
                <A href="/instellingen#passcode-title">{move || ui.get().welcome_privacy_link}</A>
            </p>
            <div class="hd-choice">
                <A href="/start" attr:class="hd-button hd-button--large">{move || ui.get().welcome_start_own}</A>
                <button type="button" class="hd-button hd-button--large hd-button--secondary" on:click=load_example>
                    {move || ui.get().welcome_example}
                </button>
            </div>
            <p class="hd-hint">{move || ui.get().welcome_example_hint}</p>
        </section>
    }
}
