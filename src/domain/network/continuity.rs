//! Continuity: the warnings when a measure runs without a lead family manager, when the local
//! team stopped before one was there (recommendation 18), and when the lead changed too often
//! (recommendation 17).

use super::current_stage;
use super::people::{active_leads, active_on};
use crate::domain::date::Date;
use crate::domain::household::{Household, Organisation, Person, PersonRole};
use crate::domain::stage::Stage;

/// How many times the lead family manager changed within a year: the number of leads who
/// started in the 12 months up to `today` (after the same day a year ago, by the calendar, so
/// a leap day counts as any other) while another lead had been there before them.
pub fn lead_changes_in_year(h: &Household, today: Date) -> usize {
    let year_ago = today.add_months(-12);
    let mut starts: Vec<Date> = h
        .organisations
        .iter()
        .flat_map(|o| o.people.iter())
        .filter(|p| p.role == PersonRole::LeadFamilyManager)
        .filter_map(|p| p.since)
        .collect();
    starts.sort();
    // The first lead ever is a start, not a change.
    starts
        .iter()
        .skip(1)
        .filter(|d| **d > year_ago && **d <= today)
        .count()
}

/// Two changes within 12 months (three different leads in a year) is a warning. One change a
/// year happens (someone takes another job) and is no reason for alarm; a second one within
/// the year is what the ombudsman's report calls "many changes" that break continuity
/// (theme 5, footnote 45) and is the point at which asking for a fixed back-up makes sense
/// (recommendation 17).
pub const CHANGES_WARNING: usize = 2;

/// A warning about continuity, for the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A judge's measure runs but no lead family manager is active today.
    NoManagerDuringMeasure {
        /// The measure.
        stage: Stage,
    },
    /// The local team's help ended while no lead family manager was active (recommendation 18),
    /// and none has started since.
    LocalHelpEndedWithoutManager {
        /// The local team (organisation id).
        organisation: String,
        /// Its last day of help.
        ended: Date,
    },
    /// The lead family manager changed this many times within a year.
    ManyChanges {
        /// Number of changes in the last 365 days.
        changes: usize,
    },
}

/// The local team's last day of help: when every person there has an end date, the latest
/// one. `None` while someone is still involved or nobody is recorded.
pub fn local_help_ended(o: &Organisation) -> Option<Date> {
    if o.people.is_empty() || o.people.iter().any(|p| p.until.is_none()) {
        return None;
    }
    o.people.iter().filter_map(|p| p.until).max()
}

/// Every continuity warning that holds today.
///
/// - A measure (voorlopige OTS, OTS, uithuisplaatsing, gezag) runs — the judge made
///   Jeugdbescherming carry it out — but no lead family manager is active today.
/// - R18: the local team (`okt`) stopped while no lead was active on its last day, and no lead
///   has been active since (an old, closed gap is history, not something to act on). Only
///   while the family is in "drang" or further (not when help simply ended).
/// - The lead changed `CHANGES_WARNING` times or more within 365 days.
pub fn warnings(h: &Household, today: Date) -> Vec<Warning> {
    let mut out = Vec::new();
    let stage = current_stage(h);
    if let Some(stage) = stage.filter(|s| s.is_measure()) {
        if active_leads(h, today).is_empty() {
            out.push(Warning::NoManagerDuringMeasure { stage });
        }
    }
    let protection = stage.is_some_and(|s| {
        !matches!(
            s,
            Stage::NoHelp | Stage::Reported | Stage::VoluntaryHelp | Stage::MeasureEnded
        )
    });
    if protection {
        for o in h.organisations.iter().filter(|o| o.kind == "okt") {
            let Some(ended) = local_help_ended(o) else {
                continue;
            };
            if ended > today {
                continue;
            }
            let leads: Vec<&Person> = h
                .organisations
                .iter()
                .flat_map(|o| o.people.iter())
                .filter(|p| p.role == PersonRole::LeadFamilyManager)
                .collect();
            let covered_then = leads.iter().any(|p| active_on(p, ended));
            let started_since = leads
                .iter()
                .any(|p| p.since.is_some_and(|s| s > ended && s <= today));
            if !covered_then && !started_since {
                out.push(Warning::LocalHelpEndedWithoutManager {
                    organisation: o.id.clone(),
                    ended,
                });
            }
        }
    }
    let changes = lead_changes_in_year(h, today);
    if changes >= CHANGES_WARNING {
        out.push(Warning::ManyChanges { changes });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::people::{change_lead, PersonDraft};
    use super::super::testing::today;
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::household::PathStep;

    fn with_stage(mut h: Household, stage: &str, since: Date) -> Household {
        h.position.path.push(PathStep {
            stage: stage.into(),
            since,
        });
        h
    }

    #[test]
    fn warning_when_a_measure_runs_without_an_active_lead() {
        let h = example_household(today());
        assert!(
            warnings(&h, today()).is_empty(),
            "drang with a lead: no warning"
        );
        let mut h = with_stage(h, "ots", today().add_days(-10));
        assert!(
            warnings(&h, today()).is_empty(),
            "OTS with a lead: no warning"
        );
        let jb = h.organisations.iter_mut().find(|o| o.id == "o3").unwrap();
        jb.people[0].until = Some(today().add_days(-2));
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::NoManagerDuringMeasure {
                stage: Stage::Supervision
            }]
        );
        // The back-up does not count as the lead.
        assert_eq!(active_leads(&h, today()).len(), 0);
        // Not a measure: drang without a lead gives no measure warning.
        let mut h = example_household(today());
        h.organisations[2].people.clear();
        assert!(warnings(&h, today()).is_empty());
    }

    #[test]
    fn warning_when_local_help_ended_before_a_family_manager_was_active() {
        let mut h = example_household(today());
        // The lead starts in 5 days; the local team stopped 3 days ago.
        h.organisations[2].people[0].since = Some(today().add_days(5));
        h.organisations[1].people[0].until = Some(today().add_days(-3));
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::LocalHelpEndedWithoutManager {
                organisation: "o2".into(),
                ended: today().add_days(-3)
            }]
        );
        // Once a lead has started after the gap, it is history: no warning.
        assert!(warnings(&h, today().add_days(6)).is_empty());
        // When the lead was active on the last day of local help, there was no gap.
        h.organisations[2].people[0].since = Some(today().add_days(-30));
        assert!(warnings(&h, today()).is_empty());
        // Local help that simply ended after voluntary help is no warning.
        let mut h = example_household(today());
        h.position.path.truncate(2);
        h.organisations[2].people.clear();
        h.organisations[1].people[0].until = Some(today().add_days(-3));
        assert!(warnings(&h, today()).is_empty());
        assert_eq!(
            local_help_ended(&h.organisations[1]),
            Some(today().add_days(-3))
        );
        assert_eq!(
            local_help_ended(&h.organisations[0]),
            None,
            "nobody recorded"
        );
    }

    #[test]
    fn warning_when_the_lead_changed_twice_in_a_year() {
        let mut h = example_household(today());
        let d = |n: &str| PersonDraft {
            name: n.into(),
            ..PersonDraft::default()
        };
        change_lead(&mut h, "o3", &d("Tweede"), today().add_days(-40)).unwrap();
        assert_eq!(lead_changes_in_year(&h, today()), 1);
        assert!(
            warnings(&h, today()).is_empty(),
            "one change a year is no alarm"
        );
        change_lead(&mut h, "o3", &d("Derde"), today().add_days(-5)).unwrap();
        assert_eq!(lead_changes_in_year(&h, today()), 2);
        assert_eq!(
            warnings(&h, today()),
            vec![Warning::ManyChanges { changes: 2 }]
        );
        // A year later those changes no longer count.
        assert_eq!(lead_changes_in_year(&h, today().add_days(400)), 0);
    }

    #[test]
    fn a_year_is_a_calendar_year_across_a_leap_day() {
        let day = |s: &str| Date::parse(s).unwrap();
        let mut h = example_household(day("2026-01-01"));
        let d = |n: &str| PersonDraft {
            name: n.into(),
            ..PersonDraft::default()
        };
        // 2027-03-02 to 2028-03-01 is within 12 months, though 366 days apart (29 February).
        change_lead(&mut h, "o3", &d("Tweede"), day("2027-03-02")).unwrap();
        change_lead(&mut h, "o3", &d("Derde"), day("2028-01-10")).unwrap();
        assert_eq!(lead_changes_in_year(&h, day("2028-03-01")), 2);
        // The same day a year later is no longer within the year.
        assert_eq!(lead_changes_in_year(&h, day("2028-03-02")), 1);
    }
}
