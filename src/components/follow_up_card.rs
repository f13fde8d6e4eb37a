//! Same-day follow-up: a sent emergency request waits a few working hours for a call back
//! (`domain::follow_up`); after that this card says so and offers whom to call, one tap
//! each. The family records the answer and the request is closed. An overdue complaint (six
//! weeks) shows here too, with the same "record the answer".

use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::emergency::recipients;
use crate::domain::follow_up::{follow_up, FollowUp};
use crate::domain::household::{
    Answer, AnswerKind, Household, Recipient, RecipientRole, Request, RequestKind,
};
use crate::domain::links;
use crate::domain::outbox::record_answer;
use crate::domain::profile::Profile;
use crate::state::{use_app, use_ui};
use crate::store::{device, outbox};
use leptos::prelude::*;

/// The device's local time minus UTC at `ms`, in milliseconds.
pub fn local_offset_ms(ms: i64) -> i64 {
    let minutes = js_sys::Date::new(&(ms as f64).into()).get_timezone_offset();
    -(minutes as i64) * 60_000
}

/// "14:05" in the device's time zone.
pub fn clock_time(ms: i64) -> String {
    let (_, hours, minutes) = device::local_moment(ms);
    format!("{hours:02}:{minutes:02}")
}

/// "14:05" today, "30 november, 14:05" another day.
pub fn when(lang: Lang, ms: i64, today: Date) -> String {
    let (date, _, _) = device::local_moment(ms);
    if date == today {
        clock_time(ms)
    } else {
        format!("{}, {}", long_date(lang, date), clock_time(ms))
    }
}

/// A role as the family reads it.
pub fn recipient_role(ui: &'static Ui, role: RecipientRole) -> &'static str {
    match role {
        RecipientRole::FamilyManager => ui.role_lead,
        RecipientRole::Backup => ui.role_backup,
        RecipientRole::TeamManager => ui.role_team_manager,
        RecipientRole::Adviser => ui.follow_role_adviser,
    }
}

/// "A", "A en B", "A, B en C".
pub fn names_list(ui: &'static Ui, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), ui.follow_and),
    }
}

/// Whom to call, in order: family manager, back-up, team manager, confidential adviser
/// (numbers from Who is who and the profile), then the organisation's own line if it has one.
pub fn call_list(h: &Household, profile: &Profile, today: Date, lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    let people: Vec<Recipient> = recipients(h, &profile.confidential_adviser, today)
        .into_iter()
        .filter(|r| links::dial_string(&r.phone).is_some())
        .collect();
    let line = profile.emergency_stop.phone.clone();
    let org_line = links::tel(&line).ok().map(|href| {
        let label = fill(
            ui.follow_call_org,
            &[("org", &profile.organisation.name), ("number", &line)],
        );
        view! { <li><a class="hd-button hd-button--secondary" href=href>{label}</a></li> }
    });
    let nobody = people.is_empty() && org_line.is_none();
    view! {
        <ol class="hd-call-list">
            {people.into_iter().map(|r| {
                let href = links::tel(&r.phone).unwrap_or_default();
                let label = fill(ui.follow_call_person, &[("name", &r.name), ("role", recipient_role(ui, r.role)), ("number", &r.phone)]);
                view! { <li><a class="hd-button hd-button--urgent" href=href>{label}</a></li> }
            }).collect_view()}
            {org_line}
        </ol>
        {nobody.then(|| view! { <p class="hd-muted">{ui.follow_no_numbers}</p> })}
    }
}

fn record(app: crate::state::AppState, id: &str, key: &str, kind: AnswerKind, day: Option<Date>) {
    let answer = Answer {
        at: device::now_ms(),
        kind,
        appointment: day,
    };
    app.change(|h| {
        if let Some(r) = h.requests.iter_mut().find(|r| r.id == id && r.key == key) {
            record_answer(r, answer);
        }
    });
}

/// One request's follow-up.
#[component]
fn FollowUpItem(request: Request, state: FollowUp) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let lang = app.lang.get_untracked();
    let today = app.today;
    let youth = app.youth.get_untracked();
    let sent = match request.delivery {
        crate::domain::household::Delivery::Sent { at }
        | crate::domain::household::Delivery::Confirmed { at, .. } => at,
        _ => request.created_at,
    };
    let appointment = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let (id, key) = (request.id.clone(), request.key.clone());
    let emergency = request.kind == RequestKind::EmergencyStop;
    let t = content::ui(lang);
    let text = match (&state, emergency) {
        (FollowUp::Waiting { due }, true) => fill(
            if youth {
                t.follow_waiting_youth
            } else {
                t.follow_waiting
            },
            &[
                ("sent", &when(lang, sent, today)),
                ("due", &when(lang, *due, today)),
            ],
        ),
        (FollowUp::Overdue { .. }, true) => fill(
            if youth {
                t.follow_overdue_youth
            } else {
                t.follow_overdue
            },
            &[("sent", &when(lang, sent, today))],
        ),
        (FollowUp::Closed(answer), _) => match (answer.kind, answer.appointment) {
            (AnswerKind::Appointment, Some(day)) => fill(
                t.follow_closed_appointment,
                &[("date", &long_date(lang, day))],
            ),
            (AnswerKind::CalledBack, _) => t.follow_closed_called.to_string(),
            _ => t.follow_closed_answered.to_string(),
        },
        (_, false) => fill(
            t.follow_complaint_overdue,
            &[
                ("subject", &request.subject),
                ("sent", &when(lang, sent, today)),
            ],
        ),
        _ => String::new(),
    };
    let overdue = matches!(state, FollowUp::Overdue { .. });
    let open = matches!(state, FollowUp::Waiting { .. } | FollowUp::Overdue { .. });
    let calls = (overdue && emergency).then(|| {
        app.household.with_untracked(|h| {
            h.as_ref().map(|h| {
                app.profile
                    .with_untracked(|p| call_list(h, p, today, lang).into_any())
            })
        })
    });
    let (id2, key2, id3, key3) = (id.clone(), key.clone(), id.clone(), key.clone());
    let field = format!("follow-date-{}", request.id);
    let field2 = field.clone();
    let error_id = format!("{field}-error");
    let error_id2 = error_id.clone();
    let save_appointment = move |_| match Date::parse(appointment.get_untracked().trim()).ok() {
        Some(day) if day >= today => {
            error.set(false);
            record(app, &id3, &key3, AnswerKind::Appointment, Some(day));
        }
        _ => error.set(true),
    };
    view! {
        <li class=if overdue { "hd-follow hd-follow--overdue" } else { "hd-follow" }>
            <p class=if overdue { "hd-follow__text hd-follow__text--urgent" } else { "hd-follow__text" }>{text}</p>
            {calls}
            {open.then(|| if emergency {
                view! {
                    <div class="hd-follow__answer">
                        <button type="button" class="hd-button hd-button--secondary"
                            on:click=move |_| record(app, &id, &key, AnswerKind::CalledBack, None)>{move || ui.get().follow_called}</button>
                        <div class="hd-field">
                            <label for=field.clone()>{move || ui.get().follow_appointment_date}</label>
                            <Show when=move || error.get()>
                                <p class="hd-field__error" id=error_id.clone()>{move || ui.get().follow_appointment_error}</p>
                            </Show>
                            <input id=field2.clone() type="date" min=today.to_string()
                                aria-invalid=move || error.get().to_string()
                                aria-describedby=move || error.get().then(|| error_id2.clone())
                                prop:value=move || appointment.get() on:input=move |ev| appointment.set(event_target_value(&ev))/>
                        </div>
                        <button type="button" class="hd-button hd-button--secondary" on:click=save_appointment>{move || ui.get().follow_appointment}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="hd-button hd-button--secondary"
                        on:click=move |_| record(app, &id2, &key2, AnswerKind::Answered, None)>{move || ui.get().follow_answered}</button>
                }.into_any()
            })}
        </li>
    }
}

/// Open follow-ups (and emergency requests closed in the last day): on the overview and the
/// emergency screen. Shows nothing when there are none.
#[component]
pub fn FollowUpCard() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let clock = outbox::clock();
    let now = clock.clone();
    // Redrawn only when a follow-up changes state (a date being typed is kept meanwhile).
    let phase = Memo::new(move |_| {
        let now = now.get();
        let offset = local_offset_ms(now);
        app.household.with(|h| {
            h.iter()
                .flat_map(|h| h.requests.iter())
                .map(|r| follow_up(r, now, offset))
                .collect::<Vec<_>>()
        })
    });
    move || {
        phase.with(|_| ());
        let now = clock.get_untracked();
        let offset = local_offset_ms(now);
        let items: Vec<(Request, FollowUp)> = app.household.with(|h| {
            let mut list: Vec<(Request, FollowUp)> = h
                .iter()
                .flat_map(|h| h.requests.iter())
                .filter_map(|r| {
                    let state = follow_up(r, now, offset);
                    let show = match (&state, r.kind) {
                        (
                            FollowUp::Waiting { .. } | FollowUp::Overdue { .. },
                            RequestKind::EmergencyStop,
                        ) => true,
                        (FollowUp::Overdue { .. }, _) => true,
                        (FollowUp::Closed(a), RequestKind::EmergencyStop) => {
                            now - a.at < 24 * 3_600_000
                        }
                        _ => false,
                    };
                    show.then(|| (r.clone(), state))
                })
                .collect();
            list.sort_by_key(|(r, _)| std::cmp::Reverse(r.created_at));
            list
        });
        if items.is_empty() {
            return ().into_any();
        }
        let urgent = items
            .iter()
            .any(|(_, s)| matches!(s, FollowUp::Overdue { .. }));
        let emergency = items
            .iter()
            .any(|(r, _)| r.kind == RequestKind::EmergencyStop);
        view! {
            <section class=if urgent { "hd-card hd-card--urgent" } else { "hd-card" } aria-labelledby="follow-title">
                <h2 id="follow-title">{move || if emergency { ui.get().follow_title } else { ui.get().follow_title_answer }}</h2>
                <ul class="hd-list hd-follow-list">
                    {items.into_iter().map(|(request, state)| view! { <FollowUpItem request state/> }).collect_view()}
                </ul>
            </section>
        }.into_any()
    }
}
