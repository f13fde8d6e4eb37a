//! The plan on paper: the open concerns and the goals in a few lines each, for the one-page
//! printout of the overview (on screen the overview links to the full plan instead).

use crate::components::labels::{entry_kind as kind_label, progress as progress_label};
use crate::content::{self, fill, long_date, Lang};
use crate::domain::household::{ConcernStatus, Household};
use leptos::prelude::*;

/// A young person's comment, shown as theirs ("Reactie van Noor: …").
fn youth_line(
    h: &Household,
    ui: &'static crate::content::Ui,
    child: Option<&String>,
    comment: &str,
) -> Option<String> {
    if comment.is_empty() {
        return None;
    }
    let name = child
        .and_then(|id| h.children.iter().find(|c| &c.id == id))
        .map(|c| c.name.as_str())
        .unwrap_or(ui.youth_switch);
    Some(format!(
        " {}: {}",
        fill(ui.youth_comment_by, &[("name", name)]),
        comment
    ))
}

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
            let youth = youth_line(h, ui, c.child.as_ref(), &c.youth_comment);
            view! {
                <li>
                    {c.text.clone()}" "
                    <span class="hd-muted">"(" {kind_label(ui, c.kind)} ")"</span>
                    {comment}
                    {youth}
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
            let youth = youth_line(h, ui, g.child.as_ref(), &g.youth_comment);
            view! {
                <li>{g.text.clone()}" — "{progress_label(ui, g.progress)}{due}{youth}</li>
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
