//! Adding or changing one plan entry (`/plan/bewerk/<soort>/<id>`, `id` = `nieuw` for a new
//! one; `?bij=` names the meeting of an agreement or the entry a dispute is about).
//!
//! One screen per entry, so that the phone's back button and the keyboard behave; what the
//! user typed is kept as a draft until it is saved or thrown away; saving and removing can
//! be undone from the notice that follows. The fields come from the entry's declaration in
//! `domain::plan_edit` (`FieldSpec`): this page names no field.

mod correction_letter;
mod form_field;

use crate::components::labels;
use crate::components::page::Page;
use crate::content::{fill, plural, Ui};
use crate::domain::household::Household;
use crate::domain::plan_edit::*;
use crate::routes;
use crate::state::{use_app, use_ui};
use crate::store::drafts;
use correction_letter::CorrectionLetter;
use form_field::{field_id, Control, FormField, Spec};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

/// The address of the form for an entry.
pub fn edit_href(form: EntryForm, id: Option<&str>, parent: Option<&str>) -> String {
    let mut href = routes::plan_edit(form.slug(), id.unwrap_or(routes::NEW));
    if let Some(parent) = parent {
        href.push_str("?bij=");
        href.push_str(parent);
    }
    href
}

fn title(ui: &'static Ui, form: EntryForm, new: bool) -> &'static str {
    let (new_title, title) = match form {
        EntryForm::Positive => (ui.edit_new_positive, ui.edit_positive),
        EntryForm::Concern => (ui.edit_new_concern, ui.edit_concern),
        EntryForm::Goal => (ui.edit_new_goal, ui.edit_goal),
        EntryForm::Meeting => (ui.edit_new_meeting, ui.edit_meeting),
        EntryForm::Agreement => (ui.edit_new_agreement, ui.edit_agreement),
        EntryForm::Report => (ui.edit_new_report, ui.edit_report),
        EntryForm::Decision => (ui.edit_new_decision, ui.edit_decision),
        EntryForm::Dispute => (ui.edit_dispute, ui.edit_dispute),
    };
    if new {
        new_title
    } else {
        title
    }
}

/// A problem in words.
pub fn problem_text(ui: &'static Ui, problem: FieldProblem) -> &'static str {
    match problem {
        FieldProblem::Required => ui.problem_required,
        FieldProblem::BadDate => ui.problem_bad_date,
        FieldProblem::InFuture => ui.problem_in_future,
        FieldProblem::FarFuture => ui.problem_far_future,
        FieldProblem::BeforeStart => ui.problem_before_start,
        FieldProblem::BeforeStage => ui.problem_before_stage,
        FieldProblem::TooOld => ui.problem_too_old,
        FieldProblem::TooLong => ui.problem_too_long,
        FieldProblem::UnknownChoice => ui.problem_unknown_choice,
    }
}

type Options = Vec<(String, String)>;

/// The choices of a domain list (stored name, value), with their words.
fn opts<T: Copy>(list: &[(&'static str, T)], label: impl Fn(T) -> &'static str) -> Options {
    list.iter()
        .map(|(v, t)| (v.to_string(), label(*t).to_string()))
        .collect()
}

fn with_none(none: &str, items: impl IntoIterator<Item = (String, String)>) -> Options {
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

/// A choice list in words.
fn choices(ui: &'static Ui, choices: Choices) -> Options {
    match choices {
        Choices::StatementKind => opts(&ENTRY_KINDS, |k| labels::entry_kind(ui, k)),
        Choices::ConcernStatus => opts(&CONCERN_STATUSES, |s| match s {
            crate::domain::household::ConcernStatus::Open => ui.form_open,
            crate::domain::household::ConcernStatus::Resolved => ui.form_resolved,
        }),
        Choices::Progress => opts(&PROGRESS, |p| labels::progress(ui, p)),
        Choices::MeetingKind => opts(&MEETING_KINDS, |k| labels::meeting(ui, k)),
        Choices::YesNo => opts(&YES_NO, |yes| if yes { ui.form_yes } else { ui.form_no }),
        Choices::Accord => opts(&ACCORDS, |a| labels::accord(ui, a)),
        Choices::ReportKind => opts(&REPORT_KINDS, |k| labels::report(ui, k)),
        Choices::DecisionKind => opts(&DECISION_KINDS, |k| labels::decision(ui, k)),
        Choices::DisputeState => DISPUTE_STATES
            .iter()
            .map(|s| (s.to_string(), labels::dispute_state(ui, s).to_string()))
            .collect(),
        Choices::RulingOutcome => with_none(
            ui.ruling_none,
            opts(&RULING_OUTCOMES, |o| labels::ruling(ui, o)),
        ),
    }
}

/// The control for a declared input.
fn control(h: &Household, ui: &'static Ui, input: Input) -> Control {
    match input {
        Input::Text => Control::Text,
        Input::Area(rows) | Input::Lines(rows) => Control::Area(rows),
        Input::Date(_) => Control::Date,
        Input::Choice(list) => Control::Select(choices(ui, list)),
        Input::Organisation => Control::Select(with_none(
            ui.form_unknown,
            h.organisations
                .iter()
                .map(|o| (o.id.clone(), o.name.clone())),
        )),
        Input::Child => Control::Select(with_none(
            ui.form_whole_family,
            h.children.iter().map(|c| (c.id.clone(), c.name.clone())),
        )),
        Input::Concerns => Control::Checks(
            h.plan
                .concerns
                .iter()
                .map(|c| (c.id.clone(), short(&c.text)))
                .collect(),
        ),
    }
}

/// A declared field as the form shows it: label and hint from `[form]`, a row's number.
fn spec(h: &Household, ui: &'static Ui, field: Field) -> Spec {
    let text = |key: &str| ui.form(key).unwrap_or(key).to_string();
    let n = field.row.map(|i| (i + 1).to_string());
    let label = match &n {
        Some(n) => fill(&text(field.spec.label), &[("n", n)]),
        None => text(field.spec.label),
    };
    Spec {
        name: field.name,
        label,
        hint: field.spec.hint.map(text),
        control: control(h, ui, field.spec.input),
    }
}

fn removed_message(ui: &'static Ui, removed: &Removed) -> String {
    let mut parts = vec![ui.edit_deleted.to_string()];
    let counted = [
        (
            removed.goals_removed,
            ui.edit_removed_goals_too_one,
            ui.edit_removed_goals_too_other,
        ),
        (
            removed.goals_unlinked,
            ui.edit_removed_goals_one,
            ui.edit_removed_goals_other,
        ),
        (
            removed.disputes,
            ui.edit_removed_disputes_one,
            ui.edit_removed_disputes_other,
        ),
    ];
    for (count, one, other) in counted.into_iter().filter(|(count, ..)| *count > 0) {
        parts.push(fill(
            plural(count as u64, one, other),
            &[("count", &count.to_string())],
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
        match EntryForm::from_slug(&slug) {
            Some(form) => view! { <EditForm form id parent/> }.into_any(),
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
            <p><A href=routes::PLAN>{move || ui.get().edit_back_to_plan}</A></p>
        </Page>
    }
}

/// The form's values, kept as a draft under `key` while they differ from `initial`;
/// whether a draft was restored.
fn use_draft(key: String, initial: Fields) -> (RwSignal<Fields>, RwSignal<bool>) {
    let restored = drafts::load(&key).filter(|d| d != &initial);
    let draft_note = RwSignal::new(restored.is_some());
    let values = RwSignal::new(restored.unwrap_or_else(|| initial.clone()));
    Effect::new(move |_| {
        values.with(|v| {
            if v == &initial {
                drafts::remove(&key)
            } else {
                drafts::save(&key, v)
            }
        })
    });
    (values, draft_note)
}

/// What the form edits.
#[derive(Clone)]
struct Editing {
    form: EntryForm,
    id: Option<String>,
    parent: Option<String>,
    draft_key: String,
}

/// Saves the form, or shows its problems and moves the focus to the first.
fn save(
    e: &Editing,
    values: RwSignal<Fields>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl Fn(leptos::ev::SubmitEvent) + 'static {
    let (app, ui, navigate, e) = (use_app(), use_ui(), use_navigate(), e.clone());
    move |ev| {
        ev.prevent_default();
        let fields: Fields = values.get_untracked();
        let (id, parent) = (e.id.as_deref(), e.parent.as_deref());
        let result = app.try_change(ui.get_untracked().saved.to_string(), |h| {
            e.form.apply(h, id, parent, &fields, app.today)
        });
        match result {
            Some(Ok(new_id)) => {
                drafts::remove(&e.draft_key);
                errors.set(Vec::new());
                // A new dispute stays on its screen, where the correction letter is made.
                if e.form == EntryForm::Dispute && id.is_none() {
                    navigate(
                        &edit_href(e.form, Some(&new_id), parent),
                        Default::default(),
                    );
                } else {
                    navigate(routes::PLAN, Default::default());
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
}

/// Removes the entry (a concern with the goals that answer only it, if `with_goals`).
fn delete(e: &Editing) -> impl Fn(bool) + Clone + 'static {
    let (app, ui, navigate, e) = (use_app(), use_ui(), use_navigate(), e.clone());
    move |with_goals: bool| {
        let Some(id) = e.id.as_deref() else { return };
        let result = app.try_change(String::new(), |h| {
            if with_goals {
                remove_concern_and_goals(h, id).ok_or(())
            } else {
                e.form.remove(h, id, e.parent.as_deref()).ok_or(())
            }
        });
        if let Some(Ok(removed)) = result {
            let message = removed_message(ui.get_untracked(), &removed);
            app.undo.update(|u| {
                if let Some(u) = u {
                    u.message = message;
                }
            });
            drafts::remove(&e.draft_key);
            navigate(routes::PLAN, Default::default());
        }
    }
}

#[component]
fn EditForm(form: EntryForm, id: Option<String>, parent: Option<String>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let initial = app.household.with_untracked(|h| {
        h.as_ref()
            .and_then(|h| form.read(h, id.as_deref(), parent.as_deref(), app.today))
    });
    let Some(initial) = initial else {
        return view! { <NotFound/> }.into_any();
    };
    let draft_key = format!(
        "{}.{}.{}",
        form.slug(),
        id.as_deref().unwrap_or("nieuw"),
        parent.as_deref().unwrap_or("")
    );
    let e = Editing {
        form,
        id: id.clone(),
        parent: parent.clone(),
        draft_key: draft_key.clone(),
    };
    let (values, draft_note) = use_draft(draft_key, initial.clone());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let new = id.is_none();
    let page_title = Signal::derive(move || title(ui.get(), form, new).to_string());
    let discard = move |_| {
        values.set(initial.clone());
        errors.set(Vec::new());
        draft_note.set(false);
    };
    let add_row = move |_| {
        let mut first = None;
        values.update(|v| first = form.add_row(v));
        if let Some(first) = first {
            request_animation_frame(move || focus(&field_id(&first)));
        }
    };
    let asking = RwSignal::new(0usize);
    let dispute = (form == EntryForm::Dispute).then(|| (id.clone(), parent.clone()));
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
            {dispute.clone().map(|(_, parent)| view! { <DisputedParent parent=parent.unwrap_or_default()/> })}
            <form class="hd-form" on:submit=save(&e, values, errors) novalidate>
                <Show when=move || !errors.with(Vec::is_empty)>
                    <p class="hd-alert hd-alert--error" role="alert">{move || ui.get().edit_not_saved}</p>
                </Show>
                <FormFields form values errors/>
                {(form == EntryForm::Agreement).then(|| view! {
                    <p><button type="button" class="hd-button hd-button--secondary hd-button--small" on:click=add_row>
                        {move || ui.get().edit_add_party}
                    </button></p>
                })}
                <Actions e=e.clone() asking/>
            </form>
            <DeleteQuestion e asking/>
            {dispute.and_then(|(id, _)| id).map(|id| view! { <CorrectionLetter dispute=id/> })}
        </Page>
    }
    .into_any()
}

/// The declared fields of the form, re-rendered when the language or the rows change.
#[component]
fn FormFields(
    form: EntryForm,
    values: RwSignal<Fields>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let (app, ui) = (use_app(), use_ui());
    let message =
        Callback::new(move |e: FieldError| problem_text(ui.get_untracked(), e.problem).to_string());
    let shown = Memo::new(move |_| values.with(|v| form.fields(v)));
    move || {
        let ui = ui.get();
        let shown = shown.get();
        app.household.with_untracked(|h| {
            h.as_ref().map(|h| {
                shown
                    .into_iter()
                    .map(|field| view! { <FormField spec=spec(h, ui, field) values errors message/> })
                    .collect_view()
            })
        })
    }
}

/// Save, cancel and delete; deleting a concern that goals answer first asks about them
/// (`asking` holds how many).
#[component]
fn Actions(e: Editing, asking: RwSignal<usize>) -> impl IntoView {
    let (app, ui) = (use_app(), use_ui());
    let do_delete = delete(&e);
    let ask = {
        let e = e.clone();
        move |_| {
            let linked = match (&e.id, e.form) {
                (Some(id), EntryForm::Concern) => app
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
    view! {
        <div class="hd-actions hd-form__actions">
            <button type="submit" class="hd-button">{move || ui.get().edit_save}</button>
            <A href=routes::PLAN.to_string() attr:class="hd-button hd-button--secondary">{move || ui.get().edit_cancel}</A>
            {e.id.is_some().then(|| view! {
                <button type="button" class="hd-button hd-button--danger" on:click=ask>{move || ui.get().edit_delete}</button>
            })}
        </div>
    }
}

/// What to do with the goals that answer a concern being removed.
#[component]
fn DeleteQuestion(e: Editing, asking: RwSignal<usize>) -> impl IntoView {
    let ui = use_ui();
    let do_delete = delete(&e);
    move || {
        (asking.get() > 0).then(|| {
            let (keep, drop) = (do_delete.clone(), do_delete.clone());
            view! {
                <section class="hd-card hd-alert hd-alert--warning" id="delete-question" tabindex="-1"
                    role="group" aria-labelledby="delete-question-title">
                    <h2 id="delete-question-title">{fill(plural(asking.get() as u64, ui.get().edit_goals_question_one, ui.get().edit_goals_question_other), &[("count", &asking.get().to_string())])}</h2>
                    <div class="hd-actions">
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| keep(false)>{ui.get().edit_keep_goals}</button>
                        <button type="button" class="hd-button hd-button--danger" on:click=move |_| drop(true)>{ui.get().edit_delete_goals}</button>
                        <button type="button" class="hd-button hd-button--secondary" on:click=move |_| asking.set(0)>{ui.get().edit_dont_delete}</button>
                    </div>
                </section>
            }
        })
    }
}

/// The entry a dispute is about, quoted above the family's account.
#[component]
fn DisputedParent(parent: String) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let text = move || {
        let entry = parse_entry(&parent)?;
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

#[cfg(test)]
mod tests {
    use crate::content::{ui, Lang};
    use crate::domain::plan_edit::ALL;

    #[test]
    fn every_declared_label_and_hint_is_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            for spec in ALL.iter().flat_map(|form| form.specs()) {
                for key in std::iter::once(spec.label).chain(spec.hint) {
                    let text = ui(lang).form(key);
                    assert!(text.is_some(), "{lang:?}: [form] {key} ({})", spec.name);
                }
            }
        }
    }
}
