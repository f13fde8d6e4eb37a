//! Small parts the settings cards share (the passcode card and the export card): a password
//! field and the outcome line. Here, and not in one of the cards, so the cards do not import
//! each other (docs/architecture.md, "Layers").

use leptos::prelude::*;

/// A password field with its label above (the passcode card and the protected export).
pub fn password_field(
    id: &'static str,
    label: Signal<&'static str>,
    value: RwSignal<String>,
    autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <div class="hd-field">
            <label for=id>{move || label.get()}</label>
            <input id=id type="password" autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// The outcome of an action on these cards: a success is announced politely, a failure at once.
pub fn outcome(message: RwSignal<Option<(bool, &'static str)>>) -> impl IntoView {
    move || {
        message.get().map(|(ok, text)| {
            if ok {
                view! { <div class="hd-alert hd-alert--success" role="status"><p>{text}</p></div> }
                    .into_any()
            } else {
                view! { <div class="hd-alert hd-alert--error" role="alert"><p>{text}</p></div> }
                    .into_any()
            }
        })
    }
}
