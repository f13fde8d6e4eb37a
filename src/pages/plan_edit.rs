//! Adding or changing one plan entry (`/plan/bewerk/<soort>/<id>`, `id` = `nieuw` for a new
//! one; `?bij=` names the meeting of an agreement or the entry a dispute is about).
//!
//! One screen per entry, so that the phone's back button and the keyboard behave; what the
//! user typed is kept as a draft until it is saved or thrown away; saving and removing can
//! be undone from the notice that follows.

use crate::components::correction_letter::CorrectionLetter;
use crate::components::form_field::{field_id, Control, FormField, Spec};
use crate::components::labels;
use crate::components::page::Page;
use crate::content::{self, fill, Lang, Ui};
use crate::domain::household::Household;
use crate::domain::plan_edit::{
    apply, fields_for, goals_of, remove, remove_concern_and_goals, FieldError, Fields, Problem,
    Removed, Target, ACCORDS, DECISION_KINDS, DISPUTE_STATES, ENTRY_KINDS, MEETING_KINDS, PROGRESS,
    REPORT_KINDS, RULING_OUTCOMES,
};
use crate::state::{use_app, use_ui};
use crate::store::drafts;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

/// The address of the form for an entry.
pub fn edit_href(target: Target, id: Option<&str>, parent: Option<&str>) -> String {
    let mut href = format!("/plan/bewerk/{}/{}", target.slug(), id.unwrap_or("nieuw"));
    if let Some(parent) = parent {
        href.push_str("?bij=");
        href.push_str(parent);
    }
    href
}

fn title(ui: &'static Ui, target: Target, new: bool) -> &'static str {
    match (target, new) {
        (Target::Positive, true) => ui.edit_new_positive,
        (Target::Positive, false) => ui.edit_positive,
        (Target::Concern, true) => ui.edit_new_concern,
        (Target::Concern, false) => ui.edit_concern,
        (Target::Goal, true) => ui.edit_new_goal,
        (Target::Goal, false) => ui.edit_goal,
        (Target::Meeting, true) => ui.edit_new_meeting,
        (Target::Meeting, false) => ui.edit_meeting,
        (Target::Agreement, true) => ui.edit_new_agreement,
        (Target::Agreement, false) => ui.edit_agreement,
        (Target::Report, true) => ui.edit_new_report,
        (Target::Report, false) => ui.edit_report,
        (Target::Decision, true) => ui.edit_new_decision,
        (Target::Decision, false) => ui.edit_decision,
        (Target::Dispute, _) => ui.edit_dispute,
    }
}

/// A problem in words.
pub fn problem_text(ui: &'static Ui, problem: Problem) -> &'static str {
    match problem {
        Problem::Required => ui.problem_required,
        Problem::BadDate => ui.problem_bad_date,
        Problem::InFuture => ui.problem_in_future,
        Problem::FarFuture => ui.problem_far_future,
        Problem::BeforeStart => ui.problem_before_start,
        Problem::BeforeStage => ui.problem_before_stage,
        Problem::TooOld => ui.problem_too_old,
        Problem::TooLong => ui.problem_too_long,
        Problem::UnknownChoice => ui.problem_unknown_choice,
    }
}

/// The choices of a domain list (stored name, value), with their words.
fn opts<T: Copy>(list: &[(&'static str, T)], label: impl Fn(T) -> &'static str) -> Control {
    Control::Select(
        list.iter()
            .map(|(v, t)| (v.to_string(), label(*t).to_string()))
            .collect(),
    )
}

fn with_none(none: &str, items: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), none.to_string()))
        .chain(items)
        .collect()
}

fn short(text: &str) -> String {
    let cut: String = text.chars().take(80).collect();
    if cut.len() < text.len() {
        format!("{}…", cut.trim_end())
    } else {
        cut
    }
}

/// The fields of a form, in order.
fn specs(h: &Household, ui: &'static Ui, target: Target, rows: usize) -> Vec<Spec> {
    let children = || {
        with_none(
            ui.form_whole_family,
            h.children.iter().map(|c| (c.id.clone(), c.name.clone())),
        )
    };
    let orgs = || {
        with_none(
            ui.form_unknown,
            h.organisations
                .iter()
                .map(|o| (o.id.clone(), o.name.clone())),
        )
    };
    let source = || {
        vec![
            Spec::new("source_person", ui.form_source_person, Control::Text),
            Spec::new("source_document", ui.form_source_document, Control::Text),
            Spec::new("source_org", ui.form_source_org, Control::Select(orgs())),
            Spec::new("source_date", ui.form_source_date, Control::Date),
        ]
    };
    let yes_no = || {
        Control::Select(vec![
            ("no".into(), ui.form_no.into()),
            ("yes".into(), ui.form_yes.into()),
        ])
    };
    match target {
        Target::Positive => {
            let mut v = vec![
                Spec::new("text", ui.form_positive_text, Control::Area(3)),
                Spec::new("date", ui.form_positive_date, Control::Date),
            ];
            v.extend(source());
            v
        }
        Target::Concern => {
            let mut v = vec![
                Spec::new("text", ui.form_concern_text, Control::Area(4))
                    .hint(ui.form_concern_text_hint),
                Spec::new(
                    "kind",
                    ui.form_concern_kind,
                    opts(&ENTRY_KINDS, |k| labels::entry_kind(ui, k)),
                )
                .hint(ui.form_concern_kind_hint),
                Spec::new("date", ui.form_concern_date, Control::Date),
                Spec::new(
                    "raised_by",
                    ui.form_concern_raised_by,
                    Control::Select(orgs()),
                ),
                Spec::new("child", ui.form_child, Control::Select(children())),
                Spec::new(
                    "status",
                    ui.form_concern_status,
                    Control::Select(vec![
                        ("open".into(), ui.form_open.into()),
                        ("resolved".into(), ui.form_resolved.into()),
                    ]),
                ),
            ];
            v.extend(source());
            v.push(
                Spec::new("family_comment", ui.form_family_comment, Control::Area(3))
                    .hint(ui.form_family_comment_hint),
            );
            v
        }
        Target::Goal => {
            let concerns = h
                .plan
                .concerns
                .iter()
                .map(|c| (c.id.clone(), short(&c.text)))
                .collect();
            vec![
                Spec::new("text", ui.form_goal_text, Control::Area(3)).hint(ui.form_goal_text_hint),
                Spec::new("concerns", ui.form_goal_concerns, Control::Checks(concerns)),
                Spec::new("child", ui.form_child, Control::Select(children())),
                Spec::new("steps", ui.form_goal_steps, Control::Area(4)).hint(ui.form_one_per_line),
                Spec::new("support", ui.form_goal_support, Control::Area(3))
                    .hint(ui.form_goal_support_hint),
                Spec::new("created", ui.form_goal_created, Control::Date),
                Spec::new("due", ui.form_goal_due, Control::Date),
                Spec::new(
                    "progress",
                    ui.form_goal_progress,
                    opts(&PROGRESS, |p| labels::progress(ui, p)),
                ),
                Spec::new("note", ui.form_goal_note, Control::Area(2)),
            ]
        }
        Target::Meeting => {
            vec![
                Spec::new("date", ui.form_meeting_date, Control::Date),
                Spec::new(
                    "kind",
                    ui.form_meeting_kind,
                    opts(&MEETING_KINDS, |k| labels::meeting(ui, k)),
                ),
                Spec::new("topic", ui.form_meeting_topic, Control::Text),
                Spec::new("attendees", ui.form_meeting_attendees, Control::Area(4))
                    .hint(ui.form_one_per_line),
                Spec::new("recorded", ui.form_meeting_recorded, yes_no())
                    .hint(ui.form_meeting_recorded_hint),
                Spec::new("recorded_by", ui.form_meeting_recorded_by, Control::Text),
                Spec::new("notes", ui.form_meeting_notes, Control::Area(4)),
                Spec::new(
                    "communication",
                    ui.form_meeting_communication,
                    Control::Area(3),
                )
                .hint(ui.form_meeting_communication_hint),
            ]
        }
        Target::Agreement => {
            let mut v = vec![Spec::new("text", ui.form_agreement_text, Control::Area(3))];
            for i in 0..rows {
                let n = (i + 1).to_string();
                v.push(Spec::new(
                    format!("party{i}"),
                    fill(ui.form_agreement_party, &[("n", &n)]),
                    Control::Text,
                ));
                v.push(Spec::new(
                    format!("accord{i}"),
                    fill(ui.form_agreement_accord, &[("n", &n)]),
                    opts(&ACCORDS, |a| labels::accord(ui, a)),
                ));
            }
            v
        }
        Target::Report => {
            vec![
                Spec::new("title", ui.form_report_title, Control::Text),
                Spec::new(
                    "kind",
                    ui.form_report_kind,
                    opts(&REPORT_KINDS, |k| labels::report(ui, k)),
                ),
                Spec::new("received", ui.form_report_received, Control::Date),
                Spec::new("respond_by", ui.form_report_respond_by, Control::Date)
                    .hint(ui.form_report_respond_by_hint),
                Spec::new("goes_out", ui.form_report_goes_out, Control::Date),
                Spec::new("response", ui.form_report_response, Control::Area(5)),
            ]
        }
        Target::Decision => {
            vec![
                Spec::new(
                    "kind",
                    ui.form_decision_kind,
                    opts(&DECISION_KINDS, |k| labels::decision(ui, k)),
                ),
                Spec::new("title", ui.form_decision_title, Control::Text),
                Spec::new("date", ui.form_decision_date, Control::Date)
                    .hint(ui.form_decision_date_hint),
                Spec::new("by", ui.form_decision_by, Control::Select(orgs())),
                Spec::new("acted", ui.form_decision_acted, Control::Date)
                    .hint(ui.form_decision_acted_hint),
                Spec::new("heard", ui.form_decision_heard, Control::Date)
                    .hint(ui.form_decision_heard_hint),
                Spec::new("note", ui.form_note, Control::Area(3)),
            ]
        }
        Target::Dispute => {
            vec![
                Spec::new("account", ui.form_dispute_account, Control::Area(5))
                    .hint(ui.form_dispute_account_hint),
                Spec::new(
                    "status",
                    ui.form_dispute_status,
                    Control::Select(
                        DISPUTE_STATES
                            .iter()
                            .map(|s| (s.to_string(), labels::dispute_state(ui, s).to_string()))
                            .collect(),
                    ),
                ),
                Spec::new("status_date", ui.form_dispute_status_date, Control::Date),
                Spec::new(
                    "ruling_outcome",
                    ui.form_ruling_outcome,
                    Control::Select(with_none(
                        ui.ruling_none,
                        RULING_OUTCOMES
                            .iter()
                            .map(|(v, o)| (v.to_string(), labels::ruling(ui, *o).to_string())),
                    )),
                )
                .hint(ui.form_ruling_outcome_hint),
                Spec::new("ruling_date", ui.form_ruling_date, Control::Date),
                Spec::new("ruling_text", ui.form_ruling_text, Control::Area(3)),
            ]
        }
    }
}

fn removed_message(ui: &'static Ui, removed: &Removed) -> String {
    let mut parts = vec![ui.edit_deleted.to_string()];
    if removed.goals_removed > 0 {
        parts.push(fill(
            ui.edit_removed_goals_too,
            &[("count", &removed.goals_removed.to_string())],
        ));
    }
    if removed.goals_unlinked > 0 {
        parts.push(fill(
            ui.edit_removed_goals,
            &[("count", &removed.goals_unlinked.to_string())],
        ));
    }
    if removed.disputes > 0 {
        parts.push(fill(
            ui.edit_removed_disputes,
            &[("count", &removed.disputes.to_string())],
        ));
    }
    if removed.requests_unlinked > 0 {
        parts.push(ui.edit_removed_requests.to_string());
    }
    parts.join(" ")
}

fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The edit route.
#[component]
pub fn PlanEditPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    move || {
        let slug = params.with(|p| p.get("kind")).unwrap_or_default();
        let id = params.with(|p| p.get("id")).filter(|id| id != "nieuw");
        let parent = query.with(|q| q.get("bij"));
        match Target::from_slug(&slug) {
            Some(target) => view! { <EditForm target id parent/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let ui = use_ui();
    view! {
        <Page title=Signal::derive(move || ui.get().edit_not_found_title.to_string())>
            <p>{move || ui.get().edit_not_found}</p>
            <p><A href="/plan">{move || ui.get().edit_back_to_plan}</A></p>
        </Page>
    }
}

#[component]
fn EditForm(target: Target, id: Option<String>, parent: Option<String>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let navigate = use_navigate();
    let initial = app.household.with_untracked(|h| {
        h.as_ref()
            .and_then(|h| fields_for(h, target, id.as_deref(), parent.as_deref(), app.today))
    });
    let Some(initial) = initial else {
        return view! { <NotFound/> }.into_any();
    };
    let draft_key = format!(
        "{}.{}.{}",
        target.slug(),
        id.as_deref().unwrap_or("nieuw"),
        parent.as_deref().unwrap_or("")
    );
    let restored = drafts::load(&draft_key).filter(|d| d != &initial);
    let draft_note = RwSignal::new(restored.is_some());
    let values = RwSignal::new(restored.unwrap_or_else(|| initial.clone()));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    {
        let key = draft_key.clone();
        let initial = initial.clone();
        Effect::new(move |_| {
            values.with(|v| {
                if v == &initial {
                    drafts::remove(&key)
                } else {
                    drafts::save(&key, v)
                }
            })
        });
    }
    let rows = Memo::new(move |_| {
        values.with(|v| {
            v.get("rows")
                .and_then(|r| r.parse::<usize>().ok())
                .unwrap_or(0)
        })
    });
    let new = id.is_none();
    let page_title = Signal::derive(move || title(ui.get(), target, new).to_string());
    let back = "/plan".to_string();

    let message =
        Callback::new(move |e: FieldError| problem_text(ui.get_untracked(), e.problem).to_string());
    let save = {
        let (id, parent, key, navigate) = (
            id.clone(),
            parent.clone(),
            draft_key.clone(),
            navigate.clone(),
        );
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let fields: Fields = values.get_untracked();
            let ui = ui.get_untracked();
            let result = app.try_change(ui.saved.to_string(), |h| {
                apply(
                    h,
                    target,
                    id.as_deref(),
                    parent.as_deref(),
                    &fields,
                    app.today,
                )
            });
            match result {
                Some(Ok(new_id)) => {
                    drafts::remove(&key);
                    errors.set(Vec::new());
                    // A new dispute stays on its screen, where the correction letter is made.
                    if target == Target::Dispute && id.is_none() {
                        navigate(
                            &edit_href(target, Some(&new_id), parent.as_deref()),
                            Default::default(),
                        );
                    } else {
                        navigate("/plan", Default::default());
                    }
                }
                Some(Err(problems)) => {
                    let first = problems.first().map(|p| field_id(&p.field));
                    errors.set(problems);
                    if let Some(first) = first {
                        request_animation_frame(move || focus(&first));
                    }
                }
                None => {}
            }
        }
    };
    // Removing: a concern that goals answer first asks what to do with those goals.
    let asking = RwSignal::new(0usize);
    let do_delete = {
        let (id, parent, key, navigate) = (
            id.clone(),
            parent.clone(),
            draft_key.clone(),
            navigate.clone(),
        );
        move |with_goals: bool| {
            let Some(id) = id.clone() else { return };
            let ui = ui.get_untracked();
            let result = app.try_change(String::new(), |h| {
                if with_goals {
                    remove_concern_and_goals(h, &id).ok_or(())
                } else {
                    remove(h, target, &id, parent.as_deref()).ok_or(())
                }
            });
            if let Some(Ok(removed)) = result {
                app.undo.update(|u| {
                    if let Some(u) = u {
                        u.message = removed_message(ui, &removed);
                    }
                });
                drafts::remove(&key);
                navigate("/plan", Default::default());
            }
        }
    };
    let delete = {
        let (id, do_delete) = (id.clone(), do_delete.clone());
        move |_| {
            let linked = match (&id, target) {
                (Some(id), Target::Concern) => app
                    .household
                    .with_untracked(|h| h.as_ref().map(|h| goals_of(h, id).len()))
                    .unwrap_or(0),
                _ => 0,
            };
            if linked > 0 {
                asking.set(linked);
                request_animation_frame(|| focus("delete-question"));
            } else {
                do_delete(false);
            }
        }
    };
    let discard = {
        let initial = initial.clone();
        move |_| {
            values.set(initial.clone());
            errors.set(Vec::new());
            draft_note.set(false);
        }
    };
    let add_row = move |_| {
        values.update(|v| {
            let n = v
                .get("rows")
                .and_then(|r| r.parse::<usize>().ok())
                .unwrap_or(0);
            v.insert("rows".into(), (n + 1).to_string());
        });
        let n = rows.get_untracked();
        request_animation_frame(move || focus(&field_id(&format!("party{}", n.saturating_sub(1)))));
    };
    let fields = move || {
        let lang: Lang = app.lang.get();
        let n = rows.get();
        app.household.with_untracked(|h| {
            h.as_ref().map(|h| {
                specs(h, content::ui(lang), target, n)
                    .into_iter()
                    .map(|spec| view! { <FormField spec values errors message/> })
                    .collect_view()
            })
        })
    };
    let dispute = (target == Target::Dispute).then(|| (id.clone(), parent.clone()));
    view! {
        <Page title=page_title>
            {move || draft_note.get().then(|| view! {
                <div class="hd-alert hd-alert--info" role="status">
                    <p>{ui.get().edit_draft_restored}</p>
                    <button type="button" class="hd-button hd-button--small hd-button--secondary" on:click=discard.clone()>
                        {ui.get().edit_discard_draft}
                    </button>
                </div>
            })}
            {dispute.clone().map(|(_, parent)| view! { <DisputedEntry parent=parent.unwrap_or_default()/> })}
            <form class="hd-form" on:submit=save novalidate>
                <Show when=move || !errors.with(Vec::is_empty)>
                    <p class="hd-alert hd-alert--error" role="alert">{move || ui.get().edit_not_saved}</p>
                </Show>
                {fields}
                {(target == Target::Agreement).then(|| view! {
                    <p><button type="button" class="hd-button hd-button--secondary hd-button--small" on:click=add_row>
                        {move || ui.get().edit_add_party}
                    </button></p>
                })}
                <div class="hd-actions hd-form__actions">
                    <button type="submit" class="hd-button">{move || ui.get().edit_save}</button>
                    <A href=back attr:class="hd-button hd-button--secondary">{move || ui.get().edit_cancel}</A>
                    {(!new).then(|| view! {
                        <button type="button" class="hd-button hd-button--danger" on:click=delete>{move || ui.get().edit_delete}</button>
                    })}
                </div>
            </form>
            {move || (asking.get() > 0).then(|| {
                let (keep, drop) = (do_delete.clone(), do_delete.clone());
                view! {
                    <section class="hd-card hd-alert hd-alert--warning" id="delete-question" tabindex="-1"
                        role="group" aria-labelledby="delete-question-title">
                        <h2 id="delete-question-title">{fill(ui.get().edit_goals_question, &[("count", &asking.get().to_string())])}</h2>
                        <div class="hd-actions">
                            <button type="button" class="hd-button hd-button--secondary" on:click=move |_| keep(false)>{ui.get().edit_keep_goals}</button>
                            <button type="button" class="hd-button hd-button--danger" on:click=move |_| drop(true)>{ui.get().edit_delete_goals}</button>
                            <button type="button" class="hd-button hd-button--secondary" on:click=move |_| asking.set(0)>{ui.get().edit_dont_delete}</button>
                        </div>
                    </section>
                }
            })}
            {dispute.and_then(|(id, _)| id).map(|id| view! { <CorrectionLetter dispute=id/> })}
        </Page>
    }
    .into_any()
}

/// The entry a dispute is about, quoted above the family's account.
#[component]
fn DisputedEntry(parent: String) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let text = move || {
        let entry = crate::domain::plan_edit::parse_entry(&parent)?;
        app.household.with(|h| {
            h.as_ref().and_then(|h| {
                h.plan
                    .entry_text(entry.entry, &entry.id)
                    .map(str::to_string)
            })
        })
    };
    view! {
        <section class="hd-card" aria-labelledby="disputed-title">
            <h2 id="disputed-title">{move || ui.get().edit_disputed_entry}</h2>
            <blockquote class="hd-quote">{text}</blockquote>
            <p class="hd-hint">{move || ui.get().edit_dispute_lead}</p>
        </section>
    }
}
