//! What goes well: newest first; those older than six months fold away.

use super::{entry_footer, lists, rows, source_line, split, Frame, Lists, Row};
use crate::content::Lang;
use crate::domain::date::Date;
use crate::domain::household::{DisputedEntry, Household, Positive};
use crate::domain::plan_edit::EntryForm;
use leptos::prelude::*;

type PositiveRow = Row<Positive>;

fn build(h: &Household) -> Vec<PositiveRow> {
    h.plan
        .positives
        .iter()
        .map(|p| {
            Row::new(
                h,
                p.clone(),
                Some((DisputedEntry::Positive, &p.id)),
                p.source.organisation.as_deref(),
                None,
                (),
            )
        })
        .collect()
}

fn split_rows(rows: &[PositiveRow], q: &str, today: Date) -> Lists {
    split(
        rows,
        q,
        |p| vec![p.text.as_str(), &p.source.person, &p.source.document],
        |p| Some(p.date),
        |p, _| p.date < today.add_months(-6),
    )
}

fn card(row: &PositiveRow, lang: Lang) -> AnyView {
    let p = &row.entry;
    view! {
        <li>
            <p>{p.text.clone()}</p>
            <p class="hd-entry__source">{source_line(row, lang, &p.source)}</p>
            {entry_footer(row, lang, DisputedEntry::Positive, EntryForm::Positive, &p.id, &p.text)}
        </li>
    }
    .into_any()
}

/// The section, reading the positives only.
pub(super) fn section(query: RwSignal<String>) -> AnyView {
    let rows = rows(build);
    super::section(
        Frame {
            anchor: "goed",
            title: |ui| ui.plan_positives,
            add: (EntryForm::Positive, |ui| ui.plan_add_positive),
            hint: None,
            class: "hd-card hd-card--positive",
            fold_label: |ui| ui.plan_older,
        },
        rows,
        lists(rows, query, split_rows),
        query,
        card,
    )
}
