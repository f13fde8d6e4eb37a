//! What goes well: newest first; those older than six months fold away.

use super::{entry_footer, source_line, Row, Section};
use crate::content::Lang;
use crate::domain::date::Date;
use crate::domain::household::{Plan, Positive};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

impl Section for Positive {
    const FORM: EntryForm = EntryForm::Positive;
    fn entries(plan: &Plan) -> &[Positive] {
        &plan.positives
    }
    fn orgs(&self) -> Vec<&str> {
        self.source.organisation.as_deref().into_iter().collect()
    }
    fn texts(&self) -> Vec<&str> {
        vec![&self.text, &self.source.person, &self.source.document]
    }
    fn date(&self) -> Option<Date> {
        Some(self.date)
    }
    fn old(&self, _: &[&Row<Positive>], today: Date) -> bool {
        self.date < today.add_months(-6)
    }
    /// The card.
    fn card(row: &Row<Positive>, lang: Lang) -> AnyView {
        let p = &row.entry;
        view! {
            <li>
                <p>{p.text.clone()}</p>
                <p class="hd-entry__source">{source_line(row, lang, &p.source)}</p>
                {entry_footer(row, lang, &p.text)}
            </li>
        }
        .into_any()
    }
}
