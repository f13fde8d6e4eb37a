//! The framework map: every stage in its zone, the ways between them with who decides,
//! "you are here" and the family's path. Drawn in HTML and CSS from the domain, so it
//! follows the content and the language, reads top to bottom on a phone, and is an
//! ordered list for screen readers.

use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::stage::{Stage, Zone};
use crate::domain::transitions::{decided_by, from, Decider};
use crate::pages::overview::{zone_name, zone_rule_short};
use leptos::prelude::*;

/// The words for who decides.
pub fn decider_label(ui: &'static Ui, decider: Decider) -> &'static str {
    match decider {
        Decider::Family => ui.decider_family,
        Decider::Reporter => ui.decider_reporter,
        Decider::Raad => ui.decider_raad,
        Decider::Judge => ui.decider_judge,
        Decider::CourtOfAppeal => ui.decider_court_of_appeal,
        Decider::InstitutionOrJudge => ui.decider_institution_or_judge,
        Decider::TermEnds => ui.decider_term_ends,
    }
}

fn zone_class(zone: Zone) -> &'static str {
    match zone {
        Zone::Voluntary => "voluntary",
        Zone::Pressure => "pressure",
        Zone::Judicial => "judicial",
    }
}

/// The map for a language, with the current stage and the path taken (stage, since).
pub fn framework_map(lang: Lang, current: Option<Stage>, path: &[(Stage, Date)]) -> impl IntoView {
    let ui = content::ui(lang);
    let name = move |s: Stage| {
        content::stage(lang, s.id())
            .map(|t| t.name)
            .unwrap_or(s.id())
    };
    let zones = [Zone::Voluntary, Zone::Pressure, Zone::Judicial];
    // The map reads top to bottom as a route: voluntary, drang, the judge, and then the way
    // back (a measure ends), drawn in the voluntary style below the judge's zone.
    let way_back = |s: &Stage| *s == Stage::MeasureEnded;
    let sections: [(Zone, &'static str, &'static str, Vec<Stage>); 4] = [
        (
            Zone::Voluntary,
            zone_name(ui, Zone::Voluntary),
            zone_rule_short(ui, Zone::Voluntary),
            Stage::ALL
                .into_iter()
                .filter(|s| s.zone() == Zone::Voluntary && !way_back(s))
                .collect(),
        ),
        (
            Zone::Pressure,
            zone_name(ui, Zone::Pressure),
            zone_rule_short(ui, Zone::Pressure),
            Stage::ALL
                .into_iter()
                .filter(|s| s.zone() == Zone::Pressure)
                .collect(),
        ),
        (
            Zone::Judicial,
            zone_name(ui, Zone::Judicial),
            zone_rule_short(ui, Zone::Judicial),
            Stage::ALL
                .into_iter()
                .filter(|s| s.zone() == Zone::Judicial)
                .collect(),
        ),
        (
            Zone::Voluntary,
            ui.map_way_back,
            ui.map_way_back_rule,
            Stage::ALL.into_iter().filter(way_back).collect(),
        ),
    ];
    view! {
        <div class="hd-map">
            <ul class="hd-map__legend" aria-label=ui.map_legend>
                {zones.map(|z| view! {
                    <li><span class=format!("hd-map__swatch hd-map__swatch--{}", zone_class(z)) aria-hidden="true"></span>{zone_name(ui, z)}</li>
                })}
            </ul>
            <ol class="hd-map__zones">
                {sections.map(|(zone, title, rule, stages)| {
                    view! {
                        <li class=format!("hd-map__zone hd-map__zone--{}", zone_class(zone))>
                            <h2 class="hd-map__zone-title">{title}</h2>
                            <p class="hd-map__zone-rule">{rule}</p>
                            <ol class="hd-map__stages">
                                {stages.into_iter().map(|s| {
                                    let here = current == Some(s);
                                    let steps: Vec<(usize, Date)> = path.iter().enumerate()
                                        .filter(|(_, (p, _))| *p == s)
                                        .map(|(i, (_, d))| (i + 1, *d))
                                        .collect();
                                    let been = !here && !steps.is_empty();
                                    view! {
                                        <li class="hd-map__node" class:hd-map__node--here=here class:hd-map__node--been=been>
                                            <a class="hd-map__card" href=format!("/kader/{}", s.id())
                                                aria-current=here.then_some("step")>
                                                {here.then(|| view! { <span class="hd-map__here">{ui.framework_you_are_here}</span> })}
                                                <span class="hd-map__name">{name(s)}</span>
                                                <span class="hd-map__who">{fill(ui.map_decides, &[("who", decider_label(ui, decided_by(s)))])}</span>
                                                {steps.iter().map(|(n, d)| view! {
                                                    <span class="hd-map__path">{fill(ui.map_path_step, &[("n", &n.to_string()), ("date", &long_date(lang, *d))])}</span>
                                                }).collect_view()}
                                            </a>
                                            <ul class="hd-map__next" aria-label=fill(ui.map_next_label, &[("stage", name(s))])>
                                                {from(s).map(|t| view! {
                                                    <li>
                                                        <span class="hd-map__arrow" aria-hidden="true">"→"</span>
                                                        <a href=format!("/kader/{}", t.to.id())>{name(t.to)}</a>
                                                        <span class="hd-map__by">{fill(ui.map_by, &[("who", decider_label(ui, t.decider))])}</span>
                                                    </li>
                                                }).collect_view()}
                                            </ul>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        </li>
                    }
                })}
            </ol>
        </div>
    }
}
