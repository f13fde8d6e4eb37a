//! Meetings with their agreements: the three most recent stay open, older ones fold away.

use super::{dispute_link, dispute_status, edit_href, edit_link, Row, Section};
use crate::components::labels;
use crate::content::{self, fill, long_date, Lang};
use crate::domain::date::Date;
use crate::domain::household::{DisputedEntry, Meeting, Plan};
use crate::domain::plan_edit::EntryForm;
use crate::routes;
use leptos::prelude::*;
use leptos_router::components::A;

impl Section for Meeting {
    const FORM: EntryForm = EntryForm::Meeting;
    fn entries(plan: &Plan) -> &[Meeting] {
        &plan.meetings
    }
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.topic.as_str(), &self.notes, &self.communication];
        texts.extend(self.attendees.iter().map(String::as_str));
        texts.extend(self.agreements.iter().map(|a| a.text.as_str()));
        texts
    }
    fn date(&self) -> Option<Date> {
        Some(self.date)
    }
    /// All but the three most recent meetings.
    fn old(&self, found: &[&Row<Meeting>], _: Date) -> bool {
        !found.iter().take(3).any(|r| r.entry.id == self.id)
    }
    /// The card.
    fn card(row: &Row<Meeting>, lang: Lang) -> AnyView {
        let ui = content::ui(lang);
        let m = &row.entry;
        let heading = fill(
            ui.plan_meeting_heading,
            &[
                ("kind", labels::meeting(ui, m.kind)),
                ("date", &long_date(lang, m.date)),
            ],
        );
        view! {
            <li class="hd-card hd-entry">
                <h3>{heading.clone()}</h3>
                {(!m.topic.is_empty()).then(|| view! { <p class="hd-entry__text">{m.topic.clone()}</p> })}
                <p>{ui.plan_attendees}" "{m.attendees.join(", ")}</p>
                <p>{if m.recording.recorded { fill(ui.plan_recorded_by, &[("by", &m.recording.by)]) } else { ui.plan_not_recorded.to_string() }}</p>
                {(!m.notes.is_empty()).then(|| view! { <p>{m.notes.clone()}</p> })}
                {(!m.communication.is_empty()).then(|| view! {
                    <p><strong>{ui.plan_communication}</strong>" "{m.communication.clone()}</p>
                })}
                <p><a href=routes::emergency_about(&m.id)>{ui.plan_meeting_stop}</a></p>
                <h4>{ui.plan_agreements}</h4>
                {m.agreements.is_empty().then(|| view! { <p>{ui.agreements_none}</p> })}
                <ol class="hd-agreements">
                    {m.agreements.iter().map(|a| view! {
                        <li>
                            <p>{a.text.clone()}</p>
                            <ul class="hd-accords">
                                {a.parties.iter().map(|p| {
                                    let mark = match p.agreed { Some(true) => "✓", Some(false) => "✗", None => "?" };
                                    view! { <li><span aria-hidden="true">{mark}" "</span>{p.party.clone()}": "{labels::accord(ui, p.agreed)}</li> }
                                }).collect_view()}
                            </ul>
                            <p class="hd-entry__links">{edit_link(ui, edit_href(EntryForm::Agreement, Some(&a.id), Some(&m.id)), &a.text)}</p>
                        </li>
                    }).collect_view()}
                </ol>
                {dispute_status(row, lang, DisputedEntry::Meeting, &m.id, &heading)}
                <p class="hd-entry__links">
                    <A href=routes::agreements(&m.id) attr:class="hd-link-action">{ui.plan_agreements_list}</A>
                    <A href=edit_href(EntryForm::Agreement, None, Some(&m.id)) attr:class="hd-link-action">{ui.plan_add_agreement}</A>
                    {edit_link(ui, edit_href(EntryForm::Meeting, Some(&m.id), None), &heading)}
                    {dispute_link(row, lang, DisputedEntry::Meeting, &m.id, &heading)}
                </p>
            </li>
        }
        .into_any()
    }
}
