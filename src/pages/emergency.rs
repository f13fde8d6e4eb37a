//! The emergency stop (`/noodstop`): ask today for an urgent conversation. The form is always
//! offered. With the organisation's own channel (an endpoint), the request waits in the
//! outbox on the device until it is delivered; without one, the family sends it from their
//! own phone (e-mail or SMS) to the people in their network who can act, and says when it
//! went. A sent request has a same-day follow-up (docs/emergency.md).
//!
//! Whether the organisation runs its own same-day emergency-stop procedure is only said when
//! its profile says so; otherwise this is a request for an urgent conversation.

use crate::components::follow_up_card::{recipient_role, FollowUpCard};
use crate::components::labels::role_label;
use crate::components::outbox_list::OutboxList;
use crate::components::page::Page;
use crate::components::profile_problem::ProfileProblem;
use crate::content::{self, fill, long_date, Ui};
use crate::domain::date::Date;
use crate::domain::emergency::{
    add_request, addresses, check, choose_channel, default_choice, message_text, recipients,
    send_link, sms_text, EmergencyDraft, FormError, MessageLabels, SendProblem, Way,
};
use crate::domain::household::{
    Channel, Delivery, EmergencyStop, PersonRole, Recipient, Request, RequestKind, Trouble, Via,
};
use crate::domain::links;
use crate::domain::outbox::{confirm_sent_by_family, handed_over};
use crate::state::{use_app, use_ui};
use crate::store::{device, outbox};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const TROUBLES: [Trouble; 6] = [
    Trouble::NotHeard,
    Trouble::Pressured,
    Trouble::Untrue,
    Trouble::DecidedWithoutMe,
    Trouble::ChildSafety,
    Trouble::Other,
];

/// The words for what went wrong.
pub fn trouble_label(ui: &'static Ui, trouble: Trouble) -> &'static str {
    match trouble {
        Trouble::NotHeard => ui.stop_trouble_not_heard,
        Trouble::Pressured => ui.stop_trouble_pressured,
        Trouble::Untrue => ui.stop_trouble_untrue,
        Trouble::DecidedWithoutMe => ui.stop_trouble_decided,
        Trouble::ChildSafety => ui.stop_trouble_child_safety,
        Trouble::Other => ui.stop_trouble_other,
    }
}

fn error_text(ui: &'static Ui, error: FormError) -> &'static str {
    match error {
        FormError::NothingWrong => ui.stop_error_nothing,
        FormError::TooLong => ui.stop_error_too_long,
        FormError::Phone => ui.stop_error_phone,
        FormError::DateInFuture => ui.start_error_future,
        FormError::Consent => ui.stop_error_consent,
    }
}

/// Opens the phone's own app for the organisation's own e-mail, SMS or phone channel.
fn open_app(channel: &Channel, subject: &str, body: &str) {
    let href = match channel {
        Channel::Email { address } => links::mailto(&[address], subject, body),
        Channel::Sms { number } => links::sms(&[number], body),
        Channel::Phone { number } => links::tel(number),
        Channel::Endpoint { .. } | Channel::Letter { .. } | Channel::Network => return,
    };
    if let (Some(window), Ok(href)) = (web_sys::window(), href) {
        let _ = window.location().set_href(&href);
    }
}

/// The labels of the message, in the current language (a young person's own intro).
fn labels(ui: &'static Ui, from_youth: bool) -> MessageLabels<'static> {
    MessageLabels {
        intro: if from_youth {
            ui.stop_msg_intro_youth
        } else {
            ui.stop_msg_intro
        },
        conversation: ui.stop_msg_conversation,
        what_went_wrong: ui.stop_msg_what,
        details: ui.stop_msg_details,
        need_today: ui.stop_msg_need,
        call_back: ui.stop_msg_call_back,
        reachable: ui.stop_msg_reachable,
        note: ui.send_msg_note,
    }
}

/// The emergency-stop route.
#[component]
pub fn EmergencyPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().emergency_title.to_string());
    let offered = move || app.profile.with(|p| p.emergency_stop.offered);
    view! {
        <Page title=title>
            <p class="hd-lead">{move || if offered() {
                fill(ui.get().stop_lead_offered, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])
            } else {
                ui.get().emergency_lead.to_string()
            }}</p>
            <p class="hd-alert hd-alert--info">{move || ui.get().emergency_not_a_pause}</p>
            <ProfileProblem/>
            <section class="hd-card hd-card--urgent" aria-labelledby="danger-title">
                <h2 id="danger-title">{move || ui.get().emergency_danger_title}</h2>
                <div class="hd-actions">
                    <a class="hd-button hd-button--urgent" href="tel:112">{move || ui.get().emergency_call_112}</a>
                    <a class="hd-button hd-button--secondary" href="tel:08002000">{move || ui.get().emergency_call_veilig_thuis}</a>
                </div>
                <p class="hd-statement__source">{move || {
                    let lang = app.lang.get();
                    let n = content::note(lang, "emergency-numbers");
                    format!("{} {}", n.text, fill(ui.get().source_line, &[("source", n.source), ("date", &content::checked_date(lang, n.checked))]))
                }}</p>
            </section>
            <Show when=move || app.household.with(|h| h.is_some())>
                <FollowUpCard/>
                <SendPanels/>
                <EmergencyForm/>
                <OutboxList/>
            </Show>
            <ManagerContacts/>
        </Page>
    }
}

/// The short form. With the organisation's endpoint the request goes into the outbox; with
/// its e-mail, SMS or phone the phone's app opens; without a channel the request waits as
/// "not sent yet" for the family to send it from their own phone (`SendPanels`).
#[component]
fn EmergencyForm() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let query = use_query_map();
    let meetings = move || {
        app.household.with(|h| {
            let mut list: Vec<(String, Date, String)> = h
                .iter()
                .flat_map(|h| h.plan.meetings.iter())
                .map(|m| (m.id.clone(), m.date, m.attendees.join(", ")))
                .collect();
            list.sort_by_key(|m| std::cmp::Reverse(m.1));
            list
        })
    };
    let preselected = query
        .with_untracked(|q| q.get("gesprek"))
        .filter(|id| meetings().iter().any(|m| &m.0 == id));
    let date_of = move |id: &str| meetings().into_iter().find(|m| m.0 == id).map(|m| m.1);
    // What was typed before the family went to add a person in Who is who.
    let kept = outbox::take_draft().unwrap_or_else(|| EmergencyDraft {
        meeting: preselected.clone().unwrap_or_default(),
        date: preselected
            .as_deref()
            .and_then(date_of)
            .unwrap_or(app.today)
            .to_string(),
        from_youth: app.youth.get_untracked(),
        ..EmergencyDraft::default()
    });
    let meeting = RwSignal::new(kept.meeting);
    let date = RwSignal::new(kept.date);
    let troubles = RwSignal::new(kept.troubles);
    let details = RwSignal::new(kept.details);
    let need = RwSignal::new(kept.need);
    let from_youth = RwSignal::new(kept.from_youth);
    let name = RwSignal::new(kept.name);
    let phone = RwSignal::new(kept.phone);
    let reachable = RwSignal::new(kept.reachable);
    let consent = RwSignal::new(kept.consent);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let sent = RwSignal::new(false);
    // Nothing typed is lost when the family leaves the form (to add a person in Who is who,
    // or anywhere else): what they wrote is kept in memory until it is sent.
    Effect::new(move || {
        let draft = EmergencyDraft {
            meeting: meeting.get(),
            date: date.get(),
            troubles: troubles.get(),
            details: details.get(),
            need: need.get(),
            from_youth: from_youth.get(),
            name: name.get(),
            phone: phone.get(),
            reachable: reachable.get(),
            consent: consent.get(),
        };
        let typed = !draft.troubles.is_empty()
            || !draft.details.trim().is_empty()
            || !draft.need.trim().is_empty();
        if typed {
            outbox::keep_draft(draft);
        } else {
            outbox::take_draft();
        }
    });
    // The organisation's channel, or the family's own phone.
    let channel = move || {
        app.profile
            .with(|p| choose_channel(&p.emergency_stop))
            .unwrap_or(Channel::Network)
    };
    let own_phone = move || channel() == Channel::Network;
    // Nobody in Who is who with an e-mail address or phone number to send to.
    let nobody = move || {
        let list = app.household.with(|h| {
            h.as_ref()
                .map(|h| {
                    app.profile
                        .with(|p| recipients(h, &p.confidential_adviser, app.today))
                })
                .unwrap_or_default()
        });
        addresses(&list, Way::Email).0.is_empty() && addresses(&list, Way::Sms).0.is_empty()
    };
    let has = move |e: FormError| errors.with(|list| list.contains(&e));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let channel = channel();
        let conversation_date = Date::parse(date.get_untracked().trim()).unwrap_or(app.today);
        let form = EmergencyStop {
            meeting: Some(meeting.get_untracked()).filter(|m| !m.is_empty()),
            conversation_date,
            troubles: troubles.get_untracked(),
            details: details.get_untracked(),
            need_today: need.get_untracked(),
            from_youth: from_youth.get_untracked(),
            name: name.get_untracked(),
            phone: phone.get_untracked(),
            reachable: reachable.get_untracked(),
        };
        let found = check(&form, consent.get_untracked(), app.today);
        errors.set(found.clone());
        if !found.is_empty() {
            // Move to the list of problems once it is drawn, as the GOV.UK error summary does.
            set_timeout(
                || {
                    use wasm_bindgen::JsCast;
                    let summary = document().get_element_by_id("stop-errors");
                    if let Some(el) =
                        summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = el.focus();
                        el.scroll_into_view();
                    }
                },
                std::time::Duration::ZERO,
            );
            return;
        }
        let words = |t: Trouble| trouble_label(ui, t);
        let body = message_text(&form, &labels(ui, form.from_youth), &words);
        let subject = ui.stop_msg_subject.to_string();
        let organisation = app.profile.with_untracked(|p| p.organisation.name.clone());
        let now = device::now_ms();
        let mut new_id = String::new();
        app.change(|h| {
            new_id = add_request(
                h,
                form,
                channel.clone(),
                subject.clone(),
                body.clone(),
                device::random_key(),
                now,
                &organisation,
            );
        });
        match channel {
            Channel::Endpoint { .. } => crate::state::outbox::pump(app),
            Channel::Network => {}
            _ => {
                app.change(|h| {
                    if let Some(r) = h.requests.iter_mut().find(|r| r.id == new_id) {
                        handed_over(r, now);
                    }
                });
                open_app(&channel, &subject, &body);
            }
        }
        sent.set(true);
        troubles.set(vec![]);
        details.set(String::new());
        need.set(String::new());
        consent.set(false);
        crate::components::shell::to_top();
    };

    let field_error = move |e: FormError, id: &'static str| {
        view! {
            <Show when=move || has(e)>
                <p class="hd-field__error" id=id>{move || error_text(ui.get(), e)}</p>
            </Show>
        }
    };

    view! {
        <section class="hd-card" aria-labelledby="stop-form-title">
            <h2 id="stop-form-title">{move || ui.get().stop_form_title}</h2>
            <p>{move || ui.get().send_what_it_is}</p>
            <Show when=move || sent.get()>
                <p class="hd-alert hd-alert--success" role="status">{move || if own_phone() { ui.get().send_added } else { ui.get().stop_added }}</p>
            </Show>
            <Show when=move || own_phone()>
                <p class="hd-alert hd-alert--info">{move || fill(if from_youth.get() { ui.get().send_no_channel_youth } else { ui.get().send_no_channel }, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])}</p>
            </Show>
            <Show when=move || own_phone() && nobody()>
                <div class="hd-alert hd-alert--info" id="stop-add-person">
                    <p>{move || if from_youth.get() { ui.get().send_nobody_youth } else { ui.get().send_nobody }}</p>
                    <p><a href="/netwerk?terug=noodstop">{move || ui.get().send_add_person}</a></p>
                </div>
            </Show>
            <Show when=move || !errors.with(|e| e.is_empty())>
                <div class="hd-alert hd-alert--error" id="stop-errors" tabindex="-1" role="alert">
                    <h3>{move || ui.get().stop_errors_title}</h3>
                    <ul>{move || errors.get().into_iter().map(|e| view! { <li>{error_text(ui.get(), e)}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <form class="hd-form" on:submit=submit novalidate>
                <fieldset class="hd-fieldset">
                    <legend>{move || ui.get().stop_who}</legend>
                    <label class="hd-radio"><input type="radio" name="who" prop:checked=move || !from_youth.get() on:change=move |_| from_youth.set(false)/><span>{move || ui.get().stop_who_parent}</span></label>
                    <label class="hd-radio"><input type="radio" name="who" prop:checked=move || from_youth.get() on:change=move |_| from_youth.set(true)/><span>{move || ui.get().stop_who_youth}</span></label>
                </fieldset>
                <div class="hd-field">
                    <label for="stop-meeting">{move || ui.get().stop_meeting}</label>
                    <select id="stop-meeting" on:change=move |ev| {
                        let id = event_target_value(&ev);
                        if let Some(d) = date_of(&id) { date.set(d.to_string()); }
                        meeting.set(id);
                    }>
                        <option value="" selected=move || meeting.with(|m| m.is_empty())>{move || ui.get().stop_meeting_other}</option>
                        {move || {
                            let lang = app.lang.get();
                            meetings().into_iter().map(|(id, d, who)| {
                                let value = id.clone();
                                view! { <option value=value selected=move || meeting.with(|m| *m == id)>{format!("{} — {}", long_date(lang, d), who)}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <div class="hd-field">
                    <label for="stop-date">{move || ui.get().stop_date}</label>
                    {field_error(FormError::DateInFuture, "stop-date-error")}
                    <input id="stop-date" type="date" max=app.today.to_string()
                        aria-invalid=move || has(FormError::DateInFuture).to_string()
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <fieldset class="hd-fieldset" aria-describedby="stop-what-hint">
                    <legend>{move || ui.get().stop_what}</legend>
                    <p class="hd-hint" id="stop-what-hint">{move || ui.get().stop_what_hint}</p>
                    {field_error(FormError::NothingWrong, "stop-what-error")}
                    {TROUBLES.map(|t| view! {
                        <label class="hd-check">
                            <input type="checkbox"
                                prop:checked=move || troubles.with(|list| list.contains(&t))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    troubles.update(|list| { list.retain(|x| *x != t); if on { list.push(t); } });
                                }/>
                            <span>{move || trouble_label(ui.get(), t)}</span>
                        </label>
                    })}
                </fieldset>
                <div class="hd-field">
                    <label for="stop-details">{move || ui.get().stop_details}</label>
                    {field_error(FormError::TooLong, "stop-details-error")}
                    <textarea id="stop-details" rows="4" maxlength="2000"
                        prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
                </div>
                <div class="hd-field">
                    <label for="stop-need">{move || ui.get().stop_need}</label>
                    <p class="hd-hint" id="stop-need-hint">{move || ui.get().stop_need_hint}</p>
                    <textarea id="stop-need" rows="2" maxlength="2000" aria-describedby="stop-need-hint"
                        prop:value=move || need.get() on:input=move |ev| need.set(event_target_value(&ev))></textarea>
                </div>
                <div class="hd-field">
                    <label for="stop-name">{move || ui.get().stop_name}</label>
                    <input id="stop-name" type="text" autocomplete="name"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="hd-field">
                    <label for="stop-phone">{move || ui.get().stop_phone}</label>
                    {field_error(FormError::Phone, "stop-phone-error")}
                    <input id="stop-phone" type="tel" autocomplete="tel" inputmode="tel"
                        aria-invalid=move || has(FormError::Phone).to_string()
                        prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
                </div>
                <div class="hd-field">
                    <label for="stop-reachable">{move || ui.get().stop_reachable}</label>
                    <input id="stop-reachable" type="text"
                        prop:value=move || reachable.get() on:input=move |ev| reachable.set(event_target_value(&ev))/>
                </div>
                {field_error(FormError::Consent, "stop-consent-error")}
                <label class="hd-check">
                    <input type="checkbox" prop:checked=move || consent.get() on:change=move |ev| consent.set(event_target_checked(&ev))/>
                    <span>{move || if own_phone() {
                        ui.get().send_consent.to_string()
                    } else {
                        fill(ui.get().stop_consent, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])
                    }}</span>
                </label>
                <Show when=move || from_youth.get()>
                    <p class="hd-hint">{move || ui.get().send_shared_phone_youth}</p>
                </Show>
                <p class="hd-hint">{move || if own_phone() { ui.get().send_hint } else { ui.get().stop_outbox_hint }}</p>
                <button type="submit" class="hd-button hd-button--urgent hd-button--large">
                    {move || match channel() {
                        Channel::Email { .. } => ui.get().stop_send_email,
                        Channel::Sms { .. } => ui.get().stop_send_sms,
                        Channel::Phone { .. } => ui.get().stop_send_phone,
                        Channel::Network => ui.get().send_submit,
                        _ => ui.get().stop_send,
                    }}
                </button>
            </form>
        </section>
    }
}

/// Every emergency request the family still has to send from their own phone, each with its
/// choice of people and the links that open the phone's e-mail or SMS app.
#[component]
fn SendPanels() -> impl IntoView {
    let app = use_app();
    // Redrawn only when the list of unsent requests changes, so a choice being made is kept.
    let waiting = Memo::new(move |_| {
        app.household.with(|h| {
            h.iter()
                .flat_map(|h| h.requests.iter())
                .filter(|r| {
                    r.kind == RequestKind::EmergencyStop
                        && r.channel == Channel::Network
                        && matches!(r.delivery, Delivery::Draft | Delivery::HandedOver { .. })
                })
                .map(|r| (r.id.clone(), r.key.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        waiting
            .get()
            .into_iter()
            .filter_map(|(id, key)| {
                app.household.with_untracked(|h| {
                    h.iter()
                        .flat_map(|h| h.requests.iter())
                        .find(|r| r.id == id && r.key == key)
                        .cloned()
                })
            })
            .map(|request| view! { <SendPanel request/> })
            .collect_view()
    }
}

fn problem_text(ui: &'static Ui, problem: &SendProblem, way: Way) -> String {
    match (problem, way) {
        (SendProblem::NoneChosen, _) => ui.send_problem_none_chosen.to_string(),
        (SendProblem::NoAddress, Way::Email) => ui.send_problem_no_email.to_string(),
        (SendProblem::NoAddress, Way::Sms) => ui.send_problem_no_phone.to_string(),
        (SendProblem::Malformed(name), Way::Email) => {
            fill(ui.send_problem_bad_email, &[("name", name)])
        }
        (SendProblem::Malformed(name), Way::Sms) => {
            fill(ui.send_problem_bad_phone, &[("name", name)])
        }
        (SendProblem::Missing(name), Way::Email) => {
            fill(ui.send_problem_missing_email, &[("name", name)])
        }
        (SendProblem::Missing(name), Way::Sms) => {
            fill(ui.send_problem_missing_phone, &[("name", name)])
        }
    }
}

/// Sending one request from the family's own phone: to whom, how, and "it went".
#[component]
fn SendPanel(request: Request) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let youth = request.emergency.as_ref().is_some_and(|e| e.from_youth);
    let people: Vec<Recipient> = app.household.with_untracked(|h| {
        h.as_ref()
            .map(|h| {
                app.profile
                    .with_untracked(|p| recipients(h, &p.confidential_adviser, app.today))
            })
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(default_choice(&people, youth));
    let people = StoredValue::new(people);
    let picked = move || {
        chosen.with(|c| {
            people.with_value(|list| {
                list.iter()
                    .zip(c.iter())
                    .filter(|(_, on)| **on)
                    .map(|(r, _)| r.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let form = request.emergency.clone();
    let body = request.body.clone();
    let subject = request.subject.clone();
    let sms = move || {
        let ui = ui.get();
        form.as_ref()
            .map(|f| sms_text(f, &labels(ui, f.from_youth), &|t| trouble_label(ui, t)))
    };
    let sms = Memo::new(move |_| sms());
    let (b1, s1) = (body.clone(), subject.clone());
    let mail_href = move || send_link(&picked(), Way::Email, &s1, &b1, "");
    let (b2, s2) = (body.clone(), subject.clone());
    let sms_href = move || {
        let text = sms.get().map(|s| s.text).unwrap_or_default();
        send_link(&picked(), Way::Sms, &s2, &b2, &text)
    };
    let opened = RwSignal::new(matches!(request.delivery, Delivery::HandedOver { .. }));
    let note = RwSignal::new(None::<&'static str>);
    let ids = StoredValue::new((request.id.clone(), request.key.clone()));
    let mark_opened = move || {
        crate::store::lock::expect_picker();
        opened.set(true);
        let (id, key) = ids.get_value();
        app.change(|h| {
            if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                handed_over(r, device::now_ms());
            }
        });
    };
    let confirm = move |via: Via| {
        let who = picked();
        let (id, key) = ids.get_value();
        app.change(|h| {
            if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                confirm_sent_by_family(r, via, who, device::now_ms());
            }
        });
        crate::components::shell::to_top();
    };
    let (b3, s3) = (body.clone(), subject.clone());
    let share = move |_| {
        if let Some(w) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_title(&s3);
            data.set_text(&b3);
            crate::store::lock::expect_picker();
            let _ = w.navigator().share_with_data(&data);
            opened.set(true);
        }
    };
    let b4 = body.clone();
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&b4);
            note.set(Some(ui.get_untracked().send_copied));
        }
    };
    let can_share = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false));
    let title_id = format!("send-title-{}", request.id);
    let problems = move |way: Way| {
        let ui = ui.get();
        let (_, list) = addresses(&picked(), way);
        list.iter()
            .map(|p| problem_text(ui, p, way))
            .collect::<Vec<_>>()
    };
    let nobody = people.with_value(|p| p.is_empty());
    let labelled_by = title_id.clone();
    view! {
        <section class="hd-card hd-card--urgent" aria-labelledby=labelled_by>
            <h2 id=title_id>{move || if youth { ui.get().send_title_youth } else { ui.get().send_title }}</h2>
            <p>{move || if youth { ui.get().send_lead_youth } else { ui.get().send_lead }}</p>
            {nobody.then(|| view! {
                <div class="hd-alert hd-alert--info">
                    <p>{move || if youth { ui.get().send_nobody_youth } else { ui.get().send_nobody }}</p>
                    <p><a href="/netwerk?terug=noodstop">{move || ui.get().send_add_person}</a></p>
                </div>
            })}
            {(!nobody).then(|| view! {
                <fieldset class="hd-fieldset">
                    <legend>{move || ui.get().send_to_whom}</legend>
                    {people.with_value(|list| list.iter().enumerate().map(|(i, r)| {
                        let has_mail = !r.email.is_empty();
                        let has_phone = !r.phone.is_empty();
                        let name = r.name.clone();
                        let role = r.role;
                        view! {
                            <label class="hd-check">
                                <input type="checkbox"
                                    prop:checked=move || chosen.with(|c| c.get(i).copied().unwrap_or(false))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| if let Some(x) = c.get_mut(i) { *x = on; });
                                    }/>
                                <span>{move || {
                                    let ui = ui.get();
                                    let has = match (has_mail, has_phone) {
                                        (true, true) => ui.send_has_both,
                                        (true, false) => ui.send_has_email,
                                        (false, true) => ui.send_has_phone,
                                        (false, false) => ui.send_has_none,
                                    };
                                    format!("{name}, {} ({has})", recipient_role(ui, role))
                                }}</span>
                            </label>
                        }
                    }).collect_view())}
                </fieldset>
            })}
            <ul class="hd-send__problems">
                {move || {
                    let mut all = problems(Way::Email);
                    for p in problems(Way::Sms) {
                        if !all.contains(&p) { all.push(p); }
                    }
                    all.into_iter().map(|p| view! { <li class="hd-field__error">{p}</li> }).collect_view()
                }}
            </ul>
            <div class="hd-actions">
                {move || mail_href().map(|href| view! {
                    <a class="hd-button hd-button--urgent" href=href on:click=move |_| mark_opened()>{move || ui.get().send_open_email}</a>
                })}
                {move || sms_href().map(|href| view! {
                    <a class="hd-button hd-button--secondary" href=href on:click=move |_| mark_opened()>{move || ui.get().send_open_sms}</a>
                })}
                {can_share.then(|| view! {
                    <button type="button" class="hd-button hd-button--secondary" on:click=share>{move || ui.get().send_share}</button>
                })}
                <button type="button" class="hd-button hd-button--secondary" on:click=copy>{move || ui.get().send_copy}</button>
            </div>
            <Show when=move || sms.get().is_some_and(|s| s.shortened)>
                <p class="hd-hint">{move || ui.get().send_sms_shortened}</p>
            </Show>
            {move || note.get().map(|n| view! { <p class="hd-alert hd-alert--success" role="status">{n}</p> })}
            <Show when=move || opened.get()>
                <div class="hd-send__confirm" role="group" aria-label=move || ui.get().send_did_it_go>
                    <p><strong>{move || ui.get().send_did_it_go}</strong></p>
                    <p class="hd-hint">{move || ui.get().send_cannot_see}</p>
                    <div class="hd-actions">
                        <button type="button" class="hd-button" on:click=move |_| confirm(Via::Email)>{move || ui.get().send_went_email}</button>
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| confirm(Via::Sms)>{move || ui.get().send_went_sms}</button>
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| opened.set(false)>{move || ui.get().send_not_yet}</button>
                    </div>
                </div>
            </Show>
            <Show when=move || !opened.get()>
                <p class="hd-hint">{move || ui.get().send_cannot_see}</p>
                <button type="button" class="hd-button hd-button--small hd-button--secondary" on:click=move |_| opened.set(true)>{move || ui.get().send_already_sent}</button>
            </Show>
        </section>
    }
}

/// The family manager's contacts, to call when sending is not possible or not enough.
#[component]
fn ManagerContacts() -> impl IntoView {
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
                            <a class="hd-button hd-button--secondary" href=format!("tel:{}", phone.replace(' ', ""))>{fill(ui.stop_call_line, &[("number", &phone)])}</a>
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
                                                <a class="hd-button hd-button--small hd-button--secondary" href=format!("tel:{}", p.phone.replace(' ', ""))>
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
