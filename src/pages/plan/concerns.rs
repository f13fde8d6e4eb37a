//! Concerns: open ones first, resolved ones folded; each with its goals and the family's
//! comment, which can be written right here.

use super::{
    add_button, child_name, dispute_link, dispute_status, edit_href, edit_link, empty_note, lists,
    matches, rows, source_line, youth_comment, Lists, Row,
};
use crate::components::labels;
use crate::content::{self, fill};
use crate::domain::date::Date;
use crate::domain::household::{Concern, ConcernStatus, DisputedEntry, Household, Progress};
use crate::domain::ordering::newest_first;
use crate::domain::plan_edit::EntryForm;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// A concern, with the goals that answer it (text and progress).
type ConcernRow = Row<Concern, Vec<(String, Progress)>>;

fn build(h: &Household) -> Vec<ConcernRow> {
    h.plan
        .concerns
        .iter()
        .map(|c| {
            let goals = h
                .plan
                .goals
                .iter()
                .filter(|g| g.concerns.contains(&c.id))
                .map(|g| (g.text.clone(), g.progress))
                .collect();
            Row::new(
                h,
                c.clone(),
                Some((DisputedEntry::Concern, &c.id)),
                c.source.organisation.as_deref(),
                c.child.as_ref(),
                goals,
            )
        })
        .collect()
}

/// Open and resolved concerns that match the search, newest first (resolved ones stay
/// apart while searching too; their fold opens).
fn split_rows(rows: &[ConcernRow], q: &str, _today: Date) -> Lists {
    let mut found: Vec<&ConcernRow> = rows
        .iter()
        .filter(|r| {
            let c = &r.entry;
            matches(
                q,
                &[
                    &c.text,
                    &c.family_comment,
                    &c.source.person,
                    &c.source.document,
                ],
            )
        })
        .collect();
    newest_first(&mut found, |r| Some(r.entry.date), |r| &r.entry.id);
    let (open, resolved): (Vec<_>, Vec<_>) = found
        .into_iter()
        .partition(|r| r.entry.status == ConcernStatus::Open);
    let ids = |list: Vec<&ConcernRow>| list.iter().map(|r| r.entry.id.clone()).collect();
    (ids(open), ids(resolved))
}

/// A concern with its kind, source, the family's comment (editable inline) and its goals.
#[component]
fn ConcernCard(id: String, row: Memo<Option<ConcernRow>>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let comment_id = format!("comment-{id}");
    let initial = row.with_untracked(|r| r.as_ref().map(|r| r.entry.family_comment.clone()));
    let draft = RwSignal::new(initial.unwrap_or_default());
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
            row.with(|r| r.as_ref().map(|r| {
                let c = &r.entry;
                let goals = &r.extra;
                view! {
                    <p class="hd-entry__meta">
                        <span class="hd-tag">{labels::entry_kind(ui, c.kind)}</span>
                        " "
                        <span class="hd-tag hd-tag--plain">{child_name(r, ui)}</span>
                        {(c.status == ConcernStatus::Resolved).then(|| view! { " " <span class="hd-tag hd-tag--done">{ui.form_resolved}</span> })}
                    </p>
                    <p class="hd-entry__text">{c.text.clone()}</p>
                    <p class="hd-entry__source">{source_line(r, lang, &c.source)}</p>
                    {(!goals.is_empty()).then(|| view! {
                        <p class="hd-entry__goals">
                            {ui.plan_linked_goals}" "
                            {goals.iter().map(|(text, progress)| view! { <span class="hd-tag hd-tag--plain">{text.clone()}" — "{labels::progress(ui, *progress)}</span>" " }).collect_view()}
                        </p>
                    })}
                    {youth_comment(r, ui, &c.youth_comment)}
                    {dispute_status(r, lang, DisputedEntry::Concern, &c.id, &c.text)}
                    <p class="hd-entry__links">
                        {edit_link(ui, edit_href(EntryForm::Concern, Some(&c.id), None), &c.text)}
                        {dispute_link(r, lang, DisputedEntry::Concern, &c.id, &c.text)}
                        <A href=edit_href(EntryForm::Goal, None, Some(&c.id)) attr:class="hd-link-action"
                            attr:aria-label=fill(ui.plan_add_goal_here_named, &[("what", &c.text)])>{ui.plan_add_goal_here}</A>
                    </p>
                }
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

/// A keyed list of concern cards.
fn cards(
    rows: Memo<Vec<ConcernRow>>,
    ids: impl Fn() -> Vec<String> + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <For each=ids key=|id| id.clone() children=move |id: String| {
            let key = id.clone();
            let row = Memo::new(move |_| rows.with(|r| r.iter().find(|r| r.entry.id == key).cloned()));
            view! { <li class="hd-card hd-entry"><ConcernCard id=id row=row/></li> }
        }/>
    }
}

/// The section, reading the concerns (and the goals that answer them) only.
pub(super) fn section(query: RwSignal<String>) -> AnyView {
    let ui = use_ui();
    let rows = rows(build);
    let lists = lists(rows, query, split_rows);
    let searching = move || !query.with(|q| q.trim().is_empty());
    view! {
        <section aria-labelledby="concerns-title" id="zorgen">
            <div class="hd-section-head">
                <h2 id="concerns-title">{move || ui.get().plan_concerns}</h2>
                {move || add_button(EntryForm::Concern, ui.get().plan_add_concern)}
            </div>
            <p class="hd-hint">{move || ui.get().plan_concerns_hint}</p>
            <Show when=move || lists.with(|(open, resolved)| open.is_empty() && resolved.is_empty())>
                <p>{move || empty_note(ui.get(), &query.read())}</p>
            </Show>
            <ul class="hd-list">{cards(rows, move || lists.with(|l| l.0.clone()))}</ul>
            <Show when=move || lists.with(|l| !l.1.is_empty())>
                <details class="hd-fold" prop:open=searching>
                    <summary>{move || fill(ui.get().plan_resolved_concerns, &[("count", &lists.with(|l| l.1.len()).to_string())])}</summary>
                    <ul class="hd-list">{cards(rows, move || lists.with(|l| l.1.clone()))}</ul>
                </details>
            </Show>
        </section>
    }
    .into_any()
}
