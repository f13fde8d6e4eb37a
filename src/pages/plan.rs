//! The plan (`/plan`): what goes well first, then concerns with their goals, meetings, reports.
//!
//! Newest first everywhere. The family's own comment stands beside the professionals' text.

use crate::components::page::Page;
use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::household::{
    Concern, EntryKind, EntryType, Household, MeetingKind, Progress, Source,
};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The words for a plan entry's kind.
pub fn kind_label(ui: &'static Ui, kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Fact => ui.kind_fact,
        EntryKind::Observation => ui.kind_observation,
        EntryKind::Opinion => ui.kind_opinion,
        EntryKind::Unknown => ui.kind_unknown,
    }
}

/// The words for a goal's progress.
pub fn progress_label(ui: &'static Ui, progress: Progress) -> &'static str {
    match progress {
        Progress::NotStarted => ui.progress_not_started,
        Progress::Working => ui.progress_working,
        Progress::Reached => ui.progress_reached,
    }
}

fn meeting_label(ui: &'static Ui, kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Information => ui.meeting_information,
        MeetingKind::Plan => ui.meeting_plan,
        MeetingKind::Mediation => ui.meeting_mediation,
        MeetingKind::Court => ui.meeting_court,
        MeetingKind::Other => ui.meeting_other,
    }
}

/// "Source: Marco Rossi, mentor — Verzuimoverzicht (Het Noorderlicht College), 27 September 2026".
fn source_line(h: &Household, lang: Lang, source: &Source) -> String {
    let ui = content::ui(lang);
    let mut parts = Vec::new();
    if !source.person.is_empty() {
        parts.push(source.person.clone());
    }
    if !source.document.is_empty() {
        parts.push(source.document.clone());
    }
    if let Some(org) = source
        .organisation
        .as_deref()
        .and_then(|id| h.organisation(id))
    {
        parts.push(org.name.clone());
    }
    if let Some(date) = source.date {
        parts.push(long_date(lang, date));
    }
    if parts.is_empty() {
        ui.plan_source_unknown.to_string()
    } else {
        fill(ui.plan_source, &[("source", &parts.join(" · "))])
    }
}

fn child_name(h: &Household, ui: &'static Ui, child: Option<&String>) -> String {
    match child.and_then(|id| h.child(id)) {
        Some(c) => fill(ui.plan_for_child, &[("name", &c.name)]),
        None => ui.plan_for_family.to_string(),
    }
}

/// A concern with its kind, source, the family's comment (editable) and linked goals.
#[component]
fn ConcernCard(id: String) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let comment_id = format!("comment-{id}");
    let initial = app.household.with_untracked(|h| {
        h.as_ref()
            .and_then(|h| h.plan.concerns.iter().find(|c| c.id == id))
            .map(|c| c.family_comment.clone())
    });
    let draft = RwSignal::new(initial.unwrap_or_default());
    let concern_id = id.clone();
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        let id = id.clone();
        app.change(|h| {
            if let Some(c) = h.plan.concerns.iter_mut().find(|c| c.id == id) {
                c.family_comment = text.trim().to_string();
            }
        });
        saved.set(true);
    };
    view! {
        {move || {
            let lang = app.lang.get();
            let ui = content::ui(lang);
            app.household.with(|h| h.as_ref().and_then(|h| {
                let c: &Concern = h.plan.concerns.iter().find(|c| c.id == concern_id)?;
                let goals: Vec<_> = h.plan.goals.iter().filter(|g| g.concerns.contains(&c.id)).collect();
                Some(view! {
                    <p class="hd-entry__meta">
                        <span class="hd-tag">{kind_label(ui, c.kind)}</span>
                        " "
                        <span class="hd-tag hd-tag--plain">{child_name(h, ui, c.child.as_ref())}</span>
                        {h.plan.dispute_for(EntryType::Concern, &c.id).is_some().then(|| view! { " " <span class="hd-tag hd-tag--disputed">{ui.plan_disputed}</span> })}
                    </p>
                    <p class="hd-entry__text">{c.text.clone()}</p>
                    <p class="hd-entry__source">{source_line(h, lang, &c.source)}</p>
                    {(!goals.is_empty()).then(|| view! {
                        <p class="hd-entry__goals">
                            {ui.plan_linked_goals}" "
                            {goals.iter().map(|g| view! { <span class="hd-tag hd-tag--plain">{g.text.clone()}" — "{progress_label(ui, g.progress)}</span>" " }).collect_view()}
                        </p>
                    })}
                })
            }))
        }}
        <form class="hd-comment" on:submit=save>
            <label for=comment_id.clone()>{move || ui.get().plan_family_comment}</label>
            <textarea id=comment_id rows="3"
                prop:value=move || draft.get()
                on:input=move |ev| { saved.set(false); draft.set(event_target_value(&ev)); }></textarea>
            <button type="submit" class="hd-button hd-button--small">{move || ui.get().plan_save_comment}</button>
            <Show when=move || saved.get()>
                <span class="hd-saved" role="status">{move || ui.get().saved}</span>
            </Show>
        </form>
    }
}

/// The plan route.
#[component]
pub fn PlanPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().plan_title.to_string());
    let concern_ids = Memo::new(move |_| {
        app.household.with(|h| {
            let mut list: Vec<_> = h
                .iter()
                .flat_map(|h| h.plan.concerns.iter())
                .map(|c| (c.date, c.id.clone()))
                .collect();
            list.sort_by_key(|item| std::cmp::Reverse(item.0));
            list.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
        })
    });
    let has_household = move || app.household.with(|h| h.is_some());
    // Read-only sections re-render when the household changes; the concerns are keyed so that
    // an open comment form keeps its text and focus while the household is saved.
    let block = move |render: fn(&Household, Lang, &'static Ui) -> AnyView| {
        move || {
            let lang = app.lang.get();
            app.household
                .with(|h| h.as_ref().map(|h| render(h, lang, content::ui(lang))))
        }
    };
    view! {
        <Page title=title>
            <Show when=has_household fallback=move || view! {
                <p>{move || ui.get().empty_no_household}</p>
                <p><A href="/">{move || ui.get().empty_to_start}</A></p>
            }>
                {block(positives_section)}
                <section aria-labelledby="concerns-title">
                    <h2 id="concerns-title">{move || ui.get().plan_concerns}</h2>
                    <p class="hd-hint">{move || ui.get().plan_concerns_hint}</p>
                    <Show when=move || concern_ids.with(|c| c.is_empty())>
                        <p>{move || ui.get().plan_none_yet}</p>
                    </Show>
                    <ul class="hd-list">
                        <For each=move || concern_ids.get() key=|id| id.clone() let:id>
                            <li class="hd-card hd-entry"><ConcernCard id=id/></li>
                        </For>
                    </ul>
                </section>
                {block(goals_section)}
                {block(meetings_section)}
                {block(reports_section)}
            </Show>
        </Page>
    }
}

fn empty_note(ui: &'static Ui, empty: bool) -> Option<AnyView> {
    empty.then(|| view! { <p>{ui.plan_none_yet}</p> }.into_any())
}

fn positives_section(h: &Household, lang: Lang, ui: &'static Ui) -> AnyView {
    let mut positives = h.plan.positives.clone();
    positives.sort_by_key(|x| std::cmp::Reverse(x.date));
    view! {
        <section class="hd-card hd-card--positive" aria-labelledby="positives-title">
            <h2 id="positives-title">{ui.plan_positives}</h2>
            {empty_note(ui, positives.is_empty())}
            <ul class="hd-list">
                {positives.iter().map(|p| view! {
                    <li><p>{p.text.clone()}</p><p class="hd-entry__source">{source_line(h, lang, &p.source)}</p></li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

fn goals_section(h: &Household, lang: Lang, ui: &'static Ui) -> AnyView {
    let mut goals = h.plan.goals.clone();
    goals.sort_by_key(|x| std::cmp::Reverse(x.created));
    view! {
        <section aria-labelledby="goals-title">
            <h2 id="goals-title">{ui.plan_goals}</h2>
            {empty_note(ui, goals.is_empty())}
            <ul class="hd-list">
                {goals.iter().map(|g| view! {
                    <li class="hd-card hd-entry">
                        <p class="hd-entry__meta">
                            <span class="hd-tag">{progress_label(ui, g.progress)}</span>" "
                            <span class="hd-tag hd-tag--plain">{child_name(h, ui, g.child.as_ref())}</span>
                        </p>
                        <p class="hd-entry__text">{g.text.clone()}</p>
                        {g.due.map(|d| view! { <p>{fill(ui.plan_due, &[("date", &long_date(lang, d))])}</p> })}
                        {(!g.steps.is_empty()).then(|| view! {
                            <h3>{ui.plan_steps}</h3>
                            <ul>{g.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                        })}
                        {(!g.support.is_empty()).then(|| view! {
                            <h3>{ui.plan_support}</h3>
                            <ul>{g.support.iter().map(|s| {
                                let by = s.by.as_deref().and_then(|id| h.organisation(id)).map(|o| format!(" ({})", o.name)).unwrap_or_default();
                                view! { <li>{s.text.clone()}{by}</li> }
                            }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

fn meetings_section(h: &Household, lang: Lang, ui: &'static Ui) -> AnyView {
    let mut meetings = h.plan.meetings.clone();
    meetings.sort_by_key(|x| std::cmp::Reverse(x.date));
    view! {
        <section aria-labelledby="meetings-title">
            <h2 id="meetings-title">{ui.plan_meetings}</h2>
            {empty_note(ui, meetings.is_empty())}
            <ul class="hd-list">
                {meetings.iter().map(|m| view! {
                    <li class="hd-card hd-entry">
                        <h3>{fill(ui.plan_meeting_heading, &[("kind", meeting_label(ui, m.kind)), ("date", &long_date(lang, m.date))])}</h3>
                        <p>{ui.plan_attendees}" "{m.attendees.join(", ")}</p>
                        <p>{if m.recording.recorded { fill(ui.plan_recorded_by, &[("by", &m.recording.by)]) } else { ui.plan_not_recorded.to_string() }}</p>
                        {(!m.notes.is_empty()).then(|| view! { <p>{m.notes.clone()}</p> })}
                        {(!m.communication.is_empty()).then(|| view! {
                            <p><strong>{ui.plan_communication}</strong>" "{m.communication.clone()}</p>
                        })}
                        <p><a href=format!("/noodstop?gesprek={}", m.id)>{ui.plan_meeting_stop}</a></p>
                        <h4>{ui.plan_agreements}</h4>
                        <ol class="hd-agreements">
                            {m.agreements.iter().map(|a| view! {
                                <li>
                                    <p>{a.text.clone()}</p>
                                    <ul class="hd-accords">
                                        {a.parties.iter().map(|p| {
                                            let (mark, word) = match p.agreed {
                                                Some(true) => ("✓", ui.plan_agreed_yes),
                                                Some(false) => ("✗", ui.plan_agreed_no),
                                                None => ("?", ui.plan_agreed_unknown),
                                            };
                                            view! { <li><span aria-hidden="true">{mark}" "</span>{p.party.clone()}": "{word}</li> }
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }).collect_view()}
                        </ol>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

fn reports_section(h: &Household, lang: Lang, ui: &'static Ui) -> AnyView {
    let mut reports = h.plan.reports.clone();
    reports.sort_by_key(|x| std::cmp::Reverse(x.received));
    view! {
        <section aria-labelledby="reports-title">
            <h2 id="reports-title">{ui.plan_reports}</h2>
            {empty_note(ui, reports.is_empty())}
            <ul class="hd-list">
                {reports.iter().map(|r| view! {
                    <li class="hd-card hd-entry">
                        <p class="hd-entry__text">{r.title.clone()}</p>
                        {r.respond_by.map(|d| view! { <p><strong>{fill(ui.plan_respond_by, &[("date", &long_date(lang, d))])}</strong></p> })}
                        {r.goes_out.map(|d| view! { <p>{fill(ui.plan_goes_out, &[("date", &long_date(lang, d))])}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
