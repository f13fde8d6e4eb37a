//! "Has something changed?": recording a new situation (e.g. from drang to a supervision order)
//! with its date, from the overview and from settings — not only at the bottom of a stage
//! page. A disclosure, so it takes one line until it is needed.

use crate::content::{self, fill, long_date};
use crate::domain::date::Date;
use crate::domain::household::CurrentStage;
use crate::domain::position::{move_to, PositionError};
use crate::domain::stage::Stage;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// The disclosure with the form. `prefix` keeps the field ids unique on a screen.
#[component]
pub fn SituationChange(
    /// A prefix for the ids ("overview", "settings").
    prefix: &'static str,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let current = move || {
        app.household
            .with(|h| match h.as_ref().map(|h| h.position.current()) {
                Some(CurrentStage::Known(stage, _)) => Some(stage),
                _ => None,
            })
    };
    let choice = RwSignal::new(String::new());
    let since = RwSignal::new(app.today.to_string());
    let message = RwSignal::new(None::<(bool, String)>);
    let stage_id = format!("{prefix}-situation-stage");
    let since_id = format!("{prefix}-situation-since");
    let msg_id = format!("{prefix}-situation-message");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = app.lang.get_untracked();
        let ui = content::ui(lang);
        let chosen = choice.get_untracked();
        let Some(stage) = Stage::ALL.into_iter().find(|s| s.id() == chosen) else {
            message.set(Some((false, ui.position_already_there.to_string())));
            return;
        };
        let Ok(date) = Date::parse(since.get_untracked().trim()) else {
            message.set(Some((false, ui.start_error_date.to_string())));
            return;
        };
        let mut result = Ok(());
        app.change(|h| result = move_to(&mut h.position, stage, date, app.today));
        message.set(Some(match result {
            Ok(()) => (true, ui.situation_saved.to_string()),
            Err(PositionError::InFuture) => (false, ui.start_error_future.to_string()),
            Err(PositionError::BeforePrevious(d)) => (
                false,
                fill(
                    ui.position_before_previous,
                    &[("date", &long_date(lang, d))],
                ),
            ),
            Err(PositionError::AlreadyThere) => (false, ui.position_already_there.to_string()),
        }));
    };
    // Preselect the current stage, so the list opens where the family stands.
    Effect::new(move || {
        if let Some(stage) = current() {
            if choice.with_untracked(String::is_empty) {
                choice.set(stage.id().to_string());
            }
        }
    });
    let msg_id2 = msg_id.clone();
    view! {
        <details class="hd-details hd-situation hd-no-print" id=format!("{prefix}-situation")>
            <summary>{move || ui.get().situation_title}</summary>
            <form class="hd-form" on:submit=submit novalidate>
                <p class="hd-hint">{move || ui.get().situation_hint}</p>
                <div class="hd-field">
                    <label for=stage_id.clone()>{move || ui.get().situation_stage}</label>
                    <select id=stage_id.clone() on:change=move |ev| { message.set(None); choice.set(event_target_value(&ev)); }>
                        {move || {
                            let lang = app.lang.get();
                            Stage::ALL.into_iter().filter_map(|s| content::stage(lang, s.id())).map(|t| view! {
                                <option value=t.id selected=move || choice.with(|c| c == t.id)>{t.name}</option>
                            }).collect_view()
                        }}
                    </select>
                </div>
                <div class="hd-field">
                    <label for=since_id.clone()>{move || ui.get().situation_since}</label>
                    <input id=since_id.clone() type="date" max=app.today.to_string()
                        aria-describedby=move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok)).then(|| msg_id2.clone())
                        prop:value=move || since.get()
                        on:input=move |ev| { message.set(None); since.set(event_target_value(&ev)); }/>
                </div>
                <button type="submit" class="hd-button">{move || ui.get().situation_save}</button>
                {move || message.get().map(|(ok, text)| view! {
                    <p id=msg_id.clone() class=if ok { "hd-alert hd-alert--success" } else { "hd-alert hd-alert--error" } role="status">{text}</p>
                })}
            </form>
        </details>
    }
}
