//! The outbox: requests wait on the device until they are delivered, and are never
//! delivered twice.
//!
//! Pure state changes; `store/outbox.rs` does the sending. A request carries a random key
//! that the organisation's endpoint uses to recognise a repeat, and the exact body it was
//! made with (`Request::payload`), so trying again after a lost answer sends the same bytes
//! under the same key and is safe.
//!
//! The rules (docs/emergency.md): a send cut off by a lock or a closed app is tried again;
//! "no connection" is told apart from "cannot reach the organisation", and the latter asks
//! the family to call after [`ESCALATE_AFTER_MS`]; 408/409/425/429 and a 4xx without a JSON
//! answer are tried again later; a request not sent within a day waits for the family to say
//! it should still go as "urgent today"; a request can be removed from the device.

use super::household::{
    Answer, Channel, Delivery, EmergencyStop, Household, Recipient, Request, RequestKind, Via,
};

/// What a new request holds; the outbox fills in the rest.
pub struct NewRequest {
    /// What kind.
    pub kind: RequestKind,
    /// The random key sent along with it.
    pub key: String,
    /// When it was made (milliseconds since 1970, UTC).
    pub created_at: i64,
    /// A short subject.
    pub subject: String,
    /// The message as text.
    pub body: String,
    /// For an emergency stop: its content.
    pub emergency: Option<EmergencyStop>,
    /// How it travels.
    pub channel: Channel,
    /// Where it starts: pending (the app sends it) or a draft (the family sends it).
    pub delivery: Delivery,
    /// For an endpoint: the exact JSON to send (empty otherwise).
    pub payload: String,
    /// For `Channel::Network`: the people it goes to.
    pub recipients: Vec<Recipient>,
}

/// Puts a new request in the household's outbox and returns its id.
pub fn add(h: &mut Household, new: NewRequest) -> String {
    let id = h.new_id("q");
    h.requests.push(Request {
        id: id.clone(),
        kind: new.kind,
        key: new.key,
        created_at: new.created_at,
        subject: new.subject,
        body: new.body,
        emergency: new.emergency,
        channel: new.channel,
        delivery: new.delivery,
        attempts: 0,
        next_attempt_at: None,
        last_error: String::new(),
        payload: new.payload,
        recipients: new.recipients,
        sent_via: None,
        send_approved_at: None,
        answer: None,
        court: None,
    });
    id
}

/// What came back from one attempt to send to an endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx with a JSON answer that gives a reference or repeats the key.
    Accepted {
        /// The organisation's reference.
        reference: Option<String>,
    },
    /// 2xx, but not a confirmation (an HTML page from a network in between, or JSON without a
    /// reference or the key).
    NotConfirmed(String),
    /// 5xx: the organisation's side failed; try again later.
    ServerError(u16),
    /// 408, 409, 425, 429, or a 4xx without a JSON answer (a firewall page): busy or in
    /// progress; try again later, not before the wait the server asked for (milliseconds).
    Busy(u16, Option<i64>),
    /// A 4xx with a JSON reason: the organisation refused this request; trying again will
    /// not help.
    Refused(u16, String),
    /// No answer. The reason is [`OFFLINE`] (the phone has no connection), [`UNREACHABLE`]
    /// (online, but the organisation's address could not be reached: blocked, a certificate
    /// or name problem, a redirect, a moved address), or [`TIMEOUT`].
    NoConnection(String),
}

/// The phone has no connection.
pub const OFFLINE: &str = "offline";
/// Online, but the organisation's address could not be reached.
pub const UNREACHABLE: &str = "unreachable";
/// No answer within the time an attempt may take.
pub const TIMEOUT: &str = "timeout";
/// A 2xx answer without the organisation's reference (and without the key repeated).
pub const NO_REFERENCE: &str = "no reference";
/// A 2xx answer with nothing in it.
pub const EMPTY_ANSWER: &str = "empty";
/// A 2xx answer that says it is JSON but is not.
pub const INVALID_JSON: &str = "invalid json";
/// A 2xx answer that is not JSON (a Wi-Fi login page, for one).
pub const NOT_JSON: &str = "not json";

/// Whether a reason kept in `last_error` says the organisation answered without confirming
/// that the request arrived (so it is tried again under the same key).
pub fn unconfirmed(reason: &str) -> bool {
    matches!(
        reason,
        NO_REFERENCE | EMPTY_ANSWER | INVALID_JSON | NOT_JSON
    )
}

/// The HTTP status kept in `last_error` after an answer with an error status, if that is what
/// the reason is.
pub fn status_code(reason: &str) -> Option<u16> {
    reason
        .parse()
        .ok()
        .filter(|code| (100..=599).contains(code))
}

/// After this long without arriving (and not simply offline), the family is asked to call.
pub const ESCALATE_AFTER_MS: i64 = 5 * 60_000;

/// A request not sent within this time waits for the family to say it should still go.
pub const LATE_AFTER_MS: i64 = 24 * 3_600_000;

/// The first wait before trying again, and the longest.
pub const FIRST_RETRY_MS: i64 = 5_000;
/// The longest wait between tries.
pub const MAX_RETRY_MS: i64 = 5 * 60_000;

/// How long to wait after `attempts` failed tries: 5 s, 10 s, 20 s … at most 5 minutes.
pub fn backoff(attempts: u32) -> i64 {
    let doublings = attempts.saturating_sub(1).min(20);
    (FIRST_RETRY_MS << doublings).min(MAX_RETRY_MS)
}

/// Whether the request travels by the endpoint (the app sends it itself).
pub fn is_automatic(request: &Request) -> bool {
    matches!(request.channel, Channel::Endpoint { .. })
}

/// Whether the request is older than a day and not delivered, and the family has not said
/// since to send it anyway: it then waits, so an old request is never sent as "urgent today".
pub fn is_late(request: &Request, now: i64) -> bool {
    let since = request
        .send_approved_at
        .unwrap_or(request.created_at)
        .max(request.created_at);
    is_automatic(request)
        && matches!(request.delivery, Delivery::Pending | Delivery::Sending)
        && now - since > LATE_AFTER_MS
}

/// The family says: send this late request anyway.
pub fn approve_late(request: &mut Request, now: i64) {
    if is_automatic(request) && !is_delivered(request) {
        request.send_approved_at = Some(now);
        request.delivery = Delivery::Pending;
        request.next_attempt_at = None;
    }
}

/// Whether the app should try to send this request now.
pub fn is_due(request: &Request, now: i64) -> bool {
    is_automatic(request)
        && !is_late(request, now)
        && match request.delivery {
            // A planned wait far beyond the longest one means the clock was set back: try now.
            Delivery::Pending => request
                .next_attempt_at
                .is_none_or(|at| at <= now || at > now + MAX_RETRY_MS + FIRST_RETRY_MS),
            // A send that was cut off (the app closed mid-way) is tried again; the key keeps it single.
            Delivery::Sending => true,
            _ => false,
        }
}

/// The request the app should send first now, if any (id and key: a request is matched by
/// both, since after an import or undo another request may have the id).
pub fn next_due(requests: &[Request], now: i64) -> Option<(String, String)> {
    requests
        .iter()
        .find(|r| is_due(r, now))
        .map(|r| (r.id.clone(), r.key.clone()))
}

/// Whether a request the app sends itself waits for its next try.
pub fn any_waiting(requests: &[Request]) -> bool {
    requests
        .iter()
        .any(|r| is_automatic(r) && r.delivery == Delivery::Pending)
}

/// The connection is back: every waiting request is tried at once instead of after its
/// planned wait.
pub fn try_all_now(h: &mut Household) {
    for r in h
        .requests
        .iter_mut()
        .filter(|r| is_automatic(r) && r.delivery == Delivery::Pending)
    {
        r.next_attempt_at = None;
    }
}

/// After a start or an unlock: a send left at "sending" by a lock or a closed app waits to be
/// tried again at once (with the same key and body).
pub fn resume_interrupted(h: &mut Household) {
    for r in h.requests.iter_mut().filter(|r| is_automatic(r)) {
        if r.delivery == Delivery::Sending {
            r.delivery = Delivery::Pending;
            r.next_attempt_at = None;
        }
    }
}

/// Whether the family should call now: not arrived after [`ESCALATE_AFTER_MS`] while the
/// phone is online (or refused).
pub fn needs_call(request: &Request, now: i64) -> bool {
    if !is_automatic(request) || is_delivered(request) {
        return false;
    }
    match request.delivery {
        Delivery::Failed { .. } => true,
        Delivery::Pending | Delivery::Sending => {
            request.attempts > 0
                && request.last_error != OFFLINE
                && now - request.created_at >= ESCALATE_AFTER_MS
        }
        _ => false,
    }
}

/// Marks the start of an attempt.
pub fn begin_attempt(request: &mut Request) {
    request.delivery = Delivery::Sending;
    request.attempts += 1;
    request.next_attempt_at = None;
}

/// Records what an attempt brought.
pub fn record(request: &mut Request, outcome: Outcome, now: i64) {
    match outcome {
        Outcome::Accepted {
            reference: Some(reference),
        } if !reference.trim().is_empty() => {
            request.delivery = Delivery::Confirmed { at: now, reference };
            request.last_error.clear();
        }
        Outcome::Accepted { .. } => {
            request.delivery = Delivery::Sent { at: now };
            request.last_error.clear();
        }
        Outcome::Refused(status, reason) => {
            request.delivery = Delivery::Failed {
                reason: format!("{status} {reason}").trim().to_string(),
            };
            request.last_error = reason;
        }
        Outcome::Busy(status, wait) => {
            retry_later(request, now, format!("{status}"));
            if let (Some(wait), Some(at)) = (wait, request.next_attempt_at) {
                request.next_attempt_at = Some(at.max(now + wait.clamp(0, MAX_RETRY_MS)));
            }
        }
        Outcome::ServerError(status) => retry_later(request, now, format!("{status}")),
        Outcome::NotConfirmed(what) => retry_later(request, now, what),
        Outcome::NoConnection(what) => retry_later(request, now, what),
    }
}

fn retry_later(request: &mut Request, now: i64, error: String) {
    request.delivery = Delivery::Pending;
    request.next_attempt_at = Some(now + backoff(request.attempts));
    request.last_error = error;
}

/// The family asks to try again now (after a refusal, to skip the wait, or when a send was
/// cut off and sits at "sending").
pub fn retry_now(request: &mut Request) {
    if matches!(
        request.delivery,
        Delivery::Pending | Delivery::Failed { .. } | Delivery::Sending
    ) {
        request.delivery = Delivery::Pending;
        request.next_attempt_at = None;
    }
}

/// Removes a request from the device (what was sent stays with whoever received it).
pub fn remove(h: &mut Household, id: &str) -> bool {
    let before = h.requests.len();
    h.requests.retain(|r| r.id != id);
    h.requests.len() != before
}

/// The message was handed to the phone's mail, SMS or phone app.
pub fn handed_over(request: &mut Request, now: i64) {
    if !is_automatic(request) && !is_delivered(request) {
        request.delivery = Delivery::HandedOver { at: now };
    }
}

/// The family confirms it sent the message from its own app.
pub fn confirm_sent(request: &mut Request, now: i64) {
    let waiting = matches!(
        request.delivery,
        Delivery::HandedOver { .. } | Delivery::Pending | Delivery::Draft
    );
    if waiting && !is_automatic(request) {
        request.delivery = Delivery::Sent { at: now };
    }
}

/// The family confirms it sent the request from its own phone, how, and to whom (the people
/// chosen, as they were then).
pub fn confirm_sent_by_family(
    request: &mut Request,
    via: Via,
    recipients: Vec<Recipient>,
    now: i64,
) {
    if is_automatic(request) || is_delivered(request) {
        return;
    }
    request.delivery = Delivery::Sent { at: now };
    request.sent_via = Some(via);
    if !recipients.is_empty() {
        request.recipients = recipients;
    }
}

/// The family records the answer; the follow-up is closed.
pub fn record_answer(request: &mut Request, answer: Answer) {
    request.answer = Some(answer);
}

/// Whether it has arrived (or the family says it has been sent).
pub fn is_delivered(request: &Request) -> bool {
    matches!(
        request.delivery,
        Delivery::Sent { .. } | Delivery::Confirmed { .. }
    )
}

/// The earliest planned retry among the requests, to wake up for.
pub fn next_wake(requests: &[Request]) -> Option<i64> {
    requests
        .iter()
        .filter(|r| is_automatic(r) && r.delivery == Delivery::Pending)
        .filter(|r| !is_late(r, r.next_attempt_at.unwrap_or(r.created_at)))
        .map(|r| r.next_attempt_at.unwrap_or(0))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::household::RequestKind;

    fn request(channel: Channel) -> Request {
        Request {
            id: "q1".into(),
            kind: RequestKind::EmergencyStop,
            key: "k-123".into(),
            created_at: 1_000,
            subject: "Noodstop".into(),
            body: "Graag vandaag een gesprek.".into(),
            emergency: None,
            channel,
            delivery: Delivery::Pending,
            attempts: 0,
            next_attempt_at: None,
            last_error: String::new(),
            payload: "{\"key\":\"k-123\"}".into(),
            recipients: vec![],
            sent_via: None,
            send_approved_at: None,
            answer: None,
            court: None,
        }
    }

    fn endpoint() -> Request {
        request(Channel::Endpoint {
            url: "https://example.nl/noodstop".into(),
        })
    }

    #[test]
    fn pending_sending_sent() {
        let mut r = endpoint();
        assert!(is_due(&r, 0));
        begin_attempt(&mut r);
        assert_eq!(r.delivery, Delivery::Sending);
        record(&mut r, Outcome::Accepted { reference: None }, 2_000);
        assert_eq!(r.delivery, Delivery::Sent { at: 2_000 });
        assert!(!is_due(&r, i64::MAX), "never sent twice");
    }

    fn household(requests: Vec<Request>) -> Household {
        let mut h = Household::new(crate::domain::date::Date::parse("2026-11-30").unwrap());
        h.requests = requests;
        h
    }

    /// Two windows hold the same household with one request waiting. They take turns (the
    /// outbox lock, `store/exclusive.rs`): the first sends and records; the second reads the
    /// store again before it looks, and finds nothing left to send, with the first one's
    /// answer. Had it looked at its own copy, it would have sent again.
    #[test]
    fn the_window_that_comes_second_reads_again_and_sends_nothing() {
        let mut a = household(vec![endpoint()]);
        let stale_b = a.clone();
        let (id, key) = next_due(&a.requests, 10).expect("waiting");
        let at = a
            .requests
            .iter()
            .position(|r| r.id == id && r.key == key)
            .unwrap();
        begin_attempt(&mut a.requests[at]);
        // Meanwhile the other window sees "sending", which is due (it looks cut off): only
        // the lock tells the two apart.
        assert_eq!(next_due(&a.requests, 11), Some((id.clone(), key.clone())));
        record(
            &mut a.requests[at],
            Outcome::Accepted {
                reference: Some("NS-0001".into()),
            },
            12,
        );
        assert_eq!(
            next_due(&stale_b.requests, 13),
            Some((id, key)),
            "its own copy"
        );
        let b = a.clone();
        assert_eq!(next_due(&b.requests, 13), None, "read again");
        assert!(matches!(
            &b.requests[0].delivery,
            Delivery::Confirmed { reference, .. } if reference == "NS-0001"
        ));
    }

    #[test]
    fn when_the_connection_returns_every_waiting_request_is_tried_at_once() {
        let mut waiting = endpoint();
        waiting.attempts = 2;
        waiting.next_attempt_at = Some(60_000);
        let mut sent = endpoint();
        sent.id = "q2".into();
        sent.delivery = Delivery::Sent { at: 5 };
        sent.next_attempt_at = Some(60_000);
        let mut by_hand = request(Channel::Sms {
            number: "0612345678".into(),
        });
        by_hand.id = "q3".into();
        by_hand.next_attempt_at = Some(60_000);
        let mut h = household(vec![waiting, sent, by_hand]);
        assert!(any_waiting(&h.requests));
        assert_eq!(next_due(&h.requests, 10), None, "its wait is not over");
        try_all_now(&mut h);
        assert_eq!(h.requests[0].next_attempt_at, None);
        assert_eq!(
            h.requests[1].next_attempt_at,
            Some(60_000),
            "sent: untouched"
        );
        assert_eq!(
            h.requests[2].next_attempt_at,
            Some(60_000),
            "the family sends it"
        );
        assert_eq!(
            next_due(&h.requests, 10),
            Some(("q1".into(), "k-123".into()))
        );
        h.requests.remove(0);
        assert!(!any_waiting(&h.requests));
    }

    #[test]
    fn reasons_are_told_apart() {
        for reason in [NO_REFERENCE, EMPTY_ANSWER, INVALID_JSON, NOT_JSON] {
            assert!(unconfirmed(reason), "{reason}");
            assert_eq!(status_code(reason), None);
        }
        assert!(!unconfirmed(OFFLINE) && !unconfirmed("500"));
        assert_eq!(status_code("500"), Some(500));
        assert_eq!(status_code("429"), Some(429));
        assert_eq!(status_code("42"), None);
        assert_eq!(status_code(TIMEOUT), None);
    }

    #[test]
    fn a_reference_confirms() {
        let mut r = endpoint();
        begin_attempt(&mut r);
        record(
            &mut r,
            Outcome::Accepted {
                reference: Some("NS-42".into()),
            },
            5,
        );
        assert_eq!(
            r.delivery,
            Delivery::Confirmed {
                at: 5,
                reference: "NS-42".into()
            }
        );
        assert!(is_delivered(&r));
    }

    #[test]
    fn server_errors_and_no_connection_retry_with_growing_waits() {
        let mut r = endpoint();
        let mut now = 0;
        let mut waits = vec![];
        for _ in 0..10 {
            assert!(is_due(&r, now));
            begin_attempt(&mut r);
            record(&mut r, Outcome::ServerError(500), now);
            assert_eq!(r.delivery, Delivery::Pending);
            let at = r.next_attempt_at.unwrap();
            assert!(!is_due(&r, at - 1));
            waits.push(at - now);
            now = at;
        }
        assert_eq!(&waits[..4], &[5_000, 10_000, 20_000, 40_000]);
        assert_eq!(*waits.last().unwrap(), MAX_RETRY_MS);
        assert_eq!(r.attempts, 10);
        assert_eq!(r.last_error, "500");
        begin_attempt(&mut r);
        record(&mut r, Outcome::NoConnection("offline".into()), now);
        assert_eq!(r.last_error, "offline");
        begin_attempt(&mut r);
        record(&mut r, Outcome::NotConfirmed("html".into()), now);
        assert_eq!(
            r.delivery,
            Delivery::Pending,
            "an HTML answer is not a confirmation"
        );
    }

    #[test]
    fn a_refusal_stops_until_the_family_retries() {
        let mut r = endpoint();
        begin_attempt(&mut r);
        record(&mut r, Outcome::Refused(422, "phone missing".into()), 1);
        assert_eq!(
            r.delivery,
            Delivery::Failed {
                reason: "422 phone missing".into()
            }
        );
        assert!(!is_due(&r, i64::MAX));
        retry_now(&mut r);
        assert!(is_due(&r, 0));
    }

    #[test]
    fn a_send_cut_off_is_tried_again_with_the_same_key() {
        let mut r = endpoint();
        begin_attempt(&mut r);
        let key = r.key.clone();
        assert!(is_due(&r, 0), "after a restart, Sending is due again");
        begin_attempt(&mut r);
        assert_eq!(r.key, key);
        assert_eq!(r.attempts, 2);
    }

    #[test]
    fn manual_channels_wait_for_the_family() {
        let mut r = request(Channel::Email {
            address: "a@b.nl".into(),
        });
        assert!(!is_due(&r, 0), "the app does not send e-mail itself");
        handed_over(&mut r, 10);
        assert_eq!(r.delivery, Delivery::HandedOver { at: 10 });
        confirm_sent(&mut r, 20);
        assert_eq!(r.delivery, Delivery::Sent { at: 20 });
        handed_over(&mut r, 30);
        assert_eq!(
            r.delivery,
            Delivery::Sent { at: 20 },
            "a sent request stays sent"
        );
    }

    #[test]
    fn wakes_for_the_earliest_retry() {
        let mut a = endpoint();
        a.next_attempt_at = Some(50);
        let mut b = endpoint();
        b.next_attempt_at = Some(20);
        let mut c = endpoint();
        c.delivery = Delivery::Sent { at: 1 };
        assert_eq!(next_wake(&[a, b, c]), Some(20));
        assert_eq!(next_wake(&[]), None);
    }

    #[test]
    fn busy_answers_wait_at_least_as_long_as_asked_and_keep_the_body() {
        let mut r = endpoint();
        let body = r.payload.clone();
        begin_attempt(&mut r);
        record(&mut r, Outcome::Busy(429, Some(60_000)), 1_000);
        assert_eq!(r.delivery, Delivery::Pending);
        assert_eq!(r.next_attempt_at, Some(61_000));
        begin_attempt(&mut r);
        record(&mut r, Outcome::Busy(409, None), 70_000);
        assert_eq!(r.next_attempt_at, Some(70_000 + backoff(2)));
        assert_eq!(r.payload, body, "every try sends the same body");
        assert_eq!(r.key, "k-123");
    }

    #[test]
    fn a_lock_or_restart_mid_send_resumes_at_once() {
        let mut h = crate::domain::household::Household::new(
            crate::domain::date::Date::parse("2026-11-28").unwrap(),
        );
        let mut r = endpoint();
        begin_attempt(&mut r);
        h.requests.push(r);
        resume_interrupted(&mut h);
        assert_eq!(h.requests[0].delivery, Delivery::Pending);
        assert!(is_due(&h.requests[0], 2_000));
        // "Sending" can always be retried by hand: nothing sticks there.
        begin_attempt(&mut h.requests[0]);
        retry_now(&mut h.requests[0]);
        assert_eq!(h.requests[0].delivery, Delivery::Pending);
        assert!(remove(&mut h, "q1"));
        assert!(h.requests.is_empty());
        assert!(!remove(&mut h, "q1"));
    }

    #[test]
    fn unreachable_escalates_to_calling_after_a_few_minutes_offline_does_not() {
        let mut r = endpoint();
        let start = r.created_at;
        begin_attempt(&mut r);
        record(&mut r, Outcome::NoConnection(UNREACHABLE.into()), start + 1);
        assert!(!needs_call(&r, start + ESCALATE_AFTER_MS - 1));
        assert!(needs_call(&r, start + ESCALATE_AFTER_MS));
        let mut offline = endpoint();
        begin_attempt(&mut offline);
        record(
            &mut offline,
            Outcome::NoConnection(OFFLINE.into()),
            start + 1,
        );
        assert!(!needs_call(&offline, start + ESCALATE_AFTER_MS * 10));
        let mut refused = endpoint();
        begin_attempt(&mut refused);
        record(&mut refused, Outcome::Refused(422, "x".into()), start + 1);
        assert!(needs_call(&refused, start + 2));
        record(&mut r, Outcome::Accepted { reference: None }, start + 5);
        assert!(!needs_call(&r, i64::MAX));
    }

    #[test]
    fn a_request_older_than_a_day_waits_for_the_family() {
        let mut r = endpoint();
        let day_later = r.created_at + LATE_AFTER_MS + 1;
        assert!(is_due(&r, r.created_at + LATE_AFTER_MS));
        assert!(is_late(&r, day_later));
        assert!(
            !is_due(&r, day_later),
            "never sent as 'urgent today' days later"
        );
        approve_late(&mut r, day_later);
        assert!(is_due(&r, day_later));
        assert!(!is_late(&r, day_later + LATE_AFTER_MS - 1));
        assert!(is_late(&r, day_later + LATE_AFTER_MS + 1));
    }

    #[test]
    fn a_clock_set_back_does_not_leave_a_request_waiting_for_hours() {
        let mut r = endpoint();
        r.next_attempt_at = Some(10 * 3_600_000);
        assert!(is_due(&r, 2_000));
        r.next_attempt_at = Some(2_000 + MAX_RETRY_MS);
        assert!(!is_due(&r, 2_000));
    }

    #[test]
    fn the_family_says_how_and_to_whom_it_went() {
        use crate::domain::household::RecipientRole;
        let mut r = request(Channel::Network);
        r.payload.clear();
        assert!(!is_due(&r, 0));
        let joost = Recipient {
            name: "Joost de Wit".into(),
            role: RecipientRole::FamilyManager,
            email: "j.dewit@voorbeeld.nl".into(),
            phone: String::new(),
        };
        confirm_sent_by_family(&mut r, Via::Email, vec![joost.clone()], 50);
        assert_eq!(r.delivery, Delivery::Sent { at: 50 });
        assert_eq!(r.sent_via, Some(Via::Email));
        assert_eq!(r.recipients, vec![joost]);
        confirm_sent_by_family(&mut r, Via::Sms, vec![], 60);
        assert_eq!(r.delivery, Delivery::Sent { at: 50 }, "recorded once");
        let mut e = endpoint();
        confirm_sent_by_family(&mut e, Via::Email, vec![], 1);
        assert_eq!(
            e.delivery,
            Delivery::Pending,
            "the app sends an endpoint's request"
        );
    }
}
