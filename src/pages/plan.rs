//! The plan (`/plan`): what goes well first, then concerns with their goals, meetings,
//! reports and decisions. Newest first everywhere; what is done or old is folded away, and
//! the search finds it there too. Every entry can be changed, and marked "not correct".
//!
//! The family's own comment stands beside the professionals' text, never merged into it.

use super::plan_edit::edit_href;
use crate::components::labels;
use crate::components::page::Page;
use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::due::{decision_terms, Term};
use crate::domain::household::{
    ConcernStatus, DecisionKind, EntryType, Household, Progress, Source,
};
use crate::domain::ordering::newest_first;
use crate::domain::plan_edit::{entry_text, EntryForm as Target};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Source: Marco Rossi, mentor · Verzuimoverzicht · Het Noorderlicht College · 27 September 2026".
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

/// Whether any of the texts contains the search words (case-insensitive).
fn matches(query: &str, texts: &[&str]) -> bool {
    let query = query.trim().to_lowercase();
    query.is_empty()
        || query
            .split_whitespace()
            .all(|word| texts.iter().any(|t| t.to_lowercase().contains(word)))
}

/// A young person's own comment (made in youth mode), shown as theirs.
fn youth_comment(
    h: &Household,
    ui: &'static Ui,
    text: &str,
    child: Option<&String>,
) -> Option<AnyView> {
    if text.trim().is_empty() {
        return None;
    }
    let name = child
        .and_then(|id| h.child(id))
        .map(|c| c.name.clone())
        .unwrap_or_else(|| ui.youth_someone.to_string());
    Some(
        view! {
            <div class="hd-comment hd-comment--youth">
                <p><strong>{fill(ui.youth_comment_by, &[("name", &name)])}</strong></p>
                <p>{text.to_string()}</p>
            </div>
        }
        .into_any(),
    )
}

/// An "edit" link whose accessible name says what it edits.
fn edit_link(ui: &'static Ui, href: String, what: &str) -> impl IntoView {
    view! {
        <A href=href attr:class="hd-link-action" attr:aria-label=fill(ui.plan_edit_named, &[("what", what)])>
            {ui.plan_edit}
        </A>
    }
}

/// The dispute about an entry, if the family raised one: its state and a link to it.
fn dispute_status(
    h: &Household,
    lang: Lang,
    entry: EntryType,
    id: &str,
    what: &str,
) -> Option<AnyView> {
    use crate::domain::household::DisputeStatus;
    let ui = content::ui(lang);
    let d = h.plan.dispute_for(entry, id)?;
    let parent = entry_text(&crate::domain::household::EntryRef {
        entry,
        id: id.to_string(),
    });
    let on = match d.status {
        DisputeStatus::Drafted => String::new(),
        DisputeStatus::Sent { on }
        | DisputeStatus::Answered { on }
        | DisputeStatus::Corrected { on }
        | DisputeStatus::Refused { on } => format!(" ({})", long_date(lang, on)),
    };
    let ruling = d
        .ruling
        .as_ref()
        .map(|r| format!(" · {}", labels::ruling(ui, r.outcome)))
        .unwrap_or_default();
    Some(
        view! {
            <p class="hd-entry__dispute">
                <span class="hd-tag hd-tag--disputed">{ui.plan_disputed}</span>" "
                {labels::dispute_state(ui, labels::dispute_state_name(d.status))}{on}{ruling}" "
                <A href=edit_href(Target::Dispute, Some(&d.id), Some(&parent))
                    attr:aria-label=fill(ui.plan_dispute_open_named, &[("what", what)])>
                    {ui.plan_dispute_open}
                </A>
            </p>
        }
        .into_any(),
    )
}

/// "Is this not correct?", for an entry the family has not disputed yet.
fn dispute_link(
    h: &Household,
    lang: Lang,
    entry: EntryType,
    id: &str,
    what: &str,
) -> Option<AnyView> {
    let ui = content::ui(lang);
    if h.plan.dispute_for(entry, id).is_some() {
        return None;
    }
    let parent = entry_text(&crate::domain::household::EntryRef {
        entry,
        id: id.to_string(),
    });
    Some(
        view! {
            <A href=edit_href(Target::Dispute, None, Some(&parent)) attr:class="hd-link-action"
                attr:aria-label=fill(ui.plan_dispute_named, &[("what", what)])>
                {ui.plan_dispute}
            </A>
        }
        .into_any(),
    )
}

fn add_button(ui: &'static Ui, target: Target, label: &'static str) -> impl IntoView {
    let _ = ui;
    view! {
        <A href=edit_href(target, None, None) attr:class="hd-button hd-button--small hd-button--secondary hd-add">
            {label}
        </A>
    }
}

/// A concern with its kind, source, the family's comment (editable inline) and its goals.
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
                let c = h.plan.concerns.iter().find(|c| c.id == concern_id)?;
                let goals: Vec<_> = h.plan.goals.iter().filter(|g| g.concerns.contains(&c.id)).collect();
                Some(view! {
                    <p class="hd-entry__meta">
                        <span class="hd-tag">{labels::entry_kind(ui, c.kind)}</span>
                        " "
                        <span class="hd-tag hd-tag--plain">{child_name(h, ui, c.child.as_ref())}</span>
                        {(c.status == ConcernStatus::Resolved).then(|| view! { " " <span class="hd-tag hd-tag--done">{ui.form_resolved}</span> })}
                    </p>
                    <p class="hd-entry__text">{c.text.clone()}</p>
                    <p class="hd-entry__source">{source_line(h, lang, &c.source)}</p>
                    {(!goals.is_empty()).then(|| view! {
                        <p class="hd-entry__goals">
                            {ui.plan_linked_goals}" "
                            {goals.iter().map(|g| view! { <span class="hd-tag hd-tag--plain">{g.text.clone()}" — "{labels::progress(ui, g.progress)}</span>" " }).collect_view()}
                        </p>
                    })}
                    {youth_comment(h, ui, &c.youth_comment, c.child.as_ref())}
                    {dispute_status(h, lang, EntryType::Concern, &c.id, &c.text)}
                    <p class="hd-entry__links">
                        {edit_link(ui, edit_href(Target::Concern, Some(&c.id), None), &c.text)}
                        {dispute_link(h, lang, EntryType::Concern, &c.id, &c.text)}
                        <A href=edit_href(Target::Goal, None, Some(&c.id)) attr:class="hd-link-action"
                            attr:aria-label=fill(ui.plan_add_goal_here_named, &[("what", &c.text)])>{ui.plan_add_goal_here}</A>
                    </p>
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
    let query = RwSignal::new(String::new());
    // Concerns as (open, resolved) id lists, newest first, filtered by the search.
    let concern_ids = Memo::new(move |_| {
        let q = query.get();
        app.household.with(|h| {
            let mut list: Vec<_> = h
                .iter()
                .flat_map(|h| h.plan.concerns.iter())
                .filter(|c| {
                    matches(
                        &q,
                        &[
                            &c.text,
                            &c.family_comment,
                            &c.source.person,
                            &c.source.document,
                        ],
                    )
                })
                .map(|c| (c.date, c.status, c.id.clone()))
                .collect();
            newest_first(&mut list, |c| Some(c.0), |c| &c.2);
            let (open, resolved): (Vec<_>, Vec<_>) =
                list.into_iter().partition(|c| c.1 == ConcernStatus::Open);
            (
                open.into_iter().map(|c| c.2).collect::<Vec<_>>(),
                resolved.into_iter().map(|c| c.2).collect::<Vec<_>>(),
            )
        })
    });
    let has_household = move || app.household.with(|h| h.is_some());
    let searching = move || !query.with(|q| q.trim().is_empty());
    // Read-only sections re-render when the household or the search changes; the concerns
    // are keyed so that an open comment form keeps its text and focus while saving.
    let block = move |render: fn(&Household, Lang, &str, Date) -> AnyView| {
        move || {
            let lang = app.lang.get();
            let q = query.get();
            app.household
                .with(|h| h.as_ref().map(|h| render(h, lang, &q, app.today)))
        }
    };
    view! {
        <Page title=title>
            <Show when=has_household fallback=move || view! {
                <p>{move || ui.get().empty_no_household}</p>
                <p><A href="/">{move || ui.get().empty_to_start}</A></p>
            }>
                <div class="hd-field hd-search hd-no-print" role="search">
                    <label for="plan-search">{move || ui.get().plan_search}</label>
                    <input id="plan-search" type="search" prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                {block(positives_section)}
                <section aria-labelledby="concerns-title" id="zorgen">
                    <div class="hd-section-head">
                        <h2 id="concerns-title">{move || ui.get().plan_concerns}</h2>
                        {move || add_button(ui.get(), Target::Concern, ui.get().plan_add_concern)}
                    </div>
                    <p class="hd-hint">{move || ui.get().plan_concerns_hint}</p>
                    <Show when=move || concern_ids.with(|c| c.0.is_empty() && c.1.is_empty())>
                        <p>{move || if searching() { ui.get().plan_nothing_found } else { ui.get().plan_none_yet }}</p>
                    </Show>
                    <ul class="hd-list">
                        <For each=move || concern_ids.get().0 key=|id| id.clone() let:id>
                            <li class="hd-card hd-entry"><ConcernCard id=id/></li>
                        </For>
                    </ul>
                    <Show when=move || concern_ids.with(|c| !c.1.is_empty())>
                        <details class="hd-fold" prop:open=searching>
                            <summary>{move || fill(ui.get().plan_resolved_concerns, &[("count", &concern_ids.with(|c| c.1.len()).to_string())])}</summary>
                            <ul class="hd-list">
                                <For each=move || concern_ids.get().1 key=|id| id.clone() let:id>
                                    <li class="hd-card hd-entry"><ConcernCard id=id/></li>
                                </For>
                            </ul>
                        </details>
                    </Show>
                </section>
                {block(goals_section)}
                {block(meetings_section)}
                {block(reports_section)}
                {block(decisions_section)}
            </Show>
        </Page>
    }
}

fn empty_note(ui: &'static Ui, empty: bool, query: &str) -> Option<AnyView> {
    empty.then(|| {
        let text = if query.trim().is_empty() {
            ui.plan_none_yet
        } else {
            ui.plan_nothing_found
        };
        view! { <p>{text}</p> }.into_any()
    })
}

/// Items split into shown and folded; while searching, nothing is folded.
fn fold<T>(items: Vec<T>, query: &str, old: impl Fn(&T) -> bool) -> (Vec<T>, Vec<T>) {
    if query.trim().is_empty() {
        items.into_iter().partition(|x| !old(x))
    } else {
        (items, Vec::new())
    }
}

/// What one plan section shows.
struct Section {
    anchor: &'static str,
    title: &'static str,
    add: (Target, &'static str),
    hint: Option<&'static str>,
    class: &'static str,
    shown: Vec<AnyView>,
    folded: Vec<AnyView>,
    /// The folded part's summary, with {count}.
    fold_label: &'static str,
}

/// A section: heading with its "add" button, the entries, and the folded older ones.
fn section(ui: &'static Ui, q: &str, s: Section) -> AnyView {
    let title_id = format!("{}-title", s.anchor);
    let labelled_by = title_id.clone();
    let empty = s.shown.is_empty() && s.folded.is_empty();
    let count = s.folded.len();
    let folded = (count > 0).then(|| {
        view! {
            <details class="hd-fold">
                <summary>{fill(s.fold_label, &[("count", &count.to_string())])}</summary>
                <ul class="hd-list">{s.folded}</ul>
            </details>
        }
    });
    view! {
        <section class=s.class aria-labelledby=labelled_by id=s.anchor>
            <div class="hd-section-head">
                <h2 id=title_id>{s.title}</h2>
                {add_button(ui, s.add.0, s.add.1)}
            </div>
            {s.hint.map(|h| view! { <p class="hd-hint">{h}</p> })}
            {empty_note(ui, empty, q)}
            <ul class="hd-list">{s.shown}</ul>
            {folded}
        </section>
    }
    .into_any()
}

fn views<T>(items: &[T], item: impl Fn(&T) -> AnyView) -> Vec<AnyView> {
    items.iter().map(item).collect()
}

fn positives_section(h: &Household, lang: Lang, q: &str, today: Date) -> AnyView {
    let ui = content::ui(lang);
    let mut positives: Vec<_> = h
        .plan
        .positives
        .iter()
        .filter(|p| matches(q, &[&p.text, &p.source.person, &p.source.document]))
        .collect();
    newest_first(&mut positives, |x| Some(x.date), |x| &x.id);
    let (recent, old) = fold(positives, q, |p| p.date < today.add_months(-6));
    let item = |p: &&crate::domain::household::Positive| {
        view! {
            <li>
                <p>{p.text.clone()}</p>
                <p class="hd-entry__source">{source_line(h, lang, &p.source)}</p>
                {dispute_status(h, lang, EntryType::Positive, &p.id, &p.text)}
                <p class="hd-entry__links">
                    {edit_link(ui, edit_href(Target::Positive, Some(&p.id), None), &p.text)}
                    {dispute_link(h, lang, EntryType::Positive, &p.id, &p.text)}
                </p>
            </li>
        }
    };
    section(
        ui,
        q,
        Section {
            anchor: "goed",
            title: ui.plan_positives,
            add: (Target::Positive, ui.plan_add_positive),
            hint: None,
            class: "hd-card hd-card--positive",
            shown: views(&recent, |x| item(x).into_any()),
            folded: views(&old, |x| item(x).into_any()),
            fold_label: ui.plan_older,
        },
    )
}

fn goals_section(h: &Household, lang: Lang, q: &str, _today: Date) -> AnyView {
    let ui = content::ui(lang);
    let mut goals: Vec<_> = h
        .plan
        .goals
        .iter()
        .filter(|g| {
            let notes: Vec<&str> = g
                .notes
                .iter()
                .map(|n| n.text.as_str())
                .chain(g.steps.iter().map(String::as_str))
                .collect();
            matches(q, &[&g.text, &notes.join(" ")])
        })
        .collect();
    newest_first(&mut goals, |x| Some(x.created), |x| &x.id);
    let (current, reached) = fold(goals, q, |g| g.progress == Progress::Reached);
    let item = |g: &&crate::domain::household::Goal| {
        view! {
            <li class="hd-card hd-entry">
                <p class="hd-entry__meta">
                    <span class="hd-tag">{labels::progress(ui, g.progress)}</span>" "
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
                {(!g.notes.is_empty()).then(|| {
                    let mut notes = g.notes.clone();
                    notes.sort_by_key(|n| std::cmp::Reverse(n.date));
                    view! {
                        <h3>{ui.plan_progress_notes}</h3>
                        <ul>{notes.into_iter().map(|n| view! { <li>{long_date(lang, n.date)}": "{n.text}</li> }).collect_view()}</ul>
                    }
                })}
                {youth_comment(h, ui, &g.youth_comment, g.child.as_ref())}
                {dispute_status(h, lang, EntryType::Goal, &g.id, &g.text)}
                <p class="hd-entry__links">
                    {edit_link(ui, edit_href(Target::Goal, Some(&g.id), None), &g.text)}
                    {dispute_link(h, lang, EntryType::Goal, &g.id, &g.text)}
                </p>
            </li>
        }
    };
    section(
        ui,
        q,
        Section {
            anchor: "doelen",
            title: ui.plan_goals,
            add: (Target::Goal, ui.plan_add_goal),
            hint: None,
            class: "",
            shown: views(&current, |x| item(x).into_any()),
            folded: views(&reached, |x| item(x).into_any()),
            fold_label: ui.plan_reached_goals,
        },
    )
}

fn meetings_section(h: &Household, lang: Lang, q: &str, _today: Date) -> AnyView {
    let ui = content::ui(lang);
    let mut meetings: Vec<_> = h
        .plan
        .meetings
        .iter()
        .filter(|m| {
            let agreements: Vec<&str> = m.agreements.iter().map(|a| a.text.as_str()).collect();
            matches(
                q,
                &[
                    &m.topic,
                    &m.notes,
                    &m.communication,
                    &m.attendees.join(" "),
                    &agreements.join(" "),
                ],
            )
        })
        .collect();
    newest_first(&mut meetings, |x| Some(x.date), |x| &x.id);
    // The three most recent meetings stay open; older ones fold away.
    let recent_ids: Vec<String> = meetings.iter().take(3).map(|m| m.id.clone()).collect();
    let (recent, old) = fold(meetings, q, |m| !recent_ids.contains(&m.id));
    let item = |m: &&crate::domain::household::Meeting| {
        let heading = fill(
            ui.plan_meeting_heading,
            &[
                ("kind", labels::meeting(ui, m.kind)),
                ("date", &long_date(lang, m.date)),
            ],
        );
        view! {
            <li class="hd-card hd-entry">
                <h3>{heading.clone()}</h3>
                {(!m.topic.is_empty()).then(|| view! { <p class="hd-entry__text">{m.topic.clone()}</p> })}
                <p>{ui.plan_attendees}" "{m.attendees.join(", ")}</p>
                <p>{if m.recording.recorded { fill(ui.plan_recorded_by, &[("by", &m.recording.by)]) } else { ui.plan_not_recorded.to_string() }}</p>
                {(!m.notes.is_empty()).then(|| view! { <p>{m.notes.clone()}</p> })}
                {(!m.communication.is_empty()).then(|| view! {
                    <p><strong>{ui.plan_communication}</strong>" "{m.communication.clone()}</p>
                })}
                <p><a href=format!("/noodstop?gesprek={}", m.id)>{ui.plan_meeting_stop}</a></p>
                <h4>{ui.plan_agreements}</h4>
                {m.agreements.is_empty().then(|| view! { <p>{ui.agreements_none}</p> })}
                <ol class="hd-agreements">
                    {m.agreements.iter().map(|a| view! {
                        <li>
                            <p>{a.text.clone()}</p>
                            <ul class="hd-accords">
                                {a.parties.iter().map(|p| {
                                    let mark = match p.agreed { Some(true) => "✓", Some(false) => "✗", None => "?" };
                                    view! { <li><span aria-hidden="true">{mark}" "</span>{p.party.clone()}": "{labels::accord(ui, p.agreed)}</li> }
                                }).collect_view()}
                            </ul>
                            <p class="hd-entry__links">{edit_link(ui, edit_href(Target::Agreement, Some(&a.id), Some(&m.id)), &a.text)}</p>
                        </li>
                    }).collect_view()}
                </ol>
                {dispute_status(h, lang, EntryType::Meeting, &m.id, &heading)}
                <p class="hd-entry__links">
                    <A href=format!("/plan/afspraken/{}", m.id) attr:class="hd-link-action">{ui.plan_agreements_list}</A>
                    <A href=edit_href(Target::Agreement, None, Some(&m.id)) attr:class="hd-link-action">{ui.plan_add_agreement}</A>
                    {edit_link(ui, edit_href(Target::Meeting, Some(&m.id), None), &heading)}
                    {dispute_link(h, lang, EntryType::Meeting, &m.id, &heading)}
                </p>
            </li>
        }
    };
    section(
        ui,
        q,
        Section {
            anchor: "gesprekken",
            title: ui.plan_meetings,
            add: (Target::Meeting, ui.plan_add_meeting),
            hint: None,
            class: "",
            shown: views(&recent, |x| item(x).into_any()),
            folded: views(&old, |x| item(x).into_any()),
            fold_label: ui.plan_older,
        },
    )
}

fn reports_section(h: &Household, lang: Lang, q: &str, today: Date) -> AnyView {
    let ui = content::ui(lang);
    let mut reports: Vec<_> = h
        .plan
        .reports
        .iter()
        .filter(|r| matches(q, &[&r.title, &r.response]))
        .collect();
    newest_first(&mut reports, |x| x.received, |x| &x.id);
    let (current, old) = fold(reports, q, |r| {
        r.goes_out.is_some_and(|d| d < today.add_months(-3))
    });
    let item = |r: &&crate::domain::household::Report| {
        view! {
            <li class="hd-card hd-entry">
                <p class="hd-entry__meta"><span class="hd-tag hd-tag--plain">{labels::report(ui, r.kind)}</span></p>
                <p class="hd-entry__text">{r.title.clone()}</p>
                {r.received.map(|d| view! { <p>{fill(ui.plan_received, &[("date", &long_date(lang, d))])}</p> })}
                {r.respond_by.map(|d| view! { <p><strong>{fill(ui.plan_respond_by, &[("date", &long_date(lang, d))])}</strong></p> })}
                {r.goes_out.map(|d| view! { <p>{fill(ui.plan_goes_out, &[("date", &long_date(lang, d))])}</p> })}
                {if r.response.is_empty() {
                    view! { <p class="hd-hint">{ui.plan_no_response}</p> }.into_any()
                } else {
                    view! { <div class="hd-comment"><p><strong>{ui.plan_our_response}</strong></p><p>{r.response.clone()}</p></div> }.into_any()
                }}
                {dispute_status(h, lang, EntryType::Report, &r.id, &r.title)}
                <p class="hd-entry__links">
                    {edit_link(ui, edit_href(Target::Report, Some(&r.id), None), &r.title)}
                    {dispute_link(h, lang, EntryType::Report, &r.id, &r.title)}
                </p>
            </li>
        }
    };
    section(
        ui,
        q,
        Section {
            anchor: "verslagen",
            title: ui.plan_reports,
            add: (Target::Report, ui.plan_add_report),
            hint: None,
            class: "",
            shown: views(&current, |x| item(x).into_any()),
            folded: views(&old, |x| item(x).into_any()),
            fold_label: ui.plan_older,
        },
    )
}

/// "Bron: … · gecontroleerd …" for a note.
fn note_source(lang: Lang, id: &str) -> String {
    let n = content::note(lang, id);
    fill(
        content::ui(lang).source_line,
        &[
            ("source", n.source),
            ("date", &content::checked_date(lang, n.checked)),
        ],
    )
}

fn decisions_section(h: &Household, lang: Lang, q: &str, today: Date) -> AnyView {
    let ui = content::ui(lang);
    let mut decisions: Vec<_> = h
        .plan
        .decisions
        .iter()
        .filter(|d| matches(q, &[&d.title, &d.note]))
        .collect();
    newest_first(&mut decisions, |x| Some(x.date), |x| &x.id);
    let item = |d: &&crate::domain::household::Decision| {
        let term_lines = decision_terms(d).into_iter().map(|(t, done)| {
            let last = t.last_day(d.date);
            let text = content::term(lang, t.id());
            let line = match done {
                Some(on) if t == Term::Hearing => fill(ui.plan_decision_heard, &[("date", &long_date(lang, on))]),
                Some(on) => fill(ui.plan_decision_acted, &[("date", &long_date(lang, on))]),
                None if last < today => fill(ui.plan_term_ended, &[("date", &long_date(lang, last))]),
                None => fill(ui.plan_term_until, &[
                    ("date", &long_date(lang, last)),
                    ("todo", &text.map(|t| fill(t.todo, &[("title", &d.title)])).unwrap_or_default()),
                ]),
            };
            let court = match (t, done) {
                (Term::WrittenInstruction, None) if last >= today => Some("aanwijzing"),
                (Term::PlacementRequest, None) if last >= today => Some("uithuisplaatsing"),
                _ => None,
            };
            view! {
                <p><strong>{line}</strong></p>
                {court.map(|kind| view! {
                    <p class="hd-no-print"><A href=format!("/hulp/rechter?soort={kind}&besluit={}", d.id)>{ui.court_open_short}</A></p>
                })}
                {text.map(|t| view! {
                    <p class="hd-hint">{t.rule.text}</p>
                    <p class="hd-statement__source">{fill(ui.source_line, &[("source", t.rule.source), ("date", &content::checked_date(lang, t.rule.checked))])}</p>
                    <p>{t.help}</p>
                })}
            }
        }).collect_view();
        let provisional = (d.kind == DecisionKind::ProvisionalRuling).then(|| view! {
            <p><strong>{fill(content::note(lang, "plan-provisional").text, &[("date", &long_date(lang, d.date.add_months(3)))])}</strong></p>
            <p class="hd-statement__source">{note_source(lang, "plan-provisional")}</p>
        });
        let by =
            d.by.as_deref()
                .and_then(|id| h.organisation(id))
                .map(|o| o.name.clone());
        view! {
            <li class="hd-card hd-entry">
                <p class="hd-entry__meta"><span class="hd-tag">{labels::decision(ui, d.kind)}</span></p>
                <p class="hd-entry__text">{d.title.clone()}</p>
                <p>{long_date(lang, d.date)}{by.map(|b| format!(" · {b}"))}</p>
                {term_lines}
                {provisional}
                {(!d.note.is_empty()).then(|| view! { <p>{d.note.clone()}</p> })}
                <p class="hd-entry__links">{edit_link(ui, edit_href(Target::Decision, Some(&d.id), None), &d.title)}</p>
            </li>
        }
    };
    section(
        ui,
        q,
        Section {
            anchor: "beslissingen",
            title: ui.plan_decisions,
            add: (Target::Decision, ui.plan_add_decision),
            hint: Some(ui.plan_decisions_hint),
            class: "",
            shown: views(&decisions, |x| item(x).into_any()),
            folded: views(&Vec::<&crate::domain::household::Decision>::new(), |x| {
                item(x).into_any()
            }),
            fold_label: ui.plan_older,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn search_needs_every_word_somewhere_and_ignores_case() {
        assert!(matches("", &["iets"]));
        assert!(matches(
            "daan ETEN",
            &["Daan zou thuis", "zonder avondeten"]
        ));
        assert!(!matches(
            "daan school",
            &["Daan zou thuis", "zonder avondeten"]
        ));
    }
}
