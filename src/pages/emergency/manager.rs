//! The family manager's contacts on the emergency-stop screen, and the organisation's own
//! emergency number, to call when sending is not possible or not enough.

use crate::components::labels::role_label;
use crate::content::{self, fill};
use crate::domain::household::PersonRole;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The family manager's contacts, to call when sending is not possible or not enough.
#[component]
pub(super) fn ManagerContacts() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    view! {
        <section class="hd-card" aria-labelledby="manager-title">
            <h2 id="manager-title">{move || ui.get().emergency_manager_title}</h2>
            <p>{move || ui.get().emergency_manager_text}</p>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let hours = app.profile.with(|p| p.emergency_stop.hours.clone());
                let phone = app.profile.with(|p| p.emergency_stop.phone.clone());
                let people: Vec<_> = app.household.with(|h| {
                    h.iter()
                        .flat_map(|h| h.organisations.iter())
                        .flat_map(|o| o.people.iter().map(move |p| (o, p)))
                        .filter(|(_, p)| p.until.is_none() && matches!(p.role, PersonRole::LeadFamilyManager | PersonRole::BackupFamilyManager | PersonRole::TeamManager))
                        .map(|(o, p)| (o.name.clone(), p.clone()))
                        .collect()
                });
                view! {
                    {(!phone.is_empty()).then(|| view! {
                        <p>
                            <a class="hd-button hd-button--secondary" href=crate::domain::links::tel(&phone).ok()>{fill(ui.stop_call_line, &[("number", &phone)])}</a>
                            {(!hours.is_empty()).then(|| view! { " " <span class="hd-muted">{hours.clone()}</span> })}
                        </p>
                    })}
                    {if people.is_empty() {
                        view! { <p class="hd-muted">{ui.emergency_no_manager}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="hd-people">
                                {people.into_iter().map(|(org, p)| view! {
                                    <li>
                                        <strong>{p.name.clone()}</strong>" — "{role_label(ui, p.role)}", "{org}
                                        {(!p.phone.is_empty()).then(|| view! {
                                            <div class="hd-contact">
                                                <a class="hd-button hd-button--small hd-button--secondary" href=crate::domain::links::tel(&p.phone).ok()>
                                                    {fill(ui.network_call, &[("name", &p.name)])}
                                                </a>
                                            </div>
                                        })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            }}
        </section>
    }
}
