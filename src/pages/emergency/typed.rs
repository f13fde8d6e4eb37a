//! What the family typed in the emergency form (one signal per field), the meetings it can
//! pick, and the message under a field: shared by the form and its fields.

use super::error_text;
use crate::domain::date::Date;
use crate::domain::emergency::{EmergencyDraft, FormError};
use crate::domain::household::{EmergencyStop, Trouble};
use crate::state::{use_ui, AppState};
use leptos::prelude::*;

/// What the family typed, one signal per field.
#[derive(Clone, Copy)]
pub(super) struct Typed {
    pub meeting: RwSignal<String>,
    pub date: RwSignal<String>,
    pub troubles: RwSignal<Vec<Trouble>>,
    pub details: RwSignal<String>,
    pub need: RwSignal<String>,
    pub from_youth: RwSignal<bool>,
    pub name: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub reachable: RwSignal<String>,
    pub consent: RwSignal<bool>,
}

impl Typed {
    pub(super) fn new(kept: EmergencyDraft) -> Self {
        Typed {
            meeting: RwSignal::new(kept.meeting),
            date: RwSignal::new(kept.date),
            troubles: RwSignal::new(kept.troubles),
            details: RwSignal::new(kept.details),
            need: RwSignal::new(kept.need),
            from_youth: RwSignal::new(kept.from_youth),
            name: RwSignal::new(kept.name),
            phone: RwSignal::new(kept.phone),
            reachable: RwSignal::new(kept.reachable),
            consent: RwSignal::new(kept.consent),
        }
    }

    /// Everything typed, read so that an effect reruns on every change.
    pub(super) fn draft(self) -> EmergencyDraft {
        EmergencyDraft {
            meeting: self.meeting.get(),
            date: self.date.get(),
            troubles: self.troubles.get(),
            details: self.details.get(),
            need: self.need.get(),
            from_youth: self.from_youth.get(),
            name: self.name.get(),
            phone: self.phone.get(),
            reachable: self.reachable.get(),
            consent: self.consent.get(),
        }
    }

    /// The request as it will be stored; a date that cannot be read counts as today.
    pub(super) fn stop(self, today: Date) -> EmergencyStop {
        let conversation_date = Date::parse(self.date.get_untracked().trim()).unwrap_or(today);
        EmergencyStop {
            meeting: Some(self.meeting.get_untracked()).filter(|m| !m.is_empty()),
            conversation_date,
            troubles: self.troubles.get_untracked(),
            details: self.details.get_untracked(),
            need_today: self.need.get_untracked(),
            from_youth: self.from_youth.get_untracked(),
            name: self.name.get_untracked(),
            phone: self.phone.get_untracked(),
            reachable: self.reachable.get_untracked(),
        }
    }

    /// After sending: what went wrong and the consent are asked afresh; who and how to call
    /// back are kept.
    pub(super) fn clear_sent(self) {
        self.troubles.set(vec![]);
        self.details.set(String::new());
        self.need.set(String::new());
        self.consent.set(false);
    }
}

/// The family's meetings, newest first: (id, date, who attended).
pub(super) fn meetings(app: AppState) -> Vec<(String, Date, String)> {
    app.household.with(|h| {
        let mut list: Vec<(String, Date, String)> = h
            .iter()
            .flat_map(|h| h.plan.meetings.iter())
            .map(|m| (m.id.clone(), m.date, m.attendees.join(", ")))
            .collect();
        list.sort_by_key(|m| std::cmp::Reverse(m.1));
        list
    })
}

/// The date of one of the family's meetings.
pub(super) fn meeting_date(app: AppState, id: &str) -> Option<Date> {
    meetings(app).into_iter().find(|m| m.0 == id).map(|m| m.1)
}

/// The message under a field's label when the check found this problem.
#[component]
pub(super) fn FieldError(
    errors: RwSignal<Vec<FormError>>,
    error: FormError,
    id: &'static str,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <Show when=move || errors.with(|list| list.contains(&error))>
            <p class="hd-field__error" id=id>{move || error_text(ui.get(), error)}</p>
        </Show>
    }
}
