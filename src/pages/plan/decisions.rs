//! Decisions (of the youth protection organisation or the court), with the legal terms they
//! start: newest first, never folded.

use super::{edit_href, edit_link, Row, Section};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::due::{decision_terms, Term};
use crate::domain::household::{Decision, DecisionKind, Plan};
use crate::domain::plan_edit::EntryForm;
use crate::routes;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

impl Section for Decision {
    const FORM: EntryForm = EntryForm::Decision;
    fn entries(plan: &Plan) -> &[Decision] {
        &plan.decisions
    }
    fn orgs(&self) -> Vec<&str> {
        self.by.as_deref().into_iter().collect()
    }
    fn texts(&self) -> Vec<&str> {
        vec![&self.title, &self.note]
    }
    fn date(&self) -> Option<Date> {
        Some(self.date)
    }
    /// Decisions are never folded.
    fn old(&self, _: &[&Row<Decision>], _: Date) -> bool {
        false
    }
    /// The card.
    fn card(row: &Row<Decision>, lang: Lang) -> AnyView {
        let ui = content::ui(lang);
        let today = use_app().today;
        let d = &row.entry;
        let term_lines = decision_terms(d).into_iter().map(|(t, done)| {
            let last = t.last_day(d.date);
            let text = content::term(lang, t.id());
            let line = match done {
                Some(on) if t == Term::Hearing => fill(ui.plan_decision_heard, &[("date", &long_date(lang, on))]),
                Some(on) => fill(ui.plan_decision_acted, &[("date", &long_date(lang, on))]),
                None if last < today => fill(ui.plan_term_ended, &[("date", &content::last_day(lang, last))]),
                None => fill(ui.plan_term_until, &[
                    ("date", &content::last_day(lang, last)),
                    ("todo", &text.map(|t| fill(t.todo, &[("title", &d.title)])).unwrap_or_default()),
                ]),
            };
            let court = match (t, done) {
                (Term::WrittenInstruction, None) if last >= today => Some("aanwijzing"),
                (Term::PlacementRequest, None) if last >= today => Some("uithuisplaatsing"),
                _ => None,
            };
            view! {
                <p><strong>{line}</strong></p>
                {court.map(|kind| view! {
                    <p class="hd-no-print"><A href=routes::court_about(kind, &d.id)>{ui.court_open_short}</A></p>
                })}
                {text.map(|t| view! {
                    <p class="hd-hint">{t.rule.text}</p>
                    <p class="hd-statement__source">{fill(ui.source_line, &[("source", t.rule.source), ("date", &content::checked_date(lang, t.rule.checked))])}</p>
                    <p>{t.help}</p>
                })}
            }
        }).collect_view();
        let provisional = (d.kind == DecisionKind::ProvisionalRuling).then(|| view! {
            <p><strong>{fill(content::note(lang, "plan-provisional").text, &[("date", &long_date(lang, d.date.add_months(3)))])}</strong></p>
            <p class="hd-statement__source">{note_source(lang, "plan-provisional")}</p>
        });
        let by = row.org(d.by.as_deref()).map(|b| format!(" · {b}"));
        view! {
            <li class="hd-card hd-entry">
                <p class="hd-entry__meta"><span class="hd-tag">{labels::decision(ui, d.kind)}</span></p>
                <p class="hd-entry__text">{d.title.clone()}</p>
                <p>{long_date(lang, d.date)}{by}</p>
                {term_lines}
                {provisional}
                {(!d.note.is_empty()).then(|| view! { <p>{d.note.clone()}</p> })}
                <p class="hd-entry__links">{edit_link(ui, edit_href(EntryForm::Decision, Some(&d.id), None), &d.title)}</p>
            </li>
        }
        .into_any()
    }
}

/// "Bron: … · gecontroleerd …" for a note.
fn note_source(lang: Lang, id: &str) -> String {
    let n = content::note(lang, id);
    fill(
        content::ui(lang).source_line,
        &[
            ("source", n.source),
            ("date", &content::checked_date(lang, n.checked)),
        ],
    )
}
