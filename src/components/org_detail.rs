//! One organisation in the family's web: its role and powers from the catalogue, its people
//! (add, change, remove, a new family manager with the history kept), the plan entries it
//! supplied, its lines to others, how to reach it, where to complain, the family's notes, and
//! removing it (asking what to do with the plan's sources that cite it).

use crate::components::glossary::Glossed;
use crate::components::labels::role_label;
use crate::components::person_form::{PersonForm, PersonFormMode};
use crate::components::statement::StatementList;
use crate::content::{self, fill, long_date, plural, Lang};
use crate::domain::household::{Household, Organisation, PersonRole};
use crate::domain::network::{
    manager_history, relations_of, remove_organisation, remove_person, supplied_by, CitedSources,
    RelationKind, Supplied, FAMILY,
};
use crate::domain::profile::Contact;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// A name for a catalogue id: the family's own organisation of that kind, else the catalogue's.
fn kind_name(h: &Household, lang: Lang, kind: &str) -> String {
    if kind == FAMILY {
        return content::ui(lang).network_family.to_string();
    }
    h.organisations
        .iter()
        .find(|o| o.kind == kind)
        .map(|o| o.name.clone())
        .or_else(|| content::partner(lang, kind).map(|p| p.name.to_string()))
        .unwrap_or_else(|| kind.to_string())
}

/// A relation as a whole sentence, from a template per language (the word order differs).
pub fn relation_sentence(lang: Lang, kind: RelationKind, from: &str, to: &str) -> String {
    let ui = content::ui(lang);
    let template = match kind {
        RelationKind::Reports => ui.relation_reports,
        RelationKind::Asks => ui.relation_asks,
        RelationKind::Decides => ui.relation_decides,
        RelationKind::Complaint => ui.relation_complaint,
        RelationKind::Appeal => ui.relation_appeal,
    };
    fill(template, &[("from", from), ("to", to)])
}

fn profile_contact(kind: &str, name: &str, p: &crate::domain::profile::Profile) -> Option<Contact> {
    use crate::domain::public_contacts::{
        or_public, reachable, JEUGDSTEM, KINDEROMBUDSMAN, NATIONALE_OMBUDSMAN,
    };
    let name = name.to_lowercase();
    let c = match kind {
        "jeugdbescherming" => p.organisation.clone(),
        "klachtencommissie" => p.complaints_commission.clone(),
        // Independent help always has a public way to reach it, also with an empty profile.
        "vertrouwenspersoon" => or_public(&p.confidential_adviser, &JEUGDSTEM),
        // Which ombudsman depends on the organisation a complaint is about: only show the
        // contact of the one the family named.
        "ombudsman" if name.contains("kinder") => {
            or_public(&p.children_ombudsman, &KINDEROMBUDSMAN)
        }
        "ombudsman" if name.contains("nationale") => {
            or_public(&p.national_ombudsman, &NATIONALE_OMBUDSMAN)
        }
        _ => return None,
    };
    reachable(&c).then_some(c)
}

/// `tel:` address of a number as written (none when it is not a phone number).
fn tel(phone: &str) -> Option<String> {
    crate::domain::links::tel(phone).ok()
}

/// `mailto:` address of an e-mail address (none when it is not a plain address).
fn mail_to(address: &str) -> Option<String> {
    crate::domain::links::mail_to(address).ok()
}

/// The page of one organisation.
#[component]
pub fn OrgDetail(
    /// The organisation id.
    id: String,
    /// Open with the form to add a person (from "add a person" on Who is who).
    #[prop(optional)]
    add: bool,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let adding = RwSignal::new(add);
    let editing = RwSignal::new(None::<String>);
    let changing = RwSignal::new(false);
    let removing_person = RwSignal::new(None::<String>);
    let removing = RwSignal::new(false);
    let cited_choice = RwSignal::new(CitedSources::KeepAsText);
    let status = RwSignal::new(String::new());
    let heading = NodeRef::<html::H2>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let org_id = StoredValue::new(id.clone());
    let org = move || {
        app.household.with(|h| {
            h.as_ref()
                .and_then(|h| h.organisation(&org_id.get_value()).cloned())
        })
    };
    // Read once, untracked: the note field keeps what the user types while the household
    // changes; the rest of the page follows the household through its own closures.
    let initial_note = app.household.with_untracked(|h| {
        h.as_ref()
            .and_then(|h| h.organisation(&org_id.get_value()))
            .map(|o| o.note.clone())
            .unwrap_or_default()
    });
    let note = RwSignal::new(initial_note);
    let note_saved = RwSignal::new(false);

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

    let header = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        org().map(|o| {
            let p = content::partner(lang, &o.kind);
            view! {
                <p class="hd-no-print"><A href=routes::NETWORK>{ui.network_back}</A></p>
                <h2 id="org-name" class="hd-org__name" tabindex="-1" node_ref=heading>{o.name.clone()}</h2>
                {p.map(|p| view! {
                    <p class="hd-org__kind"><strong>{p.name}</strong>": "<Glossed text=p.role/></p>
                    <h3>{ui.network_what}</h3>
                    <p><Glossed text=p.does/></p>
                    <h3>{ui.network_meet}</h3>
                    <p><Glossed text=p.meet/></p>
                    <h3>{ui.network_may}</h3>
                    {if p.may_decide.is_empty() {
                        view! { <p class="hd-muted">{ui.network_may_none}</p> }.into_any()
                    } else {
                        view! { <StatementList items=p.may_decide/> }.into_any()
                    }}
                    <h3>{ui.network_may_not}</h3>
                    <StatementList items=p.may_not_decide/>
                })}
            }
        })
    };

    let people = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        org().map(|o: Organisation| {
            let mut list = o.people.clone();
            // Active people first, then those who stopped (newest first within each).
            list.sort_by(|a, b| a.until.is_some().cmp(&b.until.is_some()).then(b.since.cmp(&a.since)));
            view! {
                {list.is_empty().then(|| view! { <p>{ui.network_people_none}</p> })}
                <ul class="hd-people">
                    {list.into_iter().map(|p| {
                        let pid = p.id.clone();
                        let pid2 = p.id.clone();
                        let stopped = p.until.is_some_and(|u| u < app.today);
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
                    }).collect_view()}
                </ul>
            }
        })
    };

    let confirm_person = move || {
        let pid = removing_person.get()?;
        let ui = ui.get();
        let name = app.household.with(|h| {
            h.as_ref()?
                .organisations
                .iter()
                .flat_map(|o| o.people.iter())
                .find(|p| p.id == pid)
                .map(|p| p.name.clone())
        })?;
        Some(view! {
            <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby="remove-person-q">
                <p id="remove-person-q"><strong>{fill(ui.network_remove_person_confirm, &[("name", &name)])}</strong></p>
                <div class="hd-actions">
                    <button type="button" class="hd-button" on:click=move |_| {
                        let pid = pid.clone();
                        app.change(|h| { remove_person(h, &pid); });
                        removing_person.set(None);
                        status.set(fill(ui.network_removed, &[("name", &name)]));
                    }>{ui.network_remove_person_yes}</button>
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| removing_person.set(None)>{ui.network_remove_no}</button>
                </div>
            </div>
        })
    };

    let is_protection = move || {
        org().is_some_and(|o| {
            o.kind == "jeugdbescherming"
                || o.people.iter().any(|p| {
                    matches!(
                        p.role,
                        PersonRole::LeadFamilyManager | PersonRole::BackupFamilyManager
                    )
                })
        })
    };

    let has_lead = move || {
        org().is_some_and(|o| {
            o.people.iter().any(|p| {
                p.role == PersonRole::LeadFamilyManager && p.until.is_none_or(|u| u >= app.today)
            })
        })
    };

    let history = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let oid = org_id.get_value();
        app.household.with(|h| {
            let h = h.as_ref()?;
            let list: Vec<_> = manager_history(h).into_iter().filter(|s| s.organisation == oid).collect();
            (!list.is_empty()).then(|| view! {
                <section class="hd-history" aria-labelledby="history-title">
                    <h3 id="history-title">{ui.network_history_title}</h3>
                    <ol class="hd-history__list">
                        {list.into_iter().map(|s| {
                            let from = s.since.map(|d| long_date(lang, d));
                            let when = match (from, s.until) {
                                (Some(f), Some(u)) => fill(ui.network_history_from_to, &[("from", &f), ("to", &long_date(lang, u))]),
                                (Some(f), None) => fill(ui.network_history_from, &[("from", &f)]),
                                (None, Some(u)) => format!("{} · {}", ui.network_history_unknown, fill(ui.network_until, &[("date", &long_date(lang, u))])),
                                (None, None) => ui.network_history_unknown.to_string(),
                            };
                            view! { <li><strong>{s.name}</strong>" — "{role_label(ui, s.role)}" · "{when}</li> }
                        }).collect_view()}
                    </ol>
                </section>
            })
        })
    };

    let supplied = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let oid = org_id.get_value();
        app.household.with(|h| {
            let h = h.as_ref()?;
            let list = supplied_by(h, &oid);
            Some(view! {
                <section class="hd-card hd-supplied" aria-labelledby="supplied-title">
                    <h3 id="supplied-title">{ui.network_supplied}</h3>
                    {list.is_empty().then(|| view! { <p>{ui.network_supplied_none}</p> })}
                    <ul class="hd-supplied__list">
                        {list.into_iter().map(|s| {
                            let (tag, text) = match s {
                                Supplied::Positive(_, t) => (ui.network_supplied_positive.to_string(), t),
                                Supplied::Concern(_, t) => (ui.network_supplied_concern.to_string(), t),
                                Supplied::Support(_, goal, t) => (fill(ui.network_supplied_support, &[("goal", &goal)]), t),
                                Supplied::Decision(_, t) => (ui.network_supplied_decision.to_string(), t),
                            };
                            view! { <li><span class="hd-tag hd-tag--plain">{tag}</span>" "{text}</li> }
                        }).collect_view()}
                    </ul>
                    <p class="hd-no-print"><A href=routes::PLAN>{ui.overview_to_plan}</A></p>
                </section>
            })
        })
    };

    let relations = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        app.household.with(|h| {
            let h = h.as_ref()?;
            let o = h.organisation(&org_id.get_value())?;
            let rels = relations_of(&o.kind);
            Some(view! {
                <h3>{ui.network_relations}</h3>
                {rels.is_empty().then(|| view! { <p>{ui.network_relations_none}</p> })}
                <ul class="hd-org__relations">
                    {rels.into_iter().map(|r| view! {
                        <li>
                            {relation_sentence(lang, r.kind, &kind_name(h, lang, r.from), &kind_name(h, lang, r.to))}
                            " "<span class="hd-statement__source">"("{r.source}")"</span>
                        </li>
                    }).collect_view()}
                </ul>
            })
        })
    };

    let contact_and_complaint = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let o = org()?;
        let p = content::partner(lang, &o.kind)?;
        let from_profile = app.profile.with(|pr| profile_contact(&o.kind, &o.name, pr));
        Some(view! {
            <h3>{ui.network_contact}</h3>
            {(!p.contact.is_empty()).then(|| view! { <StatementList items=p.contact/> })}
            {from_profile.map(|c| view! {
                <div class="hd-contact">
                    {(!c.phone.is_empty()).then(|| view! { <a class="hd-button hd-button--small hd-button--secondary" href=tel(&c.phone)>{format!("{} {}", ui.contact_call, c.phone)}</a> })}
                    {(!c.email.is_empty()).then(|| view! { <a class="hd-button hd-button--small hd-button--secondary" href=mail_to(&c.email)>{format!("{} {}", ui.contact_email, c.email)}</a> })}
                    {(!c.website.is_empty()).then(|| view! { <a class="hd-button hd-button--small hd-button--secondary" href=c.website.clone() rel="noreferrer">{ui.contact_website}</a> })}
                </div>
            })}
            <p class="hd-hint">{ui.network_contact_from_profile}</p>
            <h3>{ui.network_complain}</h3>
            {if p.complain.is_empty() {
                view! { <p>{ui.network_complain_unknown}</p> }.into_any()
            } else {
                view! { <StatementList items=p.complain/> }.into_any()
            }}
            <p class="hd-no-print"><A href=routes::HELP>{ui.action_complaint}</A></p>
        })
    };

    let save_note = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = note.get_untracked().trim().to_string();
        let oid = org_id.get_value();
        app.change(|h| {
            if let Some(o) = h.organisations.iter_mut().find(|o| o.id == oid) {
                o.note = text;
            }
        });
        note_saved.set(true);
    };

    let cited_count = move || {
        app.household.with(|h| {
            h.as_ref()
                .map(|h| supplied_by(h, &org_id.get_value()).len())
                .unwrap_or(0)
        })
    };
    let remove_now = move |_| {
        let oid = org_id.get_value();
        let name = org().map(|o| o.name).unwrap_or_default();
        let choice = cited_choice.get_untracked();
        app.change(|h| {
            remove_organisation(h, &oid, choice);
        });
        let message = fill(ui.get_untracked().network_removed, &[("name", &name)]);
        navigate(&routes::organisation_removed(&message), Default::default());
    };

    view! {
        <article class="hd-org" aria-labelledby="org-name">
            {header}
            <section class="hd-card hd-org__people" aria-labelledby="people-title" node_ref=people_ref>
                <h3 id="people-title">{move || ui.get().network_people}</h3>
                <p class="hd-saved" role="status">{move || status.get()}</p>
                {people}
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
            <Show when=is_protection>
                <Show when=has_lead fallback=move || view! {
                    // No family manager yet: adding the first one is an addition, not a change.
                    <section class="hd-card" aria-labelledby="first-lead-title">
                        <h3 id="first-lead-title">{move || ui.get().people_first_title}</h3>
                        {history}
                        <Show when=move || changing.get() fallback=move || view! {
                            <div class="hd-actions hd-no-print">
                                <button type="button" class="hd-button" on:click=move |_| { editing.set(None); adding.set(false); changing.set(true); }>
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
                        {history}
                        <Show when=move || changing.get() fallback=move || view! {
                            <div class="hd-actions hd-no-print">
                                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| { editing.set(None); adding.set(false); changing.set(true); }>
                                    {move || ui.get().network_change_open}
                                </button>
                            </div>
                        }>
                            <PersonForm org=org_id.get_value() mode=PersonFormMode::ChangeLead done=done cancel=cancel/>
                        </Show>
                    </section>
                </Show>
            </Show>
            {supplied}
            <section class="hd-card">
                {relations}
                {contact_and_complaint}
            </section>
            <form class="hd-comment hd-no-print" on:submit=save_note>
                <label for="org-note">{move || ui.get().network_note}</label>
                <textarea id="org-note" rows="3" prop:value=move || note.get()
                    on:input=move |ev| { note_saved.set(false); note.set(event_target_value(&ev)); }></textarea>
                <button type="submit" class="hd-button hd-button--small">{move || ui.get().network_save_note}</button>
                <Show when=move || note_saved.get()>
                    <span class="hd-saved" role="status">{move || ui.get().saved}</span>
                </Show>
            </form>
            <div class="hd-org__remove hd-no-print">
                <Show when=move || removing.get() fallback=move || view! {
                    <button type="button" class="hd-button hd-button--secondary" on:click=move |_| removing.set(true)>{move || ui.get().network_remove_org}</button>
                }>
                    <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby="remove-org-q">
                        <p id="remove-org-q"><strong>{move || fill(ui.get().network_remove_org_confirm, &[("name", &org().map(|o| o.name).unwrap_or_default())])}</strong></p>
                        <Show when=move || { cited_count() > 0 }>
                            <fieldset class="hd-fieldset">
                                <legend>{move || fill(plural(cited_count() as u64, ui.get().network_remove_org_cited_one, ui.get().network_remove_org_cited_other), &[("count", &cited_count().to_string()), ("name", &org().map(|o| o.name).unwrap_or_default())])}</legend>
                                <label class="hd-radio"><input type="radio" name="cited" prop:checked=move || cited_choice.get() == CitedSources::KeepAsText on:change=move |_| cited_choice.set(CitedSources::KeepAsText)/><span>{move || ui.get().network_remove_keep_text}</span></label>
                                <label class="hd-radio"><input type="radio" name="cited" prop:checked=move || cited_choice.get() == CitedSources::RemoveLink on:change=move |_| cited_choice.set(CitedSources::RemoveLink)/><span>{move || ui.get().network_remove_unlink}</span></label>
                            </fieldset>
                        </Show>
                        <div class="hd-actions">
                            <button type="button" class="hd-button" on:click=remove_now.clone()>{move || ui.get().network_remove_yes}</button>
                            <button type="button" class="hd-button hd-button--secondary" on:click=move |_| removing.set(false)>{move || ui.get().network_remove_no}</button>
                        </div>
                    </div>
                </Show>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_read_as_sentences_in_both_languages() {
        assert_eq!(
            relation_sentence(
                Lang::Nl,
                RelationKind::Complaint,
                "Jeugdbescherming",
                "Klachtencommissie"
            ),
            "Een klacht over Jeugdbescherming gaat naar Klachtencommissie."
        );
        assert_eq!(
            relation_sentence(
                Lang::En,
                RelationKind::Complaint,
                "Jeugdbescherming",
                "Complaints commission"
            ),
            "A complaint about Jeugdbescherming goes to Complaints commission."
        );
        assert_eq!(
            relation_sentence(Lang::Nl, RelationKind::Asks, "Jeugdbescherming", "Raad voor de Kinderbescherming"),
            "Jeugdbescherming vraagt Raad voor de Kinderbescherming om een beslissing of onderzoek."
        );
        for lang in [Lang::Nl, Lang::En] {
            for kind in [
                RelationKind::Reports,
                RelationKind::Asks,
                RelationKind::Decides,
                RelationKind::Complaint,
                RelationKind::Appeal,
            ] {
                let s = relation_sentence(lang, kind, "A", "B");
                assert!(
                    s.contains('A') && s.contains('B') && s.ends_with('.'),
                    "{s}"
                );
                assert!(!s.contains('{'), "{s}");
            }
        }
    }
}
