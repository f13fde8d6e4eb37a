//! The web of organisations (`/netwerk`): who is involved, their role and their people.
//!
//! For now a structured list (the screen-reader equivalent of the picture to come).

use crate::components::page::Page;
use crate::content::{self, fill, long_date, Ui};
use crate::domain::household::PersonRole;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The word for a person's role.
pub fn role_label(ui: &'static Ui, role: PersonRole) -> &'static str {
    match role {
        PersonRole::LeadFamilyManager => ui.role_lead,
        PersonRole::BackupFamilyManager => ui.role_backup,
        PersonRole::TeamManager => ui.role_team_manager,
        PersonRole::Worker => ui.role_worker,
        PersonRole::Lawyer => ui.role_lawyer,
        PersonRole::Other => ui.role_other,
    }
}

/// The network route.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().network_title.to_string());
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                app.household.with(|h| {
                    let Some(h) = h else {
                        return view! {
                            <p>{ui.empty_no_household}</p>
                            <p><A href="/">{ui.empty_to_start}</A></p>
                        }.into_any();
                    };
                    view! {
                        <p class="hd-lead">{ui.network_lead}</p>
                        {h.organisations.is_empty().then(|| view! { <p>{ui.network_none}</p> })}
                        <ul class="hd-list">
                            {h.organisations.iter().map(|o| {
                                let partner = content::partner(lang, &o.kind);
                                view! {
                                    <li class="hd-card hd-org">
                                        <h2>{o.name.clone()}</h2>
                                        {partner.map(|p| view! { <p class="hd-muted">{p.name}": "{p.role}</p> })}
                                        {(!o.people.is_empty()).then(|| view! {
                                            <ul class="hd-people">
                                                {o.people.iter().map(|p| view! {
                                                    <li>
                                                        <strong>{p.name.clone()}</strong>" — "{role_label(ui, p.role)}
                                                        {p.since.map(|d| view! { <span class="hd-muted">" · "{fill(ui.network_since, &[("date", &long_date(lang, d))])}</span> })}
                                                        <div class="hd-contact">
                                                            {(!p.phone.is_empty()).then(|| view! {
                                                                <a class="hd-button hd-button--small hd-button--secondary" href=format!("tel:{}", p.phone.replace(' ', ""))>
                                                                    {fill(ui.network_call, &[("name", &p.name)])}
                                                                </a>
                                                            })}
                                                            {(!p.email.is_empty()).then(|| view! {
                                                                <a class="hd-button hd-button--small hd-button--secondary" href=format!("mailto:{}", p.email)>
                                                                    {fill(ui.network_email, &[("name", &p.name)])}
                                                                </a>
                                                            })}
                                                        </div>
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }}
        </Page>
    }
}
