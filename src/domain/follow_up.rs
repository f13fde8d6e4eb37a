//! Follow-up: one clock for every request that waits for an answer from a person.
//!
//! - An emergency request asks for a conversation *today*. Once it is sent (or has arrived),
//!   the family waits [`EMERGENCY_HOURS`] working hours for a call back, never past the end
//!   of the working day ([`CLOSES_AT`]); after that Helder says so and offers the next step:
//!   call the family manager, the back-up, the team manager, then the confidential adviser.
//!   Sent outside working hours (Monday to Friday 9 to 17; public holidays are not known),
//!   the clock starts when the next working day opens.
//! - A complaint or a mediator request: after [`COMPLAINT_DAYS`] days, time to ask how it
//!   stands (practical, not a legal term).
//!
//! Either is closed when the family records the answer (`Request::answer`). Times are
//! milliseconds since 1970 (UTC); `offset_ms` is the device's local time minus UTC.

use super::date::Date;
use super::household::{Answer, Delivery, Request, RequestKind};

/// Working hours the family waits for a call back on an emergency request.
pub const EMERGENCY_HOURS: i64 = 3;
/// When the working day opens (hour, local time).
pub const OPENS_AT: i64 = 9;
/// When the working day ends (hour, local time); the clock never runs past it.
pub const CLOSES_AT: i64 = 17;
/// Days after which to ask how a complaint or mediator request stands.
pub const COMPLAINT_DAYS: i64 = 42;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Monday to Friday (day 0 was Thursday 1 January 1970).
fn is_working_day(day: i64) -> bool {
    (day + 3).rem_euclid(7) < 5
}

/// When the follow-up of an emergency request sent at `sent` is due.
pub fn emergency_due(sent: i64, offset_ms: i64) -> i64 {
    let local = sent + offset_ms;
    let mut day = local.div_euclid(DAY);
    let into = local.rem_euclid(DAY);
    let start = if is_working_day(day) && (OPENS_AT * HOUR..CLOSES_AT * HOUR).contains(&into) {
        local
    } else {
        if !is_working_day(day) || into >= CLOSES_AT * HOUR {
            day += 1;
            while !is_working_day(day) {
                day += 1;
            }
        }
        day * DAY + OPENS_AT * HOUR
    };
    let close = start.div_euclid(DAY) * DAY + CLOSES_AT * HOUR;
    (start + EMERGENCY_HOURS * HOUR).min(close) - offset_ms
}

/// The day to ask how a complaint or mediator request stands, once it was sent: counted from
/// the day it was sent in Amsterdam (the day the family saw), not the UTC day.
pub fn complaint_due_date(request: &Request) -> Option<Date> {
    match (&request.kind, &request.delivery) {
        (RequestKind::Complaint | RequestKind::Mediator, Delivery::Sent { at }) => {
            Date::in_amsterdam(*at).map(|d| d.add_days(COMPLAINT_DAYS))
        }
        _ => None,
    }
}

/// Where a request's follow-up stands.
#[derive(Clone, Debug, PartialEq)]
pub enum FollowUp {
    /// This kind of request has no follow-up.
    None,
    /// Not sent yet: the clock has not started.
    NotSent,
    /// Sent; an answer can come until `due` (milliseconds, UTC).
    Waiting {
        /// When the wait ends.
        due: i64,
    },
    /// No answer recorded by `due`: time for the next step.
    Overdue {
        /// When the wait ended.
        due: i64,
    },
    /// The family recorded the answer.
    Closed(Answer),
}

/// The follow-up of a request at `now`.
pub fn follow_up(request: &Request, now: i64, offset_ms: i64) -> FollowUp {
    if let Some(answer) = &request.answer {
        return FollowUp::Closed(answer.clone());
    }
    let sent_at = match request.delivery {
        Delivery::Sent { at } | Delivery::Confirmed { at, .. } => Some(at),
        _ => None,
    };
    let due = match request.kind {
        RequestKind::EmergencyStop => sent_at.map(|at| emergency_due(at, offset_ms)),
        RequestKind::Complaint | RequestKind::Mediator => {
            complaint_due_date(request).map(|d| d.to_days() * DAY - offset_ms)
        }
        // The court answers with an invitation to a hearing; the family records that in the plan.
        RequestKind::Correction | RequestKind::CourtRequest => return FollowUp::None,
    };
    match due {
        None => FollowUp::NotSent,
        Some(due) if now >= due => FollowUp::Overdue { due },
        Some(due) => FollowUp::Waiting { due },
    }
}

/// Whether the request still waits for an answer (sent, not closed).
pub fn is_open(request: &Request, now: i64, offset_ms: i64) -> bool {
    matches!(
        follow_up(request, now, offset_ms),
        FollowUp::Waiting { .. } | FollowUp::Overdue { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::household::{AnswerKind, Channel};

    /// Milliseconds for a local day and time in a zone `offset_h` hours ahead of UTC.
    fn at(date: &str, hour: i64, minute: i64, offset_h: i64) -> i64 {
        Date::parse(date).unwrap().to_days() * DAY + hour * HOUR + minute * 60_000 - offset_h * HOUR
    }

    fn request(kind: RequestKind, delivery: Delivery) -> Request {
        Request {
            id: "q1".into(),
            kind,
            key: "k".into(),
            created_at: 0,
            subject: "s".into(),
            body: "b".into(),
            emergency: None,
            channel: Channel::Network,
            delivery,
            attempts: 0,
            next_attempt_at: None,
            last_error: String::new(),
            payload: String::new(),
            recipients: vec![],
            sent_via: None,
            send_approved_at: None,
            answer: None,
            court: None,
        }
    }

    #[test]
    fn three_working_hours_never_past_the_end_of_the_day() {
        let cet = 3_600_000;
        // Monday 30 November 2026, 10:00 Amsterdam (UTC+1) → 13:00.
        assert_eq!(
            emergency_due(at("2026-11-30", 10, 0, 1), cet),
            at("2026-11-30", 13, 0, 1)
        );
        // 15:30 → 17:00, not 18:30.
        assert_eq!(
            emergency_due(at("2026-11-30", 15, 30, 1), cet),
            at("2026-11-30", 17, 0, 1)
        );
        // 7:00 → the day opens at 9:00 → 12:00.
        assert_eq!(
            emergency_due(at("2026-11-30", 7, 0, 1), cet),
            at("2026-11-30", 12, 0, 1)
        );
        // 20:00 Monday → Tuesday 12:00.
        assert_eq!(
            emergency_due(at("2026-11-30", 20, 0, 1), cet),
            at("2026-12-01", 12, 0, 1)
        );
        // Friday 4 December 18:00 and Saturday 5 December → Monday 7 December 12:00.
        assert_eq!(
            emergency_due(at("2026-12-04", 18, 0, 1), cet),
            at("2026-12-07", 12, 0, 1)
        );
        assert_eq!(
            emergency_due(at("2026-12-05", 11, 0, 1), cet),
            at("2026-12-07", 12, 0, 1)
        );
        // In UTC the same rules hold in UTC.
        assert_eq!(
            emergency_due(at("2026-11-30", 14, 5, 0), 0),
            at("2026-11-30", 17, 0, 0)
        );
    }

    #[test]
    fn an_emergency_request_waits_then_is_overdue_then_closed() {
        let sent = at("2026-11-30", 11, 0, 0);
        let mut r = request(RequestKind::EmergencyStop, Delivery::Draft);
        assert_eq!(follow_up(&r, sent, 0), FollowUp::NotSent);
        r.delivery = Delivery::HandedOver { at: sent };
        assert_eq!(follow_up(&r, sent, 0), FollowUp::NotSent, "not yet sent");
        r.delivery = Delivery::Sent { at: sent };
        let due = at("2026-11-30", 14, 0, 0);
        assert_eq!(follow_up(&r, due - 1, 0), FollowUp::Waiting { due });
        assert!(is_open(&r, due - 1, 0));
        assert_eq!(follow_up(&r, due, 0), FollowUp::Overdue { due });
        let answer = Answer {
            at: due + 5,
            kind: AnswerKind::Appointment,
            appointment: Some(Date::parse("2026-12-01").unwrap()),
        };
        r.answer = Some(answer.clone());
        assert_eq!(follow_up(&r, due + 10, 0), FollowUp::Closed(answer));
        assert!(!is_open(&r, due + 10, 0));
        // An endpoint's confirmation starts the same clock.
        let mut c = request(RequestKind::EmergencyStop, Delivery::Pending);
        c.delivery = Delivery::Confirmed {
            at: sent,
            reference: "NS-1".into(),
        };
        assert_eq!(follow_up(&c, due, 0), FollowUp::Overdue { due });
    }

    #[test]
    fn a_complaint_uses_the_same_mechanism_with_six_weeks() {
        let sent = at("2026-10-01", 10, 0, 0);
        let mut r = request(RequestKind::Complaint, Delivery::Draft);
        assert_eq!(follow_up(&r, sent, 0), FollowUp::NotSent);
        assert_eq!(complaint_due_date(&r), None);
        r.delivery = Delivery::Sent { at: sent };
        let day = Date::parse("2026-11-12").unwrap();
        assert_eq!(complaint_due_date(&r), Some(day));
        let due = day.to_days() * DAY;
        assert_eq!(follow_up(&r, due - 1, 0), FollowUp::Waiting { due });
        assert_eq!(follow_up(&r, due, 0), FollowUp::Overdue { due });
        r.answer = Some(Answer {
            at: due,
            kind: AnswerKind::Answered,
            appointment: None,
        });
        assert!(!is_open(&r, due, 0));
        let c = request(RequestKind::Correction, Delivery::Sent { at: sent });
        assert_eq!(follow_up(&c, due, 0), FollowUp::None);
    }
}
