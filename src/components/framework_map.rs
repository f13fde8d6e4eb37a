//! The framework map: every stage in its zone, the ways between them with who decides,
//! "you are here" and the family's path. Drawn in HTML and CSS from the domain, so it
//! follows the content and the language, reads top to bottom on a phone, and is an
//! ordered list for screen readers.

use crate::components::labels::{decider_label, zone_name, zone_rule_short};
use crate::content::{self, fill, long_date, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::map_layout::{layout, Band, EdgeKind, Input, LineKind, Words};
use crate::domain::stage::{Stage, Zone};
use crate::domain::transitions::{decided_by, from, Decider};
use crate::routes;
use leptos::prelude::*;

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
                                            <a class="hd-map__card" href=routes::stage(s.id())
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
                                                        <a href=routes::stage(t.to.id())>{name(t.to)}</a>
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

/// How a drawn map is used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MapUse {
    /// The whole map at the top of `/kader`: every stop a link, with a text summary.
    Full,
    /// The small map on the overview: around the current stage, one link to `/kader`.
    Overview,
    /// The small map at the top of a stage page, centred on that stage.
    Stage(Stage),
}

fn band_name(ui: &'static Ui, youth: bool, band: Band) -> &'static str {
    match (band, youth) {
        (Band::Voluntary, false) => ui.zone_voluntary,
        (Band::Pressure, false) => ui.zone_pressure,
        (Band::Judicial, false) => ui.zone_judicial,
        (Band::WayBack, false) => ui.map_way_back,
        (Band::Voluntary, true) => ui.youth_map_voluntary,
        (Band::Pressure, true) => ui.youth_map_pressure,
        (Band::Judicial, true) => ui.youth_map_judicial,
        (Band::WayBack, true) => ui.youth_map_way_back,
    }
}

fn band_class(band: Band) -> &'static str {
    match band {
        Band::Voluntary => "voluntary",
        Band::Pressure => "pressure",
        Band::Judicial => "judicial",
        Band::WayBack => "way-back",
    }
}

/// Text for inside SVG markup.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace('>', "&gt;")
}

/// "Jullie zijn bij …; hiervoor …; hierna kan …, dat beslist …": the map in words.
pub fn map_summary(lang: Lang, current: Option<Stage>, path: &[Stage]) -> String {
    let ui = content::ui(lang);
    let name = |s: Stage| content::stage(lang, s.id()).map_or(s.id(), |t| t.name);
    let Some(here) = current else {
        return ui.map_summary_none.to_string();
    };
    let mut text = fill(ui.map_summary_here, &[("stage", name(here))]);
    let before: Vec<&str> = path
        .iter()
        .take(path.len().saturating_sub(1))
        .map(|s| name(*s))
        .collect();
    if !before.is_empty() {
        text.push(' ');
        text.push_str(&fill(
            ui.map_summary_before,
            &[("stages", &before.join(", "))],
        ));
    }
    let ways: Vec<String> = from(here)
        .map(|t| {
            format!(
                "{} ({})",
                name(t.to),
                fill(ui.map_by, &[("who", decider_label(ui, t.decider))])
            )
        })
        .collect();
    if !ways.is_empty() {
        text.push(' ');
        text.push_str(&fill(ui.map_summary_next, &[("ways", &ways.join(", "))]));
    }
    text
}

/// The map as SVG markup, drawn from the domain's layout ([`crate::domain::map_layout`]).
pub fn map_markup(
    lang: Lang,
    youth: bool,
    path: &[Stage],
    current: Option<Stage>,
    usage: MapUse,
) -> String {
    let ui = content::ui(lang);
    let rtl = lang.dir() == "rtl";
    let name = move |s: Stage| content::stage(lang, s.id()).map_or(s.id(), |t| t.name);
    let arrow = if rtl { "← " } else { "→ " };
    let next = move |d: Decider| {
        format!(
            "{arrow}{}",
            fill(ui.map_by, &[("who", decider_label(ui, d))])
        )
    };
    let focus = match usage {
        MapUse::Stage(s) => Some(s),
        _ => current,
    };
    let words = Words {
        name: &name,
        here: ui.framework_you_are_here,
        next: &next,
    };
    let map = layout(
        Input {
            path,
            current,
            focus,
            rtl,
        },
        &words,
    );
    let (top, height) = match (usage, focus) {
        (MapUse::Full, _) | (_, None) => (0, map.height),
        (_, Some(f)) => {
            let mut stages: Vec<Stage> = from(f).map(|t| t.to).collect();
            stages.push(f);
            if usage == MapUse::Overview {
                stages.extend(path.iter().rev().nth(1));
            }
            map.window(&stages)
        }
    };
    let links = usage == MapUse::Full;
    let mut svg = String::with_capacity(16 * 1024);
    let role = match usage {
        MapUse::Full => format!(r#"role="group" aria-label="{}""#, esc(ui.map_title)),
        MapUse::Overview => r#"aria-hidden="true""#.to_string(),
        MapUse::Stage(_) => format!(r#"role="img" aria-label="{}""#, esc(ui.map_stage_title)),
    };
    svg.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="hd-tmap__svg" viewBox="0 {top} {w} {height}" width="{w}" height="{height}" direction="{dir}" {role}>"#,
        w = map.width,
        dir = lang.dir(),
    ));
    // Patterns tell the zones apart without colour: plain, hatched, dotted, plain with a
    // dotted edge; the arrowhead for the ways on.
    svg.push_str(concat!(
        r#"<defs><pattern id="hd-tm-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="hd-tmap__pattern" d="M0 0V8"/></pattern>"#,
        r#"<pattern id="hd-tm-dots" width="9" height="9" patternUnits="userSpaceOnUse"><circle class="hd-tmap__pattern hd-tmap__pattern--dot" cx="4" cy="4" r="1.3"/></pattern>"#,
        r#"<marker id="hd-tm-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path class="hd-tmap__arrow" d="M0 0L10 5L0 10z"/></marker></defs>"#,
    ));
    for b in &map.bands {
        let class = band_class(b.band);
        svg.push_str(&format!(
            r#"<g class="hd-tmap__band hd-tmap__band--{class}"><rect class="hd-tmap__band-fill" x="2" y="{y}" width="{w}" height="{h}" rx="6"/>"#,
            y = b.top + 1,
            w = map.width - 4,
            h = b.height - 2,
        ));
        if matches!(b.band, Band::Pressure | Band::Judicial) {
            let pattern = if b.band == Band::Pressure {
                "hatch"
            } else {
                "dots"
            };
            svg.push_str(&format!(
                r#"<rect class="hd-tmap__band-pattern" x="2" y="{y}" width="{w}" height="{h}" rx="6" fill="url(#hd-tm-{pattern})"/>"#,
                y = b.top + 1,
                w = map.width - 4,
                h = b.height - 2,
            ));
        }
        if b.band == Band::Judicial {
            // A double edge, as in the list's judicial zone.
            svg.push_str(&format!(
                r#"<rect class="hd-tmap__band-inner" x="6" y="{y}" width="{w}" height="{h}" rx="4"/>"#,
                y = b.top + 5,
                w = map.width - 12,
                h = b.height - 10,
            ));
        }
        svg.push_str(&format!(
            r#"<text class="hd-tmap__band-name" x="{x}" y="{y}">{name}</text></g>"#,
            x = b.title_x,
            y = b.title_y,
            name = esc(band_name(ui, youth, b.band)),
        ));
    }
    for e in &map.edges {
        let (class, shorten, marker) = match e.kind {
            EdgeKind::Way => ("hd-tmap__way", 0, ""),
            EdgeKind::Next => (
                "hd-tmap__way hd-tmap__way--next",
                map.stop(e.to).map_or(0, |s| s.r + 4),
                r#" marker-end="url(#hd-tm-arrow)""#,
            ),
            EdgeKind::Path => ("hd-tmap__path", 0, ""),
        };
        svg.push_str(&format!(
            r#"<path class="{class}" d="{d}"{marker}/>"#,
            d = e.shape.path_data(shorten)
        ));
    }
    for s in &map.stops {
        let mut class = String::from("hd-tmap__stop");
        for (on, name) in [
            (s.here, " hd-tmap__stop--here"),
            (s.focus, " hd-tmap__stop--focus"),
            (!s.steps.is_empty(), " hd-tmap__stop--been"),
            (s.next.is_some(), " hd-tmap__stop--next"),
        ] {
            if on {
                class.push_str(name);
            }
        }
        if links {
            let mut label: Vec<String> = s
                .lines
                .iter()
                .filter(|l| l.kind == LineKind::Here)
                .map(|l| l.text.clone())
                .collect();
            label.push(name(s.stage).to_string());
            for n in &s.steps {
                label.push(fill(ui.map_step, &[("n", &n.to_string())]));
            }
            if let Some(d) = s.next {
                label.push(fill(ui.map_by, &[("who", decider_label(ui, d))]));
            }
            svg.push_str(&format!(
                r#"<a class="{class}" href="{href}"{current}><title>{label}</title>"#,
                href = routes::stage(s.stage.id()),
                label = esc(&label.join(", ")),
                current = if s.here {
                    r#" aria-current="step""#
                } else {
                    ""
                },
            ));
        } else {
            svg.push_str(&format!(r#"<g class="{class}">"#));
        }
        svg.push_str(&format!(
            r#"<rect class="hd-tmap__hit" x="{x}" y="{y}" width="{w}" height="{h}" rx="6"/><circle class="hd-tmap__dot" cx="{cx}" cy="{cy}" r="{r}"/>"#,
            x = if rtl { 4 } else { s.x - 16 },
            y = s.top + 1,
            w = if rtl { s.x + 12 } else { map.width - s.x + 12 },
            h = s.height - 2,
            cx = s.x,
            cy = s.y,
            r = s.r,
        ));
        // The pill behind "you are here", then all the words in one text (so they read as
        // one name, with spaces between the lines), then the step number.
        for line in s.lines.iter().filter(|l| l.kind == LineKind::Here) {
            let w = line.text.chars().count() as i32 * 7 + 14;
            let x = if rtl {
                s.label_x - w + 6
            } else {
                s.label_x - 6
            };
            svg.push_str(&format!(
                r#"<rect class="hd-tmap__pill" x="{x}" y="{y}" width="{w}" height="17" rx="8.5"/>"#,
                y = line.y - 13,
            ));
        }
        svg.push_str(r#"<text class="hd-tmap__label">"#);
        for line in &s.lines {
            let kind = match line.kind {
                LineKind::Here => "here",
                LineKind::Name => "name",
                LineKind::Next(_) => "next",
            };
            svg.push_str(&format!(
                r#"<tspan class="hd-tmap__text hd-tmap__text--{kind}" x="{x}" y="{y}">{text} </tspan>"#,
                x = s.label_x,
                y = line.y,
                text = esc(&line.text),
            ));
        }
        svg.push_str("</text>");
        if let Some(n) = s.steps.last() {
            svg.push_str(&format!(
                r#"<text class="hd-tmap__num" x="{x}" y="{y}" text-anchor="middle" aria-hidden="true">{n}</text>"#,
                x = s.x,
                y = s.y + 4,
            ));
        }
        svg.push_str(if links { "</a>" } else { "</g>" });
    }
    svg.push_str("</svg>");
    svg
}

/// The drawn map: the whole one on `/kader` (with its summary in words below), or a small one.
pub fn drawn_map(
    lang: Lang,
    youth: bool,
    path: &[Stage],
    current: Option<Stage>,
    usage: MapUse,
) -> impl IntoView {
    let ui = content::ui(lang);
    let svg = map_markup(lang, youth, path, current, usage);
    match usage {
        MapUse::Full => view! {
            <figure class="hd-tmap">
                <div class="hd-tmap__frame" inner_html=svg></div>
                <figcaption class="hd-tmap__summary">{map_summary(lang, current, path)}</figcaption>
            </figure>
        }
        .into_any(),
        MapUse::Overview => view! {
            <a class="hd-tmap hd-tmap--small hd-tmap-link" href=routes::FRAMEWORK>
                <span class="hd-tmap__frame" inner_html=svg></span>
                <span class="hd-tmap-link__text">{ui.map_open}</span>
            </a>
        }
        .into_any(),
        MapUse::Stage(_) => view! {
            <div class="hd-tmap hd-tmap--small" inner_html=svg></div>
        }
        .into_any(),
    }
}

/// The small map on the overview's "where we stand" card, linking to the whole map.
pub fn overview_map(
    h: &crate::domain::household::Household,
    lang: Lang,
    current: Stage,
) -> impl IntoView {
    let path: Vec<Stage> = h
        .position
        .path
        .iter()
        .filter_map(|p| Stage::from_id(&p.stage))
        .collect();
    drawn_map(lang, false, &path, Some(current), MapUse::Overview)
}
