//! Reports: newest first; those that went out more than three months ago fold away.

use super::{entry_footer, Row, Section};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::household::{Plan, Report};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

impl Section for Report {
    const FORM: EntryForm = EntryForm::Report;
    fn entries(plan: &Plan) -> &[Report] {
        &plan.reports
    }
    fn texts(&self) -> Vec<&str> {
        vec![&self.title, &self.response]
    }
    fn date(&self) -> Option<Date> {
        self.received
    }
    /// Those that went out more than three months ago.
    fn old(&self, _: &[&Row<Report>], today: Date) -> bool {
        self.goes_out.is_some_and(|d| d < today.add_months(-3))
    }
    /// The card.
    fn card(row: &Row<Report>, lang: Lang) -> AnyView {
        let ui = content::ui(lang);
        let r = &row.entry;
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
                {entry_footer(row, lang, &r.title)}
            </li>
        }
        .into_any()
    }
}
