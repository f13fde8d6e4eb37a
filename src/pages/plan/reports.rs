//! Reports: newest first; those that went out more than three months ago fold away.

use super::{entry_footer, lists, rows, split, Frame, Lists, Row};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::household::{DisputedEntry, Household, Report};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

type ReportRow = Row<Report>;

fn build(h: &Household) -> Vec<ReportRow> {
    h.plan
        .reports
        .iter()
        .map(|r| {
            Row::new(
                h,
                r.clone(),
                Some((DisputedEntry::Report, &r.id)),
                None,
                None,
                (),
            )
        })
        .collect()
}

fn split_rows(rows: &[ReportRow], q: &str, today: Date) -> Lists {
    split(
        rows,
        q,
        |r| vec![r.title.as_str(), &r.response],
        |r| r.received,
        |r, _| r.goes_out.is_some_and(|d| d < today.add_months(-3)),
    )
}

fn card(row: &ReportRow, lang: Lang) -> AnyView {
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
            {entry_footer(row, lang, DisputedEntry::Report, EntryForm::Report, &r.id, &r.title)}
        </li>
    }
    .into_any()
}

/// The section, reading the reports only.
pub(super) fn section(query: RwSignal<String>) -> AnyView {
    let rows = rows(build);
    super::section(
        Frame {
            anchor: "verslagen",
            title: |ui| ui.plan_reports,
            add: (EntryForm::Report, |ui| ui.plan_add_report),
            hint: None,
            class: "",
            fold_label: |ui| ui.plan_older,
        },
        rows,
        lists(rows, query, split_rows),
        query,
        card,
    )
}
