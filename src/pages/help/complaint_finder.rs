//! "What is it about? Which organisation?" — two questions that lead to the right body.

use crate::content::{self, fill, Statement, Ui};
use crate::domain::complaint::{has_letter, route, Body, Target, Topic};
use crate::routes;
use crate::state::{use_app, use_ui};
use leptos::prelude::*;
use leptos_router::components::A;

const TOPICS: [Topic; 7] = [
    Topic::Treatment,
    Topic::WrongInformation,
    Topic::WrittenInstruction,
    Topic::JudgeDecision,
    Topic::ExtendOrEnd,
    Topic::ProfessionalConduct,
    Topic::AfterComplaint,
];

const TARGETS: [Target; 4] = [
    Target::Institution,
    Target::Raad,
    Target::LocalTeam,
    Target::Other,
];

fn topic_label(ui: &'static Ui, topic: Topic) -> &'static str {
    match topic {
        Topic::Treatment => ui.finder_topic_treatment,
        Topic::JudgeDecision => ui.finder_topic_judge,
        Topic::ExtendOrEnd => ui.finder_topic_extend,
        Topic::WrittenInstruction => ui.finder_topic_instruction,
        Topic::WrongInformation => ui.finder_topic_wrong,
        Topic::ProfessionalConduct => ui.finder_topic_professional,
        Topic::AfterComplaint => ui.finder_topic_after,
    }
}

fn target_label(ui: &'static Ui, target: Target) -> &'static str {
    match target {
        Target::Institution => ui.finder_org_institution,
        Target::Raad => ui.finder_org_raad,
        Target::LocalTeam => ui.finder_org_local,
        Target::Other => ui.finder_org_other,
    }
}

/// The title of a body and the note (text with its source) that explains it.
fn body_text(ui: &'static Ui, body: Body) -> (&'static str, &'static str) {
    match body {
        Body::ComplaintsCommission => (ui.route_commission_title, "route-commission"),
        Body::OrganisationComplaint => (ui.route_organisation_title, "route-organisation"),
        Body::Appeal => (ui.route_appeal_title, "route-appeal"),
        Body::JudgeRequest => (ui.route_judge_title, "route-judge"),
        Body::InstructionObjection => (ui.route_instruction_title, "route-instruction"),
        Body::Correction => (ui.route_correction_title, "route-correction"),
        Body::Skj => (ui.route_skj_title, "route-skj"),
        Body::Ombudsman => (ui.route_ombudsman_title, "route-ombudsman"),
    }
}

/// Which ombudsman, for the organisation the complaint is about (Wet Nob art. 1a, 11c).
fn ombudsman_for(target: Target) -> &'static str {
    match target {
        Target::Institution => "route-ombudsman-institution",
        Target::Raad => "route-ombudsman-raad",
        Target::LocalTeam => "route-ombudsman-local",
        Target::Other => "route-ombudsman-other",
    }
}

/// The two questions and the answer they lead to.
#[component]
pub fn ComplaintFinder() -> impl IntoView {
    let app = use_app();
    let ui = use_ui();
    let topic = RwSignal::new(None::<Topic>);
    let target = RwSignal::new(None::<Target>);
    view! {
        <section class="hd-card" aria-labelledby="finder-title">
            <h2 id="finder-title">{move || ui.get().finder_title}</h2>
            <fieldset class="hd-fieldset">
                <legend>{move || ui.get().finder_topic}</legend>
                {TOPICS.map(|t| view! {
                    <label class="hd-radio">
                        <input type="radio" name="finder-topic" prop:checked=move || topic.get() == Some(t) on:change=move |_| topic.set(Some(t))/>
                        <span>{move || topic_label(ui.get(), t)}</span>
                    </label>
                })}
            </fieldset>
            <fieldset class="hd-fieldset">
                <legend>{move || ui.get().finder_org}</legend>
                {TARGETS.map(|t| view! {
                    <label class="hd-radio">
                        <input type="radio" name="finder-org" prop:checked=move || target.get() == Some(t) on:change=move |_| target.set(Some(t))/>
                        <span>{move || target_label(ui.get(), t)}</span>
                    </label>
                })}
            </fieldset>
            <div aria-live="polite">
                {move || {
                    let (Some(t), Some(o)) = (topic.get(), target.get()) else { return None };
                    let lang = app.lang.get();
                    let ui = content::ui(lang);
                    let body = route(t, o);
                    let (title, id) = body_text(ui, body);
                    let text = content::note(lang, id);
                    let which = (body == Body::Ombudsman).then(|| content::note(lang, ombudsman_for(o)));
                    let source = |n: &Statement| fill(ui.source_line, &[("source", n.source), ("date", &content::checked_date(lang, n.checked))]);
                    Some(view! {
                        <div class="hd-answer" role="region" aria-labelledby="finder-answer">
                            <h3 id="finder-answer">{ui.finder_answer}" "{title}</h3>
                            <p>{text.text}</p>
                            <p class="hd-statement__source">{source(text)}</p>
                            {which.map(|w| view! {
                                <p>{w.text}</p>
                                <p class="hd-statement__source">{source(w)}</p>
                            })}
                            <p>{ui.finder_adviser}</p>
                            {match body {
                                Body::InstructionObjection => Some(routes::court("aanwijzing")),
                                Body::JudgeRequest => Some(routes::COURT.to_string()),
                                _ => None,
                            }.map(|href| view! {
                                <p><A href=href attr:class="hd-button">{ui.court_open}</A></p>
                            })}
                            {has_letter(body).then(|| view! {
                                <div class="hd-actions">
                                    <A href=routes::letter("klacht") attr:class="hd-button">{ui.finder_write_letter}</A>
                                    <A href=routes::letter("bemiddelaar") attr:class="hd-button hd-button--secondary">{ui.finder_ask_mediator}</A>
                                </div>
                            })}
                        </div>
                    })
                }}
            </div>
        </section>
    }
}
