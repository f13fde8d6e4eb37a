//! One kind of request (`/hulp/rechter?soort=<kind>[&besluit=<decision id>]`): what it is, who
//! may ask, the term counted from the household's dates, whether a lawyer is needed, the form,
//! and the drafted letter to edit, print, share or e-mail, kept with the family's requests and
//! marked sent, which ends the term's reminder.

use super::{current_stage, focus_first_problem, not_fit_reason};
use crate::components::letter_actions::LetterActions;
use crate::components::statement::StatementList;
use crate::content::{self, court_kind, fill, long_date, plural, CourtKindText, Ui};
use crate::domain::court_request::{
    check, keep, letter, record_sent, term_status, Asker, CourtInput, CourtKind, CourtKindWords,
    CourtLetterTexts, CourtProblem, LetterDates, TermStatus,
};
use crate::domain::date::Date;
use crate::domain::household::DecisionKind;
use crate::routes;
use crate::state::{use_app, use_ui};
use crate::store::device;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

fn problem_text(ui: &'static Ui, p: CourtProblem) -> &'static str {
    use CourtProblem as P;
    match p {
        P::Kind | P::LawyerRequired => ui.court_lawyer_needed,
        P::Asker => ui.court_error_asker,
        P::AskerNotAllowed => ui.court_error_asker_not_allowed,
        P::ChildTooYoung => ui.court_error_child_too_young,
        P::Name => ui.court_error_name,
        P::Address => ui.court_error_address,
        P::Child => ui.court_error_child,
        P::BornInFuture => ui.court_error_born_future,
        P::Decision => ui.court_error_decision,
        P::DecisionDate => ui.court_error_decision_date,
        P::DecisionInFuture => ui.court_error_decision_future,
        P::DecisionBeforeStage => ui.court_error_decision_before_stage,
        P::AskedInFuture => ui.court_error_asked_future,
        P::Ask => ui.court_error_ask,
        P::Why => ui.court_error_why,
    }
}

fn asker_label(ui: &'static Ui, a: Asker) -> &'static str {
    match a {
        Asker::ParentWithAuthority => ui.court_asker_parent,
        Asker::Child12 => ui.court_asker_child,
        Asker::Carer => ui.court_asker_carer,
        Asker::ContactEntitled => ui.court_asker_contact,
    }
}

fn asker_id(a: Asker) -> &'static str {
    match a {
        Asker::ParentWithAuthority => "ouder",
        Asker::Child12 => "kind",
        Asker::Carer => "verzorger",
        Asker::ContactEntitled => "omgang",
    }
}

/// Which decisions a kind can be about (its term runs from them).
fn decision_fits(kind: CourtKind, d: DecisionKind) -> bool {
    match kind {
        CourtKind::Instruction | CourtKind::Contact => d == DecisionKind::WrittenInstruction,
        CourtKind::Placement => d == DecisionKind::PlacementRefusal,
        _ => false,
    }
}

/// One request: what it is, who may ask, the term, a lawyer or not, the letter, what next.
#[component]
pub(super) fn CourtRequestView(kind: CourtKind) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let query = use_query_map();
    let text = move || court_kind(app.lang.get(), kind.id());
    let stage = Memo::new(move |_| app.household.with(current_stage));
    let reason = move || not_fit_reason(ui.get(), kind.fits(stage.get().0));

    // The form, prefilled from the household where it knows the answer.
    let decision_id = RwSignal::new(
        query
            .with_untracked(|q| q.get("besluit"))
            .unwrap_or_default(),
    );
    let decision = RwSignal::new(String::new());
    let decision_date = RwSignal::new(String::new());
    let asked_on = RwSignal::new(String::new());
    let asker = RwSignal::new(if app.youth.get_untracked() {
        Some(Asker::Child12)
    } else {
        None::<Asker>
    });
    let name = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let child = RwSignal::new(String::new());
    let child_born = RwSignal::new(String::new());
    let institution = RwSignal::new(app.profile.with_untracked(|p| p.organisation.name.clone()));
    let others = RwSignal::new(String::new());
    let court = RwSignal::new(String::new());
    let ask = RwSignal::new(String::new());
    let why = RwSignal::new(String::new());
    let child_view = RwSignal::new(String::new());
    let late_reason = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<CourtProblem>::new());
    let letter_text = RwSignal::new(String::new());
    let note = RwSignal::new(None::<&'static str>);
    let kept_id = RwSignal::new(None::<String>);
    let sent_on = RwSignal::new(app.today.to_string());
    let sent_note = RwSignal::new(None::<String>);

    // Choosing a recorded decision fills in its title and date.
    let decisions = Memo::new(move |_| {
        app.household.with(|h| {
            h.as_ref()
                .map(|h| {
                    h.plan
                        .decisions
                        .iter()
                        .filter(|d| decision_fits(kind, d.kind))
                        .map(|d| (d.id.clone(), d.title.clone(), d.date))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let apply_decision = move |id: String| {
        if let Some((_, t, d)) = decisions.get_untracked().into_iter().find(|x| x.0 == id) {
            decision.set(t);
            decision_date.set(d.to_string());
        }
        decision_id.set(id);
    };
    if !decision_id.get_untracked().is_empty() {
        apply_decision(decision_id.get_untracked());
    } else if let Some(first) = decisions.get_untracked().first() {
        apply_decision(first.0.clone());
    }
    if let Some(first) = app.household.with_untracked(|h| {
        h.as_ref().and_then(|h| {
            let youth_child = app.youth_child.get_untracked();
            h.children
                .iter()
                .find(|c| c.id == youth_child)
                .or(h.children.first())
                .map(|c| c.name.clone())
        })
    }) {
        child.set(first);
    }

    let parse = |s: RwSignal<String>| Date::parse(s.get_untracked().trim()).ok();
    let input = move || CourtInput {
        kind: Some(kind),
        asker: asker.get_untracked(),
        name: name.get_untracked(),
        address: address.get_untracked(),
        contact: contact.get_untracked(),
        child: child.get_untracked(),
        child_born: parse(child_born),
        court: court.get_untracked(),
        institution: institution.get_untracked(),
        others: others.get_untracked(),
        decision: decision.get_untracked(),
        decision_date: parse(decision_date),
        asked_on: parse(asked_on),
        ask: ask.get_untracked(),
        why: why.get_untracked(),
        child_view: child_view.get_untracked(),
        late_reason: late_reason.get_untracked(),
    };
    // The term, from the date in the form (or the recorded decision).
    let term = Memo::new(move |_| {
        let sent = Date::parse(decision_date.get().trim()).ok();
        let asked = Date::parse(asked_on.get().trim()).ok();
        term_status(kind, sent, asked, app.today)
    });
    let late = move || matches!(term.get(), TermStatus::Passed { .. });

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let lang = app.lang.get_untracked();
        let input = input();
        let found = check(&input, app.today, stage.get_untracked().1);
        problems.set(found.clone());
        if !found.is_empty() {
            focus_first_problem();
            return;
        }
        let Some(words) = court_kind(lang, kind.id()) else {
            return;
        };
        let texts = CourtLetterTexts {
            to: ui.court_letter_to,
            court_unknown: ui.court_letter_court_unknown,
            heading: ui.court_letter_heading,
            subject: ui.court_letter_subject,
            requester: ui.court_letter_requester,
            role: [
                ui.court_letter_role_parent,
                ui.court_letter_role_child,
                ui.court_letter_role_carer,
                ui.court_letter_role_contact,
            ],
            child: ui.court_letter_child,
            born: ui.court_letter_born,
            others: ui.court_letter_others,
            decision: ui.court_letter_decision,
            asked: ui.court_letter_asked,
            ask: ui.court_letter_ask,
            why: ui.court_letter_why,
            child_view: ui.court_letter_child_view,
            late: ui.court_letter_late,
            closing: ui.court_letter_closing,
            attachments: ui.court_letter_attachments,
            attachment_decision: ui.court_letter_attachment_decision,
            signed: ui.court_letter_signed,
            signature: ui.court_letter_signature,
        };
        let date = |d: Option<Date>| d.map(|d| long_date(lang, d)).unwrap_or_default();
        let dates = (
            long_date(lang, app.today),
            date(input.child_born),
            date(input.decision_date),
            date(input.asked_on),
        );
        let text = letter(
            &input,
            kind,
            &CourtKindWords {
                name: words.name,
                request: words.request,
            },
            &texts,
            &LetterDates {
                today: &dates.0,
                born: &dates.1,
                decision: &dates.2,
                asked: &dates.3,
            },
            late(),
        );
        letter_text.set(text);
        kept_id.set(None);
        note.set(None);
    };
    let subject = move || {
        let lang = app.lang.get();
        let name = court_kind(lang, kind.id())
            .map(|t| t.name)
            .unwrap_or_default();
        fill(
            ui.get().court_letter_subject,
            &[("kind", name), ("article", kind.article())],
        )
    };
    let keep = move |_: ()| {
        let to = if court.get_untracked().trim().is_empty() {
            ui.get_untracked().court_letter_to.to_string()
        } else {
            court.get_untracked().trim().to_string()
        };
        let body = letter_text.get_untracked();
        let decision = decision_id.get_untracked();
        let mut id = None;
        app.change(|h| {
            id = Some(keep(
                h,
                kind,
                kind.needs_decision().then_some(decision),
                to,
                subject(),
                body,
                device::random_key(),
                device::now_ms(),
            ));
        });
        kept_id.set(id);
        note.set(Some(ui.get_untracked().court_kept));
    };
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let Some(id) = kept_id.get_untracked() else {
            sent_note.set(Some(ui.court_sent_keep_first.to_string()));
            return;
        };
        let on = Date::parse(sent_on.get_untracked().trim()).ok();
        let mut done = Err(Vec::new());
        app.change(|h| done = record_sent(h, &id, on, app.today, device::now_ms()));
        sent_note.set(Some(match (done, on) {
            (Ok(()), Some(on)) => fill(
                ui.court_sent_done,
                &[("date", &long_date(app.lang.get_untracked(), on))],
            ),
            _ => ui.court_error_sent_date.to_string(),
        }));
    };

    let field_error = move |id: &'static str, ps: &'static [CourtProblem]| {
        move || {
            let found: Vec<_> =
                problems.with(|all| all.iter().copied().filter(|p| ps.contains(p)).collect());
            (!found.is_empty()).then(|| view! {
                <p class="hd-field__error" id=format!("{id}-error")>
                    {found.into_iter().map(|p| problem_text(ui.get(), p)).collect::<Vec<_>>().join(" ")}
                </p>
            })
        }
    };
    let has_error = move |ps: &'static [CourtProblem]| {
        move || problems.with(|all| all.iter().any(|p| ps.contains(p)))
    };
    let text_field = move |id: &'static str,
                           label: fn(&Ui) -> &'static str,
                           value: RwSignal<String>,
                           rows: u32,
                           ps: &'static [CourtProblem],
                           autocomplete: &'static str| {
        let described = move || has_error(ps)().then(|| format!("{id}-error"));
        view! {
            <div class="hd-field">
                <label for=id>{move || label(ui.get())}</label>
                {field_error(id, ps)}
                {if rows == 0 {
                    view! { <input id=id type="text" autocomplete=autocomplete aria-invalid=move || has_error(ps)().then_some("true") aria-describedby=described
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/> }.into_any()
                } else {
                    view! { <textarea id=id rows=rows aria-invalid=move || has_error(ps)().then_some("true") aria-describedby=described
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea> }.into_any()
                }}
            </div>
        }
    };
    let date_field = move |id: &'static str,
                           label: fn(&Ui) -> &'static str,
                           value: RwSignal<String>,
                           ps: &'static [CourtProblem]| {
        let described = move || has_error(ps)().then(|| format!("{id}-error"));
        view! {
            <div class="hd-field">
                <label for=id>{move || label(ui.get())}</label>
                {field_error(id, ps)}
                <input id=id type="date" max=app.today.to_string() aria-invalid=move || has_error(ps)().then_some("true") aria-describedby=described
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    let statements =
        move |pick: fn(&'static CourtKindText) -> &'static [crate::content::Statement]| {
            move || text().map(|t| view! { <StatementList items=pick(t)/> })
        };
    let term_line = move || {
        let ui = ui.get();
        let lang = app.lang.get();
        match term.get() {
            TermStatus::NoTerm => None,
            TermStatus::NoDate => {
                Some(("hd-alert hd-alert--info", ui.court_term_no_date.to_string()))
            }
            TermStatus::WaitingForDecision => {
                Some(("hd-alert hd-alert--info", ui.court_term_waiting.to_string()))
            }
            TermStatus::Running {
                last_day,
                days_left: 0,
            } => Some((
                "hd-alert hd-alert--warning",
                fill(
                    ui.court_term_today,
                    &[("date", &content::last_day(lang, last_day))],
                ),
            )),
            TermStatus::Running {
                last_day,
                days_left,
            } => Some((
                "hd-alert hd-alert--warning",
                fill(
                    plural(
                        days_left as u64,
                        ui.court_term_running_one,
                        ui.court_term_running_other,
                    ),
                    &[
                        ("days", &days_left.to_string()),
                        ("date", &content::last_day(lang, last_day)),
                    ],
                ),
            )),
            TermStatus::Passed { last_day, .. } => Some((
                "hd-alert hd-alert--warning",
                fill(
                    ui.court_term_passed,
                    &[("date", &content::last_day(lang, last_day))],
                ),
            )),
        }
        .map(|(class, line)| view! { <p class=class role="status">{line}</p> })
    };

    view! {
        {move || reason().map(|r| view! { <p class="hd-alert hd-alert--info">{r}</p> })}
        <p class="hd-muted hd-no-print">{move || ui.get().court_no_advice}</p>
        <section aria-labelledby="court-what" class="hd-no-print">
            <h2 id="court-what">{move || ui.get().court_what}</h2>
            {statements(|t| t.about)}
            <h2>{move || ui.get().court_who}</h2>
            {statements(|t| t.who)}
            <h2>{move || ui.get().court_term}</h2>
            {term_line}
            {statements(|t| t.term)}
            <h2>{move || ui.get().court_lawyer}</h2>
            {statements(|t| t.lawyer)}
        </section>
        {kind.drafted().then(|| view! {
            <section aria-labelledby="court-form" class="hd-no-print">
                <h2 id="court-form">{move || ui.get().court_form}</h2>
                <form class="hd-form" on:submit=make novalidate>
                    <Show when=move || !problems.with(|p| p.is_empty())>
                        <div class="hd-alert hd-alert--error" role="alert">
                            <p>{move || ui.get().court_errors_heading}</p>
                            <ul>{move || problems.get().into_iter().map(|p| view! { <li>{problem_text(ui.get(), p)}</li> }).collect_view()}</ul>
                        </div>
                    </Show>
                    <fieldset class="hd-field" class:hd-field--error=has_error(&[CourtProblem::Asker, CourtProblem::AskerNotAllowed, CourtProblem::ChildTooYoung])>
                        <legend>{move || ui.get().court_asker}</legend>
                        {field_error("court-asker", &[CourtProblem::Asker, CourtProblem::AskerNotAllowed, CourtProblem::ChildTooYoung])}
                        {kind.askers().iter().copied().map(|a| view! {
                            <label class="hd-check">
                                <input type="radio" name="court-asker" value=asker_id(a)
                                    prop:checked=move || asker.get() == Some(a)
                                    on:change=move |_| asker.set(Some(a))/>
                                <span>{move || asker_label(ui.get(), a)}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    {kind.needs_decision().then(|| view! {
                        <Show when=move || !decisions.with(|d| d.is_empty())>
                            <div class="hd-field">
                                <label for="court-decision-pick">{move || ui.get().court_decision_pick}</label>
                                <select id="court-decision-pick" on:change=move |ev| apply_decision(event_target_value(&ev))>
                                    {move || decisions.get().into_iter().map(|(id, t, d)| {
                                        let selected = decision_id.get_untracked() == id;
                                        view! { <option value=id.clone() selected=selected>{format!("{t} ({})", long_date(app.lang.get(), d))}</option> }
                                    }).collect_view()}
                                    <option value="" selected=move || decision_id.get().is_empty()>{move || ui.get().court_decision_other}</option>
                                </select>
                            </div>
                        </Show>
                        {text_field("court-decision", |u| u.court_decision_title, decision, 0, &[CourtProblem::Decision], "off")}
                        {date_field("court-decision-date", |u| u.court_decision_date, decision_date, &[CourtProblem::DecisionDate, CourtProblem::DecisionInFuture, CourtProblem::DecisionBeforeStage])}
                    })}
                    {(kind == CourtKind::Placement).then(|| date_field("court-asked", |u| u.court_asked_on, asked_on, &[CourtProblem::AskedInFuture]))}
                    {text_field("court-name", |u| u.court_name, name, 0, &[CourtProblem::Name], "name")}
                    {text_field("court-address", |u| u.court_address, address, 0, &[CourtProblem::Address], "street-address")}
                    {text_field("court-contact", |u| u.court_contact, contact, 0, &[], "tel")}
                    {text_field("court-child", |u| u.court_child, child, 0, &[CourtProblem::Child], "off")}
                    {date_field("court-child-born", |u| u.court_child_born, child_born, &[CourtProblem::BornInFuture])}
                    {text_field("court-institution", |u| u.court_institution, institution, 0, &[], "organization")}
                    {text_field("court-others", |u| u.court_others_label, others, 0, &[], "off")}
                    <div class="hd-field">
                        <label for="court-court">{move || ui.get().court_court}</label>
                        <p class="hd-field__hint" id="court-court-hint">{move || ui.get().court_court_hint}</p>
                        <input id="court-court" type="text" aria-describedby="court-court-hint"
                            prop:value=move || court.get() on:input=move |ev| court.set(event_target_value(&ev))/>
                    </div>
                    {text_field("court-ask", |u| u.court_ask, ask, 3, &[CourtProblem::Ask], "off")}
                    {text_field("court-why", |u| u.court_why, why, 6, &[CourtProblem::Why], "off")}
                    {kind.asks_child_view().then(|| text_field("court-child-view", |u| u.court_child_view, child_view, 3, &[], "off"))}
                    <Show when=late>
                        {text_field("court-late", |u| u.court_late_reason, late_reason, 3, &[], "off")}
                    </Show>
                    <button type="submit" class="hd-button">{move || ui.get().court_make}</button>
                </form>
            </section>
            <Show when=move || !letter_text.with(|t| t.is_empty())>
                <section class="hd-card" aria-labelledby="court-result">
                    <h2 id="court-result" class="hd-no-print">{move || ui.get().court_result}</h2>
                    <div class="hd-field hd-no-print">
                        <label for="court-text">{move || ui.get().letter_edit}</label>
                        <textarea id="court-text" rows="20" class="hd-letter"
                            prop:value=move || letter_text.get() on:input=move |ev| letter_text.set(event_target_value(&ev))></textarea>
                    </div>
                    <pre class="hd-letter-print">{move || letter_text.get()}</pre>
                    <LetterActions text=letter_text subject=Signal::derive(subject) email=Signal::derive(String::new)
                        on_keep=Callback::new(keep) note/>
                    <form class="hd-form hd-no-print" on:submit=record novalidate aria-labelledby="court-sent">
                        <h3 id="court-sent">{move || ui.get().court_sent_heading}</h3>
                        <div class="hd-field">
                            <label for="court-sent-on">{move || ui.get().court_sent_date}</label>
                            <input id="court-sent-on" type="date" max=app.today.to_string()
                                prop:value=move || sent_on.get() on:input=move |ev| sent_on.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit" class="hd-button hd-button--secondary">{move || ui.get().court_sent_save}</button>
                        {move || sent_note.get().map(|n| view! { <p role="status">{n}</p> })}
                    </form>
                    {move || kept_id.get().map(|id| view! {
                        <p class="hd-no-print"><A href=crate::routes::court_request(&id)>{ui.get().court_open_request}</A></p>
                    })}
                </section>
            </Show>
        })}
        <section aria-labelledby="court-next" class="hd-no-print">
            <h2 id="court-next">{move || ui.get().court_next}</h2>
            {statements(|t| t.next)}
            {statements(|t| t.appeal)}
            <p><A href=routes::COURT>{move || ui.get().court_others}</A></p>
        </section>
    }
}
