//! The catalogue's structure: which side of the web each partner stands on, the relations
//! between partners (each with its source), and the lines and groups drawn for one family.

use super::{current_stage, FAMILY};
use crate::domain::household::{Household, Organisation};
use crate::domain::stage::Stage;

/// Which side of the web an organisation stands on; drawn apart, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Help and signals the family may refuse: no judge has decided.
    Voluntary,
    /// The judge, and those who ask the judge for something (the Raad) or carry out a judge's
    /// measure (Jeugdbescherming under a measure). They do not work for the judge.
    Judicial,
    /// For the family, on its own request: the confidential adviser and its own lawyer.
    Independent,
    /// Judge complaints impartially, for nobody's side: the complaints commission, the
    /// ombudsman, the SKJ disciplinary board.
    Impartial,
}

impl Side {
    /// The sides in the order they are drawn.
    pub const ALL: [Side; 4] = [
        Side::Voluntary,
        Side::Judicial,
        Side::Independent,
        Side::Impartial,
    ];
}

/// The side of a catalogue partner at the family's current stage.
///
/// Jeugdbescherming and foster care stand on the voluntary side under "drang" (the family may
/// still refuse; no judge decided) and on the judicial side once a judge's measure runs, because
/// then they carry out that measure. An unknown kind ("anders") counts as voluntary.
pub fn side_of(kind: &str, stage: Option<Stage>) -> Side {
    let measure = stage.is_some_and(Stage::is_measure);
    match kind {
        "raad" | "kinderrechter" | "hof" | "nifp" => Side::Judicial,
        "jeugdbescherming" | "pleegzorg" if measure => Side::Judicial,
        "vertrouwenspersoon" | "advocaat" => Side::Independent,
        "klachtencommissie" | "ombudsman" | "skj" => Side::Impartial,
        _ => Side::Voluntary,
    }
}

/// What a line in the web means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// Passes worries or information on.
    Reports,
    /// Asks for a decision or an investigation.
    Asks,
    /// Decides about.
    Decides,
    /// A complaint about the first goes to the second.
    Complaint,
    /// A judge's decision is appealed here (not complained about).
    Appeal,
}

impl RelationKind {
    /// Every kind, in legend order.
    pub const ALL: [RelationKind; 5] = [
        RelationKind::Reports,
        RelationKind::Asks,
        RelationKind::Decides,
        RelationKind::Complaint,
        RelationKind::Appeal,
    ];
}

/// A relation between two catalogue partners (or a partner and the family).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Catalogue id it starts from.
    pub from: &'static str,
    /// What it means.
    pub kind: RelationKind,
    /// Catalogue id (or `FAMILY`) it goes to.
    pub to: &'static str,
    /// Where it rests (the same sources as the catalogue's statements).
    pub source: &'static str,
}

const fn rel(
    from: &'static str,
    kind: RelationKind,
    to: &'static str,
    source: &'static str,
) -> Relation {
    Relation {
        from,
        kind,
        to,
        source,
    }
}

/// The relations between catalogue partners, each with its source (docs/sources.md).
pub const RELATIONS: &[Relation] = &[
    rel(
        "school",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel(
        "huisarts-ggz",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel(
        "okt",
        RelationKind::Reports,
        "veilig-thuis",
        "rijksoverheid.nl",
    ),
    rel("veilig-thuis", RelationKind::Reports, "raad", "BW 1:240"),
    rel("okt", RelationKind::Reports, "raad", "BW 1:240"),
    rel("school", RelationKind::Reports, "raad", "BW 1:240"),
    rel("huisarts-ggz", RelationKind::Reports, "raad", "BW 1:240"),
    rel(
        "pleegzorg",
        RelationKind::Reports,
        "jeugdbescherming",
        "Ombudsrapport, thema 4, voetnoot 44",
    ),
    rel(
        "jeugdbescherming",
        RelationKind::Asks,
        "raad",
        "Ombudsrapport, thema 3",
    ),
    rel(
        "jb-tafel",
        RelationKind::Decides,
        "raad",
        "kinderbescherming.nl",
    ),
    rel("raad", RelationKind::Asks, "kinderrechter", "BW 1:255"),
    rel(
        "jeugdbescherming",
        RelationKind::Asks,
        "kinderrechter",
        "BW 1:260, 1:265b",
    ),
    rel(
        "raad",
        RelationKind::Reports,
        "kinderrechter",
        "Jeugdwet art. 3.3; Rv art. 811",
    ),
    rel(
        "nifp",
        RelationKind::Reports,
        "kinderrechter",
        "Rv art. 810a",
    ),
    rel(
        "kinderrechter",
        RelationKind::Decides,
        FAMILY,
        "BW 1:255, 1:257, 1:265b",
    ),
    rel("hof", RelationKind::Decides, FAMILY, "Rv art. 806"),
    rel("kinderrechter", RelationKind::Appeal, "hof", "Rv art. 806"),
    rel(
        "jeugdbescherming",
        RelationKind::Complaint,
        "klachtencommissie",
        "Jeugdwet art. 4.2.1",
    ),
    rel(
        "jeugdbescherming",
        RelationKind::Complaint,
        "skj",
        "SKJ (organisatiepagina's)",
    ),
    rel(
        "klachtencommissie",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:24",
    ),
    rel(
        "raad",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:20, 9:24",
    ),
    rel(
        "gemeente",
        RelationKind::Complaint,
        "ombudsman",
        "Awb art. 9:20, 9:24",
    ),
    rel(
        "okt",
        RelationKind::Complaint,
        "ombudsman",
        "Wet Nationale ombudsman art. 11c–11d",
    ),
    rel(
        "veilig-thuis",
        RelationKind::Complaint,
        "ombudsman",
        "Wet Nationale ombudsman art. 11c–11d",
    ),
];

/// Every relation that starts or ends at this catalogue id.
pub fn relations_of(kind: &str) -> Vec<Relation> {
    RELATIONS
        .iter()
        .filter(|r| r.from == kind || r.to == kind)
        .copied()
        .collect()
}

/// A relation between two organisations the family has (by organisation id), to draw a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Organisation id it starts from.
    pub from: String,
    /// What it means.
    pub kind: RelationKind,
    /// Organisation id, or `FAMILY`.
    pub to: String,
}

/// The lines between the family's own organisations (and to the family), from the catalogue.
pub fn lines(h: &Household) -> Vec<Line> {
    let mut out = Vec::new();
    for r in RELATIONS {
        for from in h.organisations.iter().filter(|o| o.kind == r.from) {
            if r.to == FAMILY {
                out.push(Line {
                    from: from.id.clone(),
                    kind: r.kind,
                    to: FAMILY.into(),
                });
            }
            for to in h.organisations.iter().filter(|o| o.kind == r.to) {
                out.push(Line {
                    from: from.id.clone(),
                    kind: r.kind,
                    to: to.id.clone(),
                });
            }
        }
    }
    out
}

/// The family's organisations grouped by side, in the order they were added.
pub fn grouped(h: &Household) -> Vec<(Side, Vec<&Organisation>)> {
    let stage = current_stage(h);
    Side::ALL
        .iter()
        .map(|side| {
            let orgs = h
                .organisations
                .iter()
                .filter(|o| side_of(&o.kind, stage) == *side)
                .collect();
            (*side, orgs)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::today;
    use super::*;
    use crate::domain::example::example_household;

    const CATALOGUE: [&str; 18] = [
        "veilig-thuis",
        "okt",
        "jeugdbescherming",
        "jb-tafel",
        "raad",
        "kinderrechter",
        "hof",
        "pleegzorg",
        "nifp",
        "klachtencommissie",
        "vertrouwenspersoon",
        "ombudsman",
        "skj",
        "advocaat",
        "school",
        "huisarts-ggz",
        "gemeente",
        "anders",
    ];

    #[test]
    fn relations_connect_catalogue_partners_and_have_sources() {
        for r in RELATIONS {
            assert!(CATALOGUE.contains(&r.from), "{}", r.from);
            assert!(r.to == FAMILY || CATALOGUE.contains(&r.to), "{}", r.to);
            assert!(!r.source.is_empty());
        }
        // Only a judge decides about the family.
        let deciders: Vec<_> = RELATIONS
            .iter()
            .filter(|r| r.kind == RelationKind::Decides && r.to == FAMILY)
            .map(|r| r.from)
            .collect();
        assert_eq!(deciders, ["kinderrechter", "hof"]);
        // A judge's decision is appealed, never complained about.
        assert!(!RELATIONS
            .iter()
            .any(|r| r.from == "kinderrechter" && r.kind == RelationKind::Complaint));
        let raad = relations_of("raad");
        assert!(raad.contains(&RELATIONS[10]), "the Raad asks the judge");
        assert!(raad
            .iter()
            .any(|r| r.kind == RelationKind::Complaint && r.to == "ombudsman"));
    }

    #[test]
    fn the_example_draws_lines_between_its_own_organisations_only() {
        let h = example_household(today());
        let l = lines(&h);
        // School (o4), GP (o5) and the local team (o2) report to Veilig Thuis (o1).
        for from in ["o2", "o4", "o5"] {
            assert!(l.contains(&Line {
                from: from.into(),
                kind: RelationKind::Reports,
                to: "o1".into()
            }));
        }
        let ids: Vec<&str> = h.organisations.iter().map(|o| o.id.as_str()).collect();
        for line in &l {
            assert!(ids.contains(&line.from.as_str()));
            assert!(line.to == FAMILY || ids.contains(&line.to.as_str()));
        }
    }

    #[test]
    fn sides_follow_the_stage_for_the_institution() {
        assert_eq!(
            side_of("jeugdbescherming", Some(Stage::Preventive)),
            Side::Voluntary
        );
        assert_eq!(
            side_of("jeugdbescherming", Some(Stage::Supervision)),
            Side::Judicial
        );
        assert_eq!(
            side_of("pleegzorg", Some(Stage::OutOfHomePlacement)),
            Side::Judicial
        );
        assert_eq!(side_of("kinderrechter", None), Side::Judicial);
        assert_eq!(side_of("raad", Some(Stage::Preventive)), Side::Judicial);
        assert_eq!(side_of("vertrouwenspersoon", None), Side::Independent);
        assert_eq!(side_of("advocaat", None), Side::Independent);
        assert_eq!(side_of("klachtencommissie", None), Side::Impartial);
        assert_eq!(side_of("ombudsman", None), Side::Impartial);
        assert_eq!(side_of("skj", None), Side::Impartial);
        assert_eq!(side_of("okt", Some(Stage::Supervision)), Side::Voluntary);
        assert_eq!(side_of("iets-onbekends", None), Side::Voluntary);
        let h = example_household(today());
        let groups = grouped(&h);
        let count: usize = groups.iter().map(|(_, o)| o.len()).sum();
        assert_eq!(
            count,
            h.organisations.len(),
            "every organisation is on one side"
        );
    }
}
