//! Goals: newest first; reached goals fold away.

use super::{child_name, entry_footer, lists, rows, split, youth_comment, Frame, Lists, Row};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::household::{DisputedEntry, Goal, Household, Progress};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

type GoalRow = Row<Goal>;

fn build(h: &Household) -> Vec<GoalRow> {
    h.plan
        .goals
        .iter()
        .map(|g| {
            Row::new(
                h,
                g.clone(),
                Some((DisputedEntry::Goal, &g.id)),
                g.support.iter().filter_map(|s| s.by.as_deref()),
                g.child.as_ref(),
                (),
            )
        })
        .collect()
}

fn split_rows(rows: &[GoalRow], q: &str, _today: Date) -> Lists {
    split(
        rows,
        q,
        |g| {
            let mut texts = vec![g.text.as_str()];
            texts.extend(g.notes.iter().map(|n| n.text.as_str()));
            texts.extend(g.steps.iter().map(String::as_str));
            texts
        },
        |g| Some(g.created),
        |g, _| g.progress == Progress::Reached,
    )
}

fn card(row: &GoalRow, lang: Lang) -> AnyView {
    let ui = content::ui(lang);
    let g = &row.entry;
    view! {
        <li class="hd-card hd-entry">
            <p class="hd-entry__meta">
                <span class="hd-tag">{labels::progress(ui, g.progress)}</span>" "
                <span class="hd-tag hd-tag--plain">{child_name(row, ui)}</span>
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
                    let by = row.org(s.by.as_deref()).map(|o| format!(" ({o})")).unwrap_or_default();
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
            {youth_comment(row, ui, &g.youth_comment)}
            {entry_footer(row, lang, DisputedEntry::Goal, EntryForm::Goal, &g.id, &g.text)}
        </li>
    }
    .into_any()
}

/// The section, reading the goals only.
pub(super) fn section(query: RwSignal<String>) -> AnyView {
    let rows = rows(build);
    super::section(
        Frame {
            anchor: "doelen",
            title: |ui| ui.plan_goals,
            add: (EntryForm::Goal, |ui| ui.plan_add_goal),
            hint: None,
            class: "",
            fold_label: |ui| ui.plan_reached_goals,
        },
        rows,
        lists(rows, query, split_rows),
        query,
        card,
    )
}
