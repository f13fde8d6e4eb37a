//! The emergency-stop form: what the family types (kept in memory until it is sent), the check,
//! and sending through the organisation's channel or into the list for the family's own phone.
//! The fields themselves are in `fields.rs`.

use super::fields::{ContactFields, MeetingField, TroubleField, WhoField};
use super::typed::{meeting_date, meetings, FieldError, Typed};
use super::{error_text, labels, trouble_label};
use crate::content::{fill, Ui};
use crate::domain::emergency::{
    add_request, addresses, check, choose_channel, message_text, recipients, EmergencyDraft,
    FormError, Way,
};
use crate::domain::household::{Channel, EmergencyStop, Trouble};
use crate::domain::links;
use crate::domain::outbox::handed_over;
use crate::routes;
use crate::state::{use_app, use_ui, AppState};
use crate::store::{device, outbox};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What was typed before the family went to add a person in Who is who, or a fresh form (with
/// the meeting from the address, `?gesprek=`, when the family has it).
fn kept_or_new(app: AppState) -> EmergencyDraft {
    let query = use_query_map();
    let preselected = query
        .with_untracked(|q| q.get("gesprek"))
        .filter(|id| meetings(app).iter().any(|m| &m.0 == id));
    outbox::take_draft().unwrap_or_else(|| EmergencyDraft {
        meeting: preselected.clone().unwrap_or_default(),
        date: preselected
            .as_deref()
            .and_then(|id| meeting_date(app, id))
            .unwrap_or(app.today)
            .to_string(),
        from_youth: app.youth.get_untracked(),
        ..EmergencyDraft::default()
    })
}

/// Moves to the list of problems once it is drawn, as the GOV.UK error summary does.
fn focus_error_summary() {
    set_timeout(
        || {
            use wasm_bindgen::JsCast;
            let summary = document().get_element_by_id("stop-errors");
            if let Some(el) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
                el.scroll_into_view();
            }
        },
        std::time::Duration::ZERO,
    );
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

/// Stores a checked request and sends it: into the outbox for the endpoint, the phone's app
/// for e-mail, SMS or phone, or waiting for the family's own phone (`SendPanels`).
fn send(app: AppState, ui: &'static Ui, form: EmergencyStop, channel: Channel) {
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
}

/// The organisation's channel, or the family's own phone.
fn channel_of(app: AppState) -> Channel {
    app.profile
        .with(|p| choose_channel(&p.emergency_stop))
        .unwrap_or(Channel::Network)
}

/// Above the form: that a request was added, that it goes from the family's own phone (and
/// whom to add first when nobody can be sent to), and the list of problems the check found.
#[component]
fn FormNotices(
    sent: RwSignal<bool>,
    from_youth: RwSignal<bool>,
    errors: RwSignal<Vec<FormError>>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let own_phone = move || channel_of(app) == Channel::Network;
    let org = move || app.profile.with(|p| p.organisation.name.clone());
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
    view! {
        <Show when=move || sent.get()>
            <p class="hd-alert hd-alert--success" role="status">{move || if own_phone() { ui.get().send_added } else { ui.get().stop_added }}</p>
        </Show>
        <Show when=move || own_phone()>
            <p class="hd-alert hd-alert--info">{move || fill(if from_youth.get() { ui.get().send_no_channel_youth } else { ui.get().send_no_channel }, &[("org", &org())])}</p>
        </Show>
        <Show when=move || own_phone() && nobody()>
            <div class="hd-alert hd-alert--info" id="stop-add-person">
                <p>{move || if from_youth.get() { ui.get().send_nobody_youth } else { ui.get().send_nobody }}</p>
                <p><a href=routes::network_from_emergency()>{move || ui.get().send_add_person}</a></p>
            </div>
        </Show>
        <Show when=move || !errors.with(|e| e.is_empty())>
            <div class="hd-alert hd-alert--error" id="stop-errors" tabindex="-1" role="alert">
                <h3>{move || ui.get().stop_errors_title}</h3>
                <ul>{move || errors.get().into_iter().map(|e| view! { <li>{error_text(ui.get(), e)}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// The short form. With the organisation's endpoint the request goes into the outbox; with
/// its e-mail, SMS or phone the phone's app opens; without a channel the request waits as
/// "not sent yet" for the family to send it from their own phone (`SendPanels`).
#[component]
pub(super) fn EmergencyForm() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let typed = Typed::new(kept_or_new(app));
    let errors = RwSignal::new(Vec::<FormError>::new());
    let sent = RwSignal::new(false);
    // Nothing typed is lost when the family leaves the form (to add a person in Who is who,
    // or anywhere else): what they wrote is kept in memory until it is sent.
    Effect::new(move || {
        let draft = typed.draft();
        let typed = !draft.troubles.is_empty()
            || !draft.details.trim().is_empty()
            || !draft.need.trim().is_empty();
        if typed {
            outbox::keep_draft(draft);
        } else {
            outbox::take_draft();
        }
    });
    let channel = move || channel_of(app);
    let own_phone = move || channel() == Channel::Network;
    let from_youth = typed.from_youth;
    let consent = typed.consent;
    let org = move || app.profile.with(|p| p.organisation.name.clone());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let channel = channel();
        let form = typed.stop(app.today);
        let found = check(&form, consent.get_untracked(), app.today);
        errors.set(found.clone());
        if !found.is_empty() {
            focus_error_summary();
            return;
        }
        send(app, ui, form, channel);
        sent.set(true);
        typed.clear_sent();
        crate::components::shell::to_top();
    };

    view! {
        <section class="hd-card" aria-labelledby="stop-form-title">
            <h2 id="stop-form-title">{move || ui.get().stop_form_title}</h2>
            <p>{move || ui.get().send_what_it_is}</p>
            <FormNotices sent from_youth errors/>
            <form class="hd-form" on:submit=submit novalidate>
                <WhoField typed/>
                <MeetingField typed errors/>
                <TroubleField typed errors/>
                <ContactFields typed errors/>
                <FieldError errors error=FormError::Consent id="stop-consent-error"/>
                <label class="hd-check">
                    <input type="checkbox" prop:checked=move || consent.get() on:change=move |ev| consent.set(event_target_checked(&ev))/>
                    <span>{move || if own_phone() {
                        ui.get().send_consent.to_string()
                    } else {
                        fill(ui.get().stop_consent, &[("org", &org())])
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
