//! The web of organisations: the family in the middle, its organisations around it on the
//! voluntary side, the judicial side and the independent side, and the lines between them.
//!
//! Two views of the same data: a structured list with lines drawn in CSS (every screen; the
//! one keyboard and screen-reader users get), and a drawn picture (wider screens and print;
//! hidden from screen readers because the list says the same).

use crate::content::{self, Lang, Ui};
use crate::domain::household::Household;
use crate::domain::network::{grouped, lines, Line, RelationKind, Side, FAMILY};
use crate::routes;
use leptos::prelude::*;
use leptos_router::components::A;

/// The words for a relation.
pub fn relation_label(ui: &'static Ui, kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Reports => ui.network_rel_reports,
        RelationKind::Asks => ui.network_rel_asks,
        RelationKind::Decides => ui.network_rel_decides,
        RelationKind::Complaint => ui.network_rel_complaint,
        RelationKind::Appeal => ui.network_rel_appeal,
    }
}

/// The name of a side.
pub fn side_label(ui: &'static Ui, side: Side) -> &'static str {
    match side {
        Side::Voluntary => ui.network_side_voluntary,
        Side::Judicial => ui.network_side_judicial,
        Side::Independent => ui.network_side_independent,
        Side::Impartial => ui.network_side_impartial,
    }
}

/// A class suffix for a side.
pub fn side_class(side: Side) -> &'static str {
    match side {
        Side::Voluntary => "voluntary",
        Side::Judicial => "judicial",
        Side::Independent => "independent",
        Side::Impartial => "impartial",
    }
}

fn kind_class(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Reports => "reports",
        RelationKind::Asks => "asks",
        RelationKind::Decides => "decides",
        RelationKind::Complaint => "complaint",
        RelationKind::Appeal => "appeal",
    }
}

fn org_name(h: &Household, ui: &'static Ui, id: &str) -> String {
    if id == FAMILY {
        return ui.network_family.to_string();
    }
    h.organisation(id)
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// The structured list: sides, organisations (links to their page) and their lines.
pub fn web_list(h: &Household, lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    let all = lines(h);
    view! {
        <div class="hd-web">
            <p class="hd-web__family"><span>{ui.network_family}</span></p>
            <div class="hd-web__sides">
                {grouped(h).into_iter().map(|(side, orgs)| {
                    let heading = format!("web-side-{}", side_class(side));
                    let labelled_by = heading.clone();
                    view! {
                        <section class=format!("hd-web__side hd-web__side--{}", side_class(side)) aria-labelledby=labelled_by>
                            <h3 id=heading>{side_label(ui, side)}</h3>
                            {orgs.is_empty().then(|| view! { <p class="hd-muted hd-web__empty">{ui.network_side_empty}</p> })}
                            <ul class="hd-web__orgs">
                                {orgs.into_iter().map(|o| {
                                    let out: Vec<&Line> = all.iter().filter(|l| l.from == o.id).collect();
                                    let kind = content::partner(lang, &o.kind).map(|p| p.name).unwrap_or("");
                                    let name = o.name.clone();
                                    let show_kind = kind != name;
                                    view! {
                                        <li class="hd-web__org">
                                            <A href=routes::organisation(&o.id) attr:class="hd-web__link">{name}</A>
                                            {show_kind.then(|| view! { <span class="hd-web__kind">{kind}</span> })}
                                            {(!out.is_empty()).then(|| view! {
                                                <ul class="hd-web__rels">
                                                    {out.into_iter().map(|l| view! {
                                                        <li class=format!("hd-web__rel hd-web__rel--{}", kind_class(l.kind))>
                                                            <span class="hd-web__rel-line" aria-hidden="true"></span>
                                                            {relation_label(ui, l.kind)}": "<strong>{org_name(h, ui, &l.to)}</strong>
                                                        </li>
                                                    }).collect_view()}
                                                </ul>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            </div>
        </div>
    }
}

/// Where a node sits in the picture.
#[derive(Clone)]
struct Node {
    id: String,
    name: String,
    side: Side,
    x: f64,
    y: f64,
}

const W: f64 = 640.0;
const NODE_W: f64 = 180.0;
const NODE_H: f64 = 46.0;
const GAP: f64 = 60.0;
const TOP: f64 = 64.0;
const FAMILY_R: f64 = 52.0;
/// Room left of the voluntary column and right of the judicial one, for bent lines.
const MARGIN: f64 = 36.0;

/// Splits a name into at most two short lines for the picture.
fn two_lines(name: &str) -> (String, String) {
    let mut first = String::new();
    let mut second = String::new();
    for word in name.split_whitespace() {
        if second.is_empty() && first.chars().count() + word.chars().count() < 22 {
            if !first.is_empty() {
                first.push(' ');
            }
            first.push_str(word);
        } else {
            if !second.is_empty() {
                second.push(' ');
            }
            second.push_str(word);
        }
    }
    if second.chars().count() > 22 {
        second = second.chars().take(20).collect::<String>() + "…";
    }
    (first, second)
}

/// The end of a line from `from` towards a rectangle (or the family circle) at `to`, so that
/// the arrow head stays visible outside the shape.
fn clip(from: (f64, f64), to: (f64, f64), circle: bool) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let t = if circle {
        (FAMILY_R + 4.0) / len
    } else {
        let tx = if dx.abs() > 0.01 {
            (NODE_W / 2.0 + 4.0) / dx.abs()
        } else {
            f64::MAX
        };
        let ty = if dy.abs() > 0.01 {
            (NODE_H / 2.0 + 4.0) / dy.abs()
        } else {
            f64::MAX
        };
        tx.min(ty)
    };
    (to.0 - dx * t, to.1 - dy * t)
}

/// The drawn picture (decorative for screen readers: the list above says the same).
pub fn web_picture(h: &Household, lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    let groups = grouped(h);
    let mut nodes: Vec<Node> = Vec::new();
    let column = |side: Side| {
        groups
            .iter()
            .find(|(s, _)| *s == side)
            .map(|(_, o)| o.len())
            .unwrap_or(0)
    };
    let rows = column(Side::Voluntary).max(column(Side::Judicial)).max(1);
    let columns_bottom = TOP + rows as f64 * GAP;
    // Below the columns: "for you", then "judge complaints impartially", each in rows of 3.
    let independent_rows = column(Side::Independent).div_ceil(3);
    let impartial_rows = column(Side::Impartial).div_ceil(3);
    let block = |rows: usize| {
        if rows > 0 {
            56.0 + rows as f64 * GAP
        } else {
            0.0
        }
    };
    let impartial_top = columns_bottom + block(independent_rows);
    let family = (W / 2.0, (TOP + columns_bottom - GAP) / 2.0 + NODE_H / 2.0);
    for (side, orgs) in &groups {
        for (i, o) in orgs.iter().enumerate() {
            let (x, y) = match side {
                Side::Voluntary => (NODE_W / 2.0 + MARGIN, TOP + NODE_H / 2.0 + i as f64 * GAP),
                Side::Judicial => (
                    W - NODE_W / 2.0 - MARGIN,
                    TOP + NODE_H / 2.0 + i as f64 * GAP,
                ),
                Side::Independent | Side::Impartial => {
                    let row = (i / 3) as f64;
                    // The complaint bodies start in the middle, so a line from the left column
                    // to them does not run through a node of the block above.
                    let (top, col) = if *side == Side::Independent {
                        (columns_bottom, (i % 3) as f64)
                    } else {
                        (impartial_top, ((i + 1) % 3) as f64)
                    };
                    (
                        NODE_W / 2.0 + 10.0 + col * (W - NODE_W - 20.0) / 2.0,
                        top + 56.0 + NODE_H / 2.0 + row * GAP,
                    )
                }
            };
            nodes.push(Node {
                id: o.id.clone(),
                name: o.name.clone(),
                side: *side,
                x,
                y,
            });
        }
    }
    let height = (impartial_top + block(impartial_rows) + 10.0).max(family.1 + FAMILY_R + 20.0);
    let find = |id: &str| nodes.iter().find(|n| n.id == id).cloned();
    let drawn: Vec<(RelationKind, String)> = lines(h)
        .iter()
        .filter_map(|l| {
            let a = find(&l.from)?;
            let (to, circle) = if l.to == FAMILY {
                (family, true)
            } else {
                let b = find(&l.to)?;
                ((b.x, b.y), false)
            };
            let same_column = !circle && (a.x - to.0).abs() < 1.0;
            let path = if same_column {
                // Bend outwards so the line does not run through the nodes in between.
                let bend = if a.side == Side::Judicial { 1.0 } else { -1.0 };
                let start = (a.x + bend * NODE_W / 2.0, a.y);
                let end = (to.0 + bend * (NODE_W / 2.0 + 6.0), to.1);
                let out = bend * 28.0;
                format!(
                    "M{:.0} {:.0} C{:.0} {:.0} {:.0} {:.0} {:.0} {:.0}",
                    start.0,
                    start.1,
                    start.0 + out,
                    start.1,
                    end.0 + out,
                    end.1,
                    end.0,
                    end.1
                )
            } else {
                let end = clip((a.x, a.y), to, circle);
                format!("M{:.0} {:.0} L{:.0} {:.0}", a.x, a.y, end.0, end.1)
            };
            Some((l.kind, path))
        })
        .collect();
    view! {
        <svg class="hd-web-picture" viewBox=format!("0 0 {W} {height:.0}") aria-hidden="true" focusable="false">
            <defs>
                <marker id="hd-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0 L10 5 L0 10 z" class="hd-web-picture__arrow"></path>
                </marker>
            </defs>
            <text x="8" y="24" text-anchor="start" class="hd-web-picture__side">{side_label(ui, Side::Voluntary)}</text>
            <text x=(W - 8.0).to_string() y="24" text-anchor="end" class="hd-web-picture__side">{ui.network_side_judicial_short}</text>
            {(column(Side::Independent) > 0).then(|| view! {
                <text x=(W / 2.0).to_string() y=(columns_bottom + 30.0).to_string() text-anchor="middle" class="hd-web-picture__side">{side_label(ui, Side::Independent)}</text>
            })}
            {(column(Side::Impartial) > 0).then(|| view! {
                <text x=(W / 2.0).to_string() y=(impartial_top + 30.0).to_string() text-anchor="middle" class="hd-web-picture__side">{side_label(ui, Side::Impartial)}</text>
            })}
            // Involvement: every organisation is joined to the family by a thin line.
            {nodes.iter().map(|n| {
                let end = clip((n.x, n.y), family, true);
                view! { <line class="hd-web-picture__involved" x1=n.x.to_string() y1=n.y.to_string() x2=end.0.to_string() y2=end.1.to_string()></line> }
            }).collect_view()}
            {drawn.into_iter().map(|(kind, d)| view! {
                <path class=format!("hd-web-picture__line hd-web-picture__line--{}", kind_class(kind)) d=d marker-end="url(#hd-arrow)"></path>
            }).collect_view()}
            <circle class="hd-web-picture__family" cx=family.0.to_string() cy=family.1.to_string() r=FAMILY_R.to_string()></circle>
            <text class="hd-web-picture__family-name" x=family.0.to_string() y=(family.1 + 5.0).to_string() text-anchor="middle">{ui.network_family}</text>
            {nodes.iter().map(|n| {
                let (a, b) = two_lines(&n.name);
                let y = if b.is_empty() { n.y + 5.0 } else { n.y - 3.0 };
                view! {
                    <g class=format!("hd-web-picture__node hd-web-picture__node--{}", side_class(n.side))>
                        <rect x=(n.x - NODE_W / 2.0).to_string() y=(n.y - NODE_H / 2.0).to_string() width=NODE_W.to_string() height=NODE_H.to_string() rx="8"></rect>
                        <text x=n.x.to_string() y=y.to_string() text-anchor="middle">
                            <tspan x=n.x.to_string()>{a}</tspan>
                            {(!b.is_empty()).then(|| view! { <tspan x=n.x.to_string() dy="16">{b.clone()}</tspan> })}
                        </text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

/// The legend for the lines (shown with the picture and the list).
pub fn web_legend(lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    view! {
        <div class="hd-web-legend">
            <h3>{ui.network_legend_title}</h3>
            <ul>
                <li><svg viewBox="0 0 40 10" class="hd-web-legend__sample" aria-hidden="true"><line class="hd-web-picture__involved" x1="0" y1="5" x2="40" y2="5"></line></svg>{ui.network_legend_involved}</li>
                {RelationKind::ALL.iter().map(|k| view! {
                    <li>
                        <svg viewBox="0 0 40 10" class="hd-web-legend__sample" aria-hidden="true">
                            <line class=format!("hd-web-picture__line hd-web-picture__line--{}", kind_class(*k)) x1="0" y1="5" x2="40" y2="5"></line>
                        </svg>
                        {relation_label(ui, *k)}
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
