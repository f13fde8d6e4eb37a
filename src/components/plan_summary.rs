//! The plan on paper: the open concerns and the goals in a few lines each, for the one-page
//! printout of the overview (on screen the overview links to the full plan instead).

use crate::content::{self, fill, long_date, Lang};
use crate::domain::household::{ConcernStatus, Household};
use crate::pages::plan::{kind_label, progress_label};
use leptos::prelude::*;

/// Print-only summary of the plan: open concerns, goals.
pub fn plan_summary(h: &Household, lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    let concerns: Vec<_> = h
        .plan
        .concerns
        .iter()
        .filter(|c| c.status == ConcernStatus::Open)
        .map(|c| {
            let comment = (!c.family_comment.is_empty())
                .then(|| format!(" {}: {}", ui.plan_family_comment, c.family_comment));
            view! {
                <li>
                    {c.text.clone()}" "
                    <span class="hd-muted">"(" {kind_label(ui, c.kind)} ")"</span>
                    {comment}
                </li>
            }
        })
        .collect();
    let goals: Vec<_> = h
        .plan
        .goals
        .iter()
        .map(|g| {
            let due = g
                .due
                .map(|d| format!(" · {}", fill(ui.plan_due, &[("date", &long_date(lang, d))])));
            view! {
                <li>{g.text.clone()}" — "{progress_label(ui, g.progress)}{due}</li>
            }
        })
        .collect();
    view! {
        <section class="hd-print-only hd-plan-summary">
            <h2>{ui.plan_concerns}</h2>
            {if concerns.is_empty() {
                view! { <p>{ui.plan_none_yet}</p> }.into_any()
            } else {
                view! { <ul>{concerns}</ul> }.into_any()
            }}
            <h2>{ui.plan_goals}</h2>
            {if goals.is_empty() {
                view! { <p>{ui.plan_none_yet}</p> }.into_any()
            } else {
                view! { <ul>{goals}</ul> }.into_any()
            }}
        </section>
    }
}
