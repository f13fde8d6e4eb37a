//! `/hulp/rechter`: the family's kept requests with their state, then every kind — those
//! that fit the family's stage first, the others folded with the reason.

use super::{appeal_line, current_stage, not_fit_reason, request_name, state_line};
use crate::components::statement::StatementList;
use crate::content::{self, court_kind};
use crate::domain::court_request::{CourtKind, Fit};
use crate::domain::household::{Request, RequestKind};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The kept requests to the kinderrechter, newest first, each with its state and a link.
#[component]
fn KeptRequests() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let kept = Memo::new(move |_| {
        app.household.with(|h| {
            let mut list: Vec<Request> = h
                .iter()
                .flat_map(|h| h.requests.iter())
                .filter(|r| r.kind == RequestKind::CourtRequest)
                .cloned()
                .collect();
            list.sort_by_key(|r| std::cmp::Reverse(r.created_at));
            list
        })
    });
    view! {
        <Show when=move || !kept.with(Vec::is_empty)>
            <section class="hd-card" aria-labelledby="court-kept">
                <h2 id="court-kept">{move || ui.get().court_kept_title}</h2>
                <ul class="hd-list hd-court__kept">
                    {move || {
                        let lang = app.lang.get();
                        let ui = ui.get();
                        kept.get().into_iter().map(|r| {
                            let (href, name) = (crate::routes::court_request(&r.id), request_name(lang, &r));
                            let state = state_line(ui, lang, &r);
                            let appeal = appeal_line(ui, lang, &r);
                            view! {
                                <li>
                                    <A href=href>{name}</A>
                                    <p class="hd-court__state">{state}</p>
                                    {appeal.map(|a| view! { <p class="hd-muted">{a}</p> })}
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// Every kind: those that fit the family's stage first, the others folded with the reason.
#[component]
pub(super) fn CourtList() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let stage = Memo::new(move |_| app.household.with(|h| current_stage(h).0));
    let item = move |k: CourtKind| {
        let lang = app.lang.get();
        let text = court_kind(lang, k.id());
        let name = text.map(|t| t.name).unwrap_or_default();
        let reason = not_fit_reason(ui.get(), k.fits(stage.get()));
        view! {
            <li class="hd-court__kind">
                <A href=routes::court(k.id())>{name}</A>
                {k.lawyer_required().then(|| view! { <p class="hd-muted">{ui.get().court_lawyer_needed}</p> })}
                {reason.map(|r| view! { <p class="hd-muted">{r}</p> })}
            </li>
        }
    };
    view! {
        <p class="hd-lead">{move || ui.get().court_lead}</p>
        <p class="hd-alert hd-alert--info">{move || ui.get().court_no_advice}</p>
        <KeptRequests/>
        <section aria-labelledby="court-fits">
            <h2 id="court-fits">{move || ui.get().court_fits}</h2>
            <Show
                when=move || CourtKind::ALL.into_iter().any(|k| k.fits(stage.get()) == Fit::Fits)
                fallback=move || view! { <p>{ui.get().court_none_fit}</p> }
            >
                <ul class="hd-court__kinds">
                    {move || CourtKind::ALL.into_iter().filter(|k| k.fits(stage.get()) == Fit::Fits).map(item).collect_view()}
                </ul>
            </Show>
        </section>
        <Show when=move || CourtKind::ALL.into_iter().any(|k| k.fits(stage.get()) != Fit::Fits)>
            <details class="hd-court__others">
                <summary>{move || ui.get().court_others}</summary>
                <ul class="hd-court__kinds">
                    {move || CourtKind::ALL.into_iter().filter(|k| k.fits(stage.get()) != Fit::Fits).map(item).collect_view()}
                </ul>
            </details>
        </Show>
        <section aria-labelledby="court-general">
            <h2 id="court-general">{move || ui.get().court_general}</h2>
            {move || view! { <StatementList items=content::court_general(app.lang.get())/> }}
        </section>
    }
}
