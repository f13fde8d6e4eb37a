//! Where the framework map draws everything: a pure layout from the transition graph.
//!
//! The picture is a transit map on one phone screen. Four bands run from calm to compulsory
//! (voluntary, drang, the judge decides, the way back); every stage is a stop on one vertical
//! line, in the band of its zone; consecutive stops that have a way between them are joined by
//! the line itself, every other way is an arc beside it (the further apart, the wider the arc).
//! The family's path is a bold line over those ways with numbered stops, the current stage is
//! the biggest stop with "you are here", and the ways on from the stage in focus are
//! highlighted with who decides each.
//!
//! Everything is in whole units of a 360-unit-wide picture (the view scales it), computed from
//! `Stage::ALL`, `TRANSITIONS` and the path only: the same input gives the same picture.
//! Words come in through [`Words`], so the layout can wrap the names without knowing the
//! language.

use super::stage::{Stage, Zone};
use super::transitions::{self, Decider, TRANSITIONS};

/// The picture's width in units.
pub const WIDTH: i32 = 360;
/// Where the line of stops runs (from the start side).
const TRUNK_X: i32 = 104;
/// Where a stop's words begin.
const LABEL_X: i32 = 122;
/// Room for words: up to here.
const LABEL_END: i32 = WIDTH - 6;
/// The height of a band's title row.
const HEADER: i32 = 20;
/// The height of one line of words.
const LINE: i32 = 16;
/// Room above and below a stop's words.
const ROW_PAD: i32 = 6;
/// Room at the end of a band.
const BAND_END: i32 = 4;
/// The widest an arc may bulge out from the line of stops.
const MAX_BULGE: i32 = TRUNK_X - 10;
/// Average width of a character of a stop's name, in tenths of a unit (13-unit text).
const NAME_CHAR: i32 = 70;
/// The same in bold (the current stage, the focus, the family's path and the ways on).
const BOLD_CHAR: i32 = 78;
/// The same for the small notes (11-unit text).
const NOTE_CHAR: i32 = 58;

/// One of the four bands, from calm to compulsory.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Band {
    /// Nothing is imposed.
    Voluntary,
    /// Pressure without a judge (drang).
    Pressure,
    /// The judge decides.
    Judicial,
    /// The way back: voluntary again after a measure.
    WayBack,
}

impl Band {
    /// Top to bottom.
    pub const ALL: [Band; 4] = [
        Band::Voluntary,
        Band::Pressure,
        Band::Judicial,
        Band::WayBack,
    ];

    /// A stage's band: its zone, except that a voluntary stage reached only from the judge's
    /// zone is the way back.
    pub fn of(stage: Stage) -> Band {
        match stage.zone() {
            Zone::Voluntary => {
                let mut into = transitions::into(stage).peekable();
                if into.peek().is_some() && into.all(|t| t.from.zone() == Zone::Judicial) {
                    Band::WayBack
                } else {
                    Band::Voluntary
                }
            }
            Zone::Pressure => Band::Pressure,
            Zone::Judicial => Band::Judicial,
        }
    }
}

/// What a line of a stop's words says.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LineKind {
    /// "You are here".
    Here,
    /// (Part of) the stage's name.
    Name,
    /// A way on from the stage in focus, and who decides it.
    Next(Decider),
}

/// One line of words beside a stop.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Line {
    /// What it says.
    pub kind: LineKind,
    /// The words.
    pub text: String,
    /// The baseline.
    pub y: i32,
}

/// A stage on the map.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Stop {
    /// The stage.
    pub stage: Stage,
    /// Its band.
    pub band: Band,
    /// The centre of its circle.
    pub x: i32,
    /// The centre of its circle.
    pub y: i32,
    /// The circle's radius: bigger for the current stage, the family's path and the focus.
    pub r: i32,
    /// Its row: the whole row is the stop's link (top and height).
    pub top: i32,
    /// The row's height.
    pub height: i32,
    /// Where its words start (the end side in right-to-left).
    pub label_x: i32,
    /// Its words, top to bottom.
    pub lines: Vec<Line>,
    /// The family stands here now.
    pub here: bool,
    /// The stage the picture is about (the current one on the map, the page's own on a stage page).
    pub focus: bool,
    /// The numbers of the family's steps at this stage (1 is the first step).
    pub steps: Vec<usize>,
    /// When this is a way on from the stage in focus: who decides it.
    pub next: Option<Decider>,
}

/// A band behind its stops.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BandBox {
    /// Which band.
    pub band: Band,
    /// Top edge.
    pub top: i32,
    /// Height.
    pub height: i32,
    /// The baseline of its title.
    pub title_y: i32,
    /// Where its title starts.
    pub title_x: i32,
}

/// How a way between two stops is drawn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// Along the line of stops, between neighbours.
    Straight {
        /// The line's x.
        x: i32,
        /// From.
        y1: i32,
        /// To.
        y2: i32,
    },
    /// An arc beside the line of stops, bulging out by `bulge` (negative: to the start side).
    Arc {
        /// The line's x.
        x: i32,
        /// From.
        y1: i32,
        /// To.
        y2: i32,
        /// How far the arc reaches out, signed.
        bulge: i32,
    },
}

impl Shape {
    /// SVG path data; `shorten` stops the line short of its end (room for an arrowhead).
    pub fn path_data(self, shorten: i32) -> String {
        match self {
            Shape::Straight { x, y1, y2 } => {
                let end = y2 - shorten * (y2 - y1).signum();
                format!("M{x} {y1}V{end}")
            }
            Shape::Arc { x, y1, y2, bulge } => {
                let c = x + bulge;
                let end = x + shorten * bulge.signum();
                format!("M{x} {y1}C{c} {y1} {c} {y2} {end} {y2}")
            }
        }
    }
}

/// What an edge stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EdgeKind {
    /// One of the framework's ways.
    Way,
    /// A way on from the stage in focus (highlighted, with an arrow).
    Next,
    /// A step of the family's path (bold).
    Path,
}

/// A line on the map.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Edge {
    /// From.
    pub from: Stage,
    /// To.
    pub to: Stage,
    /// Who decides (none for a path step that is not one of the framework's ways).
    pub decider: Option<Decider>,
    /// What it stands for.
    pub kind: EdgeKind,
    /// How it is drawn.
    pub shape: Shape,
}

/// The words the layout needs, in the reader's language.
pub struct Words<'a> {
    /// A stage's name.
    pub name: &'a dyn Fn(Stage) -> &'a str,
    /// "You are here".
    pub here: &'a str,
    /// The note on a way on: who decides it.
    pub next: &'a dyn Fn(Decider) -> String,
}

/// What to draw: the family's path (oldest first; its last step is where they stand), and the
/// stage in focus (whose ways on are highlighted).
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'a> {
    /// The family's steps, oldest first.
    pub path: &'a [Stage],
    /// The current stage, if known.
    pub current: Option<Stage>,
    /// The stage whose ways on are highlighted.
    pub focus: Option<Stage>,
    /// Right to left: mirror the picture.
    pub rtl: bool,
}

/// The whole picture.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Layout {
    /// Width (always [`WIDTH`]).
    pub width: i32,
    /// Height.
    pub height: i32,
    /// The bands, top to bottom.
    pub bands: Vec<BandBox>,
    /// The stops, top to bottom (the reading and keyboard order).
    pub stops: Vec<Stop>,
    /// The lines: the framework's ways first, then the ways on, then the path (drawing order).
    pub edges: Vec<Edge>,
}

impl Layout {
    /// The stop of a stage.
    pub fn stop(&self, stage: Stage) -> Option<&Stop> {
        self.stops.iter().find(|s| s.stage == stage)
    }

    /// The part of the picture (top, height) that shows these stages with their band titles:
    /// for the small maps, centred on one stage and where it can lead.
    pub fn window(&self, stages: &[Stage]) -> (i32, i32) {
        let rows: Vec<&Stop> = self
            .stops
            .iter()
            .filter(|s| stages.contains(&s.stage))
            .collect();
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return (0, self.height);
        };
        let band_top = self
            .bands
            .iter()
            .find(|b| b.band == first.band)
            .map_or(first.top, |b| b.top);
        let bottom = last.top + last.height + BAND_END;
        (band_top, (bottom - band_top).min(self.height - band_top))
    }
}

/// Splits words into lines of at most `max` characters (a longer word gets a line of its own).
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The order of the stops: band by band; inside a band, each next stop is one the previous
/// stop leads to where possible (so the line between them is a real way), otherwise the first
/// left in `Stage::ALL`.
pub fn order() -> Vec<Stage> {
    let mut order: Vec<Stage> = Vec::new();
    for band in Band::ALL {
        let mut left: Vec<Stage> = Stage::ALL
            .into_iter()
            .filter(|s| Band::of(*s) == band)
            .collect();
        while !left.is_empty() {
            let pick = order
                .last()
                .and_then(|prev| left.iter().position(|s| leads(*prev, *s)))
                .unwrap_or(0);
            order.push(left.remove(pick));
        }
    }
    order
}

fn leads(from: Stage, to: Stage) -> bool {
    TRANSITIONS.iter().any(|t| t.from == from && t.to == to)
}

/// Lays the map out.
pub fn layout(input: Input, words: &Words) -> Layout {
    let mirror = |x: i32| if input.rtl { WIDTH - x } else { x };
    let side = if input.rtl { 1 } else { -1 };
    let chars = |per: i32| ((LABEL_END - LABEL_X) * 10 / per) as usize;
    let note_chars = chars(NOTE_CHAR);
    let next_of = |stage: Stage| {
        input
            .focus
            .and_then(|f| transitions::from(f).find(|t| t.to == stage))
            .map(|t| t.decider)
    };

    let mut bands = Vec::new();
    let mut stops: Vec<Stop> = Vec::new();
    let mut y = 0;
    let order = order();
    for band in Band::ALL {
        let top = y;
        y += HEADER;
        for stage in order.iter().copied().filter(|s| Band::of(*s) == band) {
            let here = input.current == Some(stage);
            let focus = input.focus == Some(stage);
            let steps: Vec<usize> = input
                .path
                .iter()
                .enumerate()
                .filter(|(_, s)| **s == stage)
                .map(|(i, _)| i + 1)
                .collect();
            let next = next_of(stage);
            let mut texts: Vec<(LineKind, String)> = Vec::new();
            if here {
                texts.push((LineKind::Here, words.here.to_string()));
            }
            let name_index = texts.len();
            let bold = here || focus || next.is_some() || !steps.is_empty();
            let per = if bold { BOLD_CHAR } else { NAME_CHAR };
            for part in wrap((words.name)(stage), chars(per)) {
                texts.push((LineKind::Name, part));
            }
            if let Some(decider) = next {
                for part in wrap(&(words.next)(decider), note_chars) {
                    texts.push((LineKind::Next(decider), part));
                }
            }
            let lines: Vec<Line> = texts
                .into_iter()
                .enumerate()
                .map(|(i, (kind, text))| Line {
                    kind,
                    text,
                    y: y + ROW_PAD / 2 + LINE * (i as i32 + 1) - 4,
                })
                .collect();
            let r = if here {
                12
            } else if !steps.is_empty() || focus {
                10
            } else if next.is_some() {
                7
            } else {
                5
            };
            // The circle sits on the name's first line; the row makes room for the biggest.
            let centre = ROW_PAD / 2 + LINE * name_index as i32 + LINE / 2;
            let height = (ROW_PAD + LINE * lines.len() as i32).max(centre + r + 1);
            stops.push(Stop {
                stage,
                band,
                x: mirror(TRUNK_X),
                y: y + centre,
                r,
                top: y,
                height,
                label_x: mirror(LABEL_X),
                lines,
                here,
                focus,
                steps,
                next,
            });
            y += height;
        }
        y += BAND_END;
        bands.push(BandBox {
            band,
            top,
            height: y - top,
            title_y: top + HEADER - 7,
            title_x: mirror(LABEL_X),
        });
    }

    let index = |stage: Stage| stops.iter().position(|s| s.stage == stage);
    let shape = |from: Stage, to: Stage| -> Option<Shape> {
        let (a, b) = (index(from)?, index(to)?);
        let (y1, y2) = (stops[a].y, stops[b].y);
        let x = mirror(TRUNK_X);
        if a.abs_diff(b) == 1 && leads_either(from, to) {
            Some(Shape::Straight { x, y1, y2 })
        } else {
            let span = a.abs_diff(b) as i32;
            let bulge = (10 + 8 * span).min(MAX_BULGE) * side;
            Some(Shape::Arc { x, y1, y2, bulge })
        }
    };
    let mut edges: Vec<Edge> = Vec::new();
    let mut highlighted: Vec<Edge> = Vec::new();
    for t in TRANSITIONS {
        let Some(shape) = shape(t.from, t.to) else {
            continue;
        };
        let kind = if input.focus == Some(t.from) {
            EdgeKind::Next
        } else {
            EdgeKind::Way
        };
        let edge = Edge {
            from: t.from,
            to: t.to,
            decider: Some(t.decider),
            kind,
            shape,
        };
        if kind == EdgeKind::Next {
            highlighted.push(edge);
        } else {
            edges.push(edge);
        }
    }
    edges.extend(highlighted);
    for pair in input.path.windows(2) {
        if let Some(shape) = shape(pair[0], pair[1]) {
            let decider = TRANSITIONS
                .iter()
                .find(|t| t.from == pair[0] && t.to == pair[1])
                .map(|t| t.decider);
            edges.push(Edge {
                from: pair[0],
                to: pair[1],
                decider,
                kind: EdgeKind::Path,
                shape,
            });
        }
    }

    Layout {
        width: WIDTH,
        height: y,
        bands,
        stops,
        edges,
    }
}

fn leads_either(a: Stage, b: Stage) -> bool {
    leads(a, b) || leads(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn name(stage: Stage) -> &'static str {
        match stage {
            Stage::RaadInvestigation => "Onderzoek door de Raad voor de Kinderbescherming",
            Stage::VoluntaryHelp => "Vrijwillige hulp (ouder- en kindteam)",
            _ => stage.id(),
        }
    }

    fn next(decider: Decider) -> String {
        format!("beslist: {decider:?}")
    }

    fn draw(path: &[Stage], focus: Option<Stage>, rtl: bool) -> Layout {
        let words = Words {
            name: &name,
            here: "Je bent hier",
            next: &next,
        };
        layout(
            Input {
                path,
                current: path.last().copied(),
                focus,
                rtl,
            },
            &words,
        )
    }

    const EXAMPLE: [Stage; 3] = [Stage::Reported, Stage::VoluntaryHelp, Stage::Preventive];

    #[test]
    fn every_stage_is_placed_once_in_its_band() {
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        assert_eq!(map.stops.len(), Stage::ALL.len());
        let placed: HashSet<Stage> = map.stops.iter().map(|s| s.stage).collect();
        assert_eq!(placed.len(), Stage::ALL.len());
        for stop in &map.stops {
            let band = map.bands.iter().find(|b| b.band == stop.band).unwrap();
            assert!(stop.top >= band.top + HEADER, "{:?}", stop.stage);
            assert!(stop.top + stop.height <= band.top + band.height);
            assert!(stop.x - stop.r >= 0 && stop.x + stop.r <= WIDTH);
        }
        assert_eq!(Band::of(Stage::MeasureEnded), Band::WayBack);
        assert_eq!(Band::of(Stage::NoHelp), Band::Voluntary);
        assert_eq!(Band::of(Stage::Preventive), Band::Pressure);
        assert_eq!(Band::of(Stage::Appeal), Band::Judicial);
    }

    #[test]
    fn bands_run_from_calm_to_compulsory_and_fit_a_phone() {
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        let order: Vec<Band> = map.bands.iter().map(|b| b.band).collect();
        assert_eq!(order, Band::ALL);
        for pair in map.bands.windows(2) {
            assert_eq!(pair[0].top + pair[0].height, pair[1].top);
        }
        // 360 units wide; on a 360 × 640 phone the map gets about 330 px of width and must
        // stay well under a screen high.
        assert!(
            map.height * 330 / WIDTH <= 560,
            "too tall: {} units",
            map.height
        );
    }

    #[test]
    fn no_two_stops_or_rows_overlap() {
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        for (i, a) in map.stops.iter().enumerate() {
            assert!(a.y - a.r >= a.top && a.y + a.r <= a.top + a.height, "{a:?}");
            for b in &map.stops[i + 1..] {
                assert!(
                    a.top + a.height <= b.top,
                    "{:?} overlaps {:?}",
                    a.stage,
                    b.stage
                );
                let (dx, dy) = (a.x - b.x, a.y - b.y);
                assert!(dx * dx + dy * dy > (a.r + b.r) * (a.r + b.r));
            }
            for line in &a.lines {
                assert!(line.y > a.top && line.y <= a.top + a.height);
            }
        }
    }

    #[test]
    fn every_transition_is_drawn() {
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        for t in TRANSITIONS {
            let edge = map
                .edges
                .iter()
                .find(|e| e.from == t.from && e.to == t.to && e.kind != EdgeKind::Path)
                .unwrap_or_else(|| panic!("{t:?} not drawn"));
            assert_eq!(edge.decider, Some(t.decider));
            let (a, b) = (map.stop(t.from).unwrap(), map.stop(t.to).unwrap());
            match edge.shape {
                Shape::Straight { x, y1, y2 } | Shape::Arc { x, y1, y2, .. } => {
                    assert_eq!((x, y1, y2), (a.x, a.y, b.y), "{t:?} ends at its stops");
                }
            }
            if let Shape::Arc { bulge, .. } = edge.shape {
                assert!(bulge < 0 && a.x + bulge >= 0, "{t:?} stays on the picture");
            }
        }
        // Neighbours on the line are joined by the line only when there is a way between them.
        for pair in map.stops.windows(2) {
            let straight = map.edges.iter().any(|e| {
                matches!(e.shape, Shape::Straight { .. })
                    && ((e.from, e.to) == (pair[0].stage, pair[1].stage)
                        || (e.from, e.to) == (pair[1].stage, pair[0].stage))
            });
            assert_eq!(straight, leads_either(pair[0].stage, pair[1].stage));
        }
    }

    #[test]
    fn the_path_the_current_stage_and_the_ways_on_are_marked() {
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        let here: Vec<&Stop> = map.stops.iter().filter(|s| s.here).collect();
        assert_eq!(here.len(), 1);
        assert_eq!(here[0].stage, Stage::Preventive);
        assert_eq!(here[0].lines[0].kind, LineKind::Here);
        assert!(map.stops.iter().all(|s| s.r <= here[0].r));
        for (i, stage) in EXAMPLE.iter().enumerate() {
            assert_eq!(map.stop(*stage).unwrap().steps, vec![i + 1]);
        }
        let path: Vec<(Stage, Stage)> = map
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Path)
            .map(|e| (e.from, e.to))
            .collect();
        assert_eq!(
            path,
            [
                (Stage::Reported, Stage::VoluntaryHelp),
                (Stage::VoluntaryHelp, Stage::Preventive)
            ]
        );
        let next: HashSet<Stage> = map
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Next)
            .map(|e| e.to)
            .collect();
        let expected: HashSet<Stage> = transitions::from(Stage::Preventive).map(|t| t.to).collect();
        assert_eq!(next, expected);
        for stage in expected {
            let stop = map.stop(stage).unwrap();
            let decider = transitions::from(Stage::Preventive)
                .find(|t| t.to == stage)
                .unwrap()
                .decider;
            assert_eq!(stop.next, Some(decider));
            assert!(stop.lines.iter().any(|l| l.kind == LineKind::Next(decider)));
        }
        // The path is drawn last, over everything else.
        assert_eq!(map.edges.last().unwrap().kind, EdgeKind::Path);
    }

    #[test]
    fn a_longer_path_moves_the_marker_and_extends_the_line() {
        let longer = [
            Stage::Reported,
            Stage::VoluntaryHelp,
            Stage::Preventive,
            Stage::Supervision,
        ];
        let map = draw(&longer, Some(Stage::Supervision), false);
        assert!(map.stop(Stage::Supervision).unwrap().here);
        assert!(!map.stop(Stage::Preventive).unwrap().here);
        assert_eq!(map.stop(Stage::Supervision).unwrap().steps, vec![4]);
        let path = map.edges.iter().filter(|e| e.kind == EdgeKind::Path);
        assert_eq!(path.count(), 3, "a jump that is not a way is still drawn");
        // A stage visited twice carries both numbers.
        let back = [
            Stage::VoluntaryHelp,
            Stage::Preventive,
            Stage::VoluntaryHelp,
        ];
        let map = draw(&back, None, false);
        assert_eq!(map.stop(Stage::VoluntaryHelp).unwrap().steps, vec![1, 3]);
    }

    #[test]
    fn no_path_and_no_focus_draws_the_plain_framework() {
        let map = draw(&[], None, false);
        assert!(map
            .stops
            .iter()
            .all(|s| !s.here && s.steps.is_empty() && s.next.is_none()));
        assert!(map.edges.iter().all(|e| e.kind == EdgeKind::Way));
        assert_eq!(map.edges.len(), TRANSITIONS.len());
    }

    #[test]
    fn the_layout_is_deterministic() {
        let a = draw(&EXAMPLE, Some(Stage::Preventive), false);
        let b = draw(&EXAMPLE, Some(Stage::Preventive), false);
        assert_eq!(a, b);
        assert_eq!(order(), order());
        assert_eq!(order().len(), Stage::ALL.len());
    }

    #[test]
    fn right_to_left_mirrors_the_picture() {
        let ltr = draw(&EXAMPLE, Some(Stage::Preventive), false);
        let rtl = draw(&EXAMPLE, Some(Stage::Preventive), true);
        for (a, b) in ltr.stops.iter().zip(&rtl.stops) {
            assert_eq!((a.stage, a.y), (b.stage, b.y));
            assert_eq!(a.x, WIDTH - b.x);
            assert_eq!(a.label_x, WIDTH - b.label_x);
        }
        for e in &rtl.edges {
            if let Shape::Arc { x, bulge, .. } = e.shape {
                assert!(bulge > 0 && x + bulge <= WIDTH);
            }
        }
    }

    #[test]
    fn long_names_wrap_and_the_window_covers_a_stage_and_its_ways_on() {
        assert_eq!(wrap("een twee drie", 8), ["een twee", "drie"]);
        assert_eq!(
            wrap("Kinderbeschermingsmaatregel", 5),
            ["Kinderbeschermingsmaatregel"]
        );
        assert_eq!(wrap("", 5), [""]);
        let map = draw(&EXAMPLE, Some(Stage::Preventive), false);
        let raad = map.stop(Stage::RaadInvestigation).unwrap();
        assert!(
            raad.lines
                .iter()
                .filter(|l| l.kind == LineKind::Name)
                .count()
                >= 2
        );
        for stop in &map.stops {
            let bold = stop.here || stop.focus || stop.next.is_some() || !stop.steps.is_empty();
            for line in &stop.lines {
                let per = match line.kind {
                    LineKind::Name if bold => BOLD_CHAR,
                    LineKind::Name => NAME_CHAR,
                    _ => NOTE_CHAR,
                };
                let width = line.text.chars().count() as i32 * per / 10;
                assert!(LABEL_X + width <= WIDTH, "{:?} is too wide", line.text);
            }
        }
        let stages: Vec<Stage> = std::iter::once(Stage::Supervision)
            .chain(transitions::from(Stage::Supervision).map(|t| t.to))
            .collect();
        let (top, height) = map.window(&stages);
        for stage in stages {
            let stop = map.stop(stage).unwrap();
            assert!(stop.top >= top && stop.top + stop.height <= top + height);
        }
        assert!(height < map.height);
    }
}
