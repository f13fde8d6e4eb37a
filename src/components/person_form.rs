//! Adding or changing a person at an organisation, or recording a new family manager.
//! Labels above fields; a wrong phone number or e-mail address is named next to its field and
//! nothing is stored until it is right.

use crate::components::labels::role_label;
use crate::content::{self, fill, Ui};
use crate::domain::date::Date;
use crate::domain::household::PersonRole;
use crate::domain::network::{
    add_person, change_lead, check_person, update_person, ChangeError, PersonDraft, PersonError,
};
use crate::state::{use_app, use_ui};
use leptos::prelude::*;

/// What the form does.
#[derive(Clone, Debug, PartialEq)]
pub enum PersonFormMode {
    /// Add a person to the organisation.
    Add,
    /// Change the person with this id.
    Edit(String),
    /// Record a new lead family manager from a date (the old one keeps their history).
    ChangeLead,
    /// Add the first lead family manager (an addition, not a change).
    FirstLead,
}

const ROLES: [PersonRole; 6] = [
    PersonRole::LeadFamilyManager,
    PersonRole::BackupFamilyManager,
    PersonRole::TeamManager,
    PersonRole::Worker,
    PersonRole::Lawyer,
    PersonRole::Other,
];

fn role_value(role: PersonRole) -> &'static str {
    match role {
        PersonRole::LeadFamilyManager => "lead-family-manager",
        PersonRole::BackupFamilyManager => "backup-family-manager",
        PersonRole::TeamManager => "team-manager",
        PersonRole::Worker => "worker",
        PersonRole::Lawyer => "lawyer",
        PersonRole::Other => "other",
    }
}

fn error_text(ui: &'static Ui, e: PersonError) -> &'static str {
    match e {
        PersonError::NameMissing => ui.network_error_name,
        PersonError::Phone => ui.network_error_phone,
        PersonError::Email => ui.network_error_email,
        PersonError::UntilBeforeSince => ui.network_error_until,
    }
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text.trim()).ok()
}

/// The form. `done` runs after a successful save (with a message to announce).
#[component]
pub fn PersonForm(
    /// The organisation id.
    org: String,
    /// Add, edit or change of family manager.
    mode: PersonFormMode,
    /// Called after saving, with the message to show.
    done: Callback<String>,
    /// Called on cancel.
    cancel: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let existing = match &mode {
        PersonFormMode::Edit(id) => app.household.with_untracked(|h| {
            h.as_ref().and_then(|h| {
                h.organisations
                    .iter()
                    .flat_map(|o| o.people.iter())
                    .find(|p| &p.id == id)
                    .cloned()
            })
        }),
        _ => None,
    };
    let prefix = match &mode {
        PersonFormMode::Add => format!("add-{org}"),
        PersonFormMode::Edit(id) => format!("edit-{id}"),
        PersonFormMode::ChangeLead => format!("lead-{org}"),
        PersonFormMode::FirstLead => format!("first-{org}"),
    };
    let name = RwSignal::new(
        existing
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default(),
    );
    let role = RwSignal::new(existing.as_ref().map(|p| p.role).unwrap_or(
        if mode == PersonFormMode::FirstLead {
            PersonRole::LeadFamilyManager
        } else {
            PersonRole::Worker
        },
    ));
    let phone = RwSignal::new(
        existing
            .as_ref()
            .map(|p| p.phone.clone())
            .unwrap_or_default(),
    );
    let email = RwSignal::new(
        existing
            .as_ref()
            .map(|p| p.email.clone())
            .unwrap_or_default(),
    );
    let date_text = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let since = RwSignal::new(match &mode {
        PersonFormMode::ChangeLead => app.today.to_string(),
        _ => date_text(existing.as_ref().and_then(|p| p.since)),
    });
    let until = RwSignal::new(date_text(existing.as_ref().and_then(|p| p.until)));
    let errors = RwSignal::new(Vec::<PersonError>::new());
    let before_lead = RwSignal::new(false);
    let date_missing = RwSignal::new(false);
    let is_change = mode == PersonFormMode::ChangeLead;
    let is_first = mode == PersonFormMode::FirstLead;

    let submit = {
        let mode = mode.clone();
        let org = org.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let draft = PersonDraft {
                name: name.get_untracked(),
                role: Some(role.get_untracked()),
                phone: phone.get_untracked(),
                email: email.get_untracked(),
                since: parse_date(&since.get_untracked()),
                until: if is_change {
                    None
                } else {
                    parse_date(&until.get_untracked())
                },
            };
            let mut found = check_person(&draft);
            if is_change {
                found.retain(|e| *e != PersonError::UntilBeforeSince);
            }
            errors.set(found.clone());
            before_lead.set(false);
            date_missing.set(is_change && draft.since.is_none());
            if !found.is_empty() || date_missing.get_untracked() {
                return;
            }
            let ui = content::ui(app.lang.get_untracked());
            let mut result: Result<String, ()> = Err(());
            let person_name = draft.name.trim().to_string();
            match &mode {
                PersonFormMode::Add => app.change(|h| {
                    result = add_person(h, &org, &draft)
                        .map(|_| ui.network_person_saved.to_string())
                        .map_err(|_| ());
                }),
                PersonFormMode::FirstLead => app.change(|h| {
                    result = add_person(h, &org, &draft)
                        .map(|_| fill(ui.people_first_done, &[("name", &person_name)]))
                        .map_err(|_| ());
                }),
                PersonFormMode::Edit(id) => app.change(|h| {
                    result = update_person(h, id, &draft)
                        .map(|_| ui.network_person_saved.to_string())
                        .map_err(|_| ());
                }),
                PersonFormMode::ChangeLead => {
                    let day = draft.since.unwrap_or(app.today);
                    // Check on a copy first, so a refused change does not save anything.
                    let refused = app.household.with_untracked(|h| {
                        h.as_ref()
                            .map(|h| change_lead(&mut h.clone(), &org, &draft, day).err())
                            .unwrap_or(None)
                    });
                    if let Some(errs) = refused {
                        before_lead.set(errs.contains(&ChangeError::BeforeCurrentLead));
                        errors.set(
                            errs.iter()
                                .filter_map(|e| match e {
                                    ChangeError::Person(p) => Some(*p),
                                    _ => None,
                                })
                                .collect(),
                        );
                        return;
                    }
                    app.change(|h| {
                        result = change_lead(h, &org, &draft, day)
                            .map(|_| fill(ui.network_change_done, &[("name", &person_name)]))
                            .map_err(|_| ());
                    });
                }
            }
            if let Ok(message) = result {
                done.run(message);
            }
        }
    };

    let has = move |e: PersonError| errors.with(|list| list.contains(&e));
    let field_error = move |e: PersonError, id: String| {
        view! {
            <Show when=move || has(e)>
                <p class="hd-field__error" id=id.clone()>{move || error_text(ui.get(), e)}</p>
            </Show>
        }
    };
    let id = move |field: &str| format!("{prefix}-{field}");
    let title = match &mode {
        PersonFormMode::Add => Signal::derive(move || ui.get().network_add_person),
        PersonFormMode::Edit(_) => Signal::derive(move || ""),
        // Under the section's own heading: no second one.
        PersonFormMode::ChangeLead | PersonFormMode::FirstLead => Signal::derive(move || ""),
    };
    let (name_id, phone_id, email_id, role_id, since_id, until_id) = (
        id("name"),
        id("phone"),
        id("email"),
        id("role"),
        id("since"),
        id("until"),
    );
    let (phone_err, email_err, name_err, until_err, since_err) = (
        id("phone-error"),
        id("email-error"),
        id("name-error"),
        id("until-error"),
        id("since-error"),
    );
    // The form opens below the list of people: bring it into view and put the cursor in its
    // first field, so on a phone the tap visibly did something.
    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move || {
        if let Some(form) = form_ref.get() {
            form.scroll_into_view();
            if let Ok(Some(field)) = form.query_selector("input, select") {
                if let Ok(field) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(field) {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = field.focus_with_options(&options);
                }
            }
        }
    });
    view! {
        <form class="hd-form hd-person-form hd-no-print" node_ref=form_ref on:submit=submit novalidate>
            {move || (!title.get().is_empty()).then(|| view! { <h3>{title.get()}</h3> })}
            {is_change.then(|| view! { <p class="hd-hint">{move || ui.get().network_change_hint}</p> })}
            {is_first.then(|| view! { <p class="hd-hint">{move || ui.get().people_first_hint}</p> })}
            <div class="hd-field">
                <label for=name_id.clone()>{move || ui.get().network_field_name}</label>
                {field_error(PersonError::NameMissing, name_err.clone())}
                <input id=name_id type="text" autocomplete="off"
                    aria-invalid=move || has(PersonError::NameMissing).to_string()
                    aria-describedby=move || has(PersonError::NameMissing).then(|| name_err.clone())
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            {(!is_change).then(|| view! {
                <div class="hd-field">
                    <label for=role_id.clone()>{move || ui.get().network_field_role}</label>
                    <select id=role_id on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(r) = ROLES.iter().find(|r| role_value(**r) == v) { role.set(*r); }
                    }>
                        {ROLES.iter().map(|r| {
                            let r = *r;
                            view! { <option value=role_value(r) selected=move || role.get() == r>{move || role_label(ui.get(), r)}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="hd-field">
                <label for=phone_id.clone()>{move || ui.get().network_field_phone}</label>
                {field_error(PersonError::Phone, phone_err.clone())}
                <input id=phone_id type="tel" inputmode="tel" autocomplete="off"
                    aria-invalid=move || has(PersonError::Phone).to_string()
                    aria-describedby=move || has(PersonError::Phone).then(|| phone_err.clone())
                    prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
            </div>
            <div class="hd-field">
                <label for=email_id.clone()>{move || ui.get().network_field_email}</label>
                {field_error(PersonError::Email, email_err.clone())}
                <input id=email_id type="email" inputmode="email" autocomplete="off"
                    aria-invalid=move || has(PersonError::Email).to_string()
                    aria-describedby=move || has(PersonError::Email).then(|| email_err.clone())
                    prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev))/>
            </div>
            <div class="hd-field">
                <label for=since_id.clone()>{move || if is_change { ui.get().network_change_date } else { ui.get().network_field_since }}</label>
                <Show when=move || before_lead.get() || date_missing.get()>
                    <p class="hd-field__error" id=since_err.clone()>{move || if date_missing.get() { ui.get().network_error_date_missing } else { ui.get().network_error_before_lead }}</p>
                </Show>
                <input id=since_id type="date"
                    aria-invalid=move || (before_lead.get() || date_missing.get()).to_string()
                    prop:value=move || since.get() on:input=move |ev| since.set(event_target_value(&ev))/>
            </div>
            {(!is_change).then(|| view! {
                <div class="hd-field">
                    <label for=until_id.clone()>{move || ui.get().network_field_until}</label>
                    {field_error(PersonError::UntilBeforeSince, until_err.clone())}
                    <input id=until_id type="date"
                        aria-invalid=move || has(PersonError::UntilBeforeSince).to_string()
                        prop:value=move || until.get() on:input=move |ev| until.set(event_target_value(&ev))/>
                </div>
            })}
            <div class="hd-actions">
                <button type="submit" class="hd-button">{move || if is_change { ui.get().network_change_save } else { ui.get().network_save_person }}</button>
                <button type="button" class="hd-button hd-button--secondary" on:click=move |_| cancel.run(())>{move || ui.get().network_cancel}</button>
            </div>
        </form>
    }
}
