//! A young person's urgent help, each one tap away: the Kindertelefoon, their confidential
//! adviser, their own family manager and 112. Shown in youth mode on the overview, on the help
//! tab, and on the emergency page (there below its own 112 button, so without one). It needs no household: a young
//! person on their own phone sees it too (the family manager then says "not in Helder yet").
//!
//! Only verified ways to reach someone are shown: where Helder only has a website, it says
//! that the phone number could not be checked (src/domain/public_contacts.rs).

use crate::content::{self, checked_date, fill};
use crate::domain::household::{Household, PersonRole};
use crate::domain::network::active_on;
use crate::domain::public_contacts::{or_public, JEUGDSTEM, KINDERTELEFOON};
use crate::state::use_app;
use leptos::prelude::*;

/// The day the youth help's statements were checked against the law.
pub const CHECKED: &str = "2026-11-29";

/// The family manager who leads now, with a phone number if one is known.
fn lead_manager(h: &Household, today: crate::domain::date::Date) -> Option<(String, String)> {
    h.organisations
        .iter()
        .flat_map(|o| o.people.iter())
        .filter(|p| p.role == PersonRole::LeadFamilyManager && active_on(p, today))
        .max_by_key(|p| p.since)
        .map(|p| (p.name.clone(), p.phone.clone()))
}

/// `tel:` address of a number as written (none when it is not a phone number).
fn tel(phone: &str) -> Option<String> {
    crate::domain::links::tel(phone).ok()
}

/// The urgent-help block. `with_112: false` where the page already has its own 112 button
/// (the emergency page), so it is not there twice.
#[component]
pub fn YouthHelp(#[prop(default = true)] with_112: bool) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        let adviser = app
            .profile
            .with(|p| or_public(&p.confidential_adviser, &JEUGDSTEM));
        let manager = app
            .household
            .with(|h| h.as_ref().and_then(|h| lead_manager(h, app.today)));
        let source = fill(
            ui.source_line,
            &[
                ("source", ui.youth_help_adviser_source),
                ("date", &checked_date(lang, CHECKED)),
            ],
        );
        view! {
            <section class="hd-card hd-card--urgent hd-youth-help" aria-labelledby="youth-help-title">
                <h2 id="youth-help-title">{ui.youth_help_title}</h2>
                <p>{ui.youth_help_intro}</p>
                <ul class="hd-youth-help__list">
                    <li>
                        <h3>{ui.youth_help_kindertelefoon}</h3>
                        <p>{ui.youth_help_kindertelefoon_text}</p>
                        <a class="hd-button" href=KINDERTELEFOON.website rel="noreferrer">{ui.youth_help_kindertelefoon_link}</a>
                        {KINDERTELEFOON.phone_unverified().then(|| view! { <p class="hd-muted">{ui.youth_help_website_only}</p> })}
                    </li>
                    <li>
                        <h3>{ui.youth_help_adviser}</h3>
                        <p>{ui.youth_help_adviser_text}</p>
                        <p class="hd-statement__source">{source}</p>
                        {if adviser.phone.is_empty() {
                            view! {
                                <a class="hd-button" href=adviser.website.clone() rel="noreferrer">{ui.youth_help_adviser_link}</a>
                                <p class="hd-muted">{adviser.name.clone()}". "{ui.youth_help_website_only}</p>
                            }.into_any()
                        } else {
                            view! {
                                <a class="hd-button" href=tel(&adviser.phone)>{ui.youth_help_adviser_call}" "<span class="hd-phone">{adviser.phone.clone()}</span></a>
                                <p class="hd-muted">{adviser.name.clone()}</p>
                            }.into_any()
                        }}
                    </li>
                    <li>
                        <h3>{ui.youth_help_manager}</h3>
                        {match manager {
                            Some((name, phone)) if !phone.is_empty() => view! {
                                <a class="hd-button hd-button--secondary" href=tel(&phone)>{fill(ui.youth_help_manager_call, &[("name", &name)])}</a>
                            }.into_any(),
                            Some((name, _)) => view! { <p>{name}</p> }.into_any(),
                            None => view! { <p>{ui.youth_help_manager_none}</p> }.into_any(),
                        }}
                    </li>
                    {with_112.then(|| view! {
                        <li>
                            <h3>{ui.youth_help_danger}</h3>
                            <a class="hd-button hd-button--urgent" href=tel("112")>{ui.youth_help_danger_call}</a>
                        </li>
                    })}
                </ul>
            </section>
        }
    }
}

/// The help tab in youth mode (`/hulp`, also instead of the complaint letter): the urgent help,
/// then where a complaint can go, each with a verified way to reach it.
#[component]
pub fn YouthHelpPage() -> impl IntoView {
    use crate::components::contact_card::ContactCard;
    use crate::components::page::Page;
    use crate::domain::public_contacts::KINDEROMBUDSMAN;
    let app = use_app();
    let ui = crate::state::use_ui();
    let title = Signal::derive(move || ui.get().help_title.to_string());
    let source = move |s: &'static str| {
        let lang = app.lang.get();
        fill(
            content::ui(lang).source_line,
            &[("source", s), ("date", &checked_date(lang, CHECKED))],
        )
    };
    view! {
        <Page title=title>
            <YouthHelp/>
            <section class="hd-card" aria-labelledby="youth-complain">
                <h2 id="youth-complain">{move || ui.get().youth_help_complain_title}</h2>
                <p>{move || ui.get().youth_help_complain_text}</p>
                <p class="hd-statement__source">{move || source(ui.get().youth_help_complain_source)}</p>
                <ul class="hd-list">
                    <ContactCard role=Signal::derive(move || ui.get().youth_help_commission)
                        contact=Signal::derive(move || app.profile.with(|p| p.complaints_commission.clone()))/>
                </ul>
                <p>{move || ui.get().youth_help_childrens_ombudsman_text}</p>
                <p class="hd-statement__source">{move || source(ui.get().youth_help_childrens_ombudsman_source)}</p>
                <ul class="hd-list">
                    <ContactCard role=Signal::derive(move || ui.get().youth_help_childrens_ombudsman)
                        contact=Signal::derive(move || crate::domain::profile::Contact { name: String::new(), ..KINDEROMBUDSMAN.contact() })/>
                </ul>
            </section>
        </Page>
    }
}
