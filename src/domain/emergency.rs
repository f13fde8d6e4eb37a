//! The emergency stop: a short form turned into a request and the message the organisation
//! receives (JSON for an endpoint; plain text for e-mail, SMS or reading out).

use super::date::Date;
use super::household::{
    Channel, Delivery, EmergencyStop, Household, Request, RequestKind, Trouble,
};
use super::outbox::{add, NewRequest};
use super::profile::{looks_like_phone, EmergencyChannels};
use serde_json::{json, Value};

/// The longest free text the form takes (about a page).
pub const MAX_DETAILS: usize = 2_000;

/// What is missing or wrong in the form, per field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    /// Nothing chosen or written about what went wrong.
    NothingWrong,
    /// The free text is too long.
    TooLong,
    /// No phone number, or not a phone number.
    Phone,
    /// The conversation date lies in the future.
    DateInFuture,
    /// No consent to share the message with the organisation.
    Consent,
}

/// The channel a new request takes: the endpoint when there is one, else e-mail, SMS, phone.
pub fn choose_channel(channels: &EmergencyChannels) -> Option<Channel> {
    if !channels.endpoint.is_empty() {
        Some(Channel::Endpoint {
            url: channels.endpoint.clone(),
        })
    } else if !channels.email.is_empty() {
        Some(Channel::Email {
            address: channels.email.clone(),
        })
    } else if !channels.sms.is_empty() {
        Some(Channel::Sms {
            number: channels.sms.clone(),
        })
    } else if !channels.phone.is_empty() {
        Some(Channel::Phone {
            number: channels.phone.clone(),
        })
    } else {
        None
    }
}

/// Checks the form; every problem, in the order of the form.
pub fn check(form: &EmergencyStop, consent: bool, today: Date) -> Vec<FormError> {
    let mut errors = Vec::new();
    if form.conversation_date > today {
        errors.push(FormError::DateInFuture);
    }
    if form.troubles.is_empty() && form.details.trim().is_empty() {
        errors.push(FormError::NothingWrong);
    }
    if form.details.chars().count() > MAX_DETAILS || form.need_today.chars().count() > MAX_DETAILS {
        errors.push(FormError::TooLong);
    }
    if !looks_like_phone(&form.phone) {
        errors.push(FormError::Phone);
    }
    if !consent {
        errors.push(FormError::Consent);
    }
    errors
}

/// The words for what went wrong, given by the view in the current language.
pub type TroubleWords<'a> = &'a dyn Fn(Trouble) -> &'a str;

/// The plain-text message (for e-mail, SMS or reading out), built from labelled lines the
/// view supplies in the family's language.
pub fn message_text(form: &EmergencyStop, labels: &MessageLabels, trouble: TroubleWords) -> String {
    let mut lines = vec![labels.intro.to_string(), String::new()];
    lines.push(format!(
        "{}: {}",
        labels.conversation, form.conversation_date
    ));
    let troubles: Vec<&str> = form.troubles.iter().map(|t| trouble(*t)).collect();
    if !troubles.is_empty() {
        lines.push(format!(
            "{}: {}",
            labels.what_went_wrong,
            troubles.join("; ")
        ));
    }
    if !form.details.trim().is_empty() {
        lines.push(format!("{}: {}", labels.details, form.details.trim()));
    }
    if !form.need_today.trim().is_empty() {
        lines.push(format!("{}: {}", labels.need_today, form.need_today.trim()));
    }
    lines.push(format!(
        "{}: {} ({})",
        labels.call_back,
        form.name.trim(),
        form.phone.trim()
    ));
    if !form.reachable.trim().is_empty() {
        lines.push(format!("{}: {}", labels.reachable, form.reachable.trim()));
    }
    lines.join("\n")
}

/// The labels of the plain-text message, in the family's language.
pub struct MessageLabels<'a> {
    /// The opening sentence.
    pub intro: &'a str,
    /// "Conversation on".
    pub conversation: &'a str,
    /// "What went wrong".
    pub what_went_wrong: &'a str,
    /// "In my words".
    pub details: &'a str,
    /// "What I need today".
    pub need_today: &'a str,
    /// "Call back".
    pub call_back: &'a str,
    /// "Reachable".
    pub reachable: &'a str,
}

/// Adds a new emergency-stop request to the household's outbox and returns its id.
pub fn add_request(
    h: &mut Household,
    form: EmergencyStop,
    channel: Channel,
    subject: String,
    body: String,
    key: String,
    now: i64,
) -> String {
    let new = NewRequest {
        kind: RequestKind::EmergencyStop,
        key,
        created_at: now,
        subject,
        body,
        emergency: Some(form),
        channel,
        delivery: Delivery::Pending,
    };
    add(h, new)
}

/// The JSON an endpoint receives (documented in the README, "Emergency-stop payload").
pub fn payload(request: &Request, h: &Household, organisation: &str) -> Value {
    let e = request.emergency.as_ref();
    let meeting = e
        .and_then(|e| e.meeting.as_deref())
        .and_then(|id| h.plan.meetings.iter().find(|m| m.id == id));
    json!({
        "type": "helder.emergency-stop",
        "version": 1,
        "key": request.key,
        "created_at_ms": request.created_at,
        "organisation": organisation,
        "from": if e.is_some_and(|e| e.from_youth) { "young-person" } else { "parent" },
        "family": h.label,
        "conversation": {
            "date": e.map(|e| e.conversation_date.to_string()),
            "kind": meeting.map(|m| m.kind),
            "attendees": meeting.map(|m| m.attendees.clone()).unwrap_or_default(),
        },
        "what_went_wrong": e.map(|e| e.troubles.clone()).unwrap_or_default(),
        "details": e.map(|e| e.details.clone()).unwrap_or_default(),
        "need_today": e.map(|e| e.need_today.clone()).unwrap_or_default(),
        "call_back": {
            "name": e.map(|e| e.name.clone()).unwrap_or_default(),
            "phone": e.map(|e| e.phone.clone()).unwrap_or_default(),
            "reachable": e.map(|e| e.reachable.clone()).unwrap_or_default(),
        },
        "message": request.body,
        "consent_to_share": true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::validation::validate;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    fn form() -> EmergencyStop {
        EmergencyStop {
            meeting: Some("m1".into()),
            conversation_date: today(),
            troubles: vec![Trouble::NotHeard, Trouble::Pressured],
            details: "Er werd gezegd dat de kinderen uit huis gaan als ik niet teken.".into(),
            need_today: "Een gesprek met iemand anders dan de gezinsmanager.".into(),
            from_youth: false,
            name: "Sanne".into(),
            phone: "06 1234 5678".into(),
            reachable: "vandaag na 15 uur".into(),
        }
    }

    fn labels() -> MessageLabels<'static> {
        MessageLabels {
            intro: "Ik vraag vandaag een dringend gesprek aan.",
            conversation: "Gesprek op",
            what_went_wrong: "Wat ging er mis",
            details: "In mijn woorden",
            need_today: "Wat ik vandaag nodig heb",
            call_back: "Terugbellen",
            reachable: "Bereikbaar",
        }
    }

    #[test]
    fn a_complete_form_passes_and_a_bad_one_names_each_field() {
        assert_eq!(check(&form(), true, today()), vec![]);
        let mut bad = form();
        bad.troubles.clear();
        bad.details = String::new();
        bad.phone = "bel me".into();
        bad.conversation_date = today().add_days(1);
        assert_eq!(
            check(&bad, false, today()),
            vec![
                FormError::DateInFuture,
                FormError::NothingWrong,
                FormError::Phone,
                FormError::Consent
            ]
        );
        let mut long = form();
        long.details = "x".repeat(MAX_DETAILS + 1);
        assert_eq!(check(&long, true, today()), vec![FormError::TooLong]);
    }

    #[test]
    fn the_channel_prefers_the_endpoint() {
        let mut c = EmergencyChannels::default();
        assert_eq!(choose_channel(&c), None);
        c.phone = "020 123 4567".into();
        assert_eq!(
            choose_channel(&c),
            Some(Channel::Phone {
                number: "020 123 4567".into()
            })
        );
        c.email = "noodstop@voorbeeld.nl".into();
        assert_eq!(
            choose_channel(&c),
            Some(Channel::Email {
                address: "noodstop@voorbeeld.nl".into()
            })
        );
        c.endpoint = "https://voorbeeld.nl/noodstop".into();
        assert!(matches!(choose_channel(&c), Some(Channel::Endpoint { .. })));
    }

    #[test]
    fn the_request_and_its_message_hold_what_the_family_wrote() {
        let mut h = example_household(today());
        let words = |t: Trouble| match t {
            Trouble::NotHeard => "ik voelde me niet gehoord",
            Trouble::Pressured => "ik voelde me onder druk gezet",
            _ => "anders",
        };
        let body = message_text(&form(), &labels(), &words);
        assert!(body.starts_with("Ik vraag vandaag een dringend gesprek aan."));
        assert!(body
            .contains("Wat ging er mis: ik voelde me niet gehoord; ik voelde me onder druk gezet"));
        assert!(body.contains("Terugbellen: Sanne (06 1234 5678)"));
        let channel = Channel::Endpoint {
            url: "https://voorbeeld.nl/noodstop".into(),
        };
        let id = add_request(
            &mut h,
            form(),
            channel,
            "Noodstop".into(),
            body,
            "key-1".into(),
            1_700_000_000_000,
        );
        assert_eq!(validate(&h), vec![]);
        let request = h.requests.iter().find(|r| r.id == id).unwrap();
        let json = payload(request, &h, "Jeugdbescherming Regio Amsterdam");
        assert_eq!(json["key"], "key-1");
        assert_eq!(json["type"], "helder.emergency-stop");
        assert_eq!(json["conversation"]["kind"], "plan");
        assert_eq!(json["what_went_wrong"][1], "pressured");
        assert_eq!(json["call_back"]["phone"], "06 1234 5678");
        assert_eq!(json["from"], "parent");
    }
}
