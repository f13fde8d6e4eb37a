//! The 2-week term: from which day it runs, its last day, and where it stands today.

use super::CourtKind;
use crate::domain::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermStatus {
    /// The law sets no term for this request.
    NoTerm,
    /// There is a term, but Helder has no date to count from.
    NoDate,
    /// Jeugdbescherming has not decided on the family's request yet: the term does not start
    /// until it does (BW 1:265 lid 4, applied by 1:265d lid 4 and 1:265f lid 2).
    WaitingForDecision,
    /// The term runs: the last day and the days left (0 on the last day itself).
    Running {
        /// The last day.
        last_day: Date,
        /// Days from today.
        days_left: i64,
    },
    /// The term has passed. The letter can still be made; the judge can still take a late
    /// request when the family could not reasonably have been quicker (BW 1:264 lid 4).
    Passed {
        /// The last day.
        last_day: Date,
        /// Days since.
        days_late: i64,
    },
}

/// The last day of a 2-week term that starts the day after `sent`: day 1 is the day after,
/// so the last day is 14 days after the day it was sent or handed over (BW 1:264 lid 3).
pub fn last_day(sent: Date) -> Date {
    sent.add_days(14)
}

/// Where the term stands for `kind`, counted from the day Jeugdbescherming's decision was
/// sent or handed over. For a placement or a contact limit the family first asks
/// Jeugdbescherming; `asked_on` is that day: without a decision the term has not started yet.
pub fn term_status(
    kind: CourtKind,
    decision_sent: Option<Date>,
    asked_on: Option<Date>,
    today: Date,
) -> TermStatus {
    if !kind.has_term() {
        return TermStatus::NoTerm;
    }
    let Some(sent) = decision_sent else {
        return if asked_on.is_some() && kind == CourtKind::Placement {
            TermStatus::WaitingForDecision
        } else {
            TermStatus::NoDate
        };
    };
    let last = last_day(sent);
    let days_left = today.days_until(last);
    if days_left >= 0 {
        TermStatus::Running {
            last_day: last,
            days_left,
        }
    } else {
        TermStatus::Passed {
            last_day: last,
            days_late: -days_left,
        }
    }
}

/// For a placement: 2 weeks after the family asked, a decision that did not come counts as a
/// refusal (BW 1:265 lid 4 via 1:265d lid 4; 1:265d lid 3 gives Jeugdbescherming 2 weeks).
pub fn placement_undecided_counts_as_refusal(asked_on: Date, today: Date) -> bool {
    today > asked_on.add_days(14)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_term_counts_from_the_day_after_sending_and_ends_14_days_after_it() {
        let sent = d("2026-11-02");
        assert_eq!(last_day(sent), d("2026-11-16"));
        // On the last day: 0 days left, still running.
        assert_eq!(
            term_status(CourtKind::Instruction, Some(sent), None, d("2026-11-16")),
            TermStatus::Running {
                last_day: d("2026-11-16"),
                days_left: 0
            }
        );
        // The day after: passed by one day.
        assert_eq!(
            term_status(CourtKind::Instruction, Some(sent), None, d("2026-11-17")),
            TermStatus::Passed {
                last_day: d("2026-11-16"),
                days_late: 1
            }
        );
        // The day it was sent: 14 days left.
        assert_eq!(
            term_status(CourtKind::Instruction, Some(sent), None, sent),
            TermStatus::Running {
                last_day: d("2026-11-16"),
                days_left: 14
            }
        );
    }

    #[test]
    fn the_term_crosses_month_ends_and_leap_days() {
        assert_eq!(last_day(d("2028-02-20")), d("2028-03-05"));
        assert_eq!(last_day(d("2027-02-20")), d("2027-03-06"));
        assert_eq!(last_day(d("2026-12-25")), d("2027-01-08"));
        assert_eq!(last_day(d("2028-02-29")), d("2028-03-14"));
    }

    #[test]
    fn kinds_without_a_term_say_so_and_a_missing_date_is_not_a_deadline() {
        for k in [CourtKind::OtherInstitution, CourtKind::EndSupervision] {
            assert_eq!(
                term_status(k, Some(d("2026-01-01")), None, d("2026-11-29")),
                TermStatus::NoTerm
            );
        }
        assert_eq!(
            term_status(CourtKind::Instruction, None, None, d("2026-11-29")),
            TermStatus::NoDate
        );
    }

    #[test]
    fn a_placement_request_without_a_decision_waits_and_counts_as_refused_after_two_weeks() {
        assert_eq!(
            term_status(
                CourtKind::Placement,
                None,
                Some(d("2026-11-01")),
                d("2026-11-29")
            ),
            TermStatus::WaitingForDecision
        );
        assert!(!placement_undecided_counts_as_refusal(
            d("2026-11-01"),
            d("2026-11-15")
        ));
        assert!(placement_undecided_counts_as_refusal(
            d("2026-11-01"),
            d("2026-11-16")
        ));
    }
}
