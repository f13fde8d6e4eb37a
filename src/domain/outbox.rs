//! The outbox: requests wait on the device until they are delivered, and are never
//! delivered twice.
//!
//! Pure state changes; `store/outbox.rs` does the sending. A request carries a random key
//! that the organisation's endpoint uses to recognise a repeat, so trying again after a lost
//! answer is safe.

use super::household::{Channel, Delivery, EmergencyStop, Household, Request, RequestKind};

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
    });
    id
}

/// What came back from one attempt to send to an endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx with a JSON answer; the reference if the organisation gave one.
    Accepted {
        /// The organisation's reference.
        reference: Option<String>,
    },
    /// 2xx, but not a JSON answer (for example an HTML page from a network in between).
    NotConfirmed(String),
    /// 5xx: the organisation's side failed; try again later.
    ServerError(u16),
    /// 4xx: the organisation refused this request; trying again will not help.
    Refused(u16, String),
    /// No answer: offline, unreachable, or timed out.
    NoConnection(String),
}

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

/// Whether the app should try to send this request now.
pub fn is_due(request: &Request, now: i64) -> bool {
    is_automatic(request)
        && match request.delivery {
            Delivery::Pending => request.next_attempt_at.is_none_or(|at| at <= now),
            // A send that was cut off (the app closed mid-way) is tried again; the key keeps it single.
            Delivery::Sending => true,
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

/// The family asks to try again now (after a refusal, or to skip the wait).
pub fn retry_now(request: &mut Request) {
    if matches!(
        request.delivery,
        Delivery::Pending | Delivery::Failed { .. }
    ) {
        request.delivery = Delivery::Pending;
        request.next_attempt_at = None;
    }
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
}
