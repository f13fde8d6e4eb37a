//! One field of a plan form: label above, the control, a hint and the problem beside it.
//!
//! The form's values live in one `RwSignal<Fields>` (name → text) so that the whole form can
//! be kept as a draft and checked by the pure domain (`domain::plan_edit`).

use crate::domain::plan_edit::{FieldError, Fields};
use leptos::prelude::*;

/// What sort of control a field is.
#[derive(Clone, Debug, PartialEq)]
pub enum Control {
    /// One line of text.
    Text,
    /// Several lines; the number is the visible rows.
    Area(u32),
    /// A date picker.
    Date,
    /// One choice of (value, label).
    Select(Vec<(String, String)>),
    /// Any number of choices of (value, label), stored comma-separated.
    Checks(Vec<(String, String)>),
}

/// A field of a form.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// The field's name (also its element id, prefixed).
    pub name: String,
    /// The label.
    pub label: String,
    /// A hint under the label, if any.
    pub hint: Option<String>,
    /// The control.
    pub control: Control,
}

/// The element id of a field.
pub fn field_id(name: &str) -> String {
    format!("f-{name}")
}

/// Renders one field bound to `values`; `message` turns a problem into words.
#[component]
pub fn FormField(
    /// What to show.
    spec: Spec,
    /// The form's values.
    values: RwSignal<Fields>,
    /// The form's problems.
    errors: RwSignal<Vec<FieldError>>,
    /// A problem in words.
    message: Callback<FieldError, String>,
) -> impl IntoView {
    let name = spec.name.clone();
    let id = field_id(&name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = {
        let name = name.clone();
        Memo::new(move |_| errors.with(|e| e.iter().find(|e| e.field == name).cloned()))
    };
    let value = {
        let name = name.clone();
        move || values.with(|v| v.get(&name).cloned().unwrap_or_default())
    };
    let set = {
        let name = name.clone();
        move |text: String| {
            values.update(|v| {
                v.insert(name.clone(), text);
            })
        }
    };
    let described = {
        let hint = spec.hint.is_some().then(|| hint_id.clone());
        let error_id = error_id.clone();
        move || {
            let mut ids: Vec<String> = hint.iter().cloned().collect();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let hint = spec
        .hint
        .clone()
        .map(|h| view! { <p class="hd-hint hd-field__hint" id=hint_id.clone()>{h}</p> });
    let problem = move || {
        error
            .get()
            .map(|e| view! { <p class="hd-field__error" id=error_id.clone()>{message.run(e)}</p> })
    };
    let input_type = if spec.control == Control::Date {
        "date"
    } else {
        "text"
    };
    let control = match spec.control.clone() {
        Control::Text | Control::Date => view! {
            <input type=input_type id=id.clone() prop:value=value.clone()
                aria-describedby=described.clone() aria-invalid=invalid
                on:input=move |ev| set(event_target_value(&ev))/>
        }
        .into_any(),
        Control::Area(rows) => view! {
            <textarea id=id.clone() rows=rows prop:value=value.clone()
                aria-describedby=described.clone() aria-invalid=invalid
                on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        Control::Select(options) => view! {
            <select id=id.clone() aria-describedby=described.clone() aria-invalid=invalid
                on:change=move |ev| set(event_target_value(&ev))>
                {options.into_iter().map(|(v, label)| {
                    let current = value.clone();
                    let selected = { let v = v.clone(); move || current() == v };
                    view! { <option value=v prop:selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        }
        .into_any(),
        Control::Checks(options) => {
            let name = name.clone();
            return view! {
                <fieldset class="hd-fieldset" aria-describedby=described>
                    <legend>{spec.label.clone()}</legend>
                    {hint}
                    {problem}
                    {options.into_iter().map(|(v, label)| {
                        let name = name.clone();
                        let checked = { let v = v.clone(); let name = name.clone();
                            move || values.with(|f| f.get(&name).is_some_and(|s| s.split(',').any(|x| x == v))) };
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            values.update(|f| {
                                let mut list: Vec<String> = f.get(&name).map(|s| s.split(',').filter(|x| !x.is_empty() && *x != v).map(str::to_string).collect()).unwrap_or_default();
                                if on { list.push(v.clone()); }
                                f.insert(name.clone(), list.join(","));
                            });
                        };
                        view! {
                            <label class="hd-check">
                                <input type="checkbox" prop:checked=checked on:change=toggle/>
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }
            .into_any();
        }
    };
    view! {
        <div class="hd-field">
            <label for=id>{spec.label.clone()}</label>
            {hint}
            {problem}
            {control}
        </div>
    }
    .into_any()
}
