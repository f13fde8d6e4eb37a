//! The deadlines engine: from the dates in the household, what is due and when.
//!
//! Two sorts of dates: those the family or the professionals set (report responses, goal
//! dates, a follow-up on a letter) and legal terms that run from a decision or an event
//! (asking the kinderrechter to void a written instruction or to end a placement, the parents'
//! hearing after an emergency order, appeal, complaint, ombudsman). The rules and their
//! sources are content (`content/<lang>/deadlines.toml`); the arithmetic is here.

use super::date::Date;
use super::household::{
    Decision, DecisionKind, DisputeStatus, DisputedEntry, Household, Progress, RulingOutcome,
};
#[cfg(test)]
use super::household::{Delivery, RequestKind};

/// A legal term Helder computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// Asking the kinderrechter to declare a written instruction void: 2 weeks from the day
    /// after it was sent or handed over (BW 1:264 lid 3).
    WrittenInstruction,
    /// Asking the kinderrechter to end or shorten a placement after Jeugdbescherming said no:
    /// 2 weeks from the day after its decision was sent or handed over (BW 1:265d lid 4 with
    /// 1:264 lid 3).
    PlacementRequest,
    /// An emergency order given without hearing the parents lapses after 2 weeks unless they
    /// were given the chance to be heard (Rv 800 lid 3).
    Hearing,
    /// Appeal against a ruling: 3 months after the day of the ruling (Rv 806).
    Appeal,
    /// A complaint at the institution: 1 year after the event (its complaints page).
    Complaint,
    /// The ombudsman: 1 year after the complaint handling ended (Awb 9:24).
    Ombudsman,
}

impl Term {
    /// The id of the term's text in the content.
    pub fn id(self) -> &'static str {
        match self {
            Term::WrittenInstruction => "written-instruction",
            Term::PlacementRequest => "placement-request",
            Term::Hearing => "hearing",
            Term::Appeal => "appeal",
            Term::Complaint => "complaint",
            Term::Ombudsman => "ombudsman",
        }
    }

    /// The last day of the term that starts with `from`.
    pub fn last_day(self, from: Date) -> Date {
        match self {
            // "Two weeks, starting with the day after the day it was sent or handed over":
            // day 1 is the day after, day 14 the last.
            Term::WrittenInstruction | Term::PlacementRequest => from.add_days(14),
            // "Loses its force after two weeks": counted the same way, from the day after
            // the order (the statute names no other start).
            Term::Hearing => from.add_days(14),
            Term::Appeal => from.add_months(3),
            Term::Complaint | Term::Ombudsman => from.add_months(12),
        }
    }
}

/// The legal terms that follow from a kind of decision, each with whether the family has
/// done what ends its warning: the request or appeal (`acted`), or being heard (`heard`).
/// Only those dates end a warning; nothing else the family records does.
pub fn decision_terms(d: &Decision) -> Vec<(Term, Option<Date>)> {
    match d.kind {
        DecisionKind::WrittenInstruction => vec![(Term::WrittenInstruction, d.acted)],
        DecisionKind::PlacementRefusal => vec![(Term::PlacementRequest, d.acted)],
        DecisionKind::CourtRuling => vec![(Term::Appeal, d.acted)],
        // No appeal against a provisional supervision order (Rv 807 sub a, BW 1:257).
        DecisionKind::ProvisionalRuling => vec![(Term::Hearing, d.heard)],
        // Appealable (Rv 806; Rv 807 does not name 1:241 or 1:265b).
        DecisionKind::EmergencyPlacement | DecisionKind::ProvisionalGuardianship => {
            vec![(Term::Hearing, d.heard), (Term::Appeal, d.acted)]
        }
        DecisionKind::Other => Vec::new(),
    }
}

/// Something with a date that asks for the family's attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueKind {
    /// The last day to respond to a report (report id).
    ReportResponse(String),
    /// A goal's due date (goal id).
    GoalDue(String),
    /// Time to ask how a complaint or mediator request stands (request id). Practical, not a
    /// legal term: the commission's own regulation sets its term.
    FollowUp(String),
    /// A legal term, about a decision (decision id) or a dispute (dispute id).
    Legal(Term, String),
    /// The hearing at the kinderrechter about the family's own request (request id), still
    /// to come (`household::upcoming_hearing`).
    CourtHearing(String),
}

/// After how many days to ask how a complaint letter stands.
pub const FOLLOW_UP_DAYS: i64 = super::follow_up::COMPLAINT_DAYS;

/// One dated item, with the days left (negative when past).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    /// What is due.
    pub kind: DueKind,
    /// The date.
    pub date: Date,
    /// Days from today; negative when the date has passed.
    pub days_left: i64,
}

/// Open items from `days_back` days ago up to `days_ahead` days ahead, soonest first.
pub fn upcoming(h: &Household, today: Date, days_back: i64, days_ahead: i64) -> Vec<Due> {
    let mut items = Vec::new();
    for report in &h.plan.reports {
        if let (Some(date), true) = (report.respond_by, report.response.trim().is_empty()) {
            items.push(Due {
                kind: DueKind::ReportResponse(report.id.clone()),
                date,
                days_left: today.days_until(date),
            });
        }
    }
    for goal in &h.plan.goals {
        if let (Some(date), false) = (goal.due, goal.progress == Progress::Reached) {
            items.push(Due {
                kind: DueKind::GoalDue(goal.id.clone()),
                date,
                days_left: today.days_until(date),
            });
        }
    }
    // The follow-up mechanism is shared with the emergency request (`follow_up.rs`); an
    // answer the family recorded closes it.
    for request in h.requests.iter().filter(|r| r.answer.is_none()) {
        if let Some(date) = super::follow_up::complaint_due_date(request) {
            items.push(Due {
                kind: DueKind::FollowUp(request.id.clone()),
                date,
                days_left: today.days_until(date),
            });
        }
    }
    for request in &h.requests {
        if let Some(date) = super::household::upcoming_hearing(request, today) {
            items.push(Due {
                kind: DueKind::CourtHearing(request.id.clone()),
                date,
                days_left: today.days_until(date),
            });
        }
    }
    for decision in &h.plan.decisions {
        for (term, done) in decision_terms(decision) {
            if done.is_none() {
                let date = term.last_day(decision.date);
                items.push(Due {
                    kind: DueKind::Legal(term, decision.id.clone()),
                    date,
                    days_left: today.days_until(date),
                });
            }
        }
    }
    for dispute in &h.plan.disputes {
        let (term, from) = match (&dispute.ruling, dispute.status) {
            (Some(ruling), _) if ruling.outcome != RulingOutcome::Upheld => {
                (Term::Ombudsman, ruling.date)
            }
            (Some(_), _) | (None, DisputeStatus::Corrected { .. }) => continue,
            (None, _) => (
                Term::Complaint,
                event_date(h, dispute.entry.entry, &dispute.entry.id).unwrap_or(dispute.created),
            ),
        };
        let date = term.last_day(from);
        items.push(Due {
            kind: DueKind::Legal(term, dispute.id.clone()),
            date,
            days_left: today.days_until(date),
        });
    }
    items.retain(|d| d.days_left >= -days_back && d.days_left <= days_ahead);
    items.sort_by_key(|d| (d.date, matches!(d.kind, DueKind::GoalDue(_))));
    items
}

/// The day a plan entry's event happened: what a complaint about it counts from.
pub fn event_date(h: &Household, entry: DisputedEntry, id: &str) -> Option<Date> {
    let plan = &h.plan;
    match entry {
        DisputedEntry::Concern => plan.concerns.iter().find(|x| x.id == id).map(|x| x.date),
        DisputedEntry::Positive => plan.positives.iter().find(|x| x.id == id).map(|x| x.date),
        DisputedEntry::Goal => plan.goals.iter().find(|x| x.id == id).map(|x| x.created),
        DisputedEntry::Meeting => plan.meetings.iter().find(|x| x.id == id).map(|x| x.date),
        DisputedEntry::Report => plan
            .reports
            .iter()
            .find(|x| x.id == id)
            .and_then(|x| x.received),
    }
}

/// How many goals are reached, of how many.
pub fn goals_reached(h: &Household) -> (usize, usize) {
    let reached = h
        .plan
        .goals
        .iter()
        .filter(|g| g.progress == Progress::Reached)
        .count();
    (reached, h.plan.goals.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_household;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn report_response_comes_first_and_reached_goals_are_left_out() {
        let h = example_household(today());
        let due = upcoming(&h, today(), 7, 90);
        let kinds: Vec<_> = due.iter().map(|d| (d.kind.clone(), d.days_left)).collect();
        assert_eq!(
            kinds,
            vec![
                (DueKind::ReportResponse("r1".into()), 4),
                (DueKind::GoalDue("g1".into()), 40),
                (DueKind::GoalDue("g2".into()), 75),
            ]
        );
    }

    #[test]
    fn answered_reports_and_far_dates_drop_out() {
        let mut h = example_household(today());
        h.plan.reports[0].response = "Wij zijn het eens.".into();
        let due = upcoming(&h, today(), 0, 60);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].kind, DueKind::GoalDue("g1".into()));
    }

    #[test]
    fn a_sent_complaint_asks_for_a_follow_up_after_six_weeks() {
        let mut h = example_household(today());
        let sent_ms = today().add_days(-40).to_days() * 86_400_000 + 3_600_000;
        crate::domain::complaint::add_letter(
            &mut h,
            RequestKind::Complaint,
            crate::domain::household::Channel::Letter {
                to: "Klachtencommissie".into(),
            },
            "Klacht".into(),
            "Tekst".into(),
            "k".into(),
            sent_ms,
        );
        assert!(
            !upcoming(&h, today(), 7, 60)
                .iter()
                .any(|d| matches!(d.kind, DueKind::FollowUp(_))),
            "a draft asks nothing"
        );
        h.requests[0].delivery = Delivery::Sent { at: sent_ms };
        let due = upcoming(&h, today(), 7, 60);
        let follow = due
            .iter()
            .find(|d| matches!(d.kind, DueKind::FollowUp(_)))
            .unwrap();
        assert_eq!(follow.days_left, 2);
    }

    fn decision(id: &str, kind: DecisionKind, date: Date) -> crate::domain::household::Decision {
        crate::domain::household::Decision {
            id: id.into(),
            kind,
            title: "Aanwijzing".into(),
            date,
            by: None,
            acted: None,
            heard: None,
            note: String::new(),
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_written_instruction_gives_two_weeks_from_the_day_after() {
        let mut h = example_household(today());
        h.plan.decisions.push(decision(
            "x1",
            DecisionKind::WrittenInstruction,
            day("2026-11-20"),
        ));
        let due = upcoming(&h, today(), 7, 60);
        let item = due
            .iter()
            .find(|d| d.kind == DueKind::Legal(Term::WrittenInstruction, "x1".into()))
            .unwrap();
        // Sent on Friday 20 November: day 1 is Saturday 21st, day 14 is Friday 4 December.
        assert_eq!(item.date, day("2026-12-04"));
        assert_eq!(item.days_left, 6);
        // Once the family asked the judge, the term no longer shows.
        h.plan.decisions[0].acted = Some(day("2026-11-25"));
        assert!(!upcoming(&h, today(), 7, 60)
            .iter()
            .any(|d| matches!(d.kind, DueKind::Legal(..))));
    }

    #[test]
    fn weekends_do_not_move_a_statutory_last_day() {
        // Sent on Saturday 14 November 2026: day 14 is Saturday 28 November, and stays so;
        // no source in the content says a weekend moves it.
        let last = Term::WrittenInstruction.last_day(day("2026-11-14"));
        assert_eq!(last, day("2026-11-28"));
        // A ruling on Sunday 30 August: appeal until Monday 30 November, same day number.
        assert_eq!(Term::Appeal.last_day(day("2026-08-30")), day("2026-11-30"));
        // Complaint year over a leap day: 29 February 2028 + 12 months = 28 February 2029.
        assert_eq!(
            Term::Complaint.last_day(day("2028-02-29")),
            day("2029-02-28")
        );
    }

    #[test]
    fn on_the_last_day_the_term_is_still_open_and_the_day_after_it_has_passed() {
        let mut h = example_household(today());
        h.plan.reports.clear();
        h.plan.disputes.clear();
        h.plan.decisions.push(decision(
            "x1",
            DecisionKind::WrittenInstruction,
            today().add_days(-14),
        ));
        let due = upcoming(&h, today(), 7, 60);
        assert_eq!(
            due[0].kind,
            DueKind::Legal(Term::WrittenInstruction, "x1".into())
        );
        assert_eq!(due[0].days_left, 0);
        h.plan.decisions[0].date = today().add_days(-15);
        assert_eq!(upcoming(&h, today(), 7, 60)[0].days_left, -1);
        // Long past terms drop off the list (only a week back is shown).
        h.plan.decisions[0].date = today().add_days(-30);
        assert!(!upcoming(&h, today(), 7, 60)
            .iter()
            .any(|d| matches!(d.kind, DueKind::Legal(..))));
    }

    #[test]
    fn appeal_runs_three_calendar_months_and_provisional_orders_have_none() {
        let mut h = example_household(today());
        h.plan
            .decisions
            .push(decision("x1", DecisionKind::CourtRuling, day("2026-08-31")));
        h.plan.decisions.push(decision(
            "x2",
            DecisionKind::ProvisionalRuling,
            day("2026-11-01"),
        ));
        let due = upcoming(&h, today(), 7, 60);
        let appeals: Vec<_> = due
            .iter()
            .filter(|d| matches!(d.kind, DueKind::Legal(Term::Appeal, _)))
            .collect();
        assert_eq!(appeals.len(), 1);
        // 31 August + 3 months: 30 November has no 31st.
        assert_eq!(appeals[0].date, day("2026-11-30"));
        assert_eq!(appeals[0].days_left, 2);
        assert!(!due
            .iter()
            .any(|d| d.kind == DueKind::Legal(Term::Appeal, "x2".into())));
    }

    /// Terms seen from fixed days around month ends, leap days and year ends (the browser
    /// tests run at 2027-06-30 and 2028-02-29 too): the last day, and days left on it and
    /// on the day after.
    #[test]
    fn terms_around_month_ends_leap_days_and_year_ends() {
        let cases = [
            // (term, decision date, last day)
            (Term::WrittenInstruction, "2028-02-15", "2028-02-29"),
            (Term::WrittenInstruction, "2028-02-20", "2028-03-05"),
            (Term::WrittenInstruction, "2027-02-20", "2027-03-06"),
            (Term::WrittenInstruction, "2027-12-25", "2028-01-08"),
            (Term::Appeal, "2027-11-30", "2028-02-29"),
            (Term::Appeal, "2026-11-30", "2027-02-28"),
            (Term::Appeal, "2027-03-31", "2027-06-30"),
            (Term::Appeal, "2027-10-31", "2028-01-31"),
        ];
        for (term, from, last) in cases {
            let mut h = example_household(day(last));
            h.plan.reports.clear();
            h.plan.disputes.clear();
            h.plan.goals.clear();
            let kind = match term {
                Term::WrittenInstruction => DecisionKind::WrittenInstruction,
                _ => DecisionKind::CourtRuling,
            };
            h.plan.decisions.push(decision("x1", kind, day(from)));
            assert_eq!(term.last_day(day(from)), day(last), "{term:?} from {from}");
            let on = upcoming(&h, day(last), 7, 60);
            assert_eq!((on[0].date, on[0].days_left), (day(last), 0), "{from}");
            let after = upcoming(&h, day(last).add_days(1), 7, 60);
            assert_eq!(after[0].days_left, -1, "{from}");
        }
    }

    /// A follow-up counts from the day the request was sent in Amsterdam, the day the family saw
    /// on their phone: a letter sent at 00:30 belongs to that day, not to the UTC day before it.
    /// Checked at local midnight in winter (UTC+1, into a leap day and out of it) and in summer
    /// (UTC+2, at a month end).
    #[test]
    fn a_follow_up_counts_from_the_amsterdam_day_it_was_sent() {
        const HOUR: i64 = 3_600_000;
        let mut h = example_household(day("2028-02-29"));
        crate::domain::complaint::add_letter(
            &mut h,
            RequestKind::Complaint,
            crate::domain::household::Channel::Letter { to: "K".into() },
            "Klacht".into(),
            "Tekst".into(),
            "k".into(),
            0,
        );
        let follow_up = |h: &Household, today: &str| {
            upcoming(h, day(today), 400, 400)
                .into_iter()
                .find(|d| matches!(d.kind, DueKind::FollowUp(_)))
                .map(|d| d.date)
        };
        // Midnight in Amsterdam, winter: 23:00 UTC the day before.
        let leap_day = (day("2028-02-29").to_days() * 24 - 1) * HOUR;
        h.requests[0].delivery = Delivery::Sent { at: leap_day - 1 };
        assert_eq!(follow_up(&h, "2028-03-01"), Some(day("2028-04-10")));
        h.requests[0].delivery = Delivery::Sent { at: leap_day };
        assert_eq!(
            follow_up(&h, "2028-03-01"),
            Some(day("2028-02-29").add_days(FOLLOW_UP_DAYS))
        );
        assert_eq!(follow_up(&h, "2028-03-01"), Some(day("2028-04-11")));
        // 00:30 on 1 March is 23:30 UTC on the leap day: still 1 March.
        h.requests[0].delivery = Delivery::Sent {
            at: leap_day + 24 * HOUR + HOUR / 2,
        };
        assert_eq!(follow_up(&h, "2028-03-01"), Some(day("2028-04-12")));
        // Summer: 00:30 on 1 July 2027 is 22:30 UTC on 30 June.
        let july = (day("2027-07-01").to_days() * 24 - 2) * HOUR;
        h.requests[0].delivery = Delivery::Sent { at: july - 1 };
        assert_eq!(
            follow_up(&h, "2027-07-01"),
            Some(day("2027-06-30").add_days(FOLLOW_UP_DAYS))
        );
        h.requests[0].delivery = Delivery::Sent {
            at: july + HOUR / 2,
        };
        assert_eq!(follow_up(&h, "2027-07-01"), Some(day("2027-08-12")));
    }

    #[test]
    fn a_dispute_opens_the_complaint_year_and_a_ruling_the_ombudsman_year() {
        let mut h = example_household(today());
        // The example dispute is about concern c3, raised 170 days ago.
        let all = upcoming(&h, today(), 400, 400);
        let complaint = all
            .iter()
            .find(|d| d.kind == DueKind::Legal(Term::Complaint, "d1".into()))
            .unwrap();
        assert_eq!(complaint.date, today().add_days(-170).add_months(12));
        h.plan.disputes[0].ruling = Some(crate::domain::household::Ruling {
            date: day("2026-10-01"),
            outcome: RulingOutcome::Rejected,
            text: String::new(),
        });
        let all = upcoming(&h, today(), 400, 400);
        assert!(all
            .iter()
            .any(|d| d.kind == DueKind::Legal(Term::Ombudsman, "d1".into())
                && d.date == day("2027-10-01")));
        assert!(!all
            .iter()
            .any(|d| d.kind == DueKind::Legal(Term::Complaint, "d1".into())));
        // An upheld complaint or a corrected entry asks nothing more.
        h.plan.disputes[0].ruling.as_mut().unwrap().outcome = RulingOutcome::Upheld;
        assert!(!upcoming(&h, today(), 400, 400)
            .iter()
            .any(|d| matches!(d.kind, DueKind::Legal(..))));
    }

    fn legal(h: &Household, today: Date) -> Vec<(Term, String, Date, i64)> {
        upcoming(h, today, 400, 400)
            .into_iter()
            .filter_map(|d| match d.kind {
                DueKind::Legal(t, id) => Some((t, id, d.date, d.days_left)),
                _ => None,
            })
            .collect()
    }

    fn bare(today: Date) -> Household {
        let mut h = example_household(today);
        h.plan.reports.clear();
        h.plan.disputes.clear();
        h.plan.decisions.clear();
        h
    }

    #[test]
    fn two_week_terms_at_month_ends_year_ends_and_leap_days() {
        for term in [
            Term::WrittenInstruction,
            Term::PlacementRequest,
            Term::Hearing,
        ] {
            // Sent on 31 January: day 1 is 1 February, day 14 is 14 February.
            assert_eq!(term.last_day(day("2027-01-31")), day("2027-02-14"));
            // Across the end of February in a leap year: day 14 is the leap day itself.
            assert_eq!(term.last_day(day("2028-02-15")), day("2028-02-29"));
            // From the leap day: day 14 is 14 March.
            assert_eq!(term.last_day(day("2028-02-29")), day("2028-03-14"));
            // In a common year the same start gives 1 March.
            assert_eq!(term.last_day(day("2027-02-15")), day("2027-03-01"));
            // Across the new year.
            assert_eq!(term.last_day(day("2026-12-25")), day("2027-01-08"));
        }
    }

    #[test]
    fn the_instruction_warning_is_open_on_day_14_and_past_on_day_15() {
        // Sent on 1 December: day 14 is 15 December.
        let mut h = bare(day("2026-12-15"));
        h.plan.decisions.push(decision(
            "x1",
            DecisionKind::WrittenInstruction,
            day("2026-12-01"),
        ));
        let on_14 = legal(&h, day("2026-12-15"));
        assert_eq!(
            on_14,
            vec![(Term::WrittenInstruction, "x1".into(), day("2026-12-15"), 0)]
        );
        assert_eq!(legal(&h, day("2026-12-16"))[0].3, -1);
        assert_eq!(legal(&h, day("2026-12-01"))[0].3, 14);
    }

    #[test]
    fn only_the_day_the_request_went_to_the_court_ends_the_instruction_warning() {
        let mut h = bare(today());
        h.plan.decisions.push(decision(
            "x1",
            DecisionKind::WrittenInstruction,
            day("2026-11-20"),
        ));
        // A note ("we wrote to Jeugdbescherming") or a hearing date changes nothing.
        h.plan.decisions[0].note = "Bezwaarbrief naar Jeugdbescherming gestuurd".into();
        h.plan.decisions[0].heard = Some(day("2026-11-25"));
        assert_eq!(legal(&h, today()).len(), 1);
        h.plan.decisions[0].acted = Some(day("2026-11-26"));
        assert!(legal(&h, today()).is_empty());
    }

    #[test]
    fn a_refused_placement_request_gives_two_weeks_to_ask_the_judge() {
        let mut h = bare(today());
        h.plan.decisions.push(decision(
            "p1",
            DecisionKind::PlacementRefusal,
            day("2026-11-27"),
        ));
        assert_eq!(
            legal(&h, today()),
            vec![(Term::PlacementRequest, "p1".into(), day("2026-12-11"), 13)]
        );
        h.plan.decisions[0].acted = Some(today());
        assert!(legal(&h, today()).is_empty());
    }

    #[test]
    fn emergency_orders_give_the_parents_hearing_term_and_an_appeal_where_the_law_allows() {
        let mut h = bare(today());
        let order = day("2026-11-20");
        h.plan
            .decisions
            .push(decision("v1", DecisionKind::ProvisionalRuling, order));
        h.plan
            .decisions
            .push(decision("m1", DecisionKind::EmergencyPlacement, order));
        h.plan
            .decisions
            .push(decision("g1", DecisionKind::ProvisionalGuardianship, order));
        let all = legal(&h, today());
        let has = |t: Term, id: &str| all.iter().any(|x| x.0 == t && x.1 == id);
        // Heard by 4 December at the latest, or the order lapses (Rv 800 lid 3).
        for id in ["v1", "m1", "g1"] {
            assert!(all
                .iter()
                .any(|x| x.0 == Term::Hearing && x.1 == id && x.2 == day("2026-12-04")));
        }
        // No appeal against a provisional supervision order; the other two can be appealed.
        assert!(!has(Term::Appeal, "v1"));
        assert!(all
            .iter()
            .any(|x| x.0 == Term::Appeal && x.1 == "m1" && x.2 == day("2027-02-20")));
        assert!(has(Term::Appeal, "g1"));
        // Being heard ends only the hearing warning; lodging the appeal ends only the appeal.
        h.plan.decisions[1].heard = Some(day("2026-11-24"));
        let all = legal(&h, today());
        assert!(!all.iter().any(|x| x.0 == Term::Hearing && x.1 == "m1"));
        assert!(all.iter().any(|x| x.0 == Term::Appeal && x.1 == "m1"));
        h.plan.decisions[1].acted = Some(day("2026-11-27"));
        assert!(!legal(&h, today()).iter().any(|x| x.1 == "m1"));
        // The hearing warning on day 14 and day 15.
        h.plan.decisions.truncate(1);
        assert_eq!(legal(&h, day("2026-12-04"))[0].3, 0);
        assert_eq!(legal(&h, day("2026-12-05"))[0].3, -1);
    }

    #[test]
    fn appeal_months_at_month_ends_and_leap_years() {
        assert_eq!(Term::Appeal.last_day(day("2026-11-30")), day("2027-02-28"));
        assert_eq!(Term::Appeal.last_day(day("2027-11-30")), day("2028-02-29"));
        assert_eq!(Term::Appeal.last_day(day("2026-12-15")), day("2027-03-15"));
        assert_eq!(
            Term::Ombudsman.last_day(day("2027-02-28")),
            day("2028-02-28")
        );
    }

    #[test]
    fn counts_reached_goals() {
        assert_eq!(goals_reached(&example_household(today())), (1, 3));
    }
}
