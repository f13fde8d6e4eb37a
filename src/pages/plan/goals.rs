//! Goals: newest first; reached goals fold away.

use super::{child_name, entry_footer, youth_comment, Row, Section};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::household::{Goal, Plan, Progress};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

impl Section for Goal {
    const FORM: EntryForm = EntryForm::Goal;
    fn entries(plan: &Plan) -> &[Goal] {
        &plan.goals
    }
    fn orgs(&self) -> Vec<&str> {
        self.support
            .iter()
            .filter_map(|s| s.by.as_deref())
            .collect()
    }
    fn child(&self) -> Option<&String> {
        self.child.as_ref()
    }
    fn texts(&self) -> Vec<&str> {
        let notes = self.notes.iter().map(|n| n.text.as_str());
        let steps = self.steps.iter().map(String::as_str);
        std::iter::once(self.text.as_str())
            .chain(notes)
            .chain(steps)
            .collect()
    }
    fn date(&self) -> Option<Date> {
        Some(self.created)
    }
    fn old(&self, _: &[&Row<Goal>], _: Date) -> bool {
        self.progress == Progress::Reached
    }
    /// The card.
    fn card(row: &Row<Goal>, lang: Lang) -> AnyView {
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
                {entry_footer(row, lang, &g.text)}
            </li>
        }
        .into_any()
    }
}
