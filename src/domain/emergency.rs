//! The emergency stop: a short form turned into a request and the message the organisation
//! receives (JSON for an endpoint; plain text for e-mail, SMS or reading out).

use super::date::Date;
use super::household::{
    Channel, Delivery, EmergencyStop, Household, PersonRole, Recipient, RecipientRole, Request,
    RequestKind, Trouble,
};
use super::links;
use super::outbox::{add, NewRequest};
use super::profile::{looks_like_phone, Contact, EmergencyChannels};
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

/// What the family typed in the form and has not sent yet, kept in memory while they add a
/// person in Who is who (never stored on the device).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmergencyDraft {
    /// The meeting id, or empty.
    pub meeting: String,
    /// The conversation date as typed.
    pub date: String,
    /// What went wrong.
    pub troubles: Vec<Trouble>,
    /// In their words.
    pub details: String,
    /// What they need today.
    pub need: String,
    /// Asked by a young person.
    pub from_youth: bool,
    /// Name to call back.
    pub name: String,
    /// Number to call back.
    pub phone: String,
    /// When reachable.
    pub reachable: String,
    /// Consent given.
    pub consent: bool,
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
    if !labels.note.is_empty() {
        lines.push(String::new());
        lines.push(labels.note.to_string());
    }
    lines.join("\n")
}

/// The longest text message Helder builds: three SMS parts of 153 characters.
pub const SMS_MAX: usize = 459;

/// A text message and whether it had to be shortened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsText {
    /// The text.
    pub text: String,
    /// Whether something the family wrote was left out or cut.
    pub shortened: bool,
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The short version for an SMS: what it is, the conversation, what went wrong, what is
/// needed and who to call back. The call-back line always stays; the family's own words are
/// cut first when the message would be longer than [`SMS_MAX`].
pub fn sms_text(form: &EmergencyStop, labels: &MessageLabels, trouble: TroubleWords) -> SmsText {
    let mut call = format!(
        "{}: {} {}",
        labels.call_back,
        form.name.trim(),
        form.phone.trim()
    );
    if !form.reachable.trim().is_empty() {
        call.push_str(&format!(", {}", form.reachable.trim()));
    }
    let call = cut(&call, 160);
    let head = format!(
        "{} {}: {}.",
        labels.intro, labels.conversation, form.conversation_date
    );
    let troubles: Vec<&str> = form.troubles.iter().map(|t| trouble(*t)).collect();
    let mut middle: Vec<String> = Vec::new();
    if !troubles.is_empty() {
        middle.push(format!(
            "{}: {}.",
            labels.what_went_wrong,
            troubles.join("; ")
        ));
    }
    let own: Vec<String> = [
        (labels.details, form.details.trim()),
        (labels.need_today, form.need_today.trim()),
    ]
    .iter()
    .filter(|(_, t)| !t.is_empty())
    .map(|(l, t)| format!("{l}: {t}"))
    .collect();
    let fixed = head.chars().count() + call.chars().count() + 2;
    let mut shortened = false;
    let mut room = SMS_MAX.saturating_sub(fixed);
    let mut parts = vec![head];
    for line in middle.into_iter().chain(own) {
        let len = line.chars().count() + 1;
        if len <= room {
            room -= len;
            parts.push(line);
        } else {
            shortened = true;
            if room > 20 {
                parts.push(cut(&line, room - 1));
            }
            room = 0;
        }
    }
    parts.push(call);
    SmsText {
        text: parts.join("\n"),
        shortened,
    }
}

/// The people in the family's network who can act on an emergency request: the active
/// family manager, back-up and team manager (people whose `until` lies in the past are
/// left out), then confidential advisers (a person at a "vertrouwenspersoon" organisation,
/// and the organisation profile's confidential adviser when it gives an e-mail or phone).
pub fn recipients(h: &Household, adviser: &Contact, today: Date) -> Vec<Recipient> {
    let mut list: Vec<Recipient> = Vec::new();
    for org in &h.organisations {
        for p in org
            .people
            .iter()
            .filter(|p| p.until.is_none_or(|u| u >= today))
        {
            let role = match p.role {
                PersonRole::LeadFamilyManager => RecipientRole::FamilyManager,
                PersonRole::BackupFamilyManager => RecipientRole::Backup,
                PersonRole::TeamManager => RecipientRole::TeamManager,
                _ if org.kind == "vertrouwenspersoon" => RecipientRole::Adviser,
                _ => continue,
            };
            list.push(Recipient {
                name: p.name.trim().to_string(),
                role,
                email: p.email.trim().to_string(),
                phone: p.phone.trim().to_string(),
            });
        }
    }
    let has_contact = !adviser.email.trim().is_empty() || !adviser.phone.trim().is_empty();
    if has_contact && !adviser.name.trim().is_empty() {
        list.push(Recipient {
            name: adviser.name.trim().to_string(),
            role: RecipientRole::Adviser,
            email: adviser.email.trim().to_string(),
            phone: adviser.phone.trim().to_string(),
        });
    }
    list.sort_by_key(|r| r.role);
    list
}

/// Who is ticked at first. A parent: the family manager and the back-up (or, without a
/// back-up, the team manager). A young person: their own family manager, or without one
/// their confidential adviser. The family changes this with the checkboxes.
pub fn default_choice(list: &[Recipient], youth: bool) -> Vec<bool> {
    let first = |role| list.iter().position(|r| r.role == role);
    let mut chosen = vec![false; list.len()];
    let picks = if youth {
        vec![first(RecipientRole::FamilyManager).or(first(RecipientRole::Adviser))]
    } else {
        vec![
            first(RecipientRole::FamilyManager),
            first(RecipientRole::Backup).or(first(RecipientRole::TeamManager)),
        ]
    };
    for i in picks.into_iter().flatten() {
        chosen[i] = true;
    }
    chosen
}

/// How the family sends from their own phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// One e-mail to every chosen address.
    Email,
    /// One text message to every chosen number.
    Sms,
}

/// What stands in the way of sending to the chosen people, or what is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendProblem {
    /// Nobody is chosen.
    NoneChosen,
    /// None of the chosen people has an e-mail address (or a phone number, for SMS).
    NoAddress,
    /// This person's address or number is not valid; they are left out (their name).
    Malformed(String),
    /// This person has no address or number for this way; they are left out (their name).
    Missing(String),
}

/// The addresses (or numbers) of the chosen people for one way of sending, and what is
/// wrong; sending is possible when the list is not empty.
pub fn addresses(chosen: &[Recipient], way: Way) -> (Vec<String>, Vec<SendProblem>) {
    if chosen.is_empty() {
        return (vec![], vec![SendProblem::NoneChosen]);
    }
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for r in chosen {
        let value = match way {
            Way::Email => r.email.trim(),
            Way::Sms => r.phone.trim(),
        };
        let valid = match way {
            Way::Email => links::is_strict_email(value),
            Way::Sms => links::dial_string(value).is_some(),
        };
        if value.is_empty() {
            problems.push(SendProblem::Missing(r.name.clone()));
        } else if !valid {
            problems.push(SendProblem::Malformed(r.name.clone()));
        } else if !found.iter().any(|f| f == value) {
            found.push(value.to_string());
        }
    }
    if found.is_empty() {
        problems.insert(0, SendProblem::NoAddress);
    }
    (found, problems)
}

/// The link that opens one message to all chosen people: `mailto:` or `sms:`.
pub fn send_link(
    chosen: &[Recipient],
    way: Way,
    subject: &str,
    body: &str,
    sms: &str,
) -> Option<String> {
    let (found, _) = addresses(chosen, way);
    let to: Vec<&str> = found.iter().map(String::as_str).collect();
    match way {
        Way::Email => links::mailto(&to, subject, body).ok(),
        Way::Sms => links::sms(&to, sms).ok(),
    }
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
    /// What the request is and is not (an urgent conversation today; it pauses nothing).
    pub note: &'a str,
}

/// Adds a new emergency-stop request to the household's outbox and returns its id. For an
/// endpoint, the JSON it sends is fixed now (`organisation` is the profile's name), so every
/// try sends the same body under the same key. A request the family sends from their own
/// phone (`Channel::Network`) starts as not sent.
#[allow(clippy::too_many_arguments)]
pub fn add_request(
    h: &mut Household,
    form: EmergencyStop,
    channel: Channel,
    subject: String,
    body: String,
    key: String,
    now: i64,
    organisation: &str,
) -> String {
    let delivery = if channel == Channel::Network {
        Delivery::Draft
    } else {
        Delivery::Pending
    };
    let endpoint = matches!(channel, Channel::Endpoint { .. });
    let new = NewRequest {
        kind: RequestKind::EmergencyStop,
        key,
        created_at: now,
        subject,
        body,
        emergency: Some(form),
        channel,
        delivery,
        payload: String::new(),
        recipients: Vec::new(),
    };
    let id = add(h, new);
    if endpoint {
        let json = h
            .requests
            .iter()
            .find(|r| r.id == id)
            .map(|r| payload(r, h, organisation).to_string());
        if let (Some(json), Some(r)) = (json, h.requests.iter_mut().find(|r| r.id == id)) {
            r.payload = json;
        }
    }
    id
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
            note: "Dit zet geen maatregel of termijn stil.",
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
            "Jeugdbescherming Regio Amsterdam",
        );
        assert_eq!(validate(&h), vec![]);
        let request = h.requests.iter().find(|r| r.id == id).unwrap();
        let json = payload(request, &h, "Jeugdbescherming Regio Amsterdam");
        assert_eq!(
            request.payload,
            json.to_string(),
            "the body is fixed when the request is made"
        );
        h.label = "Andere naam".into();
        let request = h.requests.iter().find(|r| r.id == id).unwrap();
        assert!(request.payload.contains("\"family\":\"Gezin Visser"));
        assert_eq!(json["key"], "key-1");
        assert_eq!(json["type"], "helder.emergency-stop");
        assert_eq!(json["conversation"]["kind"], "plan");
        assert_eq!(json["what_went_wrong"][1], "pressured");
        assert_eq!(json["call_back"]["phone"], "06 1234 5678");
        assert_eq!(json["from"], "parent");
    }

    fn words(t: Trouble) -> &'static str {
        match t {
            Trouble::NotHeard => "ik voelde me niet gehoord",
            Trouble::Pressured => "ik voelde me onder druk gezet",
            _ => "anders",
        }
    }

    #[test]
    fn recipients_are_the_active_people_who_can_act() {
        let mut h = example_household(today());
        let adviser = Contact::default();
        let list = recipients(&h, &adviser, today());
        let names: Vec<&str> = list.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["Joost de Wit", "Anouk Jansen"]);
        assert_eq!(default_choice(&list, false), vec![true, true]);
        assert_eq!(
            default_choice(&list, true),
            vec![true, false],
            "a young person: their own family manager"
        );
        // A family manager who left is not asked; a team manager steps in for a missing back-up.
        let o3 = h.organisations.iter_mut().find(|o| o.id == "o3").unwrap();
        o3.people[1].until = Some(today().add_days(-1));
        o3.people.push(crate::domain::household::Person {
            id: "p9".into(),
            name: "Karin Bos".into(),
            role: PersonRole::TeamManager,
            phone: "020 111 2222".into(),
            email: "k.bos@voorbeeld.nl".into(),
            since: None,
            until: None,
        });
        h.organisations
            .push(crate::domain::household::Organisation {
                id: "o9".into(),
                kind: "vertrouwenspersoon".into(),
                name: "Jeugdstem".into(),
                people: vec![crate::domain::household::Person {
                    id: "p10".into(),
                    name: "Sam Vos".into(),
                    role: PersonRole::Other,
                    phone: "".into(),
                    email: "s.vos@voorbeeld.nl".into(),
                    since: None,
                    until: None,
                }],
                note: String::new(),
            });
        let profile_adviser = Contact {
            name: "Jeugdstem landelijk".into(),
            phone: "088 555 1000".into(),
            ..Contact::default()
        };
        let list = recipients(&h, &profile_adviser, today());
        let roles: Vec<(&str, RecipientRole)> =
            list.iter().map(|r| (r.name.as_str(), r.role)).collect();
        assert_eq!(
            roles,
            vec![
                ("Joost de Wit", RecipientRole::FamilyManager),
                ("Karin Bos", RecipientRole::TeamManager),
                ("Sam Vos", RecipientRole::Adviser),
                ("Jeugdstem landelijk", RecipientRole::Adviser),
            ]
        );
        assert_eq!(default_choice(&list, false), vec![true, true, false, false]);
        // No family manager: a young person's request goes to their adviser.
        let without: Vec<Recipient> = list
            .into_iter()
            .filter(|r| r.role != RecipientRole::FamilyManager)
            .collect();
        assert_eq!(default_choice(&without, true), vec![false, true, false]);
        assert!(recipients(&Household::new(today()), &Contact::default(), today()).is_empty());
    }

    fn person(name: &str, email: &str, phone: &str) -> Recipient {
        Recipient {
            name: name.into(),
            role: RecipientRole::FamilyManager,
            email: email.into(),
            phone: phone.into(),
        }
    }

    #[test]
    fn addresses_say_who_is_left_out_and_why() {
        assert_eq!(
            addresses(&[], Way::Email),
            (vec![], vec![SendProblem::NoneChosen])
        );
        let chosen = vec![
            person("Joost de Wit", "j.dewit@voorbeeld.nl", "020 000 0000"),
            person("Anouk, \"A\"", "a.jansen@voorbeeld.nl?bcc=x@evil.nl", ""),
            person("Karin", "", "06 1234 5678"),
        ];
        let (mail, problems) = addresses(&chosen, Way::Email);
        assert_eq!(mail, vec!["j.dewit@voorbeeld.nl"]);
        assert_eq!(
            problems,
            vec![
                SendProblem::Malformed("Anouk, \"A\"".into()),
                SendProblem::Missing("Karin".into())
            ]
        );
        let (sms, problems) = addresses(&chosen, Way::Sms);
        assert_eq!(sms, vec!["020 000 0000", "06 1234 5678"]);
        assert_eq!(problems, vec![SendProblem::Missing("Anouk, \"A\"".into())]);
        let nobody = vec![person("X", "", ""), person("Y", "geen adres", "bel me")];
        let (none, problems) = addresses(&nobody, Way::Email);
        assert!(none.is_empty());
        assert_eq!(problems[0], SendProblem::NoAddress);
        assert_eq!(send_link(&nobody, Way::Email, "s", "b", "t"), None);
        assert_eq!(send_link(&nobody, Way::Sms, "s", "b", "t"), None);
    }

    #[test]
    fn the_mail_link_holds_both_addresses_and_the_request() {
        let body = message_text(&form(), &labels(), &words);
        let sms = sms_text(&form(), &labels(), &words);
        let chosen = vec![
            person("Joost de Wit", "j.dewit@voorbeeld.nl", "020 000 0000"),
            person("Anouk Jansen", "a.jansen@voorbeeld.nl", "020 000 0001"),
        ];
        let link = send_link(&chosen, Way::Email, "Noodstop", &body, &sms.text).unwrap();
        assert!(link.starts_with(
            "mailto:j.dewit@voorbeeld.nl,a.jansen@voorbeeld.nl?subject=Noodstop&body="
        ));
        assert!(link.contains(&links::encode("Terugbellen: Sanne (06 1234 5678)")));
        let link = send_link(&chosen, Way::Sms, "Noodstop", &body, &sms.text).unwrap();
        assert!(link.starts_with("sms:0200000000,0200000001?&body="));
        // A hostile text stays text.
        let mut hostile = form();
        hostile.name = "Sanne\r\nBcc: x@evil.nl&cc=y@evil.nl".into();
        hostile.details = "%0Abcc=z@evil.nl?&".repeat(50);
        let body = message_text(&hostile, &labels(), &words);
        let link = send_link(&chosen, Way::Email, "Noodstop?&x", &body, "").unwrap();
        assert_eq!(link.matches('&').count(), 1);
        assert_eq!(link.matches('?').count(), 1);
        assert!(!link.contains('\n'));
    }

    #[test]
    fn the_sms_keeps_the_essentials_and_says_when_it_is_shortened() {
        let short = sms_text(&form(), &labels(), &words);
        assert!(!short.shortened);
        assert!(short
            .text
            .starts_with("Ik vraag vandaag een dringend gesprek aan. Gesprek op: 2026-11-28."));
        assert!(short.text.contains(
            "Wat ging er mis: ik voelde me niet gehoord; ik voelde me onder druk gezet."
        ));
        assert!(short
            .text
            .ends_with("Terugbellen: Sanne 06 1234 5678, vandaag na 15 uur"));
        let mut long = form();
        long.details = "Het gesprek ging helemaal mis. ".repeat(60);
        let cut = sms_text(&long, &labels(), &words);
        assert!(cut.shortened);
        assert!(
            cut.text.chars().count() <= SMS_MAX,
            "{}",
            cut.text.chars().count()
        );
        assert!(cut.text.contains('…'));
        assert!(
            cut.text
                .ends_with("Terugbellen: Sanne 06 1234 5678, vandaag na 15 uur"),
            "the call-back stays"
        );
        // The e-mail keeps the whole text.
        assert!(message_text(&long, &labels(), &words).contains(long.details.trim()));
    }
}
