//! The web of organisations (`/netwerk`): the family in the middle, its organisations on the
//! voluntary side, the judge's side and the independent side, the lines between them, the
//! continuity warnings and a contact list; `/netwerk?org=<id>` opens one organisation.
//! The web and the contact list print on one A4 page.

mod partner_web;

use crate::components::keyed::keyed_all;
use crate::components::labels::role_label;
use crate::components::network_warnings::NetworkWarnings;
use crate::components::org_detail::OrgDetail;
use crate::components::page::Page;
use crate::components::print_button::PrintButton;
use crate::content::{self, Lang};
use crate::domain::household::Person;
use crate::domain::network::{active_on, add_organisation};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use partner_web::{web_legend, web_list, web_picture};

/// One line of the contact list: a person with their organisation's name.
#[derive(Clone, PartialEq)]
struct ContactRow {
    org: String,
    person: Person,
}

/// Everyone still involved who has a phone number or e-mail address, per organisation
/// (keyed: a change redraws only the people it touches).
#[component]
fn ContactList() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let today = app.today;
    let rows = Memo::new(move |_| {
        app.household.with(|h| {
            h.iter()
                .flat_map(|h| h.organisations.iter())
                .flat_map(|o| {
                    o.people
                        .iter()
                        .filter(move |p| {
                            active_on(p, today) && (!p.phone.is_empty() || !p.email.is_empty())
                        })
                        .map(move |p| ContactRow {
                            org: o.name.clone(),
                            person: p.clone(),
                        })
                })
                .collect::<Vec<_>>()
        })
    });
    let row = |r: &ContactRow, lang: Lang| {
        let ui = content::ui(lang);
        let p = &r.person;
        view! {
            <li>
                <p><strong>{p.name.clone()}</strong>" — "{role_label(ui, p.role)}", "{r.org.clone()}</p>
                <p class="hd-contacts__ways">
                    {(!p.phone.is_empty()).then(|| view! {
                        <a class="hd-phone" href=crate::domain::links::tel(&p.phone).ok()>{p.phone.clone()}</a>
                    })}
                    {(!p.phone.is_empty() && !p.email.is_empty()).then_some(" · ")}
                    {(!p.email.is_empty()).then(|| view! {
                        <a href=crate::domain::links::mail_to(&p.email).ok()>{p.email.clone()}</a>
                    })}
                </p>
            </li>
        }
        .into_any()
    };
    view! {
        <section class="hd-card hd-contacts" aria-labelledby="contacts-title">
            <h2 id="contacts-title">{move || ui.get().network_contacts_title}</h2>
            <Show when=move || rows.with(Vec::is_empty)>
                <p>{move || ui.get().network_contacts_none}</p>
            </Show>
            <ul class="hd-contacts__list">{keyed_all(rows, |r| r.person.id.clone(), row)}</ul>
        </section>
    }
}

/// Adding an organisation from the catalogue.
#[component]
fn AddOrganisation() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let kind = RwSignal::new("jeugdbescherming".to_string());
    let name = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let k = kind.get_untracked();
        let fallback = content::partner(lang, &k).map(|p| p.name).unwrap_or("");
        let mut id = String::new();
        app.change(|h| id = add_organisation(h, &k, &name.get_untracked(), fallback));
        name.set(String::new());
        navigate(&routes::organisation(&id), Default::default());
    };
    view! {
        <form class="hd-form hd-card hd-no-print" on:submit=submit>
            <h2>{move || ui.get().network_add_org_title}</h2>
            <div class="hd-field">
                <label for="org-kind">{move || ui.get().network_add_org_kind}</label>
                <select id="org-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {move || content::partners(app.lang.get()).iter().map(|p| view! {
                        <option value=p.id selected=move || kind.with(|k| k == p.id)>{p.name}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="hd-field">
                <label for="org-name-new">{move || ui.get().network_add_org_name}</label>
                <input id="org-name-new" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="hd-button">{move || ui.get().network_add_org_save}</button>
        </form>
    }
}

/// "Add a person" on Who is who: choose the organisation, then its form opens (in view, with
/// the cursor in the first field).
#[component]
fn AddPerson() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let chosen = RwSignal::new(String::new());
    let orgs = Memo::new(move |_| {
        app.household.with(|h| {
            h.as_ref()
                .map(|h| {
                    h.organisations
                        .iter()
                        .map(|o| (o.id.clone(), o.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let orgs = move || orgs.get();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        let id = if id.is_empty() {
            orgs().first().map(|(id, _)| id.clone()).unwrap_or_default()
        } else {
            id
        };
        if !id.is_empty() {
            navigate(&routes::new_person(&id), Default::default());
        }
    };
    view! {
        <section class="hd-card hd-no-print" aria-labelledby="add-person-title">
            <h2 id="add-person-title">{move || ui.get().network_add_person}</h2>
            <Show when=move || !orgs().is_empty() fallback=move || view! { <p>{move || ui.get().people_no_org}</p> }>
                <form class="hd-form" on:submit=submit.clone()>
                    <div class="hd-field">
                        <label for="add-person-org">{move || ui.get().people_org}</label>
                        <select id="add-person-org" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {move || orgs().into_iter().map(|(id, name)| {
                                let value = id.clone();
                                view! { <option value=value selected=move || chosen.with(|c| c == &id)>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="hd-button">{move || ui.get().people_go}</button>
                </form>
            </Show>
        </section>
    }
}

/// The network route.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let query = use_query_map();
    let selected = Memo::new(move |_| query.with(|q| q.get("org")));
    let add_person = move || query.with_untracked(|q| q.get("nieuw").as_deref() == Some("persoon"));
    let title = Signal::derive(move || ui.get().network_title.to_string());
    let has_household = move || app.household.with(|h| h.is_some());
    let exists = move |id: &str| {
        app.household
            .with(|h| h.as_ref().is_some_and(|h| h.organisation(id).is_some()))
    };
    // A memo, so that saving an edit (which changes the household) does not rebuild the open
    // organisation and lose its forms, messages and focus.
    let shown = Memo::new(move |_| selected.get().filter(|id| exists(id)));
    // Came from the emergency form to add a person: the way back, with what was typed kept.
    let from_emergency = crate::store::outbox::has_draft();
    view! {
        <Page title=title>
            {from_emergency.then(|| view! {
                <p class="hd-alert hd-alert--info"><A href=routes::EMERGENCY>{move || ui.get().send_back_to_form}</A></p>
            })}
            <Show when=has_household fallback=move || view! {
                <p>{move || ui.get().empty_no_household}</p>
                <p><A href=routes::OVERVIEW>{move || ui.get().empty_to_start}</A></p>
            }>
                {move || match shown.get() {
                    Some(id) => view! { <OrgDetail id=id add=add_person()/> }.into_any(),
                    None => view! {
                        <p class="hd-lead">{move || ui.get().network_lead}</p>
                        <NetworkWarnings/>
                        <AddPerson/>
                        {move || {
                            let lang = app.lang.get();
                            let ui = content::ui(lang);
                            app.household.with(|h| h.as_ref().map(|h| view! {
                                <section class="hd-web-section" aria-labelledby="web-title">
                                    <h2 id="web-title">{ui.network_web_title}</h2>
                                    <p class="hd-hint hd-no-print">{ui.network_web_hint}</p>
                                    {h.organisations.is_empty().then(|| view! { <p>{ui.network_none}</p> })}
                                    {web_picture(h, lang)}
                                    {web_list(h, lang)}
                                    {web_legend(lang)}
                                </section>
                            }))
                        }}
                        <ContactList/>
                        <div class="hd-no-print"><PrintButton/></div>
                        <AddOrganisation/>
                    }.into_any(),
                }}
            </Show>
        </Page>
    }
}
