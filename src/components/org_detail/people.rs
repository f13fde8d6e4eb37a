//! The people of one organisation, their forms, and the history of its family managers.

use super::{mail_to, tel};
use crate::components::keyed::keyed_all;
use crate::components::labels::role_label;
use crate::components::person_form::{PersonForm, PersonFormMode};
use crate::content::{self, fill, long_date, Lang};
use crate::domain::household::{Organisation, Person, PersonRole};
use crate::domain::network::{manager_history, remove_person, ManagerSpell};
use crate::state::{use_app, use_ui};
use leptos::html;
use leptos::prelude::*;

/// The people (keyed; each redraws only when it changes), their forms, and, at a youth
/// protection organisation, the change of family manager with its history.
#[component]
pub(super) fn People(
    org_id: StoredValue<String>,
    org: Memo<Option<Organisation>>,
    add: bool,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let adding = RwSignal::new(add);
    let editing = RwSignal::new(None::<String>);
    let changing = RwSignal::new(false);
    let removing_person = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    // Active people first, then those who stopped (newest first within each).
    let people = Memo::new(move |_| {
        let mut list = org.with(|o| o.as_ref().map(|o| o.people.clone()).unwrap_or_default());
        list.sort_by(|a, b| {
            a.until
                .is_some()
                .cmp(&b.until.is_some())
                .then(b.since.cmp(&a.since))
        });
        list
    });
    // After saving, the list of people (with the new person) and the message are in view.
    let people_ref = NodeRef::<html::Section>::new();
    let done = Callback::new(move |message: String| {
        adding.set(false);
        editing.set(None);
        changing.set(false);
        status.set(message);
        request_animation_frame(move || {
            if let Some(section) = people_ref.get_untracked() {
                section.scroll_into_view();
            }
        });
    });
    let cancel = Callback::new(move |_| {
        adding.set(false);
        editing.set(None);
        changing.set(false);
    });
    let today = app.today;
    let person = move |p: &Person, lang: Lang| {
        let ui = content::ui(lang);
        let (pid, pid2) = (p.id.clone(), p.id.clone());
        let stopped = p.until.is_some_and(|u| u < today);
        view! {
            <li class="hd-person" class:hd-person--stopped=stopped>
                <p class="hd-person__name">
                    <strong>{p.name.clone()}</strong>" — "{role_label(ui, p.role)}
                    {stopped.then(|| view! { " " <span class="hd-tag hd-tag--plain">{ui.network_stopped}</span> })}
                </p>
                <p class="hd-muted">
                    {p.since.map(|d| fill(ui.network_since, &[("date", &long_date(lang, d))]))}
                    {p.until.map(|d| format!(" · {}", fill(ui.network_until, &[("date", &long_date(lang, d))])))}
                </p>
                {(!stopped).then(|| view! {
                    <div class="hd-contact">
                        {(!p.phone.is_empty()).then(|| view! {
                            <a class="hd-button hd-button--small hd-button--secondary" href=tel(&p.phone)>{fill(ui.network_call, &[("name", &p.name)])}</a>
                        })}
                        {(!p.email.is_empty()).then(|| view! {
                            <a class="hd-button hd-button--small hd-button--secondary" href=mail_to(&p.email)>{fill(ui.network_email, &[("name", &p.name)])}</a>
                        })}
                    </div>
                })}
                <div class="hd-person__edit hd-no-print">
                    <button type="button" class="hd-button hd-button--small hd-button--secondary"
                        on:click=move |_| { adding.set(false); changing.set(false); editing.set(Some(pid.clone())); }>
                        {fill(ui.network_edit_person, &[("name", &p.name)])}
                    </button>
                    <button type="button" class="hd-button hd-button--small hd-button--secondary"
                        on:click=move |_| removing_person.set(Some(pid2.clone()))>
                        {fill(ui.network_remove_person, &[("name", &p.name)])}
                    </button>
                </div>
            </li>
        }
        .into_any()
    };
    let confirm_person = move || {
        let pid = removing_person.get()?;
        let ui = ui.get();
        let name = people.with(|list| list.iter().find(|p| p.id == pid).map(|p| p.name.clone()))?;
        Some(view! {
            <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby="remove-person-q">
                <p id="remove-person-q"><strong>{fill(ui.network_remove_person_confirm, &[("name", &name)])}</strong></p>
                <div class="hd-actions">
                    <button type="button" class="hd-button" on:click=move |_| {
                        let pid = pid.clone();
                        // Undoable, and the undo notice says what was removed.
                        let message = fill(ui.network_removed, &[("name", &name)]);
                        let _ = app.try_change(message, |h| { remove_person(h, &pid); Ok::<(), ()>(()) });
                        removing_person.set(None);
                    }>{ui.network_remove_person_yes}</button>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| removing_person.set(None)>{ui.network_remove_no}</button>
                </div>
            </div>
        })
    };
    let is_protection = Memo::new(move |_| {
        org.with(|o| {
            o.as_ref().is_some_and(|o| {
                o.kind == "jeugdbescherming"
                    || o.people.iter().any(|p| {
                        matches!(
                            p.role,
                            PersonRole::LeadFamilyManager | PersonRole::BackupFamilyManager
                        )
                    })
            })
        })
    });
    let has_lead = Memo::new(move |_| {
        people.with(|list| {
            list.iter().any(|p| {
                p.role == PersonRole::LeadFamilyManager && p.until.is_none_or(|u| u >= today)
            })
        })
    });
    let open_change = move |_| {
        editing.set(None);
        adding.set(false);
        changing.set(true);
    };
    view! {
        <section class="hd-card hd-org__people" aria-labelledby="people-title" node_ref=people_ref>
            <h3 id="people-title">{move || ui.get().network_people}</h3>
            <p class="hd-saved" role="status">{move || status.get()}</p>
            <Show when=move || people.with(Vec::is_empty)>
                <p>{move || ui.get().network_people_none}</p>
            </Show>
            <ul class="hd-people">{keyed_all(people, |p| p.id.clone(), person)}</ul>
            {confirm_person}
            <Show when=move || editing.get().is_some()>
                {move || editing.get().map(|pid| view! {
                    <PersonForm org=org_id.get_value() mode=PersonFormMode::Edit(pid) done=done cancel=cancel/>
                })}
            </Show>
            <Show when=move || adding.get() fallback=move || view! {
                <div class="hd-actions hd-no-print">
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| { editing.set(None); changing.set(false); adding.set(true); }>
                        {move || ui.get().network_add_person}
                    </button>
                </div>
            }>
                <PersonForm org=org_id.get_value() mode=PersonFormMode::Add done=done cancel=cancel/>
            </Show>
        </section>
        <Show when=move || is_protection.get()>
            <Show when=move || has_lead.get() fallback=move || view! {
                // No family manager yet: adding the first one is an addition, not a change.
                <section class="hd-card" aria-labelledby="first-lead-title">
                    <h3 id="first-lead-title">{move || ui.get().people_first_title}</h3>
                    <History org_id=org_id/>
                    <Show when=move || changing.get() fallback=move || view! {
                        <div class="hd-actions hd-no-print">
                            <button type="button" class="hd-button" on:click=open_change>
                                {move || ui.get().people_first_open}
                            </button>
                        </div>
                    }>
                        <PersonForm org=org_id.get_value() mode=PersonFormMode::FirstLead done=done cancel=cancel/>
                    </Show>
                </section>
            }>
                <section class="hd-card" aria-labelledby="change-title">
                    <h3 id="change-title">{move || ui.get().network_change_title}</h3>
                    <History org_id=org_id/>
                    <Show when=move || changing.get() fallback=move || view! {
                        <div class="hd-actions hd-no-print">
                            <button type="button" class="hd-button hd-button--secondary" on:click=open_change>
                                {move || ui.get().network_change_open}
                            </button>
                        </div>
                    }>
                        <PersonForm org=org_id.get_value() mode=PersonFormMode::ChangeLead done=done cancel=cancel/>
                    </Show>
                </section>
            </Show>
        </Show>
    }
}

/// The organisation's family managers over time (kept when one is replaced).
#[component]
fn History(org_id: StoredValue<String>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let spells = Memo::new(move |_| {
        let oid = org_id.get_value();
        app.household.with(|h| {
            h.as_ref()
                .map(|h| {
                    manager_history(h)
                        .into_iter()
                        .filter(|s| s.organisation == oid)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let spell = |s: &ManagerSpell, lang: Lang| {
        let ui = content::ui(lang);
        let from = s.since.map(|d| long_date(lang, d));
        let when = match (from, s.until) {
            (Some(f), Some(u)) => fill(
                ui.network_history_from_to,
                &[("from", &f), ("to", &long_date(lang, u))],
            ),
            (Some(f), None) => fill(ui.network_history_from, &[("from", &f)]),
            (None, Some(u)) => format!(
                "{} · {}",
                ui.network_history_unknown,
                fill(ui.network_until, &[("date", &long_date(lang, u))])
            ),
            (None, None) => ui.network_history_unknown.to_string(),
        };
        view! { <li><strong>{s.name.clone()}</strong>" — "{role_label(ui, s.role)}" · "{when}</li> }
            .into_any()
    };
    view! {
        <Show when=move || spells.with(|s| !s.is_empty())>
            <section class="hd-history" aria-labelledby="history-title">
                <h3 id="history-title">{move || ui.get().network_history_title}</h3>
                <ol class="hd-history__list">{keyed_all(spells, |s| s.person.clone(), spell)}</ol>
            </section>
        </Show>
    }
}
