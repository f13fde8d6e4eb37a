//! A letter (`/hulp/brief?soort=klacht|bemiddelaar`): a complaint to the commission or a
//! request for an independent mediator, made from the family's answers; editable, and then
//! copied, shared, e-mailed, printed and kept in the family's requests.

use crate::components::letter_actions::LetterActions;
use crate::components::outbox_list::OutboxList;
use crate::components::page::Page;
use crate::content::{fill, long_date, Ui};
use crate::domain::complaint::{
    add_letter, check_letter, letter, older_than_a_year, LetterError, LetterInput, LetterTexts,
};
use crate::domain::date::Date;
use crate::domain::household::{Channel, RequestKind};
use crate::state::{use_app, use_ui};
use crate::store::device;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn error_text(ui: &'static Ui, e: LetterError) -> &'static str {
    match e {
        LetterError::Name => ui.letter_error_name,
        LetterError::WhatHappened => ui.letter_error_what,
        LetterError::DateInFuture => ui.start_error_future,
    }
}

/// The letter route.
#[component]
pub fn LetterPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let query = use_query_map();
    let mediator = move || query.with(|q| q.get("soort")).as_deref() == Some("bemiddelaar");
    let title = Signal::derive(move || {
        if mediator() {
            ui.get().letter_title_mediator
        } else {
            ui.get().letter_title_complaint
        }
        .to_string()
    });
    let name = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let event_date = RwSignal::new(String::new());
    let what = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let wish = RwSignal::new(String::new());
    let had_mediation = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<LetterError>::new());
    let text = RwSignal::new(String::new());
    let note = RwSignal::new(None::<&'static str>);
    let old_event = RwSignal::new(false);

    let org = move || app.profile.with(|p| p.organisation.name.clone());
    let addressee = move || {
        app.profile.with(|p| {
            if mediator() {
                (
                    p.organisation.name.clone(),
                    p.organisation.address.clone(),
                    p.organisation.email.clone(),
                )
            } else {
                let c = &p.complaints_commission;
                (c.name.clone(), c.address.clone(), c.email.clone())
            }
        })
    };

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let lang = app.lang.get_untracked();
        let (to, to_address, _) = addressee();
        let date = Date::parse(event_date.get_untracked().trim()).ok();
        let input = LetterInput {
            name: name.get_untracked(),
            address: address.get_untracked(),
            organisation: org(),
            to,
            to_address,
            event_date: date,
            what_happened: what.get_untracked(),
            person: person.get_untracked(),
            wish: wish.get_untracked(),
            had_mediation: had_mediation.get_untracked(),
        };
        let found = check_letter(&input, app.today);
        errors.set(found.clone());
        if !found.is_empty() {
            return;
        }
        old_event.set(!mediator() && date.is_some_and(|d| older_than_a_year(d, app.today)));
        let texts = LetterTexts {
            to: ui.letter_to,
            date: ui.letter_date,
            subject_label: ui.letter_subject_label,
            subject: if mediator() {
                ui.letter_subject_mediator
            } else {
                ui.letter_subject_complaint
            },
            salutation: if mediator() {
                ui.letter_salutation_mediator
            } else {
                ui.letter_salutation
            },
            opening: if mediator() {
                ui.letter_opening_mediator
            } else {
                ui.letter_opening
            },
            what_happened: ui.letter_what_happened,
            person: ui.letter_person,
            wish: ui.letter_wish,
            mediation_yes: ui.letter_mediation_yes,
            mediation_no: ui.letter_mediation_no,
            closing: if mediator() {
                ui.letter_closing_mediator
            } else {
                ui.letter_closing
            },
            regards: ui.letter_regards,
        };
        let event_text = date
            .map(|d| long_date(lang, d))
            .unwrap_or_else(|| ui.letter_date_unknown.to_string());
        text.set(letter(
            &input,
            &texts,
            &long_date(lang, app.today),
            &event_text,
        ));
        note.set(None);
    };

    let subject = move || {
        let ui = ui.get_untracked();
        fill(
            if mediator() {
                ui.letter_subject_mediator
            } else {
                ui.letter_subject_complaint
            },
            &[("org", &org())],
        )
    };
    let keep = move |_: ()| {
        let (to, _, email) = addressee();
        let channel = if email.is_empty() {
            Channel::Letter { to }
        } else {
            Channel::Email { address: email }
        };
        let kind = if mediator() {
            RequestKind::Mediator
        } else {
            RequestKind::Complaint
        };
        let body = text.get_untracked();
        app.change(|h| {
            add_letter(
                h,
                kind,
                channel,
                subject(),
                body,
                device::random_key(),
                device::now_ms(),
            );
        });
        note.set(Some(ui.get_untracked().letter_kept));
    };
    let field = move |id: &'static str,
                      label: fn(&Ui) -> &'static str,
                      value: RwSignal<String>,
                      rows: u32| {
        view! {
            <div class="hd-field">
                <label for=id>{move || label(ui.get())}</label>
                {if rows == 0 {
                    view! { <input id=id type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/> }.into_any()
                } else {
                    view! { <textarea id=id rows=rows prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea> }.into_any()
                }}
            </div>
        }
    };

    view! {
        <Page title=title>
            <p class="hd-lead">{move || if mediator() { ui.get().letter_lead_mediator } else { ui.get().letter_lead_complaint }}</p>
            <form class="hd-form hd-no-print" on:submit=make novalidate>
                <Show when=move || !errors.with(|e| e.is_empty())>
                    <div class="hd-alert hd-alert--error" role="alert">
                        <ul>{move || errors.get().into_iter().map(|e| view! { <li>{error_text(ui.get(), e)}</li> }).collect_view()}</ul>
                    </div>
                </Show>
                {field("letter-name", |u| u.letter_name, name, 0)}
                {field("letter-address", |u| u.letter_address, address, 0)}
                <div class="hd-field">
                    <label for="letter-date">{move || ui.get().letter_event_date}</label>
                    <input id="letter-date" type="date" max=app.today.to_string()
                        prop:value=move || event_date.get() on:input=move |ev| event_date.set(event_target_value(&ev))/>
                </div>
                {field("letter-what", |u| u.letter_what, what, 5)}
                {field("letter-person", |u| u.letter_person_label, person, 0)}
                {field("letter-wish", |u| u.letter_wish_label, wish, 3)}
                <label class="hd-check">
                    <input type="checkbox" prop:checked=move || had_mediation.get() on:change=move |ev| had_mediation.set(event_target_checked(&ev))/>
                    <span>{move || ui.get().letter_had_mediation}</span>
                </label>
                <button type="submit" class="hd-button">{move || ui.get().letter_make}</button>
            </form>
            <Show when=move || !text.with(|t| t.is_empty())>
                <section class="hd-card" aria-labelledby="letter-result">
                    <h2 id="letter-result" class="hd-no-print">{move || ui.get().letter_result}</h2>
                    <Show when=move || old_event.get()>
                        <p class="hd-alert hd-alert--warning hd-no-print">{move || ui.get().letter_older_than_year}</p>
                    </Show>
                    <div class="hd-field hd-no-print">
                        <label for="letter-text">{move || ui.get().letter_edit}</label>
                        <textarea id="letter-text" rows="18" class="hd-letter"
                            prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </div>
                    <pre class="hd-letter-print">{move || text.get()}</pre>
                    // No address for the commission in the profile: say how the letter can still
                    // go (never "ask your family manager", whom the complaint may be about).
                    <Show when=move || !mediator() && app.profile.with(|p| p.complaints_commission.email.trim().is_empty() && p.complaints_commission.address.trim().is_empty())>
                        <div class="hd-alert hd-alert--info hd-no-print">
                            <p>{move || app.profile.with(|p| fill(ui.get().send_letter_no_address, &[("commission", &p.complaints_commission.name)]))}</p>
                            <ul>
                                <li>{move || ui.get().send_letter_by_post}</li>
                                <li>{move || ui.get().send_letter_by_email}</li>
                                <li>{move || app.profile.with(|p| fill(ui.get().send_letter_adviser, &[("adviser", &p.confidential_adviser.name)]))}</li>
                            </ul>
                        </div>
                    </Show>
                    <LetterActions text subject=Signal::derive(subject) email=Signal::derive(move || addressee().2)
                        on_keep=Callback::new(keep) note/>
                </section>
            </Show>
            <div class="hd-no-print"><OutboxList/></div>
        </Page>
    }
}
