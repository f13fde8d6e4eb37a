//! What the family asked for (emergency stop, complaint, correction, mediator), how each
//! request travels, to whom, and the answer the family recorded.

use super::tagged::{only, required};
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// What the family asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestKind {
    /// A same-day urgent conversation (emergency stop).
    EmergencyStop,
    /// A formal complaint.
    Complaint,
    /// A correction of the file.
    Correction,
    /// An independent mediator.
    Mediator,
    /// A request to the kinderrechter the family wrote itself (`domain::court_request`).
    CourtRequest,
}

/// How far a request has come on its way to the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case", try_from = "DeliveryIn")]
pub enum Delivery {
    /// Written, not sent (a letter the family is still working on).
    Draft,
    /// Waiting to be sent: no connection yet, or a retry is planned.
    Pending,
    /// On its way (if the app closed meanwhile, it is tried again with the same key).
    Sending,
    /// Handed to the phone's e-mail, SMS or phone app; waiting for the family to say it went.
    HandedOver {
        /// When (milliseconds since 1970, UTC).
        at: i64,
    },
    /// Delivered: the organisation's endpoint accepted it, or the family confirmed sending it.
    Sent {
        /// When (milliseconds since 1970, UTC).
        at: i64,
    },
    /// The organisation's endpoint accepted it and gave a reference.
    Confirmed {
        /// When (milliseconds since 1970, UTC).
        at: i64,
        /// The organisation's reference.
        reference: String,
    },
    /// The organisation refused it; retrying the same request will not help.
    Failed {
        /// Why, in the words of the endpoint.
        reason: String,
    },
}

/// How a request travels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", try_from = "ChannelIn")]
pub enum Channel {
    /// HTTPS POST of JSON to the organisation's endpoint.
    Endpoint {
        /// The endpoint's address.
        url: String,
    },
    /// An e-mail from the phone's mail app.
    Email {
        /// The address.
        address: String,
    },
    /// A text message from the phone's SMS app.
    Sms {
        /// The number.
        number: String,
    },
    /// A phone call; the message is read out.
    Phone {
        /// The number.
        number: String,
    },
    /// A letter the family sends itself (by post, e-mail or hand).
    Letter {
        /// To whom.
        to: String,
    },
    /// Sent by the family from their own phone (e-mail or SMS) to people in their network
    /// (`Request::recipients`), when the organisation has no channel of its own.
    Network,
}

/// `Delivery` as stored, read flat (see `tagged`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeliveryIn {
    state: DeliveryState,
    at: Option<i64>,
    reference: Option<String>,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum DeliveryState {
    Draft,
    Pending,
    Sending,
    HandedOver,
    Sent,
    Confirmed,
    Failed,
}

impl TryFrom<DeliveryIn> for Delivery {
    type Error = String;

    fn try_from(d: DeliveryIn) -> Result<Self, String> {
        let fields: &[&str] = match d.state {
            DeliveryState::Draft | DeliveryState::Pending | DeliveryState::Sending => &[],
            DeliveryState::HandedOver | DeliveryState::Sent => &["at"],
            DeliveryState::Confirmed => &["at", "reference"],
            DeliveryState::Failed => &["reason"],
        };
        only(
            &[
                ("at", d.at.is_some()),
                ("reference", d.reference.is_some()),
                ("reason", d.reason.is_some()),
            ],
            fields,
        )?;
        let at = || required(d.at, "at");
        Ok(match d.state {
            DeliveryState::Draft => Delivery::Draft,
            DeliveryState::Pending => Delivery::Pending,
            DeliveryState::Sending => Delivery::Sending,
            DeliveryState::HandedOver => Delivery::HandedOver { at: at()? },
            DeliveryState::Sent => Delivery::Sent { at: at()? },
            DeliveryState::Confirmed => Delivery::Confirmed {
                at: at()?,
                reference: required(d.reference, "reference")?,
            },
            DeliveryState::Failed => Delivery::Failed {
                reason: required(d.reason, "reason")?,
            },
        })
    }
}

/// `Channel` as stored, read flat (see `tagged`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelIn {
    kind: ChannelKind,
    url: Option<String>,
    address: Option<String>,
    number: Option<String>,
    to: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ChannelKind {
    Endpoint,
    Email,
    Sms,
    Phone,
    Letter,
    Network,
}

impl TryFrom<ChannelIn> for Channel {
    type Error = String;

    fn try_from(c: ChannelIn) -> Result<Self, String> {
        let fields: &[&str] = match c.kind {
            ChannelKind::Endpoint => &["url"],
            ChannelKind::Email => &["address"],
            ChannelKind::Sms | ChannelKind::Phone => &["number"],
            ChannelKind::Letter => &["to"],
            ChannelKind::Network => &[],
        };
        only(
            &[
                ("url", c.url.is_some()),
                ("address", c.address.is_some()),
                ("number", c.number.is_some()),
                ("to", c.to.is_some()),
            ],
            fields,
        )?;
        Ok(match c.kind {
            ChannelKind::Endpoint => Channel::Endpoint {
                url: required(c.url, "url")?,
            },
            ChannelKind::Email => Channel::Email {
                address: required(c.address, "address")?,
            },
            ChannelKind::Sms => Channel::Sms {
                number: required(c.number, "number")?,
            },
            ChannelKind::Phone => Channel::Phone {
                number: required(c.number, "number")?,
            },
            ChannelKind::Letter => Channel::Letter {
                to: required(c.to, "to")?,
            },
            ChannelKind::Network => Channel::Network,
        })
    }
}

/// Someone the family sends a request to from their own phone, as they were when it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The person's name.
    pub name: String,
    /// Who they are for the family.
    pub role: RecipientRole,
    /// E-mail address; may be empty.
    pub email: String,
    /// Phone number; may be empty.
    pub phone: String,
}

/// Who a recipient is for the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecipientRole {
    /// The (lead) family manager.
    FamilyManager,
    /// The back-up family manager.
    Backup,
    /// The team manager.
    TeamManager,
    /// The confidential adviser (vertrouwenspersoon).
    Adviser,
}

/// How the family sent a request from their own phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// By e-mail.
    Email,
    /// By text message.
    Sms,
    /// Both by e-mail and by text message.
    EmailAndSms,
    /// Handed over, by post or another way.
    Other,
}

/// The answer the family recorded; it closes the follow-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// When it was recorded (milliseconds since 1970, UTC).
    pub at: i64,
    /// What the answer was.
    pub kind: AnswerKind,
    /// The appointment's day, when there is one.
    pub appointment: Option<Date>,
}

/// What kind of answer came.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    /// They called back.
    CalledBack,
    /// There is an appointment (on `Answer::appointment`).
    Appointment,
    /// An answer came another way (a letter, an e-mail).
    Answered,
}

/// What went wrong, as the emergency-stop form offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trouble {
    /// I did not feel heard.
    NotHeard,
    /// I felt threatened or pressured.
    Pressured,
    /// Things were said that are not true.
    Untrue,
    /// A decision was taken without me.
    DecidedWithoutMe,
    /// The safety of a child worries me.
    ChildSafety,
    /// Something else.
    Other,
}

/// The content of an emergency-stop request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyStop {
    /// The meeting it is about (a meeting id), if it is in the plan.
    pub meeting: Option<String>,
    /// The day of the conversation.
    pub conversation_date: Date,
    /// What went wrong.
    pub troubles: Vec<Trouble>,
    /// In the family's words.
    pub details: String,
    /// What the family needs today.
    pub need_today: String,
    /// Who asks: a parent or a young person.
    pub from_youth: bool,
    /// The name to call back.
    pub name: String,
    /// The number to call back.
    pub phone: String,
    /// When they can be reached.
    pub reachable: String,
}

/// A request the family made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Stable id within the document.
    pub id: String,
    /// What kind.
    pub kind: RequestKind,
    /// A random key sent along, so the organisation never handles one request twice.
    pub key: String,
    /// When it was made (milliseconds since 1970, UTC).
    pub created_at: i64,
    /// A short subject.
    pub subject: String,
    /// The message as text (for e-mail, SMS or reading out).
    pub body: String,
    /// For an emergency stop: its content.
    pub emergency: Option<EmergencyStop>,
    /// How it travels.
    pub channel: Channel,
    /// Where it is on its way.
    pub delivery: Delivery,
    /// How many times sending was tried.
    pub attempts: u32,
    /// When the next try is planned (milliseconds since 1970, UTC), if one is.
    pub next_attempt_at: Option<i64>,
    /// What went wrong the last time, in the words of the channel; empty when nothing did.
    pub last_error: String,
    /// For an endpoint: the exact JSON, fixed when the request was made, so every try sends
    /// the same body under the same key. Empty for what the family sends itself.
    pub payload: String,
    /// For `Channel::Network`: the people it goes to, as chosen by the family.
    pub recipients: Vec<Recipient>,
    /// How the family sent it themselves, once they said it went.
    pub sent_via: Option<Via>,
    /// When the family said to send a request older than a day anyway.
    pub send_approved_at: Option<i64>,
    /// The answer the family recorded; it closes the follow-up.
    pub answer: Option<Answer>,
    /// For a request to the kinderrechter: sent, hearing, the judge's decision (since
    /// version 4; absent on other requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court: Option<super::CourtTrack>,
}
