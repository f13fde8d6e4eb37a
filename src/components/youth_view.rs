//! Youth mode: a young person's view of the same household — "my plan" (goals and help for
//! me; what the adults worry about, with an easy sentence on what kind of statement it is,
//! the professionals' text unchanged), "who is who", "my rights", and the emergency stop in
//! youth wording. Texts at A2 level, from the content files.

use crate::components::statement::StatementList;
use crate::components::youth_comment::{Entry, YouthComment};
use crate::content::{self, fill, long_date, Ui};
use crate::domain::household::{ConcernStatus, EntryKind, Household, Progress};
use crate::domain::youth::{my_concerns, my_goals, who_am_i};
use crate::pages::network::role_label;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// What kind of statement a concern is, in easy words.
fn kind_sentence(ui: &'static Ui, kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Fact => ui.youth_kind_fact,
        EntryKind::Observation => ui.youth_kind_observation,
        EntryKind::Opinion => ui.youth_kind_opinion,
        EntryKind::Unknown => ui.youth_kind_unknown,
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

/// "Who are you?": the children's names as buttons.
fn choose_child(h: &Household, ui: &'static Ui) -> AnyView {
    let app = use_app();
    if h.children.is_empty() {
        return view! { <p>{ui.youth_no_children}</p> }.into_any();
    }
    view! {
        <section class="hd-card" aria-labelledby="youth-who-am-i">
            <h2 id="youth-who-am-i">{ui.youth_who_am_i}</h2>
            <p>{ui.youth_who_hint}</p>
            <div class="hd-actions">
                {h.children.iter().map(|c| {
                    let id = c.id.clone();
                    view! {
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| app.set_youth_child(&id)>
                            {c.name.clone()}
                        </button>
                    }
                }).collect_view()}
            </div>
        </section>
    }
    .into_any()
}

/// The youth view of the household.
#[component]
pub fn YouthView() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let chosen = app.youth_child.get();
        app.household.with(|h| {
            let Some(h) = h else { return ().into_any() };
            let Some(me) = who_am_i(h, &chosen) else {
                return choose_child(h, ui);
            };
            let name = me.name.clone();
            let goals = my_goals(h, &me.id);
            let concerns = my_concerns(h, &me.id);
            let offered = app.profile.with(|p| p.emergency_stop.offered);
            let other_children = h.children.len() > 1;
            view! {
                <section class="hd-youth" aria-labelledby="youth-hello">
                    <h2 id="youth-hello">{fill(ui.youth_hello, &[("name", &name)])}</h2>
                    <p>{ui.youth_intro}</p>
                    {other_children.then(|| view! {
                        <p><button type="button" class="hd-link-button" on:click=move |_| app.set_youth_child("")>{ui.youth_who_am_i}</button></p>
                    })}
                </section>
                <section class="hd-card hd-card--urgent" aria-labelledby="youth-stop">
                    <h2 id="youth-stop">{ui.youth_stop_title}</h2>
                    <p>{if offered { ui.youth_stop_offered } else { ui.youth_stop_not_offered }}</p>
                    <div class="hd-actions">
                        <A href="/noodstop" attr:class="hd-button hd-button--urgent">{ui.youth_stop_link}</A>
                        <a class="hd-button hd-button--secondary" href="tel:112">{ui.youth_call_112}</a>
                    </div>
                </section>
                <h2 id="youth-plan">{ui.youth_plan_title}</h2>
                <p class="hd-hint" id="youth-comment-hint">{ui.youth_comment_hint}</p>
                <section class="hd-card" aria-labelledby="youth-goals">
                    <h3 id="youth-goals">{ui.youth_goals_title}</h3>
                    {if goals.is_empty() {
                        view! { <p>{ui.youth_no_goals}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="hd-list">
                                {goals.iter().map(|g| {
                                    let due = g.due.map(|d| fill(ui.plan_due, &[("date", &long_date(lang, d))]));
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
                                                <h4>{ui.youth_steps}</h4>
                                                <ul class="hd-checklist">{g.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                                            })}
                                            {(!g.support.is_empty()).then(|| view! {
                                                <h4>{ui.youth_support}</h4>
                                                <ul class="hd-checklist">
                                                    {g.support.iter().map(|s| {
                                                        let by = org_name(h, s.by.as_ref()).map(|n| format!(" ({n})")).unwrap_or_default();
                                                        view! { <li>{s.text.clone()}{by}</li> }
                                                    }).collect_view()}
                                                </ul>
                                            })}
                                            <YouthComment entry=Entry::Goal id=g.id.clone() name=name.clone()/>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <section class="hd-card" aria-labelledby="youth-concerns">
                    <h3 id="youth-concerns">{ui.youth_concerns_title}</h3>
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
                                        <YouthComment entry=Entry::Concern id=c.id.clone() name=name.clone()/>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                <section class="hd-card" aria-labelledby="youth-who">
                    <h2 id="youth-who">{ui.youth_who_title}</h2>
                    <p>{ui.youth_who_intro}</p>
                    <ul class="hd-list">
                        {h.organisations.iter().map(|o| {
                            let role = content::partner(lang, &o.kind).map(|p| p.role).unwrap_or("");
                            view! {
                                <li>
                                    <p><strong>{o.name.clone()}</strong></p>
                                    {(!role.is_empty()).then(|| view! { <p>{role}</p> })}
                                    {(!o.people.is_empty()).then(|| view! {
                                        <ul class="hd-checklist">
                                            {o.people.iter().filter(|p| p.until.is_none()).map(|p| view! {
                                                <li>{p.name.clone()}" — "{role_label(ui, p.role)}</li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
                <section class="hd-card" aria-labelledby="youth-rights">
                    <h2 id="youth-rights">{ui.youth_rights_title}</h2>
                    <p>{ui.youth_rights_intro}</p>
                    <StatementList items=content::youth_rights(lang)/>
                </section>
            }
            .into_any()
        })
    }
}
