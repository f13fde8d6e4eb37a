//! The fields of the emergency-stop form, in the order the family fills them in: who asks,
//! which conversation, what went wrong, and how to be called back. Each reads and writes the
//! form's signals (`form::Typed`).

use super::trouble_label;
use super::typed::{meeting_date, meetings, FieldError, Typed};
use crate::content::long_date;
use crate::domain::emergency::FormError;
use crate::domain::household::Trouble;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// What can go wrong, in the order the form lists it.
const TROUBLES: [Trouble; 6] = [
    Trouble::NotHeard,
    Trouble::Pressured,
    Trouble::Untrue,
    Trouble::DecidedWithoutMe,
    Trouble::ChildSafety,
    Trouble::Other,
];

/// A parent or the young person.
#[component]
pub(super) fn WhoField(typed: Typed) -> impl IntoView {
    let ui = use_ui();
    let from_youth = typed.from_youth;
    view! {
        <fieldset class="hd-fieldset">
            <legend>{move || ui.get().stop_who}</legend>
            <label class="hd-radio"><input type="radio" name="who" prop:checked=move || !from_youth.get() on:change=move |_| from_youth.set(false)/><span>{move || ui.get().stop_who_parent}</span></label>
            <label class="hd-radio"><input type="radio" name="who" prop:checked=move || from_youth.get() on:change=move |_| from_youth.set(true)/><span>{move || ui.get().stop_who_youth}</span></label>
        </fieldset>
    }
}

/// The conversation it is about (one of the family's meetings, or another) and its date.
#[component]
pub(super) fn MeetingField(typed: Typed, errors: RwSignal<Vec<FormError>>) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let (meeting, date) = (typed.meeting, typed.date);
    let has = move |e: FormError| errors.with(|list| list.contains(&e));
    view! {
        <div class="hd-field">
            <label for="stop-meeting">{move || ui.get().stop_meeting}</label>
            <select id="stop-meeting" on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some(d) = meeting_date(app, &id) { date.set(d.to_string()); }
                meeting.set(id);
            }>
                <option value="" selected=move || meeting.with(|m| m.is_empty())>{move || ui.get().stop_meeting_other}</option>
                {move || {
                    let lang = app.lang.get();
                    meetings(app).into_iter().map(|(id, d, who)| {
                        let value = id.clone();
                        view! { <option value=value selected=move || meeting.with(|m| *m == id)>{format!("{} — {}", long_date(lang, d), who)}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
        <div class="hd-field">
            <label for="stop-date">{move || ui.get().stop_date}</label>
            <FieldError errors error=FormError::DateInFuture id="stop-date-error"/>
            <input id="stop-date" type="date" max=app.today.to_string()
                aria-invalid=move || has(FormError::DateInFuture).to_string()
                prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
        </div>
    }
}

/// What went wrong: the choices, then in their own words and what they need today.
#[component]
pub(super) fn TroubleField(typed: Typed, errors: RwSignal<Vec<FormError>>) -> impl IntoView {
    let ui = use_ui();
    let (troubles, details, need) = (typed.troubles, typed.details, typed.need);
    view! {
        <fieldset class="hd-fieldset" aria-describedby="stop-what-hint">
            <legend>{move || ui.get().stop_what}</legend>
            <p class="hd-hint" id="stop-what-hint">{move || ui.get().stop_what_hint}</p>
            <FieldError errors error=FormError::NothingWrong id="stop-what-error"/>
            {TROUBLES.map(|t| view! {
                <label class="hd-check">
                    <input type="checkbox"
                        prop:checked=move || troubles.with(|list| list.contains(&t))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            troubles.update(|list| { list.retain(|x| *x != t); if on { list.push(t); } });
                        }/>
                    <span>{move || trouble_label(ui.get(), t)}</span>
                </label>
            })}
        </fieldset>
        <div class="hd-field">
            <label for="stop-details">{move || ui.get().stop_details}</label>
            <FieldError errors error=FormError::TooLong id="stop-details-error"/>
            <textarea id="stop-details" rows="4" maxlength="2000"
                prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))></textarea>
        </div>
        <div class="hd-field">
            <label for="stop-need">{move || ui.get().stop_need}</label>
            <p class="hd-hint" id="stop-need-hint">{move || ui.get().stop_need_hint}</p>
            <textarea id="stop-need" rows="2" maxlength="2000" aria-describedby="stop-need-hint"
                prop:value=move || need.get() on:input=move |ev| need.set(event_target_value(&ev))></textarea>
        </div>
    }
}

/// Who to call back, on which number, and when.
#[component]
pub(super) fn ContactFields(typed: Typed, errors: RwSignal<Vec<FormError>>) -> impl IntoView {
    let ui = use_ui();
    let (name, phone, reachable) = (typed.name, typed.phone, typed.reachable);
    let has = move |e: FormError| errors.with(|list| list.contains(&e));
    view! {
        <div class="hd-field">
            <label for="stop-name">{move || ui.get().stop_name}</label>
            <input id="stop-name" type="text" autocomplete="name"
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
        </div>
        <div class="hd-field">
            <label for="stop-phone">{move || ui.get().stop_phone}</label>
            <FieldError errors error=FormError::Phone id="stop-phone-error"/>
            <input id="stop-phone" type="tel" autocomplete="tel" inputmode="tel"
                aria-invalid=move || has(FormError::Phone).to_string()
                prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
        </div>
        <div class="hd-field">
            <label for="stop-reachable">{move || ui.get().stop_reachable}</label>
            <input id="stop-reachable" type="text"
                prop:value=move || reachable.get() on:input=move |ev| reachable.set(event_target_value(&ev))/>
        </div>
    }
}
