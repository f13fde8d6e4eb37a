//! The ways from one stage of the framework to another, and who decides each one.
//!
//! The graph is what the map draws; the tests below hold it to the law's shape: every stage
//! can be reached, every stage has a way back or an end, and only a judge (or, on appeal, the
//! court of appeal) brings a family into a measure.

use super::stage::Stage;

/// Who decides that a family moves from one stage to another.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Decider {
    /// The family itself (accepting or refusing help, appealing).
    Family,
    /// Anyone who is worried (school, doctor, neighbours) may report.
    Reporter,
    /// The Raad voor de Kinderbescherming.
    Raad,
    /// The juvenile judge.
    Judge,
    /// The court of appeal.
    CourtOfAppeal,
    /// The certified institution, or the judge on a parent's request.
    InstitutionOrJudge,
    /// Nobody: the term of the measure ends without an extension.
    TermEnds,
    /// The judge ends it early, or nobody: its term runs out without an extension (an OTS
    /// lasts at most a year unless the judge extends it, BW 1:258 and 1:260).
    JudgeOrTermEnds,
}

/// One possible step from a stage to another.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Transition {
    /// Where it starts.
    pub from: Stage,
    /// Where it leads.
    pub to: Stage,
    /// Who decides it.
    pub decider: Decider,
}

const fn t(from: Stage, to: Stage, decider: Decider) -> Transition {
    Transition { from, to, decider }
}

use Decider::*;
use Stage::*;

/// Every transition the map shows.
pub const TRANSITIONS: &[Transition] = &[
    t(NoHelp, Reported, Reporter),
    t(NoHelp, VoluntaryHelp, Family),
    t(Reported, VoluntaryHelp, Family),
    t(Reported, RaadInvestigation, Raad),
    t(Reported, NoHelp, Family),
    t(VoluntaryHelp, Preventive, Family),
    t(VoluntaryHelp, RaadInvestigation, Raad),
    t(VoluntaryHelp, NoHelp, Family),
    t(Preventive, VoluntaryHelp, Family),
    t(Preventive, RaadInvestigation, Raad),
    t(Preventive, NoHelp, Family),
    t(RaadInvestigation, JuvenileCourt, Raad),
    t(RaadInvestigation, ProvisionalSupervision, Judge),
    t(RaadInvestigation, VoluntaryHelp, Raad),
    t(RaadInvestigation, NoHelp, Raad),
    t(JuvenileCourt, Supervision, Judge),
    t(JuvenileCourt, OutOfHomePlacement, Judge),
    t(JuvenileCourt, EndingAuthority, Judge),
    t(JuvenileCourt, VoluntaryHelp, Judge),
    t(ProvisionalSupervision, JuvenileCourt, Judge),
    t(ProvisionalSupervision, MeasureEnded, TermEnds),
    t(Supervision, OutOfHomePlacement, Judge),
    t(Supervision, EndingAuthority, Judge),
    t(Supervision, Appeal, Family),
    t(Supervision, MeasureEnded, JudgeOrTermEnds),
    t(OutOfHomePlacement, Supervision, InstitutionOrJudge),
    t(OutOfHomePlacement, EndingAuthority, Judge),
    t(OutOfHomePlacement, Appeal, Family),
    t(EndingAuthority, Appeal, Family),
    t(EndingAuthority, MeasureEnded, Judge),
    t(Appeal, MeasureEnded, CourtOfAppeal),
    t(Appeal, Supervision, CourtOfAppeal),
    t(MeasureEnded, VoluntaryHelp, Family),
    t(MeasureEnded, NoHelp, Family),
];

/// Who decides that a family is at this stage (the short answer the map shows).
pub fn decided_by(stage: Stage) -> Decider {
    match stage {
        NoHelp | VoluntaryHelp | Preventive => Family,
        Reported => Reporter,
        RaadInvestigation => Raad,
        JuvenileCourt
        | ProvisionalSupervision
        | Supervision
        | OutOfHomePlacement
        | EndingAuthority
        | MeasureEnded => Judge,
        Appeal => CourtOfAppeal,
    }
}

/// The ways out of a stage, in the order the map lists them.
pub fn from(stage: Stage) -> impl Iterator<Item = &'static Transition> {
    TRANSITIONS.iter().filter(move |t| t.from == stage)
}

/// The ways into a stage.
pub fn into(stage: Stage) -> impl Iterator<Item = &'static Transition> {
    TRANSITIONS.iter().filter(move |t| t.to == stage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn reachable_from(start: Stage) -> HashSet<Stage> {
        let mut seen = HashSet::from([start]);
        let mut todo = vec![start];
        while let Some(stage) = todo.pop() {
            for t in from(stage) {
                if seen.insert(t.to) {
                    todo.push(t.to);
                }
            }
        }
        seen
    }

    #[test]
    fn every_stage_can_be_reached_from_no_help() {
        let reached = reachable_from(NoHelp);
        for stage in Stage::ALL {
            assert!(reached.contains(&stage), "{stage:?} cannot be reached");
        }
    }

    #[test]
    fn every_stage_has_a_way_back_to_no_help() {
        for stage in Stage::ALL {
            assert!(
                reachable_from(stage).contains(&NoHelp),
                "{stage:?} has no way back or end"
            );
            assert!(from(stage).next().is_some(), "{stage:?} is a dead end");
        }
    }

    #[test]
    fn only_a_judge_brings_a_family_into_a_measure() {
        for t in TRANSITIONS
            .iter()
            .filter(|t| t.to.is_measure() && !t.from.is_measure())
        {
            assert!(
                matches!(t.decider, Judge | CourtOfAppeal),
                "{:?} → {:?} is decided by {:?}",
                t.from,
                t.to,
                t.decider
            );
        }
    }

    #[test]
    fn the_family_can_say_no_wherever_help_is_voluntary_or_drang() {
        use crate::domain::stage::Zone;
        let free = |s: &Stage| s.zone() == Zone::Voluntary || *s == Preventive;
        for stage in Stage::ALL.into_iter().filter(free).filter(|s| *s != NoHelp) {
            assert!(from(stage).any(|t| t.decider == Family), "{stage:?}");
        }
        assert!(
            from(Preventive).any(|t| t.to == NoHelp && t.decider == Family),
            "saying no to drang"
        );
    }

    #[test]
    fn every_measure_is_decided_by_a_judge() {
        for stage in Stage::ALL.into_iter().filter(|s| s.is_measure()) {
            assert_eq!(decided_by(stage), Judge, "{stage:?}");
        }
        assert_eq!(
            decided_by(Preventive),
            Family,
            "drang: the family decides, no judge"
        );
    }

    #[test]
    fn no_duplicates_or_loops() {
        let mut seen = HashSet::new();
        for t in TRANSITIONS {
            assert_ne!(t.from, t.to, "{t:?}");
            assert!(seen.insert((t.from, t.to)), "{t:?} twice");
        }
        assert!(into(Supervision).count() >= 2);
    }

    #[test]
    fn a_supervision_order_also_ends_when_its_term_runs_out() {
        let end = from(Supervision).find(|t| t.to == MeasureEnded).unwrap();
        assert_eq!(
            end.decider, JudgeOrTermEnds,
            "BW 1:258: at most a year unless extended"
        );
    }
}
