//! The family's requests and where each one is on its way, always visible.

use crate::content::{self, fill, long_date, Lang};
use crate::domain::household::{Channel, Delivery, Request};
use crate::domain::outbox::{confirm_sent, retry_now};
use crate::state::{use_app, use_ui};
use crate::store::{device, outbox};
use leptos::prelude::*;

/// "28 november 2026, 14:02" in the device's time zone.
pub fn moment(lang: Lang, ms: i64) -> String {
    let (date, hours, minutes) = device::local_moment(ms);
    format!("{}, {hours:02}:{minutes:02}", long_date(lang, date))
}

fn status_line(r: &Request, lang: Lang, org: &str) -> (String, &'static str) {
    let ui = content::ui(lang);
    let via = match &r.channel {
        Channel::Email { .. } => ui.outbox_via_email,
        Channel::Sms { .. } => ui.outbox_via_sms,
        Channel::Phone { .. } => ui.outbox_via_phone,
        Channel::Letter { .. } | Channel::Endpoint { .. } => "",
    };
    match &r.delivery {
        Delivery::Draft => (ui.outbox_draft.to_string(), "waiting"),
        Delivery::Pending if r.attempts == 0 || r.last_error == "offline" => {
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
                    &[("reason", &r.last_error), ("when", &when)],
                ),
                "waiting",
            )
        }
        Delivery::Sending => (ui.outbox_sending.to_string(), "sending"),
        Delivery::HandedOver { .. } => (fill(ui.outbox_handed_over, &[("via", via)]), "waiting"),
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

/// The outbox: newest first, each request with its status and what the family can do.
#[component]
pub fn OutboxList() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let act = move |id: String, what: fn(&mut Request)| {
        app.change(|h| {
            if let Some(r) = h.requests.iter_mut().find(|r| r.id == id) {
                what(r);
            }
        });
        outbox::pump(app);
    };
    view! {
        <section class="hd-card" aria-labelledby="outbox-title">
            <h2 id="outbox-title">{move || ui.get().emergency_requests_title}</h2>
            <div aria-live="polite">
                {move || {
                    let lang = app.lang.get();
                    let ui = content::ui(lang);
                    let org = app.profile.with(|p| p.organisation.name.clone());
                    let mut requests = app.household.with(|h| h.as_ref().map(|h| h.requests.clone()).unwrap_or_default());
                    requests.sort_by_key(|r| std::cmp::Reverse(r.created_at));
                    if requests.is_empty() {
                        return view! { <p>{ui.emergency_no_requests}</p> }.into_any();
                    }
                    view! {
                        <ul class="hd-list hd-outbox">
                            {requests.into_iter().map(|r| {
                                let (line, state) = status_line(&r, lang, &org);
                                let (retry_id, confirm_id) = (r.id.clone(), r.id.clone());
                                let can_retry = matches!(r.delivery, Delivery::Failed { .. })
                                    || (r.delivery == Delivery::Pending && r.attempts > 0);
                                let can_confirm = matches!(r.delivery, Delivery::HandedOver { .. } | Delivery::Draft);
                                view! {
                                    <li class=format!("hd-outbox__item hd-outbox__item--{state}")>
                                        <p><strong>{r.subject.clone()}</strong>" · "{moment(lang, r.created_at)}</p>
                                        <p class="hd-outbox__status">{line}</p>
                                        <details>
                                            <summary>{ui.outbox_show_message}</summary>
                                            <pre class="hd-outbox__message">{r.body.clone()}</pre>
                                        </details>
                                        {can_retry.then(|| view! {
                                            <button type="button" class="hd-button hd-button--small hd-button--secondary"
                                                on:click=move |_| act(retry_id.clone(), retry_now)>{ui.outbox_retry}</button>
                                        })}
                                        {can_confirm.then(|| view! {
                                            <button type="button" class="hd-button hd-button--small"
                                                on:click=move |_| act(confirm_id.clone(), |r| confirm_sent(r, device::now_ms()))>{ui.outbox_confirm_sent}</button>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
        </section>
    }
}
