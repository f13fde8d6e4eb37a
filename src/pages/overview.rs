//! The overview: where we stand, what is due next, progress, and the help buttons.

mod plan_summary;
mod safety_notices;

use super::welcome::Welcome;
use crate::components::due_list::due_list;
use crate::components::follow_up_card::FollowUpCard;
use crate::components::labels::{zone_name, zone_rule};
use crate::components::network_warnings::NetworkWarnings;
use crate::components::page::Page;
use crate::components::print_button::PrintButton;
use crate::components::situation_change::SituationChange;
use crate::components::youth_switch::YouthSwitch;
use crate::components::youth_view::YouthView;
use crate::content::{self, fill, long_date, plural, Lang};
use crate::domain::due::{goals_reached, upcoming, Due, DueKind};
use crate::domain::household::{CurrentStage, Household};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;
use plan_summary::plan_summary;
use safety_notices::SafetyNotices;

fn position_card(h: &Household, lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    let body = match h.position.current() {
        CurrentStage::Known(stage, since) => {
            let text = content::stage(lang, stage.id());
            let who = text
                .and_then(|t| t.who_decides.first())
                .map(|s| s.text)
                .unwrap_or("");
            view! {
                <p class="hd-stage-name">
                    <span class=format!("hd-zone-tag hd-zone-tag--{:?}", stage.zone()).to_lowercase()>
                        {zone_name(ui, stage.zone())}
                    </span>
                    " "
                    <strong>{text.map(|t| t.name).unwrap_or(stage.id())}</strong>
                </p>
                <p class="hd-muted">{fill(ui.overview_since, &[("date", &long_date(lang, since))])}</p>
                {crate::components::framework_map::overview_map(h, lang, stage)}
                <p>{text.map(|t| t.summary).unwrap_or("")}</p>
                <p class="hd-rule"><strong>{zone_rule(ui, stage)}</strong></p>
                <p>{fill(ui.overview_who_decides, &[("who", who)])}</p>
                <A href=routes::stage(stage.id())>{ui.overview_see_map}</A>
            }
            .into_any()
        }
        CurrentStage::Unknown(id) => view! {
            <p role="status">{fill(ui.overview_stage_unknown, &[("stage", &id)])}</p>
            <A href=routes::FRAMEWORK>{ui.overview_set_stage}</A>
        }
        .into_any(),
        CurrentStage::NotSet => view! {
            <p>{ui.overview_stage_not_set}</p>
            <A href=routes::FRAMEWORK>{ui.overview_set_stage}</A>
        }
        .into_any(),
    };
    view! {
        <section class="hd-card" aria-labelledby="where-title">
            <h2 id="where-title">{ui.overview_where_title}</h2>
            {body}
        </section>
    }
}

/// What asks for action first: a legal term that is running, a report to answer.
fn is_urgent(d: &Due) -> bool {
    match d.kind {
        DueKind::Legal(..) => d.days_left >= 0,
        DueKind::ReportResponse(_) => true,
        _ => false,
    }
}

/// "First this": the running legal terms and the reports to answer, at the top of the overview.
fn urgent_card(h: &Household, lang: Lang, today: crate::domain::date::Date) -> impl IntoView {
    let ui = content::ui(lang);
    let mut items: Vec<Due> = upcoming(h, today, 7, 120)
        .into_iter()
        .filter(is_urgent)
        .collect();
    // A legal term first (missing it cannot be repaired), then the reports; soonest first.
    items.sort_by_key(|d| (!matches!(d.kind, DueKind::Legal(..)), d.date));
    (!items.is_empty()).then(|| {
        view! {
            <section class="hd-card hd-card--urgent hd-urgent" aria-labelledby="urgent-title">
                <h2 id="urgent-title">{ui.urgent_title}</h2>
                {due_list(h, lang, &items)}
            </section>
        }
    })
}

fn due_card(h: &Household, lang: Lang, today: crate::domain::date::Date) -> impl IntoView {
    let ui = content::ui(lang);
    // What "first this" shows is not repeated here.
    let items: Vec<Due> = upcoming(h, today, 7, 60)
        .into_iter()
        .filter(|d| !is_urgent(d))
        .collect();
    let (reached, total) = goals_reached(h);
    view! {
        <section class="hd-card" aria-labelledby="due-title">
            <h2 id="due-title">{ui.overview_due_title}</h2>
            {if items.is_empty() {
                view! { <p>{ui.overview_nothing_due}</p> }.into_any()
            } else {
                due_list(h, lang, &items).into_any()
            }}
            {(total > 0).then(|| view! {
                <h3>{ui.overview_goals_title}</h3>
                <p id="goal-progress-label">{fill(plural(total as u64, ui.overview_goals_reached_one, ui.overview_goals_reached_other), &[("reached", &reached.to_string()), ("total", &total.to_string())])}</p>
                <progress max=total.to_string() value=reached.to_string() aria-labelledby="goal-progress-label"></progress>
                <p><A href=routes::PLAN>{ui.overview_to_plan}</A></p>
            })}
        </section>
    }
}

/// The overview route (`/`): the welcome on first use, otherwise the family's summary.
/// `summary` draws the summary: the router passes the lazy `screens::family_summary`, so this
/// page, which is in the first download, never names the router (docs/architecture.md, "Layers").
#[component]
pub fn OverviewPage(#[prop(into)] summary: ViewFn) -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let title = Signal::derive(move || {
        let ui = ui.get();
        app.household.with(|h| match h {
            Some(h) if !h.label.is_empty() => h.label.clone(),
            Some(_) => ui.overview_title.to_string(),
            None => ui.welcome_page_title.to_string(),
        })
    });
    // Only a change between first use and a family re-renders this; the summary follows the
    // household itself.
    // Youth mode needs no household (a young person on their own phone).
    let first_use = Memo::new(move |_| app.household.with(Option::is_none) && !app.youth.get());
    view! {
        <Page title=title>
            {move || if first_use.get() {
                view! { <Welcome/> }.into_any()
            } else {
                summary.run()
            }}
        </Page>
    }
}

/// The family's summary: position, what is due, the plan in short, the help buttons (or the
/// young person's view). Loaded on demand with its group (src/screens.rs): a first visit
/// shows the welcome and does not need it.
#[component]
pub fn FamilySummary() -> impl IntoView {
    let app = use_app();
    // Youth mode is its own view (it needs no household); it is drawn once per switch.
    let youth = Memo::new(move |_| app.youth.get());
    // The urgent thing first: running terms and reports to answer, then the help buttons,
    // where the family stands (and "has something changed?"), what is due, the warnings and
    // the plan; the passcode card and the youth switch last. The parts that follow the
    // household are redrawn on a change; the forms between them keep their state.
    let top = move || {
        let lang = app.lang.get();
        let ui = content::ui(lang);
        app.household.with(|h| {
            h.as_ref().map(|h| {
                view! {
                    {urgent_card(h, lang, app.today)}
                    <FollowUpCard/>
                    <div class="hd-actions hd-actions--help">
                        <A href=routes::EMERGENCY attr:class="hd-button hd-button--urgent">{ui.action_emergency}</A>
                        <A href=routes::HELP attr:class="hd-button hd-button--secondary">{ui.action_complaint}</A>
                        <A href=routes::RIGHTS attr:class="hd-button hd-button--secondary">{ui.action_rights}</A>
                    </div>
                    {position_card(h, lang)}
                }
            })
        })
    };
    let bottom = move || {
        let lang = app.lang.get();
        app.household.with(|h| {
            h.as_ref().map(|h| {
                view! {
                    {due_card(h, lang, app.today)}
                    <NetworkWarnings link=true/>
                    {plan_summary(h, lang)}
                }
            })
        })
    };
    move || {
        if youth.get() {
            return view! { <FollowUpCard/> <YouthView/> }.into_any();
        }
        view! {
            {top}
            <SituationChange prefix="overview"/>
            {bottom}
            <SafetyNotices/>
            <YouthSwitch/>
            <PrintButton label=Signal::derive(move || content::ui(app.lang.get()).overview_print)/>
        }
        .into_any()
    }
}
