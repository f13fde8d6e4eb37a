//! One kept request to the kinderrechter (`/hulp/rechter?verzoek=<request id>`): its state
//! with the dates (made, sent, the hearing, the judge's decision), plain actions to record the
//! next state, and after a decision whether an appeal is possible. Also the one-line state
//! used wherever the family's requests are listed.

use super::focus_first_problem;
use crate::components::labels::{request_name, state_line};
use crate::components::statement::StatementList;
use crate::content::{self, court_kind, fill, long_date, Lang, Statement, Ui};
use crate::domain::court_request::{
    court_state, record_decision, record_hearing, record_sent, CourtState, CourtTrack,
    JudgeOutcome, StateProblem, NOTE_MAX,
};
use crate::domain::date::Date;
use crate::domain::household::Request;
use crate::routes;
use crate::state::{use_app, use_ui};
use crate::store::device;
use leptos::prelude::*;
use leptos_router::components::A;

fn outcome_label(ui: &'static Ui, o: JudgeOutcome) -> &'static str {
    match o {
        JudgeOutcome::Granted => ui.court_outcome_granted,
        JudgeOutcome::Partly => ui.court_outcome_partly,
        JudgeOutcome::Refused => ui.court_outcome_refused,
        JudgeOutcome::Other => ui.court_outcome_other,
    }
}

fn problem_text(ui: &'static Ui, p: StateProblem, lang: Lang, sent: Option<Date>) -> String {
    use StateProblem as P;
    let sent = sent.map(|d| long_date(lang, d)).unwrap_or_default();
    match p {
        P::NoRequest => ui.court_request_missing.to_string(),
        P::NotSent => ui.court_error_not_sent.to_string(),
        P::NoDate => ui.court_error_no_date.to_string(),
        P::SentInFuture => ui.court_error_sent_future.to_string(),
        P::SentAfterLater => ui.court_error_sent_after.to_string(),
        P::HearingBeforeSent => fill(ui.court_error_hearing_before_sent, &[("date", &sent)]),
        P::NoOutcome => ui.court_error_no_outcome.to_string(),
        P::DecisionBeforeSent => fill(ui.court_error_decision_before_sent, &[("date", &sent)]),
        P::DecisionInFuture => ui.court_error_decision_in_future.to_string(),
        P::NoteTooLong => ui.court_error_note_long.to_string(),
    }
}

/// Which form is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Sent,
    Hearing,
    Decision,
}

/// The steps so far, each with its date.
fn steps(ui: &'static Ui, lang: Lang, r: &Request, track: &CourtTrack) -> Vec<String> {
    let date = |d: Date| long_date(lang, d);
    let mut out = vec![fill(
        ui.court_step_made,
        &[("date", &date(device::local_moment(r.created_at).0))],
    )];
    if let Some(sent) = track.sent {
        out.push(fill(ui.court_step_sent, &[("date", &date(sent))]));
    }
    if let Some(on) = track.hearing {
        out.push(fill(ui.court_step_hearing, &[("date", &date(on))]));
    }
    if let Some(d) = &track.ruling {
        out.push(fill(
            ui.court_step_decided,
            &[
                ("date", &date(d.date)),
                (
                    "outcome",
                    crate::components::labels::judge_outcome_short(ui, d.outcome),
                ),
            ],
        ));
    }
    out
}

/// The kept request: its steps, the actions for the next state, and what can follow.
#[component]
pub(super) fn KeptRequestView(id: String) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let request = {
        let id = id.clone();
        Memo::new(move |_| {
            app.household.with(|h| {
                h.as_ref()
                    .and_then(|h| h.requests.iter().find(|r| r.id == id).cloned())
                    .filter(|r| court_state(r).is_some())
            })
        })
    };
    let track = Memo::new(move |_| {
        request.with(|r| {
            r.as_ref()
                .map(|r| r.court.clone().unwrap_or_default())
                .unwrap_or_default()
        })
    });
    let state = Memo::new(move |_| request.with(|r| r.as_ref().and_then(court_state)));

    // The forms keep what was typed until it is saved: a refused value is never lost.
    let open = RwSignal::new(None::<Form>);
    let day = RwSignal::new(app.today.to_string());
    let outcome = RwSignal::new(None::<JudgeOutcome>);
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<StateProblem>::new());
    let saved = RwSignal::new(None::<String>);
    let show = move |form: Form| {
        let t = track.get_untracked();
        let current = match form {
            Form::Sent => t.sent,
            Form::Hearing => t.hearing,
            Form::Decision => t.ruling.as_ref().map(|d| d.date),
        };
        day.set(current.map(|d| d.to_string()).unwrap_or_else(|| {
            // A hearing is usually still to come: start empty rather than today.
            if form == Form::Hearing {
                String::new()
            } else {
                app.today.to_string()
            }
        }));
        outcome.set(t.ruling.as_ref().map(|d| d.outcome));
        note.set(t.ruling.map(|d| d.note).unwrap_or_default());
        problems.set(Vec::new());
        saved.set(None);
        open.set(Some(form));
        focus_soon("#court-state-form input");
    };
    let id = StoredValue::new(id);
    let save = {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(form) = open.get_untracked() else {
                return;
            };
            let on = Date::parse(day.get_untracked().trim()).ok();
            let id = id.get_value();
            let mut done = Err(Vec::new());
            app.change(|h| {
                done = match form {
                    Form::Sent => record_sent(h, &id, on, app.today, device::now_ms()),
                    Form::Hearing => record_hearing(h, &id, on),
                    Form::Decision => record_decision(
                        h,
                        &id,
                        outcome.get_untracked(),
                        on,
                        &note.get_untracked(),
                        app.today,
                    ),
                }
            });
            match done {
                Ok(()) => {
                    let ui = ui.get_untracked();
                    let date = on
                        .map(|d| long_date(app.lang.get_untracked(), d))
                        .unwrap_or_default();
                    let line = match form {
                        Form::Sent => fill(ui.court_sent_done, &[("date", &date)]),
                        Form::Hearing => fill(ui.court_hearing_done, &[("date", &date)]),
                        Form::Decision => fill(ui.court_decision_done, &[("date", &date)]),
                    };
                    problems.set(Vec::new());
                    open.set(None);
                    saved.set(Some(line));
                }
                Err(found) => {
                    problems.set(found);
                    focus_first_problem();
                }
            }
        }
    };

    let has = move |ps: &'static [StateProblem]| {
        move || problems.with(|all| all.iter().any(|p| ps.contains(p)))
    };
    let error = move |field: &'static str, ps: &'static [StateProblem]| {
        move || {
            let lang = app.lang.get();
            let sent = track.with(|t| t.sent);
            let found: Vec<String> = problems.with(|all| {
                all.iter()
                    .filter(|p| ps.contains(p))
                    .map(|p| problem_text(ui.get(), *p, lang, sent))
                    .collect()
            });
            (!found.is_empty()).then(|| {
                view! { <p class="hd-field__error" id=format!("{field}-error")>{found.join(" ")}</p> }
            })
        }
    };
    const DAY: &[StateProblem] = &[
        StateProblem::NoDate,
        StateProblem::SentInFuture,
        StateProblem::SentAfterLater,
        StateProblem::HearingBeforeSent,
        StateProblem::DecisionBeforeSent,
        StateProblem::DecisionInFuture,
    ];
    const OTHER: &[StateProblem] = &[StateProblem::NoRequest, StateProblem::NotSent];
    let day_label = move || {
        let ui = ui.get();
        match open.get() {
            Some(Form::Sent) => ui.court_sent_date,
            Some(Form::Hearing) => ui.court_hearing_date,
            _ => ui.court_decision_day,
        }
    };
    let save_label = move || {
        let ui = ui.get();
        match open.get() {
            Some(Form::Sent) => ui.court_sent_save,
            Some(Form::Hearing) => ui.court_hearing_save,
            _ => ui.court_decision_save,
        }
    };
    // The actions that fit the state: the next step first.
    let actions = move || {
        let ui = ui.get();
        let list: Vec<(Form, &'static str)> = match state.get() {
            None => Vec::new(),
            Some(CourtState::Drafted) => vec![(Form::Sent, ui.court_action_sent)],
            Some(CourtState::Sent(_)) => vec![
                (Form::Hearing, ui.court_action_hearing),
                (Form::Decision, ui.court_action_decision),
                (Form::Sent, ui.court_action_sent_change),
            ],
            Some(CourtState::Hearing { .. }) => vec![
                (Form::Decision, ui.court_action_decision),
                (Form::Hearing, ui.court_action_hearing_change),
            ],
            Some(CourtState::Decided { .. }) => {
                vec![(Form::Decision, ui.court_action_decision_change)]
            }
        };
        list.into_iter()
            .map(|(form, label)| {
                view! {
                    <button type="button" class="hd-button hd-button--secondary"
                        aria-expanded=move || (open.get() == Some(form)).to_string()
                        aria-controls="court-state-form"
                        on:click=move |_| show(form)>{label}</button>
                }
            })
            .collect_view()
    };
    // After a decision: whether an appeal is possible (the kind's sourced statement, or the
    // general one when the kind is not known), until when, and where to find a lawyer.
    let after = move || {
        let Some(CourtState::Decided { .. }) = state.get() else {
            return None;
        };
        let lang = app.lang.get();
        let ui = ui.get();
        let t = track.get();
        let items: &'static [Statement] = match court_kind(lang, &t.kind) {
            Some(k) => k.appeal,
            None => std::slice::from_ref(content::note(lang, "route-appeal")),
        };
        let until = t.appeal_until().map(|d| {
            fill(
                ui.court_appeal_until,
                &[("date", &content::last_day(lang, d))],
            )
        });
        Some(view! {
            <section class="hd-card" aria-labelledby="court-after">
                <h2 id="court-after">{ui.court_after_heading}</h2>
                {until.map(|u| view! { <p class="hd-court__appeal"><strong>{u}</strong></p> })}
                <StatementList items/>
                <p><A href="/rechten#recht-advocaat">{ui.court_appeal_lawyer}</A></p>
            </section>
        })
    };

    view! {
        <Show
            when=move || request.with(Option::is_some)
            fallback=move || view! {
                <p role="status">{move || ui.get().court_request_missing}</p>
                <p><A href=routes::COURT>{move || ui.get().court_title}</A></p>
            }
        >
            <p class="hd-lead">{move || request.with(|r| r.as_ref().map(|r| request_name(app.lang.get(), r)))}</p>
            <section class="hd-card" aria-labelledby="court-state">
                <h2 id="court-state">{move || ui.get().court_state_heading}</h2>
                <p class="hd-court__state"><strong>{move || request.with(|r| r.as_ref().and_then(|r| state_line(ui.get(), app.lang.get(), r)))}</strong></p>
                <ol class="hd-court__steps">
                    {move || request.with(|r| r.as_ref().map(|r| {
                        let (ui, lang) = (ui.get(), app.lang.get());
                        track.with(|t| steps(ui, lang, r, t)).into_iter().map(|s| view! { <li>{s}</li> }).collect_view()
                    }))}
                </ol>
                {move || track.with(|t| t.ruling.as_ref().filter(|d| !d.note.is_empty()).map(|d| d.note.clone()))
                    .map(|n| view! { <p class="hd-court__note">{n}</p> })}
                {move || saved.get().map(|s| view! { <p role="status" class="hd-alert hd-alert--success">{s}</p> })}
                <div class="hd-actions">{actions}</div>
                <Show when=move || open.get().is_some()>
                    <form id="court-state-form" class="hd-form" on:submit=save novalidate>
                        {error("court-state", OTHER)}
                        <Show when=move || open.get() == Some(Form::Decision)>
                            <fieldset class="hd-field" class:hd-field--error=has(&[StateProblem::NoOutcome])
                                aria-describedby=move || has(&[StateProblem::NoOutcome])().then_some("court-outcome-error")>
                                <legend>{move || ui.get().court_decision_outcome}</legend>
                                {error("court-outcome", &[StateProblem::NoOutcome])}
                                {JudgeOutcome::ALL.into_iter().map(|o| view! {
                                    <label class="hd-check">
                                        <input type="radio" name="court-outcome" value=o.id()
                                            prop:checked=move || outcome.get() == Some(o)
                                            on:change=move |_| outcome.set(Some(o))/>
                                        <span>{move || outcome_label(ui.get(), o)}</span>
                                    </label>
                                }).collect_view()}
                            </fieldset>
                        </Show>
                        <div class="hd-field">
                            <label for="court-state-day">{day_label}</label>
                            <Show when=move || open.get() == Some(Form::Hearing)>
                                <p class="hd-field__hint" id="court-state-day-hint">{move || ui.get().court_hearing_hint}</p>
                            </Show>
                            {error("court-state-day", DAY)}
                            <input id="court-state-day" type="date"
                                max=move || (open.get() != Some(Form::Hearing)).then(|| app.today.to_string())
                                aria-invalid=move || has(DAY)().then_some("true")
                                aria-describedby=move || {
                                    let mut ids = Vec::new();
                                    if open.get() == Some(Form::Hearing) { ids.push("court-state-day-hint"); }
                                    if has(DAY)() { ids.push("court-state-day-error"); }
                                    (!ids.is_empty()).then(|| ids.join(" "))
                                }
                                prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev))/>
                        </div>
                        <Show when=move || open.get() == Some(Form::Decision)>
                            <div class="hd-field">
                                <label for="court-state-note">{move || ui.get().court_decision_note}</label>
                                {error("court-state-note", &[StateProblem::NoteTooLong])}
                                <textarea id="court-state-note" rows="3" maxlength=NOTE_MAX.to_string()
                                    aria-invalid=move || has(&[StateProblem::NoteTooLong])().then_some("true")
                                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                            </div>
                        </Show>
                        <div class="hd-actions">
                            <button type="submit" class="hd-button">{save_label}</button>
                            <button type="button" class="hd-button hd-button--secondary"
                                on:click=move |_| { open.set(None); problems.set(Vec::new()); }>{move || ui.get().court_cancel}</button>
                        </div>
                    </form>
                </Show>
            </section>
            {after}
            <details class="hd-details">
                <summary>{move || ui.get().court_request_letter}</summary>
                <pre class="hd-outbox__message">{move || request.with(|r| r.as_ref().map(|r| r.body.clone()))}</pre>
            </details>
            <p><A href=routes::COURT>{move || ui.get().court_others}</A></p>
        </Show>
    }
}

/// Moves the focus to the first element matching `selector` once it is drawn (the first
/// field of a form that just opened).
fn focus_soon(selector: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
