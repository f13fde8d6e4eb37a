//! The family's requests and where each one is on its way, always visible: honest about what
//! the app knows (an endpoint's answer) and what only the family knows (that they sent it from
//! their own phone). A request can be removed from the device, after a confirmation.

use super::follow_up_card::{call_list, names_list, when};
use crate::content::{self, fill, long_date, Lang};
use crate::domain::household::{Channel, Delivery, Request, Via};
use crate::domain::outbox::{
    approve_late, confirm_sent, is_late, needs_call, remove, retry_now, status_code, unconfirmed,
    OFFLINE, TIMEOUT, UNREACHABLE,
};
use crate::state::{use_app, use_ui};
use crate::store::{device, outbox};
use leptos::prelude::*;

/// "28 november 2026, 14:02" in the device's time zone.
pub fn moment(lang: Lang, ms: i64) -> String {
    let (date, hours, minutes) = device::local_moment(ms);
    format!("{}, {hours:02}:{minutes:02}", long_date(lang, date))
}

fn status_line(r: &Request, lang: Lang, org: &str, now: i64) -> (String, &'static str) {
    let ui = content::ui(lang);
    let today = device::local_moment(now).0;
    let via = match &r.channel {
        Channel::Email { .. } => ui.outbox_via_email,
        Channel::Sms { .. } => ui.outbox_via_sms,
        Channel::Phone { .. } => ui.outbox_via_phone,
        Channel::Network => ui.outbox_via_email,
        Channel::Letter { .. } | Channel::Endpoint { .. } => "",
    };
    if is_late(r, now) {
        return (
            fill(ui.outbox_late, &[("date", &moment(lang, r.created_at))]),
            "failed",
        );
    }
    let reason = |error: &str| match error {
        OFFLINE => ui.outbox_reason_offline.to_string(),
        UNREACHABLE => fill(ui.outbox_reason_unreachable, &[("org", org)]),
        TIMEOUT => ui.outbox_reason_timeout.to_string(),
        // In plain words, not the technical reason kept with the request.
        other if unconfirmed(other) => fill(ui.outbox_reason_not_confirmed, &[("org", org)]),
        other => match status_code(other) {
            Some(code) => fill(
                ui.outbox_reason_server,
                &[("org", org), ("code", &code.to_string())],
            ),
            None => other.to_string(),
        },
    };
    match &r.delivery {
        Delivery::Draft if r.channel == Channel::Network => {
            (ui.outbox_draft_own.to_string(), "waiting")
        }
        Delivery::Draft => (ui.outbox_draft.to_string(), "waiting"),
        Delivery::Pending if r.attempts == 0 || r.last_error == OFFLINE => {
            (ui.outbox_waiting.to_string(), "waiting")
        }
        Delivery::Pending => {
            let when = r
                .next_attempt_at
                .map(|at| moment(lang, at))
                .unwrap_or_default();
            (
                fill(
                    ui.outbox_retrying,
                    &[("reason", &reason(&r.last_error)), ("when", &when)],
                ),
                "waiting",
            )
        }
        Delivery::Sending => (ui.outbox_sending.to_string(), "sending"),
        Delivery::HandedOver { .. } => (fill(ui.outbox_handed_over, &[("via", via)]), "waiting"),
        Delivery::Sent { at } if r.sent_via.is_some() => {
            let names: Vec<String> = r.recipients.iter().map(|p| p.name.clone()).collect();
            let how = match r.sent_via {
                Some(Via::Sms) => ui.outbox_by_sms,
                Some(Via::EmailAndSms) => ui.outbox_by_email_and_sms,
                Some(Via::Other) => ui.outbox_by_other,
                _ => ui.outbox_by_email,
            };
            let template = if names.is_empty() {
                ui.outbox_sent_by_you_nobody
            } else {
                ui.outbox_sent_by_you
            };
            (
                fill(
                    template,
                    &[
                        ("how", how),
                        ("names", &names_list(ui, &names)),
                        ("when", &when(lang, *at, today)),
                    ],
                ),
                "done",
            )
        }
        Delivery::Sent { at } => (
            fill(ui.outbox_sent, &[("when", &moment(lang, *at))]),
            "done",
        ),
        Delivery::Confirmed { at, reference } => (
            fill(
                ui.outbox_confirmed,
                &[
                    ("org", org),
                    ("when", &moment(lang, *at)),
                    ("reference", reference),
                ],
            ),
            "done",
        ),
        Delivery::Failed { reason } => (fill(ui.outbox_failed, &[("reason", reason)]), "failed"),
    }
}

/// One request with its status and what the family can do.
#[component]
fn OutboxItem(request: Request, now: i64) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let lang = app.lang.get_untracked();
    let org = app.profile.with_untracked(|p| p.organisation.name.clone());
    let (line, state) = status_line(&request, lang, &org, now);
    let id = request.id.clone();
    let key = request.key.clone();
    let act = move |what: fn(&mut Request, i64)| {
        let (id, key) = (id.clone(), key.clone());
        move |_: leptos::ev::MouseEvent| {
            app.change(|h| {
                if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
                    what(r, device::now_ms());
                }
            });
            crate::state::outbox::pump(app);
        }
    };
    let late = is_late(&request, now);
    let stuck = request.delivery == Delivery::Sending && !outbox::in_flight(&request.id);
    let can_retry = !late
        && (matches!(request.delivery, Delivery::Failed { .. })
            || (request.delivery == Delivery::Pending && request.attempts > 0)
            || stuck);
    // A request to the kinderrechter is marked sent on its own screen (with the day it went).
    let court =
        crate::components::labels::state_line(ui.get_untracked(), lang, &request).map(|line| {
            let appeal = crate::components::labels::appeal_line(ui.get_untracked(), lang, &request);
            (line, appeal, crate::routes::court_request(&request.id))
        });
    let can_confirm = matches!(
        request.delivery,
        Delivery::HandedOver { .. } | Delivery::Draft
    ) && request.channel != Channel::Network
        && court.is_none();
    let call_now = needs_call(&request, now) || late;
    let calls = call_now.then(|| {
        app.household.with_untracked(|h| {
            h.as_ref().map(|h| {
                app.profile
                    .with_untracked(|p| call_list(h, p, app.today, lang).into_any())
            })
        })
    });
    let asking = RwSignal::new(false);
    let (del_id, del_key) = (request.id.clone(), request.key.clone());
    let delete = move |_| {
        app.change(|h| {
            if h.requests
                .iter()
                .any(|r| r.id == del_id && r.key == del_key)
            {
                remove(h, &del_id);
            }
        });
    };
    let youth = app.youth.get_untracked();
    view! {
        <li class=format!("hd-outbox__item hd-outbox__item--{state}")>
            <p><strong>{request.subject.clone()}</strong>" · "{moment(lang, request.created_at)}</p>
            // A court request's state is its own line below (sent, hearing, decision).
            {court.is_none().then(|| view! { <p class="hd-outbox__status">{line}</p> })}
            {court.map(|(state, appeal, href)| view! {
                <p class="hd-outbox__court">{state}" · "<a href=href>{move || ui.get().court_open_request}</a></p>
                {appeal.map(|a| view! { <p class="hd-muted">{a}</p> })}
            })}
            {calls.map(|calls| view! {
                <div class="hd-alert hd-alert--error hd-outbox__call">
                    <p><strong>{move || ui.get().outbox_call_now}</strong></p>
                    {calls}
                </div>
            })}
            <details>
                <summary>{move || ui.get().outbox_show_message}</summary>
                <pre class="hd-outbox__message">{request.body.clone()}</pre>
            </details>
            <div class="hd-actions">
                {late.then(|| view! {
                    <button type="button" class="hd-button hd-button--small"
                        on:click=act(approve_late)>{move || ui.get().outbox_send_anyway}</button>
                })}
                {can_retry.then(|| view! {
                    <button type="button" class="hd-button hd-button--small hd-button--secondary"
                        on:click=act(|r, _| retry_now(r))>{move || ui.get().outbox_retry}</button>
                })}
                {can_confirm.then(|| view! {
                    <button type="button" class="hd-button hd-button--small"
                        on:click=act(confirm_sent)>{move || ui.get().outbox_confirm_sent}</button>
                })}
                <Show when=move || !asking.get()>
                    <button type="button" class="hd-button hd-button--small hd-button--secondary"
                        on:click=move |_| asking.set(true)>{move || ui.get().outbox_delete}</button>
                </Show>
            </div>
            <Show when=move || asking.get()>
                <div class="hd-alert hd-alert--info" role="group" aria-label=move || ui.get().outbox_delete>
                    <p>{move || ui.get().outbox_delete_confirm_text}</p>
                    {youth.then(|| view! { <p>{move || ui.get().outbox_delete_youth}</p> })}
                    <div class="hd-actions">
                        <button type="button" class="hd-button hd-button--small hd-button--urgent" on:click=delete.clone()>{move || ui.get().outbox_delete_yes}</button>
                        <button type="button" class="hd-button hd-button--small hd-button--secondary" on:click=move |_| asking.set(false)>{move || ui.get().outbox_delete_no}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

/// The outbox: newest first, each request with its status and what the family can do.
#[component]
pub fn OutboxList() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    // The status depends on time too (calling after a few minutes, late after a day).
    let clock = outbox::clock();
    let now = clock.clone();
    // Redrawn only when a request's time-dependent state changes (an open confirmation or
    // message stays open meanwhile).
    let phase = Memo::new(move |_| {
        let now = now.get();
        app.household.with(|h| {
            h.iter()
                .flat_map(|h| h.requests.iter())
                .map(|r| (is_late(r, now), needs_call(r, now)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="hd-card" aria-labelledby="outbox-title">
            <h2 id="outbox-title">{move || ui.get().emergency_requests_title}</h2>
            <div aria-live="polite">
                {move || {
                    let lang = app.lang.get();
                    let ui = content::ui(lang);
                    phase.with(|_| ());
                    let now = clock.get_untracked();
                    let mut requests = app.household.with(|h| h.as_ref().map(|h| h.requests.clone()).unwrap_or_default());
                    requests.sort_by_key(|r| std::cmp::Reverse(r.created_at));
                    if requests.is_empty() {
                        return view! { <p>{ui.emergency_no_requests}</p> }.into_any();
                    }
                    view! {
                        <ul class="hd-list hd-outbox">
                            {requests.into_iter().map(|request| view! { <OutboxItem request now/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
        </section>
    }
}
