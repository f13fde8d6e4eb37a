//! The agreements of one meeting (`/plan/afspraken/<id>`): clear to read, share or print
//! right after the meeting.

use crate::components::labels;
use crate::components::page::Page;
use crate::content::{self, fill, long_date};
use crate::domain::agreements::{agreements_text, AgreementWords};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// The agreements route.
#[component]
pub fn AgreementsPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id")).unwrap_or_default();
    let meeting = move || {
        let id = id();
        app.household.with(|h| {
            h.as_ref()
                .and_then(|h| h.plan.meetings.iter().find(|m| m.id == id).cloned())
        })
    };
    let heading = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        meeting().map(|m| {
            let kind = labels::meeting(ui, m.kind).to_lowercase();
            fill(
                ui.agreements_heading,
                &[("kind", &kind), ("date", &long_date(lang, m.date))],
            )
        })
    };
    let title = Signal::derive(move || {
        heading().unwrap_or_else(|| ui.get().edit_not_found_title.to_string())
    });
    let text = move || {
        let ui = ui.get();
        let heading = heading().unwrap_or_default();
        meeting().map(|m| {
            agreements_text(
                &m,
                &AgreementWords {
                    heading: &heading,
                    attendees: ui.plan_attendees,
                    yes: ui.plan_agreed_yes,
                    no: ui.plan_agreed_no,
                    unknown: ui.plan_agreed_unknown,
                    none: ui.agreements_none,
                },
            )
        })
    };
    let share = move |_| {
        if let (Some(w), Some(text)) = (web_sys::window(), text()) {
            let data = web_sys::ShareData::new();
            data.set_title(&heading().unwrap_or_default());
            data.set_text(&text);
            crate::store::lock::expect_picker();
            let _ = w.navigator().share_with_data(&data);
        }
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <Page title=title>
            {move || match meeting() {
                None => view! {
                    <p>{ui.get().edit_not_found}</p>
                    <p><A href=routes::PLAN>{ui.get().edit_back_to_plan}</A></p>
                }.into_any(),
                Some(m) => {
                    let ui = ui.get();
                    let id = m.id.clone();
                    view! {
                        {(!m.attendees.is_empty()).then(|| view! { <p>{ui.plan_attendees}" "{m.attendees.join(", ")}</p> })}
                        {m.agreements.is_empty().then(|| view! { <p>{ui.agreements_none}</p> })}
                        <ol class="hd-agreements hd-agreements--large">
                            {m.agreements.iter().map(|a| view! {
                                <li>
                                    <p class="hd-entry__text">{a.text.clone()}</p>
                                    <ul class="hd-accords">
                                        {a.parties.iter().map(|p| view! {
                                            <li>{p.party.clone()}": "<strong>{labels::accord(ui, p.agreed)}</strong></li>
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }).collect_view()}
                        </ol>
                        <div class="hd-actions hd-no-print">
                            <Show when=can_share>
                                <button type="button" class="hd-button" on:click=share>{ui.agreements_share}</button>
                            </Show>
                            <button type="button" class="hd-button hd-button--secondary" on:click=print>{ui.print_page}</button>
                            <A href=crate::pages::plan_edit::edit_href(crate::domain::plan_edit::EntryForm::Agreement, None, Some(&id))
                                attr:class="hd-button hd-button--secondary">{ui.plan_add_agreement}</A>
                            <A href=routes::PLAN attr:class="hd-button hd-button--secondary">{ui.edit_back_to_plan}</A>
                        </div>
                    }.into_any()
                }
            }}
        </Page>
    }
}
