//! "My plan" in youth mode (`/plan`, and instead of every plan editing screen): the goals and
//! concerns about this young person and the whole family — never a brother's or sister's —
//! with an easy sentence on what kind of statement each is, the professionals' text unchanged,
//! the parents' reactions read-only and marked as theirs, and the young person's own comment.

use crate::components::page::Page;
use crate::components::youth_comment::{Entry, YouthComment};
use crate::components::youth_view::{choose_child, me, Me};
use crate::content::{self, fill, long_date, Ui};
use crate::domain::household::{ConcernStatus, Household, Progress, StatementKind};
use crate::domain::youth::{my_concerns, my_goals};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// What kind of statement a concern is, in easy words.
fn kind_sentence(ui: &'static Ui, kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Fact => ui.youth_kind_fact,
        StatementKind::Observation => ui.youth_kind_observation,
        StatementKind::Opinion => ui.youth_kind_opinion,
        StatementKind::Unknown => ui.youth_kind_unknown,
    }
}

fn progress_words(ui: &'static Ui, progress: Progress) -> &'static str {
    match progress {
        Progress::NotStarted => ui.youth_progress_not_started,
        Progress::Working => ui.youth_progress_working,
        Progress::Reached => ui.youth_progress_reached,
    }
}

fn org_name(h: &Household, id: Option<&String>) -> Option<String> {
    let id = id?;
    h.organisations
        .iter()
        .find(|o| &o.id == id)
        .map(|o| o.name.clone())
}

/// The plan of one young person.
fn plan_of(h: &Household, me_id: &str, name: &str, lang: content::Lang) -> AnyView {
    let ui = content::ui(lang);
    let goals = my_goals(h, me_id);
    let concerns = my_concerns(h, me_id);
    view! {
        <p class="hd-hint" id="youth-comment-hint">{ui.youth_comment_hint}</p>
        <section class="hd-card" aria-labelledby="youth-goals">
            <h2 id="youth-goals">{ui.youth_goals_title}</h2>
            {if goals.is_empty() {
                view! { <p>{ui.youth_no_goals}</p> }.into_any()
            } else {
                view! {
                    <ul class="hd-list">
                        {goals.iter().map(|g| {
                            let due = g.due.map(|d| fill(ui.youth_mode_due, &[("date", &long_date(lang, d))]));
                            view! {
                                <li class="hd-youth-goal">
                                    <p class="hd-entry__meta">
                                        <span class="hd-tag hd-tag--plain">{if g.child.is_some() { ui.youth_goal_for_me } else { ui.youth_goal_for_family }}</span>
                                        " "
                                        <span class="hd-tag">{progress_words(ui, g.progress)}</span>
                                    </p>
                                    <p class="hd-entry__text">{g.text.clone()}</p>
                                    {due.map(|d| view! { <p class="hd-muted">{d}</p> })}
                                    {(!g.steps.is_empty()).then(|| view! {
                                        <h3>{ui.youth_steps}</h3>
                                        <ul class="hd-checklist">{g.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                                    })}
                                    {(!g.support.is_empty()).then(|| view! {
                                        <h3>{ui.youth_support}</h3>
                                        <ul class="hd-checklist">
                                            {g.support.iter().map(|s| {
                                                let by = org_name(h, s.by.as_ref()).map(|n| format!(" ({n})")).unwrap_or_default();
                                                view! { <li>{s.text.clone()}{by}</li> }
                                            }).collect_view()}
                                        </ul>
                                    })}
                                    <YouthComment entry=Entry::Goal id=g.id.clone() name=name.to_string()/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="hd-card" aria-labelledby="youth-concerns">
            <h2 id="youth-concerns">{ui.youth_concerns_title}</h2>
            <p class="hd-hint">{ui.youth_concerns_hint}</p>
            {if concerns.is_empty() {
                view! { <p>{ui.youth_no_concerns}</p> }.into_any()
            } else {
                view! {
                    <ul class="hd-list">
                        {concerns.iter().map(|c| view! {
                            <li class="hd-youth-concern">
                                <p><strong>{kind_sentence(ui, c.kind)}</strong>" "{if c.status == ConcernStatus::Open { ui.youth_status_open } else { ui.youth_status_resolved }}</p>
                                <p class="hd-muted">{ui.youth_what_it_says}</p>
                                <blockquote class="hd-entry__text">{c.text.clone()}</blockquote>
                                {(!c.family_comment.trim().is_empty()).then(|| view! {
                                    <blockquote class="hd-youth-parents">
                                        <p class="hd-youth-comment__by">{ui.youth_mode_parents_reaction}</p>
                                        <p>{c.family_comment.clone()}</p>
                                    </blockquote>
                                })}
                                <YouthComment entry=Entry::Concern id=c.id.clone() name=name.to_string()/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

/// The youth plan screen.
#[component]
pub fn YouthPlanPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().youth_plan_title.to_string());
    // The plan without the young person's own comments: saving a comment does not redraw the
    // plan (and so keeps its "saved" message and focus).
    let plan = Memo::new(move |_| {
        app.household.with(|h| {
            h.clone().map(|mut h| {
                h.plan
                    .concerns
                    .iter_mut()
                    .for_each(|c| c.youth_comment.clear());
                h.plan
                    .goals
                    .iter_mut()
                    .for_each(|g| g.youth_comment.clear());
                h
            })
        })
    });
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let chosen = app.youth_child.get();
                plan.with(|h| match me(h.as_ref(), &chosen) {
                    Me::NoHousehold => view! { <p>{ui.youth_mode_no_plan}</p> }.into_any(),
                    Me::NoChildren => view! { <p>{ui.youth_no_children}</p> }.into_any(),
                    Me::NotChosen => h.as_ref().map(|h| choose_child(h, ui)).into_any(),
                    Me::Child(child) => h
                        .as_ref()
                        .map(|h| plan_of(h, &child.id, &child.name, lang))
                        .into_any(),
                })
            }}
        </Page>
    }
}
