//! The emergency stop (`/noodstop`): ask today for an urgent conversation. The form is always
//! offered. With the organisation's own channel (an endpoint), the request waits in the
//! outbox on the device until it is delivered; without one, the family sends it from their
//! own phone (e-mail or SMS) to the people in their network who can act, and says when it
//! went. A sent request has a same-day follow-up (docs/emergency.md).
//!
//! Whether the organisation runs its own same-day emergency-stop procedure is only said when
//! its profile says so; otherwise this is a request for an urgent conversation.
//!
//! The files: `form.rs` (what is typed, the check, sending) with its fields in `fields.rs`,
//! `send.rs` (sending from the family's own phone), `manager.rs` (who to call).

mod fields;
mod form;
mod manager;
mod send;
mod typed;

use crate::components::follow_up_card::FollowUpCard;
use crate::components::outbox_list::OutboxList;
use crate::components::page::Page;
use crate::components::profile_problem::ProfileProblem;
use crate::content::{self, fill, Ui};
use crate::domain::emergency::{FormError, MessageLabels};
use crate::domain::household::Trouble;
use crate::state::{use_app, use_ui};
use form::EmergencyForm;
use leptos::prelude::*;
use manager::ManagerContacts;
use send::SendPanels;

/// The words for what went wrong.
pub fn trouble_label(ui: &'static Ui, trouble: Trouble) -> &'static str {
    match trouble {
        Trouble::NotHeard => ui.stop_trouble_not_heard,
        Trouble::Pressured => ui.stop_trouble_pressured,
        Trouble::Untrue => ui.stop_trouble_untrue,
        Trouble::DecidedWithoutMe => ui.stop_trouble_decided,
        Trouble::ChildSafety => ui.stop_trouble_child_safety,
        Trouble::Other => ui.stop_trouble_other,
    }
}

fn error_text(ui: &'static Ui, error: FormError) -> &'static str {
    match error {
        FormError::NothingWrong => ui.stop_error_nothing,
        FormError::TooLong => ui.stop_error_too_long,
        FormError::Phone => ui.stop_error_phone,
        FormError::DateInFuture => ui.start_error_future,
        FormError::Consent => ui.stop_error_consent,
    }
}
/// The labels of the message, in the current language (a young person's own intro).
fn labels(ui: &'static Ui, from_youth: bool) -> MessageLabels<'static> {
    MessageLabels {
        intro: if from_youth {
            ui.stop_msg_intro_youth
        } else {
            ui.stop_msg_intro
        },
        conversation: ui.stop_msg_conversation,
        what_went_wrong: ui.stop_msg_what,
        details: ui.stop_msg_details,
        need_today: ui.stop_msg_need,
        call_back: ui.stop_msg_call_back,
        reachable: ui.stop_msg_reachable,
        note: ui.send_msg_note,
    }
}

/// The emergency-stop route.
#[component]
pub fn EmergencyPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().emergency_title.to_string());
    let offered = move || app.profile.with(|p| p.emergency_stop.offered);
    view! {
        <Page title=title>
            <p class="hd-lead">{move || if offered() {
                fill(ui.get().stop_lead_offered, &[("org", &app.profile.with(|p| p.organisation.name.clone()))])
            } else {
                ui.get().emergency_lead.to_string()
            }}</p>
            <p class="hd-alert hd-alert--info">{move || ui.get().emergency_not_a_pause}</p>
            <ProfileProblem/>
            <section class="hd-card hd-card--urgent" aria-labelledby="danger-title">
                <h2 id="danger-title">{move || ui.get().emergency_danger_title}</h2>
                <div class="hd-actions">
                    <a class="hd-button hd-button--urgent" href=crate::domain::links::tel("112").ok()>{move || ui.get().emergency_call_112}</a>
                    <a class="hd-button hd-button--secondary" href=crate::domain::links::tel("0800 2000").ok()>{move || ui.get().emergency_call_veilig_thuis}</a>
                </div>
                <p class="hd-statement__source">{move || {
                    let lang = app.lang.get();
                    let n = content::note(lang, "emergency-numbers");
                    format!("{} {}", n.text, fill(ui.get().source_line, &[("source", n.source), ("date", &content::checked_date(lang, n.checked))]))
                }}</p>
            </section>
            // A young person: the people who listen to them, each one tap away.
            {move || app.youth.get().then(|| view! { <crate::components::youth_help::YouthHelp with_112=false/> })}
            <Show when=move || app.household.with(|h| h.is_some())>
                <FollowUpCard/>
                <SendPanels/>
                <EmergencyForm/>
                <OutboxList/>
            </Show>
            <ManagerContacts/>
        </Page>
    }
}
