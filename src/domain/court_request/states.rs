//! The kept request's way, stored on the request (`Request::court`): drafted → sent on a day →
//! a hearing on a day (optional; the family enters it when the court invites them, and may
//! change it) → the judge's decision (granted, partly, refused or other; its day; a short note
//! in the family's words). Sending ends the overview's reminder of the term; a hearing still
//! to come shows on the overview as an upcoming date (`due::upcoming`).
//!
//! Rules about "today" (no sending or decision in the future) are checked here, for the
//! forms; the order of the stored dates is also checked when a document is read
//! (`validation`).

use super::CourtKind;
use crate::domain::complaint::add_letter;
use crate::domain::date::Date;
use crate::domain::due::Term;
pub use crate::domain::household::{
    court_state, upcoming_hearing, CourtState, CourtTrack, JudgeDecision, JudgeOutcome,
};
use crate::domain::household::{Channel, Delivery, Household, Request, RequestKind};

/// The longest note about the judge's decision (a few sentences).
pub const NOTE_MAX: usize = 500;

impl CourtTrack {
    /// The kind, when this version knows it.
    pub fn kind(&self) -> Option<CourtKind> {
        CourtKind::from_id(&self.kind)
    }

    /// The last day to appeal against the judge's decision (3 months after the day of the
    /// decision, Rv 806 lid 1 sub a), when there is one and the kind can be appealed
    /// (Rv 807). `None` also when the kind is not known.
    pub fn appeal_until(&self) -> Option<Date> {
        let ruling = self.ruling.as_ref()?;
        self.kind()
            .filter(|k| k.appeal_possible())
            .map(|_| Term::Appeal.last_day(ruling.date))
    }
}

/// What is wrong with a state the family enters; each names the field it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateProblem {
    /// There is no kept request to the kinderrechter with this id.
    NoRequest,
    /// The request is not marked sent yet (a hearing or decision comes after sending).
    NotSent,
    /// No date, or not a date.
    NoDate,
    /// The day it was sent lies in the future.
    SentInFuture,
    /// The day it was sent lies after the hearing or the decision already recorded.
    SentAfterLater,
    /// The hearing lies before the day the request was sent.
    HearingBeforeSent,
    /// No outcome chosen.
    NoOutcome,
    /// The decision lies before the day the request was sent.
    DecisionBeforeSent,
    /// The decision's day lies in the future.
    DecisionInFuture,
    /// The note is longer than `NOTE_MAX` characters.
    NoteTooLong,
}

/// Checks a sending day: there, not in the future, not after a hearing or decision already
/// recorded.
pub fn check_sent(track: &CourtTrack, on: Option<Date>, today: Date) -> Vec<StateProblem> {
    let Some(on) = on else {
        return vec![StateProblem::NoDate];
    };
    let later = [track.hearing, track.ruling.as_ref().map(|r| r.date)];
    if on > today {
        vec![StateProblem::SentInFuture]
    } else if later.into_iter().flatten().any(|d| d < on) {
        vec![StateProblem::SentAfterLater]
    } else {
        Vec::new()
    }
}

/// Checks a hearing day: the request was sent, and the hearing is not before that day (it may
/// be today, in the future, or past when entered afterwards).
pub fn check_hearing(track: &CourtTrack, on: Option<Date>) -> Vec<StateProblem> {
    let Some(sent) = track.sent else {
        return vec![StateProblem::NotSent];
    };
    match on {
        None => vec![StateProblem::NoDate],
        Some(on) if on < sent => vec![StateProblem::HearingBeforeSent],
        Some(_) => Vec::new(),
    }
}

/// Checks the judge's decision: sent first, an outcome, a day not before sending and not in
/// the future, a short note. Every problem, in form order.
pub fn check_decision(
    track: &CourtTrack,
    outcome: Option<JudgeOutcome>,
    on: Option<Date>,
    note: &str,
    today: Date,
) -> Vec<StateProblem> {
    let Some(sent) = track.sent else {
        return vec![StateProblem::NotSent];
    };
    let mut out = Vec::new();
    if outcome.is_none() {
        out.push(StateProblem::NoOutcome);
    }
    match on {
        None => out.push(StateProblem::NoDate),
        Some(on) if on < sent => out.push(StateProblem::DecisionBeforeSent),
        Some(on) if on > today => out.push(StateProblem::DecisionInFuture),
        Some(_) => {}
    }
    if note.trim().chars().count() > NOTE_MAX {
        out.push(StateProblem::NoteTooLong);
    }
    out
}

/// Keeps a drafted letter with the family's requests (a draft they send themselves), with its
/// kind and the decision it is about; returns the request's id.
#[allow(clippy::too_many_arguments)]
pub fn keep(
    h: &mut Household,
    kind: CourtKind,
    decision: Option<String>,
    to: String,
    subject: String,
    body: String,
    key: String,
    now_ms: i64,
) -> String {
    let id = add_letter(
        h,
        RequestKind::CourtRequest,
        Channel::Letter { to },
        subject,
        body,
        key,
        now_ms,
    );
    if let Some(r) = h.requests.iter_mut().find(|r| r.id == id) {
        r.court = Some(CourtTrack {
            kind: kind.id().to_string(),
            decision: decision.filter(|d| !d.is_empty()),
            ..CourtTrack::default()
        });
    }
    id
}

/// The kept request to the kinderrechter with this id.
fn court_request<'a>(h: &'a mut Household, id: &str) -> Result<&'a mut Request, Vec<StateProblem>> {
    h.requests
        .iter_mut()
        .find(|r| r.id == id && r.kind == RequestKind::CourtRequest)
        .ok_or_else(|| vec![StateProblem::NoRequest])
}

fn result(problems: Vec<StateProblem>) -> Result<(), Vec<StateProblem>> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Records that the family sent request `request_id` to the court on `on` (or corrects that
/// day): its delivery becomes "sent", and the decision it is about, if any, is acted on that
/// day — which ends that decision's deadline warning (`due::upcoming`). Nothing changes when
/// there is a problem.
pub fn record_sent(
    h: &mut Household,
    request_id: &str,
    on: Option<Date>,
    today: Date,
    now_ms: i64,
) -> Result<(), Vec<StateProblem>> {
    let r = court_request(h, request_id)?;
    let mut track = r.court.clone().unwrap_or_default();
    result(check_sent(&track, on, today))?;
    track.sent = on;
    let decision = track.decision.clone();
    r.court = Some(track);
    if !matches!(
        r.delivery,
        Delivery::Sent { .. } | Delivery::Confirmed { .. }
    ) {
        r.delivery = Delivery::Sent { at: now_ms };
    }
    if let Some(d) = decision.and_then(|id| h.plan.decisions.iter_mut().find(|d| d.id == id)) {
        d.acted = on;
    }
    Ok(())
}

/// Records (or changes) the day of the hearing. Nothing changes when there is a problem.
pub fn record_hearing(
    h: &mut Household,
    request_id: &str,
    on: Option<Date>,
) -> Result<(), Vec<StateProblem>> {
    let r = court_request(h, request_id)?;
    let mut track = r.court.clone().unwrap_or_default();
    result(check_hearing(&track, on))?;
    track.hearing = on;
    r.court = Some(track);
    Ok(())
}

/// Records (or corrects) the judge's decision. Nothing changes when there is a problem.
pub fn record_decision(
    h: &mut Household,
    request_id: &str,
    outcome: Option<JudgeOutcome>,
    on: Option<Date>,
    note: &str,
    today: Date,
) -> Result<(), Vec<StateProblem>> {
    let r = court_request(h, request_id)?;
    let mut track = r.court.clone().unwrap_or_default();
    result(check_decision(&track, outcome, on, note, today))?;
    if let (Some(outcome), Some(date)) = (outcome, on) {
        track.ruling = Some(JudgeDecision {
            outcome,
            date,
            note: note.trim().to_string(),
        });
    }
    r.court = Some(track);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::due::{upcoming, DueKind};
    use crate::domain::example::example_household;
    use crate::domain::household::{Decision, DecisionKind};
    use StateProblem as P;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    const TODAY: &str = "2026-12-08";

    /// The example family with a kept written-instruction request about decision x9.
    fn kept() -> (Household, String) {
        let mut h = example_household(d(TODAY));
        h.plan.decisions.push(Decision {
            id: "x9".into(),
            kind: DecisionKind::WrittenInstruction,
            title: "Geen sportclub".into(),
            date: d("2026-12-01"),
            by: None,
            acted: None,
            heard: None,
            note: String::new(),
        });
        let id = keep(
            &mut h,
            CourtKind::Instruction,
            Some("x9".into()),
            "Kinderrechter".into(),
            "Verzoekschrift".into(),
            "…".into(),
            "k".into(),
            1,
        );
        (h, id)
    }

    fn request<'a>(h: &'a Household, id: &str) -> &'a Request {
        h.requests.iter().find(|r| r.id == id).unwrap()
    }

    fn state(h: &Household, id: &str) -> CourtState {
        court_state(request(h, id)).unwrap()
    }

    #[test]
    fn a_kept_letter_is_drafted_with_its_kind_and_decision() {
        let (h, id) = kept();
        assert_eq!(state(&h, &id), CourtState::Drafted);
        let track = request(&h, &id).court.clone().unwrap();
        assert_eq!(track.kind(), Some(CourtKind::Instruction));
        assert_eq!(track.decision.as_deref(), Some("x9"));
        assert_eq!(request(&h, &id).delivery, Delivery::Draft);
        // Another request has no court state.
        let mut other = request(&h, &id).clone();
        other.kind = RequestKind::Complaint;
        assert_eq!(court_state(&other), None);
    }

    #[test]
    fn recording_the_day_sent_ends_the_instructions_warning() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        let warns = |h: &Household| {
            upcoming(h, today, 30, 30)
                .iter()
                .any(|x| matches!(&x.kind, DueKind::Legal(_, id) if id == "x9"))
        };
        // Keeping the letter is not sending it: the warning stays.
        assert!(warns(&h));
        assert_eq!(record_sent(&mut h, &id, Some(today), today, 2), Ok(()));
        assert!(!warns(&h));
        assert_eq!(state(&h, &id), CourtState::Sent(today));
        assert_eq!(request(&h, &id).delivery, Delivery::Sent { at: 2 });
        assert_eq!(h.plan.decisions.last().unwrap().acted, Some(today));
        // Correcting the day keeps the first moment of sending.
        assert_eq!(
            record_sent(&mut h, &id, Some(d("2026-12-07")), today, 3),
            Ok(())
        );
        assert_eq!(request(&h, &id).delivery, Delivery::Sent { at: 2 });
        assert_eq!(state(&h, &id), CourtState::Sent(d("2026-12-07")));
        assert_eq!(
            record_sent(&mut h, "nope", Some(today), today, 3),
            Err(vec![P::NoRequest])
        );
    }

    #[test]
    fn a_sent_day_today_is_fine_tomorrow_is_refused_and_nothing_changes() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        let before = h.clone();
        assert_eq!(
            record_sent(&mut h, &id, Some(d("2026-12-09")), today, 2),
            Err(vec![P::SentInFuture])
        );
        assert_eq!(
            record_sent(&mut h, &id, None, today, 2),
            Err(vec![P::NoDate])
        );
        // A refused change leaves the household as it was.
        assert_eq!(h, before);
        assert_eq!(record_sent(&mut h, &id, Some(today), today, 2), Ok(()));
    }

    #[test]
    fn a_hearing_comes_after_sending_and_may_be_the_same_day_or_changed() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        // Not sent yet: no hearing.
        assert_eq!(
            record_hearing(&mut h, &id, Some(d("2027-01-12"))),
            Err(vec![P::NotSent])
        );
        record_sent(&mut h, &id, Some(d("2026-12-04")), today, 2).unwrap();
        // The day before sending is refused; the same day is fine.
        assert_eq!(
            record_hearing(&mut h, &id, Some(d("2026-12-03"))),
            Err(vec![P::HearingBeforeSent])
        );
        assert_eq!(state(&h, &id), CourtState::Sent(d("2026-12-04")));
        assert_eq!(record_hearing(&mut h, &id, Some(d("2026-12-04"))), Ok(()));
        assert_eq!(record_hearing(&mut h, &id, None), Err(vec![P::NoDate]));
        // The invitation came with another day: it changes.
        assert_eq!(record_hearing(&mut h, &id, Some(d("2027-01-12"))), Ok(()));
        assert_eq!(
            state(&h, &id),
            CourtState::Hearing {
                sent: d("2026-12-04"),
                on: d("2027-01-12")
            }
        );
        // Sending cannot move after the hearing.
        assert_eq!(
            record_sent(&mut h, &id, Some(d("2026-12-06")), today, 3),
            Ok(())
        );
        record_hearing(&mut h, &id, Some(d("2026-12-06"))).unwrap();
        assert_eq!(
            record_sent(&mut h, &id, Some(d("2026-12-07")), today, 3),
            Err(vec![P::SentAfterLater])
        );
    }

    #[test]
    fn a_hearing_to_come_is_an_upcoming_date_until_it_has_passed_or_the_judge_decided() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        record_sent(&mut h, &id, Some(today), today, 2).unwrap();
        let hearing = |h: &Household, today: Date| {
            upcoming(h, today, 7, 60)
                .into_iter()
                .find(|x| x.kind == DueKind::CourtHearing(id.clone()))
        };
        assert_eq!(hearing(&h, today), None);
        record_hearing(&mut h, &id, Some(d("2026-12-22"))).unwrap();
        let due = hearing(&h, today).unwrap();
        assert_eq!((due.date, due.days_left), (d("2026-12-22"), 14));
        // On the day itself it still shows; the day after, not.
        assert_eq!(hearing(&h, d("2026-12-22")).unwrap().days_left, 0);
        assert_eq!(hearing(&h, d("2026-12-23")), None);
        // A decision ends it.
        record_decision(
            &mut h,
            &id,
            Some(JudgeOutcome::Granted),
            Some(today),
            "",
            today,
        )
        .unwrap();
        assert_eq!(hearing(&h, today), None);
    }

    #[test]
    fn the_decision_comes_after_sending_and_not_in_the_future() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        let decide = |h: &mut Household, on: &str| {
            record_decision(
                h,
                &id,
                Some(JudgeOutcome::Partly),
                Some(d(on)),
                " Alleen op zaterdag. ",
                today,
            )
        };
        assert_eq!(decide(&mut h, TODAY), Err(vec![P::NotSent]));
        record_sent(&mut h, &id, Some(d("2026-12-02")), today, 2).unwrap();
        assert_eq!(
            decide(&mut h, "2026-12-01"),
            Err(vec![P::DecisionBeforeSent])
        );
        assert_eq!(decide(&mut h, "2026-12-09"), Err(vec![P::DecisionInFuture]));
        assert_eq!(state(&h, &id), CourtState::Sent(d("2026-12-02")));
        // The same day as sending, and today, are both fine.
        assert_eq!(decide(&mut h, "2026-12-02"), Ok(()));
        assert_eq!(decide(&mut h, TODAY), Ok(()));
        assert_eq!(
            state(&h, &id),
            CourtState::Decided {
                sent: d("2026-12-02"),
                hearing: None,
                decision: JudgeDecision {
                    outcome: JudgeOutcome::Partly,
                    date: today,
                    note: "Alleen op zaterdag.".into()
                }
            }
        );
        // A decision before the hearing's day that was recorded is possible (the hearing was
        // cancelled); the hearing stays recorded.
        record_hearing(&mut h, &id, Some(d("2026-12-05"))).unwrap();
        assert!(matches!(
            state(&h, &id),
            CourtState::Decided {
                hearing: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn every_problem_with_a_decision_is_named_in_form_order_and_nothing_is_saved() {
        let (mut h, id) = kept();
        let today = d(TODAY);
        record_sent(&mut h, &id, Some(d("2026-12-02")), today, 2).unwrap();
        let long = "x".repeat(NOTE_MAX + 1);
        assert_eq!(
            record_decision(&mut h, &id, None, None, &long, today),
            Err(vec![P::NoOutcome, P::NoDate, P::NoteTooLong])
        );
        assert_eq!(
            record_decision(
                &mut h,
                &id,
                Some(JudgeOutcome::Other),
                Some(today),
                &"x".repeat(NOTE_MAX),
                today
            ),
            Ok(())
        );
        assert!(matches!(state(&h, &id), CourtState::Decided { .. }));
    }

    #[test]
    fn appeal_runs_3_months_from_the_decision_only_where_rv_807_allows_it() {
        let mut track = CourtTrack {
            kind: "uithuisplaatsing".into(),
            sent: Some(d("2026-11-02")),
            ruling: Some(JudgeDecision {
                outcome: JudgeOutcome::Refused,
                date: d("2026-11-30"),
                note: String::new(),
            }),
            ..CourtTrack::default()
        };
        assert_eq!(track.appeal_until(), Some(d("2027-02-28")));
        track.kind = "aanwijzing".into();
        assert_eq!(track.appeal_until(), None);
        track.kind = String::new();
        assert_eq!(track.appeal_until(), None);
        track.kind = "ots-beeindigen".into();
        track.ruling = None;
        assert_eq!(track.appeal_until(), None);
    }

    #[test]
    fn the_track_reads_back_from_json_and_older_requests_have_none() {
        let (mut h, id) = kept();
        record_sent(&mut h, &id, Some(d(TODAY)), d(TODAY), 2).unwrap();
        record_hearing(&mut h, &id, Some(d("2027-01-12"))).unwrap();
        let text = serde_json::to_string(request(&h, &id)).unwrap();
        assert!(text.contains(r#""court":{"kind":"aanwijzing","decision":"x9","sent":"2026-12-08","hearing":"2027-01-12","ruling":null}"#), "{text}");
        let back: Request = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, request(&h, &id));
        // Another request stores no `court` at all, and reads back without one.
        let mut other = back.clone();
        other.kind = RequestKind::Complaint;
        other.court = None;
        let text = serde_json::to_string(&other).unwrap();
        assert!(!text.contains("\"court\""), "{text}");
        assert_eq!(serde_json::from_str::<Request>(&text).unwrap(), other);
    }
}
