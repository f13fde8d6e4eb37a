//! What is due soon: the dates in the household a family must not miss.
//!
//! The full deadlines engine (statutory terms with their sources) grows here; for now it
//! gathers the dates the family or the professionals set: report responses and goal dates.

use super::date::Date;
use super::household::{Delivery, Household, Progress, RequestKind};

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
}

/// After how many days to ask how a complaint letter stands.
pub const FOLLOW_UP_DAYS: i64 = 42;

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
    for request in &h.requests {
        let asks = matches!(request.kind, RequestKind::Complaint | RequestKind::Mediator);
        if let (true, Delivery::Sent { at }) = (asks, &request.delivery) {
            if let Some(sent) = Date::from_days(at.div_euclid(86_400_000)) {
                let date = sent.add_days(FOLLOW_UP_DAYS);
                items.push(Due {
                    kind: DueKind::FollowUp(request.id.clone()),
                    date,
                    days_left: today.days_until(date),
                });
            }
        }
    }
    items.retain(|d| d.days_left >= -days_back && d.days_left <= days_ahead);
    items.sort_by_key(|d| (d.date, matches!(d.kind, DueKind::GoalDue(_))));
    items
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

    #[test]
    fn counts_reached_goals() {
        assert_eq!(goals_reached(&example_household(today())), (1, 3));
    }
}
