//! A contact from the organisation profile, or a plain "not filled in" when it is empty (never
//! "ask your family manager": the contact may be for a complaint about them). A website alone
//! says that the website is all Helder has.

use crate::domain::profile::Contact;
use crate::state::use_ui;
use leptos::prelude::*;

/// One contact: name, then call / e-mail / website / address where known.
#[component]
pub fn ContactCard(
    /// What this contact is for (e.g. "Klachtencommissie").
    #[prop(into)]
    role: Signal<&'static str>,
    /// The contact from the profile.
    #[prop(into)]
    contact: Signal<Contact>,
) -> impl IntoView {
    let ui = use_ui();
    move || {
        let c = contact.get();
        let ui = ui.get();
        let empty = !crate::domain::public_contacts::reachable(&c);
        let website_only = c.phone.is_empty()
            && c.email.is_empty()
            && c.address.is_empty()
            && !c.website.is_empty();
        view! {
            <li class="hd-contact-card">
                <p><strong>{role.get()}</strong>{(!c.name.is_empty()).then(|| format!(": {}", c.name))}</p>
                {empty.then(|| view! { <p class="hd-muted">{ui.contact_unknown}</p> })}
                {website_only.then(|| view! { <p class="hd-muted">{ui.contact_website_only}</p> })}
                <div class="hd-contact">
                    {(!c.phone.is_empty()).then(|| view! {
                        <a class="hd-button hd-button--small hd-button--secondary" href=crate::domain::links::tel(&c.phone).ok()>{ui.contact_call}" "<span class="hd-phone">{c.phone.clone()}</span></a>
                    })}
                    {(!c.email.is_empty()).then(|| view! {
                        <a class="hd-button hd-button--small hd-button--secondary" href=crate::domain::links::mail_to(&c.email).ok()>{format!("{} {}", ui.contact_email, c.email)}</a>
                    })}
                    {(!c.website.is_empty()).then(|| view! {
                        <a class="hd-button hd-button--small hd-button--secondary" href=c.website.clone() rel="noreferrer">{ui.contact_website}</a>
                    })}
                </div>
                {(!c.address.is_empty()).then(|| view! { <p>{c.address.clone()}</p> })}
            </li>
        }
    }
}
