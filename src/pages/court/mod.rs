//! Requests to the kinderrechter the family writes itself (`/hulp/rechter`): which requests
//! fit the family's stage and the family's kept requests with their state (`list`); per kind
//! (`?soort=<kind>[&besluit=<decision id>]`) who may ask, the term counted from the household's
//! dates, whether a lawyer is needed, and a drafted letter (verzoekschrift) to edit, print,
//! share or e-mail, kept with the family's requests (`letter`); and one kept request
//! (`?verzoek=<request id>`) with its way — sent, a hearing, the judge's decision — and what
//! can follow (`states`). The rules are in `domain::court_request`; the wording in
//! `content/<lang>/court.toml` and `[court]`.

mod letter;
mod list;
mod states;

pub use crate::components::labels::{appeal_line, request_name, state_line};

use crate::components::page::Page;
use crate::content::{court_kind, Ui};
use crate::domain::court_request::{CourtKind, Fit};
use crate::domain::date::Date;
use crate::domain::household::{CurrentStage, Household};
use crate::domain::stage::Stage;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The route: the list of requests, one kind with its letter, or one kept request.
#[component]
pub fn CourtPage() -> impl IntoView {
    let ui = use_ui();
    let query = use_query_map();
    let kind =
        Memo::new(move |_| query.with(|q| q.get("soort").and_then(|s| CourtKind::from_id(&s))));
    let kept = Memo::new(move |_| query.with(|q| q.get("verzoek")));
    let title = Signal::derive(move || {
        let lang = use_app().lang.get();
        match (kept.get(), kind.get()) {
            (Some(_), _) => ui.get().court_request_title,
            (None, Some(k)) => court_kind(lang, k.id())
                .map(|t| t.name)
                .unwrap_or(ui.get().court_title),
            (None, None) => ui.get().court_title,
        }
        .to_string()
    });
    view! {
        <Page title=title>
            {move || match (kept.get(), kind.get()) {
                (Some(id), _) => view! { <states::KeptRequestView id/> }.into_any(),
                (None, Some(k)) => view! { <letter::CourtRequestView kind=k/> }.into_any(),
                (None, None) => view! { <list::CourtList/> }.into_any(),
            }}
        </Page>
    }
}

/// The family's current stage and since when, if known.
fn current_stage(h: &Option<Household>) -> (Option<Stage>, Option<Date>) {
    match h.as_ref().map(|h| h.position.current()) {
        Some(CurrentStage::Known(stage, since)) => (Some(stage), Some(since)),
        _ => (None, None),
    }
}

/// Why a kind usually does not fit the family's stage; `None` when it fits.
fn not_fit_reason(ui: &'static Ui, fit: Fit) -> Option<&'static str> {
    match fit {
        Fit::Fits => None,
        Fit::NeedsSupervision => Some(ui.court_not_fit_ots),
        Fit::NeedsPlacement => Some(ui.court_not_fit_placement),
    }
}

/// Moves the keyboard focus to the first field with a problem, so it is read out.
fn focus_first_problem() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(el)) = doc.query_selector(
        ".hd-field--error input, input[aria-invalid=\"true\"], textarea[aria-invalid=\"true\"]",
    ) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
