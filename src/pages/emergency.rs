//! The emergency stop (`/noodstop`): ask today for an urgent conversation. The request waits
//! in the outbox on the device until it is delivered through the organisation's channel.
//!
//! Whether the organisation runs its own same-day emergency-stop procedure is only said when
//! its profile says so; otherwise this is a request for an urgent conversation.

use super::network::role_label;
use crate::components::outbox_list::OutboxList;
use crate::components::page::Page;
use crate::components::profile_problem::ProfileProblem;
use crate::content::{self, fill, long_date, Ui};
use crate::domain::date::Date;
use crate::domain::emergency::{
    add_request, check, choose_channel, message_text, FormError, MessageLabels,
};
use crate::domain::household::{Channel, EmergencyStop, PersonRole, Trouble};
use crate::domain::outbox::handed_over;
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

/// Opens the phone's own app for a manual channel.
fn open_app(channel: &Channel, subject: &str, body: &str) {
    let enc = |t: &str| String::from(js_sys::encode_uri_component(t));
    let href = match channel {
        Channel::Email { address } => format!(
            "mailto:{address}?subject={}&body={}",
            enc(subject),
            enc(body)
        ),
        Channel::Sms { number } => format!("sms:{}?body={}", number.replace(' ', ""), enc(body)),
        Channel::Phone { number } => format!("tel:{}", number.replace(' ', "")),
        Channel::Endpoint { .. } | Channel::Letter { .. } => return,
    };
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(&href);
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
                <EmergencyForm/>
                <OutboxList/>
            </Show>
            <ManagerContacts/>
        </Page>
    }
}

/// The short form; on sending, the request goes into the outbox.
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
    let meeting = RwSignal::new(preselected.clone().unwrap_or_default());
    let date_of = move |id: &str| meetings().into_iter().find(|m| m.0 == id).map(|m| m.1);
    let date = RwSignal::new(
        preselected
            .as_deref()
            .and_then(date_of)
            .unwrap_or(app.today)
            .to_string(),
    );
    let troubles = RwSignal::new(Vec::<Trouble>::new());
    let details = RwSignal::new(String::new());
    let need = RwSignal::new(String::new());
    let from_youth = RwSignal::new(app.youth.get_untracked());
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let reachable = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let sent = RwSignal::new(false);
    let channel = move || app.profile.with(|p| choose_channel(&p.emergency_stop));
    let has = move |e: FormError| errors.with(|list| list.contains(&e));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let Some(channel) = channel() else { return };
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
        let labels = MessageLabels {
            intro: if form.from_youth {
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
        };
        let words = |t: Trouble| trouble_label(ui, t);
        let body = message_text(&form, &labels, &words);
        let subject = ui.stop_msg_subject.to_string();
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
            );
        });
        if matches!(channel, Channel::Endpoint { .. }) {
            outbox::pump(app);
        } else {
            app.change(|h| {
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == new_id) {
                    handed_over(r, now);
                }
            });
            open_app(&channel, &subject, &body);
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
            <Show when=move || sent.get()>
                <p class="hd-alert hd-alert--success" role="status">{move || ui.get().stop_added}</p>
            </Show>
            <Show when=move || channel().is_some() fallback=move || view! {
                <p class="hd-alert hd-alert--info">{move || fill(ui.get().stop_no_channel, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])}</p>
            }>
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
                        <span>{move || fill(ui.get().stop_consent, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])}</span>
                    </label>
                    <p class="hd-hint">{move || ui.get().stop_outbox_hint}</p>
                    <button type="submit" class="hd-button hd-button--urgent hd-button--large">
                        {move || match channel() {
                            Some(Channel::Email { .. }) => ui.get().stop_send_email,
                            Some(Channel::Sms { .. }) => ui.get().stop_send_sms,
                            Some(Channel::Phone { .. }) => ui.get().stop_send_phone,
                            _ => ui.get().stop_send,
                        }}
                    </button>
                </form>
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
