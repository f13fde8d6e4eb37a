//! The framework map (`/kader`) and one stage (`/kader/<stage-id>`).
//!

use crate::components::framework_map::{drawn_map, framework_map, MapUse};
use crate::components::glossary::Glossed;
use crate::components::labels::{decider_label, zone_name, zone_rule};
use crate::components::later::Later;
use crate::components::page::Page;
use crate::components::print_button::PrintButton;
use crate::components::statement::StatementList;
use crate::content::{self, fill, long_date};
use crate::domain::court_request::{CourtKind, Fit};
use crate::domain::date::Date;
use crate::domain::household::CurrentStage;
use crate::domain::position::{move_to, PositionError};
use crate::domain::stage::{Stage, Zone};
use crate::domain::transitions::from;
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The framework route (`/kader`): the map with "you are here" and the path taken.
#[component]
pub fn FrameworkPage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || ui.get().framework_title.to_string());
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);
                let youth = app.youth.get();
                app.household.with(|h| {
                    let position = h.as_ref().map(|h| h.position.current());
                    let current = match &position {
                        Some(CurrentStage::Known(s, _)) => Some(*s),
                        _ => None,
                    };
                    // Steps with ids this version does not know are kept in the document but not drawn.
                    let path: Vec<(Stage, Date)> = h.iter()
                        .flat_map(|h| h.position.path.iter())
                        .filter_map(|p| Stage::from_id(&p.stage).map(|s| (s, p.since)))
                        .collect();
                    let notice = match position {
                        Some(CurrentStage::Unknown(id)) => Some(fill(ui.overview_stage_unknown, &[("stage", &id)])),
                        Some(CurrentStage::NotSet) => Some(ui.framework_not_set.to_string()),
                        _ => None,
                    };
                    let stages: Vec<Stage> = path.iter().map(|(s, _)| *s).collect();
                    view! {
                        {notice.map(|text| view! { <p class="hd-alert hd-alert--info" role="status">{text}</p> })}
                        {drawn_map(lang, youth, &stages, current, MapUse::Full)}
                        <p class="hd-lead">{ui.framework_lead}</p>
                        <PrintButton/>
                        {framework_map(lang, current, &path)}
                        {(!path.is_empty()).then(|| view! {
                            <section class="hd-card" aria-labelledby="path-title">
                                <h2 id="path-title">{ui.framework_path_title}</h2>
                                <ol class="hd-path">
                                    {path.iter().map(|(s, d)| view! {
                                        <li>
                                            <a href=routes::stage(s.id())>{content::stage(lang, s.id()).map(|t| t.name).unwrap_or(s.id())}</a>
                                            " — "{fill(ui.overview_since, &[("date", &long_date(lang, *d))])}
                                        </li>
                                    }).collect_view()}
                                </ol>
                            </section>
                        })}
                    }
                })
            }}
        </Page>
    }
}

/// One stage (`/kader/<stage-id>`): what it means, who decides, must and may, rights.
#[component]
pub fn StagePage() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let params = use_params_map();
    let stage = move || {
        params
            .with(|p| p.get("stage"))
            .and_then(|id| Stage::from_id(&id))
    };
    let title = Signal::derive(move || {
        let lang = app.lang.get();
        stage()
            .and_then(|s| content::stage(lang, s.id()))
            .map(|t| t.name.to_string())
            .unwrap_or_else(|| ui.get().framework_unknown_stage.to_string())
    });
    view! {
        <Page title=title>
            {move || {
                let lang = app.lang.get();
                let ui = content::ui(lang);

                let Some((s, text)) = stage().and_then(|s| content::stage(lang, s.id()).map(|t| (s, t))) else {
                    return view! { <p>{ui.framework_unknown_stage_text}</p> <p><A href=routes::FRAMEWORK>{ui.framework_back}</A></p> }.into_any();
                };
                view! {
                    {move || small_map(lang, s)}
                    <p><A href=routes::FRAMEWORK>{ui.framework_back}</A></p>
                    <p>
                        <span class=format!("hd-zone-tag hd-zone-tag--{:?}", s.zone()).to_lowercase()>{zone_name(ui, s.zone())}</span>
                    </p>
                    <p class="hd-lead"><Glossed text=text.summary/></p>
                    <p class="hd-rule"><strong>{zone_rule(ui, s)}</strong></p>
                    {statements(ui.stage_who_decides, text.who_decides)}
                    // The rest after the first paint: opening a stage shows its top at once.
                    <Later>{stage_rest(lang, s, text)}</Later>
                }.into_any()
            }}
        </Page>
    }
}

/// One part of a stage page: a heading and its statements.
fn statements(title: &'static str, items: &'static [content::Statement]) -> impl IntoView {
    view! {
        <section class="hd-card">
            <h2>{title}</h2>
            <StatementList items=items/>
        </section>
    }
}

/// A stage page below "who decides": must and may, what comes next, rights, how long and how
/// it ends, who is involved, and "we are here now".
fn stage_rest(lang: content::Lang, s: Stage, text: &'static content::StageText) -> impl IntoView {
    let ui = content::ui(lang);
    let free = s.zone() != Zone::Judicial;
    let only_judge = content::note(lang, "only-judge");
    let next = view! {
        <section class="hd-card" aria-labelledby="next-title">
            <h2 id="next-title">{ui.stage_next}</h2>
            <ul class="hd-next">
                {from(s).map(|t| view! {
                    <li>
                        <a href=routes::stage(t.to.id())>{content::stage(lang, t.to.id()).map(|x| x.name).unwrap_or(t.to.id())}</a>
                        " — "{fill(ui.map_by, &[("who", decider_label(ui, t.decider))])}
                    </li>
                }).collect_view()}
            </ul>
            {free.then(|| view! {
                <p><strong>{only_judge.text}</strong>" "<span class="hd-statement__source">{fill(ui.source_line, &[("source", only_judge.source), ("date", &content::checked_date(lang, only_judge.checked))])}</span></p>
            })}
        </section>
    };
    view! {
        {free.then(|| statements(ui.stage_if_you_refuse, text.if_you_refuse))}
        {(!text.obliged.is_empty()).then(|| statements(ui.stage_obliged, text.obliged))}
        {statements(ui.stage_voluntary, text.voluntary)}
        {(!free).then(|| statements(ui.stage_if_you_refuse, text.if_you_refuse))}
        {next}
        {statements(ui.stage_rights, text.rights)}
        {(CourtKind::ALL.into_iter().any(|k| k.fits(Some(s)) == Fit::Fits)).then(|| view! {
            <p class="hd-no-print"><A href=routes::COURT attr:class="hd-button hd-button--secondary">{ui.court_open}</A></p>
        })}
        {statements(ui.stage_duration, text.duration)}
        {statements(ui.stage_way_out, text.way_out)}
        <section class="hd-card">
            <h2>{ui.stage_involved}</h2>
            <ul>{text.involved.iter().map(|w| view! { <li>{*w}</li> }).collect_view()}</ul>
        </section>
        <PrintButton/>
        <SetPosition stage=s/>
    }
}

/// "We are here now": records this stage as the family's current one, after confirmation.
#[component]
fn SetPosition(stage: Stage) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let since = RwSignal::new(app.today.to_string());
    let message = RwSignal::new(None::<(bool, String)>);
    let is_current = move || {
        app.household.with(|h| {
            h.as_ref().is_some_and(
                |h| matches!(h.position.current(), CurrentStage::Known(s, _) if s == stage),
            )
        })
    };
    // Not in youth mode: the young person's view changes nothing of the parents' record.
    let has_household = move || app.household.with(|h| h.is_some()) && !app.youth.get();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ui = ui.get_untracked();
        let lang = app.lang.get_untracked();
        let Ok(date) = Date::parse(since.get_untracked().trim()) else {
            message.set(Some((false, ui.start_error_date.to_string())));
            return;
        };
        let mut result = Ok(());
        app.change(|h| result = move_to(&mut h.position, stage, date, app.today));
        message.set(Some(match result {
            Ok(()) => (true, ui.position_saved.to_string()),
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
    view! {
        <Show when=has_household>
            <section class="hd-card" aria-labelledby="set-position-title">
                <h2 id="set-position-title">{move || ui.get().position_title}</h2>
                <Show when=move || !is_current() fallback=move || view! { <p>{move || ui.get().position_is_current}</p> }>
                    <form class="hd-form" on:submit=submit novalidate>
                        <div class="hd-field">
                            <label for="position-since">{move || ui.get().position_since}</label>
                            <input id="position-since" type="date" max=app.today.to_string()
                                prop:value=move || since.get()
                                on:input=move |ev| since.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit" class="hd-button">{move || ui.get().position_confirm}</button>
                    </form>
                </Show>
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "hd-alert hd-alert--success" } else { "hd-alert hd-alert--error" } role="status">{text}</p>
                })}
            </section>
        </Show>
    }
}

/// The small map at the top of a stage page, centred on that stage; it follows the family's
/// path on its own, so saving a new stage below does not redraw the page.
fn small_map(lang: crate::content::Lang, stage: Stage) -> impl IntoView {
    let app = use_app();
    let youth = app.youth.get();
    app.household.with(|h| {
        let path: Vec<Stage> = h
            .iter()
            .flat_map(|h| h.position.path.iter())
            .filter_map(|p| Stage::from_id(&p.stage))
            .collect();
        let current = match h.as_ref().map(|h| h.position.current()) {
            Some(CurrentStage::Known(s, _)) => Some(s),
            _ => None,
        };
        drawn_map(lang, youth, &path, current, MapUse::Stage(stage))
    })
}
