//! The emergency stop (`/noodstop`): urgent help now, and the family manager's contacts.
//!
//! Presented as a request for an urgent conversation: whether an organisation runs its own
//! same-day emergency-stop procedure is not known until its profile says so.

use super::network::role_label;
use crate::components::page::Page;
use crate::content::{self, fill};
use crate::domain::household::PersonRole;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The emergency-stop route.
#[component]
pub fn EmergencyPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().emergency_title.to_string());
    view! {
        <Page title=title>
            <p class="hd-lead">{move || ui.get().emergency_lead}</p>
            <section class="hd-card hd-card--urgent" aria-labelledby="danger-title">
                <h2 id="danger-title">{move || ui.get().emergency_danger_title}</h2>
                <div class="hd-actions">
                    <a class="hd-button hd-button--urgent" href="tel:112">{move || ui.get().emergency_call_112}</a>
                    <a class="hd-button hd-button--secondary" href="tel:08002000">{move || ui.get().emergency_call_veilig_thuis}</a>
                </div>
                <p class="hd-statement__source">{move || ui.get().emergency_numbers_source}</p>
            </section>
            <section class="hd-card" aria-labelledby="manager-title">
                <h2 id="manager-title">{move || ui.get().emergency_manager_title}</h2>
                <p>{move || ui.get().emergency_manager_text}</p>
                {move || {
                    let lang = app.lang.get();
                    let ui = content::ui(lang);
                    app.household.with(|h| {
                        let people: Vec<_> = h.iter()
                            .flat_map(|h| h.organisations.iter())
                            .flat_map(|o| o.people.iter().map(move |p| (o, p)))
                            .filter(|(_, p)| p.until.is_none() && matches!(p.role, PersonRole::LeadFamilyManager | PersonRole::BackupFamilyManager | PersonRole::TeamManager))
                            .map(|(o, p)| (o.name.clone(), p.clone()))
                            .collect();
                        if people.is_empty() {
                            return view! { <p class="hd-muted">{ui.emergency_no_manager}</p> }.into_any();
                        }
                        view! {
                            <ul class="hd-people">
                                {people.into_iter().map(|(org, p)| view! {
                                    <li>
                                        <strong>{p.name.clone()}</strong>" — "{role_label(ui, p.role)}", "{org}
                                        {(!p.phone.is_empty()).then(|| view! {
                                            <div class="hd-contact">
                                                <a class="hd-button hd-button--small" href=format!("tel:{}", p.phone.replace(' ', ""))>
                                                    {fill(ui.network_call, &[("name", &p.name)])}
                                                </a>
                                            </div>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                }}
            </section>
            <section class="hd-card" aria-labelledby="requests-title">
                <h2 id="requests-title">{move || ui.get().emergency_requests_title}</h2>
                {move || {
                    let ui = ui.get();
                    let count = app.household.with(|h| h.as_ref().map_or(0, |h| h.requests.len()));
                    if count == 0 {
                        view! { <p>{ui.emergency_no_requests}</p> }.into_any()
                    } else {
                        view! { <p>{fill(ui.emergency_request_count, &[("count", &count.to_string())])}</p> }.into_any()
                    }
                }}
            </section>
        </Page>
    }
}
