//! Help and complaints (`/hulp`): the complaint route in order, each step with its sources.

mod complaint_finder;

use crate::components::contact_card::ContactCard;
use crate::components::later::Later;
use crate::components::page::Page;
use crate::components::profile_problem::ProfileProblem;
use crate::components::statement::StatementList;
use crate::content::{self, fill};
use crate::domain::complaint::mediation_enough;
use crate::routes;
use crate::state::{use_app, use_ui};
use complaint_finder::ComplaintFinder;
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
            <p><A href=routes::EMERGENCY attr:class="hd-button hd-button--urgent">{move || ui.get().action_emergency}</A></p>
            <ProfileProblem/>
            {move || {
                let enough = app.household.with(|h| h.as_ref().map(mediation_enough).unwrap_or_default());
                enough.into_iter().map(|(topic, count)| view! {
                    <p class="hd-alert hd-alert--warning" role="status">
                        {fill(ui.get().help_mediation_enough, &[("count", &count.to_string()), ("topic", &topic)])}
                    </p>
                }).collect_view()
            }}
            <ComplaintFinder/>
            <section class="hd-card" aria-labelledby="court-link-title">
                <h2 id="court-link-title">{move || ui.get().court_title}</h2>
                <p>{move || ui.get().court_lead}</p>
                <p><A href=routes::COURT attr:class="hd-button hd-button--secondary">{move || ui.get().court_open_short}</A></p>
            </section>
            // Below the fold: drawn after the first paint (components/later.rs).
            <Later>
            <section class="hd-card" aria-labelledby="contacts-title">
                <h2 id="contacts-title">{move || ui.get().help_contacts}</h2>
                <ul class="hd-list">
                    <ContactCard role=Signal::derive(move || ui.get().help_commission) contact=Signal::derive(move || app.profile.with(|p| p.complaints_commission.clone()))/>
                    <ContactCard role=Signal::derive(move || ui.get().help_adviser) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.confidential_adviser, &crate::domain::public_contacts::JEUGDSTEM)))/>
                    <ContactCard role=Signal::derive(move || ui.get().help_ombudsman_children) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.children_ombudsman, &crate::domain::public_contacts::KINDEROMBUDSMAN)))/>
                    <ContactCard role=Signal::derive(move || ui.get().help_ombudsman_national) contact=Signal::derive(move || app.profile.with(|p| crate::domain::public_contacts::or_public(&p.national_ombudsman, &crate::domain::public_contacts::NATIONALE_OMBUDSMAN)))/>
                    {move || app.profile.with(|p| (!p.municipal_ombudsman.name.is_empty()).then(|| p.municipal_ombudsman.clone())).map(|c| view! { <ContactCard role=Signal::derive(move || ui.get().help_ombudsman_municipal) contact=Signal::derive(move || c.clone())/> })}
                </ul>
            </section>
            <ol class="hd-route">
                {move || content::complaint_route(app.lang.get()).iter().map(|step| view! {
                    <li class="hd-card hd-route__step">
                        <h2>{step.title}</h2>
                        <StatementList items=step.statements/>
                    </li>
                }).collect_view()}
            </ol>
            </Later>
        </Page>
    }
}
