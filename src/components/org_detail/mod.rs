//! One organisation in the family's web: its role and powers from the catalogue, its people
//! (add, change, remove, a new family manager with the history kept), the plan entries it
//! supplied, its lines to others, how to reach it, where to complain, the family's notes, and
//! removing it (asking what to do with the plan's sources that cite it).

mod people;

use crate::components::glossary::Glossed;
use crate::components::keyed::keyed_all;
use crate::components::statement::StatementList;
use crate::content::{self, fill, plural, Lang};
use crate::domain::household::{Household, Organisation};
use crate::domain::network::{
    relations_of, remove_organisation, supplied_by, CitedSources, RelationKind, Supplied, FAMILY,
};
use crate::domain::profile::Contact;
use crate::routes;
use crate::state::{use_app, use_ui};
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

/// The organisation as the page reads it: one memo, so the sections below read narrower
/// memos of it instead of each copying the organisation out of the household.
type Org = Memo<Option<Organisation>>;

/// The page of one organisation: sections that each read a memo of just their data, so a
/// change (a saved note, a person added) redraws only the section it touches.
#[component]
pub fn OrgDetail(
    /// The organisation id.
    id: String,
    /// Open with the form to add a person (from "add a person" on Who is who).
    #[prop(optional)]
    add: bool,
) -> impl IntoView {
    let app = use_app();
    let org_id = StoredValue::new(id);
    let org: Org = Memo::new(move |_| {
        app.household.with(|h| {
            h.as_ref()
                .and_then(|h| h.organisation(&org_id.get_value()).cloned())
        })
    });
    let name = Memo::new(move |_| org.with(|o| o.as_ref().map(|o| o.name.clone())));
    let kind = Memo::new(move |_| org.with(|o| o.as_ref().map(|o| o.kind.clone())));
    view! {
        <article class="hd-org" aria-labelledby="org-name">
            <Header name=name kind=kind/>
            <people::People org_id=org_id org=org add=add/>
            <SuppliedEntries org_id=org_id/>
            <section class="hd-card">
                <Relations kind=kind/>
                <ContactAndComplaint name=name kind=kind/>
            </section>
            <Note org_id=org_id/>
            <Remove org_id=org_id name=name/>
        </article>
    }
}

/// The name (focused on arrival) and what the catalogue says the organisation is and may do.
#[component]
fn Header(name: Memo<Option<String>>, kind: Memo<Option<String>>) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let name = name.get()?;
        let p = kind.with(|k| k.as_deref().and_then(|k| content::partner(lang, k)));
        Some(view! {
            <p class="hd-no-print"><A href=routes::NETWORK>{ui.network_back}</A></p>
            <h2 id="org-name" class="hd-org__name" tabindex="-1" node_ref=heading>{name}</h2>
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
        })
    }
}

/// A key for a supplied entry: its kind and id (a goal's support by its goal).
fn supplied_key(s: &Supplied) -> String {
    match s {
        Supplied::Positive(id, _) => format!("p-{id}"),
        Supplied::Concern(id, _) => format!("c-{id}"),
        Supplied::Support(id, _, _) => format!("s-{id}"),
        Supplied::Decision(id, _) => format!("d-{id}"),
    }
}

/// The plan entries that cite this organisation.
fn supplied_memo(org_id: StoredValue<String>) -> Memo<Vec<Supplied>> {
    let app = use_app();
    Memo::new(move |_| {
        app.household.with(|h| {
            h.as_ref()
                .map(|h| supplied_by(h, &org_id.get_value()))
                .unwrap_or_default()
        })
    })
}

/// The plan entries the organisation supplied.
#[component]
fn SuppliedEntries(org_id: StoredValue<String>) -> impl IntoView {
    let ui = use_ui();
    let list = supplied_memo(org_id);
    let entry = |s: &Supplied, lang: Lang| {
        let ui = content::ui(lang);
        let (tag, text) = match s {
            Supplied::Positive(_, t) => (ui.network_supplied_positive.to_string(), t),
            Supplied::Concern(_, t) => (ui.network_supplied_concern.to_string(), t),
            Supplied::Support(_, goal, t) => {
                (fill(ui.network_supplied_support, &[("goal", goal)]), t)
            }
            Supplied::Decision(_, t) => (ui.network_supplied_decision.to_string(), t),
        };
        view! { <li><span class="hd-tag hd-tag--plain">{tag}</span>" "{text.clone()}</li> }
            .into_any()
    };
    view! {
        <section class="hd-card hd-supplied" aria-labelledby="supplied-title">
            <h3 id="supplied-title">{move || ui.get().network_supplied}</h3>
            <Show when=move || list.with(Vec::is_empty)>
                <p>{move || ui.get().network_supplied_none}</p>
            </Show>
            <ul class="hd-supplied__list">{keyed_all(list, supplied_key, entry)}</ul>
            <p class="hd-no-print"><A href=routes::PLAN>{move || ui.get().overview_to_plan}</A></p>
        </section>
    }
}

/// Its lines to other organisations, as sentences (key, sentence, source).
#[component]
fn Relations(kind: Memo<Option<String>>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let lines = Memo::new(move |_| {
        let lang = app.lang.get();
        let Some(kind) = kind.get() else {
            return Vec::new();
        };
        app.household.with(|h| {
            let Some(h) = h.as_ref() else {
                return Vec::new();
            };
            relations_of(&kind)
                .into_iter()
                .map(|r| {
                    (
                        format!("{}-{:?}-{}", r.from, r.kind, r.to),
                        relation_sentence(
                            lang,
                            r.kind,
                            &kind_name(h, lang, r.from),
                            &kind_name(h, lang, r.to),
                        ),
                        r.source,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let line = |(_, sentence, source): &(String, String, &'static str), _: Lang| {
        view! {
            <li>
                {sentence.clone()}
                " "<span class="hd-statement__source">"("{*source}")"</span>
            </li>
        }
        .into_any()
    };
    view! {
        <Show when=move || kind.with(Option::is_some)>
            <h3>{move || ui.get().network_relations}</h3>
            <Show when=move || lines.with(Vec::is_empty)>
                <p>{move || ui.get().network_relations_none}</p>
            </Show>
            <ul class="hd-org__relations">{keyed_all(lines, |l| l.0.clone(), line)}</ul>
        </Show>
    }
}

/// How to reach it (from the catalogue and the organisation profile) and where to complain.
#[component]
fn ContactAndComplaint(name: Memo<Option<String>>, kind: Memo<Option<String>>) -> impl IntoView {
    let app = use_app();
    let from_profile = Memo::new(move |_| {
        let (Some(kind), Some(name)) = (kind.get(), name.get()) else {
            return None;
        };
        app.profile.with(|pr| profile_contact(&kind, &name, pr))
    });
    move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let p = kind.with(|k| k.as_deref().and_then(|k| content::partner(lang, k)))?;
        Some(view! {
            <h3>{ui.network_contact}</h3>
            {(!p.contact.is_empty()).then(|| view! { <StatementList items=p.contact/> })}
            {from_profile.get().map(|c| view! {
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
    }
}

/// The family's own note about the organisation.
#[component]
fn Note(org_id: StoredValue<String>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    // Read once, untracked: the note field keeps what the user types while the household
    // changes.
    let initial_note = app.household.with_untracked(|h| {
        h.as_ref()
            .and_then(|h| h.organisation(&org_id.get_value()))
            .map(|o| o.note.clone())
            .unwrap_or_default()
    });
    let note = RwSignal::new(initial_note);
    let note_saved = RwSignal::new(false);
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
    view! {
        <form class="hd-comment hd-no-print" on:submit=save_note>
            <label for="org-note">{move || ui.get().network_note}</label>
            <textarea id="org-note" rows="3" prop:value=move || note.get()
                on:input=move |ev| { note_saved.set(false); note.set(event_target_value(&ev)); }></textarea>
            <button type="submit" class="hd-button hd-button--small">{move || ui.get().network_save_note}</button>
            <Show when=move || note_saved.get()>
                <span class="hd-saved" role="status">{move || ui.get().saved}</span>
            </Show>
        </form>
    }
}

/// Removing the organisation, asking what to do with the plan's sources that cite it.
#[component]
fn Remove(org_id: StoredValue<String>, name: Memo<Option<String>>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let removing = RwSignal::new(false);
    let cited_choice = RwSignal::new(CitedSources::KeepAsText);
    let cited = supplied_memo(org_id);
    let cited_count = Memo::new(move |_| cited.with(Vec::len));
    let the_name = move || name.get().unwrap_or_default();
    let remove_now = move |_| {
        let oid = org_id.get_value();
        let name = name.get_untracked().unwrap_or_default();
        let choice = cited_choice.get_untracked();
        // Undoable: removing rewrites the plan's entries that cite it. The undo notice says
        // what was removed, with the way back.
        let message = fill(ui.get_untracked().network_removed, &[("name", &name)]);
        let _ = app.try_change(message, |h| {
            remove_organisation(h, &oid, choice);
            Ok::<(), ()>(())
        });
        navigate(routes::NETWORK, Default::default());
    };
    view! {
        <div class="hd-org__remove hd-no-print">
            <Show when=move || removing.get() fallback=move || view! {
                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| removing.set(true)>{move || ui.get().network_remove_org}</button>
            }>
                <div class="hd-alert hd-alert--warning" role="alertdialog" aria-labelledby="remove-org-q">
                    <p id="remove-org-q"><strong>{move || fill(ui.get().network_remove_org_confirm, &[("name", &the_name())])}</strong></p>
                    <Show when=move || { cited_count.get() > 0 }>
                        <fieldset class="hd-fieldset">
                            <legend>{move || fill(plural(cited_count.get() as u64, ui.get().network_remove_org_cited_one, ui.get().network_remove_org_cited_other), &[("count", &cited_count.get().to_string()), ("name", &the_name())])}</legend>
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
