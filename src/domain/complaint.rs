//! The complaint route: which body handles what the family is unhappy about, the letters
//! that go there, and how many mediation talks a topic has had (recommendations 19–22).

use super::date::Date;
use super::household::{Channel, Delivery, Household, MeetingKind, RequestKind};
use super::outbox::{add, NewRequest};
use super::text::fill;
use std::collections::BTreeMap;

/// What the family is unhappy about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// How the organisation or a professional treated us, communicated or did its work.
    Treatment,
    /// A decision of the judge (a measure, its length).
    JudgeDecision,
    /// Extending or ending a measure.
    ExtendOrEnd,
    /// A written instruction (schriftelijke aanwijzing).
    WrittenInstruction,
    /// Wrong information in the file or a report.
    WrongInformation,
    /// The conduct of one professional, against professional standards.
    ProfessionalConduct,
    /// The organisation handled the complaint and the family is not satisfied.
    AfterComplaint,
}

/// Which organisation it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The certified institution (Jeugdbescherming).
    Institution,
    /// The Raad voor de Kinderbescherming.
    Raad,
    /// The municipality's local team (OKT) or the municipality.
    LocalTeam,
    /// Another organisation.
    Other,
}

/// Where the family can go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    /// The institution's complaints commission (mediation first is optional).
    ComplaintsCommission,
    /// The organisation's own complaint procedure.
    OrganisationComplaint,
    /// Appeal at the court of appeal, with a lawyer.
    Appeal,
    /// A request to the juvenile judge.
    JudgeRequest,
    /// Ask the institution to withdraw the instruction, or the judge to cancel it.
    InstructionObjection,
    /// A correction request to the organisation that supplied the information.
    Correction,
    /// The SKJ disciplinary board.
    Skj,
    /// The ombudsman.
    Ombudsman,
}

/// The body for a topic and an organisation; the confidential adviser can help with any.
pub fn route(topic: Topic, target: Target) -> Body {
    match (topic, target) {
        (Topic::JudgeDecision, _) => Body::Appeal,
        (Topic::ExtendOrEnd, _) => Body::JudgeRequest,
        (Topic::WrittenInstruction, _) => Body::InstructionObjection,
        (Topic::WrongInformation, _) => Body::Correction,
        (Topic::ProfessionalConduct, _) => Body::Skj,
        (Topic::AfterComplaint, _) => Body::Ombudsman,
        (Topic::Treatment, Target::Institution) => Body::ComplaintsCommission,
        (Topic::Treatment, _) => Body::OrganisationComplaint,
    }
}

/// Whether a letter of this app fits the body.
pub fn has_letter(body: Body) -> bool {
    matches!(
        body,
        Body::ComplaintsCommission | Body::OrganisationComplaint
    )
}

/// What the family tells for a letter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LetterInput {
    /// The sender's name.
    pub name: String,
    /// The sender's address (optional).
    pub address: String,
    /// The organisation complained about.
    pub organisation: String,
    /// To whom the letter goes (e.g. the complaints commission).
    pub to: String,
    /// Its postal address, if known.
    pub to_address: String,
    /// When it happened.
    pub event_date: Option<Date>,
    /// What happened.
    pub what_happened: String,
    /// The person it is about (optional).
    pub person: String,
    /// What the family wants.
    pub wish: String,
    /// Whether a mediation talk took place.
    pub had_mediation: bool,
}

/// The fixed phrases of a letter, in the family's language (from the content files).
pub struct LetterTexts<'a> {
    /// "Aan".
    pub to: &'a str,
    /// "Datum".
    pub date: &'a str,
    /// "Onderwerp".
    pub subject_label: &'a str,
    /// The subject, with {org}.
    pub subject: &'a str,
    /// The salutation.
    pub salutation: &'a str,
    /// The opening, with {org}.
    pub opening: &'a str,
    /// "What happened", with {date}.
    pub what_happened: &'a str,
    /// "About", with {person}.
    pub person: &'a str,
    /// "What I want".
    pub wish: &'a str,
    /// A mediation talk took place.
    pub mediation_yes: &'a str,
    /// No mediation talk (not required).
    pub mediation_no: &'a str,
    /// The request to handle it and say the term.
    pub closing: &'a str,
    /// "Met vriendelijke groet,".
    pub regards: &'a str,
}

/// Why a letter cannot be made yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterError {
    /// No name to sign with.
    Name,
    /// Nothing about what happened.
    WhatHappened,
    /// The date lies in the future.
    DateInFuture,
}

/// Checks the input; every problem, in form order.
pub fn check_letter(input: &LetterInput, today: Date) -> Vec<LetterError> {
    let mut errors = Vec::new();
    if input.name.trim().is_empty() {
        errors.push(LetterError::Name);
    }
    if input.event_date.is_some_and(|d| d > today) {
        errors.push(LetterError::DateInFuture);
    }
    if input.what_happened.trim().is_empty() {
        errors.push(LetterError::WhatHappened);
    }
    errors
}

/// Whether the event is more than a year ago (the institution's complaint term is 1 year).
pub fn older_than_a_year(event: Date, today: Date) -> bool {
    event < today.add_months(-12)
}

/// The letter as text; `date_text` is today written out in the family's language.
pub fn letter(input: &LetterInput, t: &LetterTexts, date_text: &str, event_text: &str) -> String {
    let mut out = Vec::new();
    out.push(input.name.trim().to_string());
    if !input.address.trim().is_empty() {
        out.push(input.address.trim().to_string());
    }
    out.push(String::new());
    out.push(format!("{}: {}", t.to, input.to.trim()));
    if !input.to_address.trim().is_empty() {
        out.push(input.to_address.trim().to_string());
    }
    out.push(String::new());
    out.push(format!("{}: {date_text}", t.date));
    out.push(format!(
        "{}: {}",
        t.subject_label,
        fill(t.subject, &[("org", input.organisation.trim())])
    ));
    out.push(String::new());
    out.push(t.salutation.to_string());
    out.push(String::new());
    out.push(fill(t.opening, &[("org", input.organisation.trim())]));
    out.push(String::new());
    out.push(fill(t.what_happened, &[("date", event_text)]));
    out.push(input.what_happened.trim().to_string());
    if !input.person.trim().is_empty() {
        out.push(String::new());
        out.push(fill(t.person, &[("person", input.person.trim())]));
    }
    if !input.wish.trim().is_empty() {
        out.push(String::new());
        out.push(t.wish.to_string());
        out.push(input.wish.trim().to_string());
    }
    out.push(String::new());
    out.push(
        if input.had_mediation {
            t.mediation_yes
        } else {
            t.mediation_no
        }
        .to_string(),
    );
    out.push(String::new());
    out.push(t.closing.to_string());
    out.push(String::new());
    out.push(t.regards.to_string());
    out.push(String::new());
    out.push(input.name.trim().to_string());
    out.join("\n")
}

/// Stores a letter as a request the family sends itself (a draft until they say it went).
pub fn add_letter(
    h: &mut Household,
    kind: RequestKind,
    channel: Channel,
    subject: String,
    body: String,
    key: String,
    now: i64,
) -> String {
    let new = NewRequest {
        kind,
        key,
        created_at: now,
        subject,
        body,
        emergency: None,
        channel,
        delivery: Delivery::Draft,
        payload: String::new(),
        recipients: Vec::new(),
    };
    add(h, new)
}

/// Mediation talks per topic (topics compared without case or outer spaces), most first.
pub fn mediation_counts(h: &Household) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for m in h
        .plan
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Mediation)
    {
        let shown = if m.topic.trim().is_empty() {
            String::new()
        } else {
            m.topic.trim().to_string()
        };
        let entry = counts.entry(shown.to_lowercase()).or_insert((shown, 0));
        entry.1 += 1;
    }
    let mut list: Vec<(String, usize)> = counts.into_values().collect();
    list.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    list
}

/// Topics that had two or more mediation talks: time to say plainly a formal complaint is possible.
pub fn mediation_enough(h: &Household) -> Vec<(String, usize)> {
    mediation_counts(h)
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::household::Meeting;
    use crate::domain::validation::validate;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn routing_sends_each_question_to_the_right_body() {
        assert_eq!(
            route(Topic::Treatment, Target::Institution),
            Body::ComplaintsCommission
        );
        assert_eq!(
            route(Topic::Treatment, Target::Raad),
            Body::OrganisationComplaint
        );
        assert_eq!(
            route(Topic::Treatment, Target::LocalTeam),
            Body::OrganisationComplaint
        );
        // A judge's decision is appealed, not complained about; the commission does not deal
        // with extending or ending a measure.
        assert_eq!(
            route(Topic::JudgeDecision, Target::Institution),
            Body::Appeal
        );
        assert_eq!(
            route(Topic::ExtendOrEnd, Target::Institution),
            Body::JudgeRequest
        );
        assert_eq!(
            route(Topic::WrittenInstruction, Target::Institution),
            Body::InstructionObjection
        );
        assert_eq!(
            route(Topic::WrongInformation, Target::Raad),
            Body::Correction
        );
        assert_eq!(
            route(Topic::ProfessionalConduct, Target::Institution),
            Body::Skj
        );
        assert_eq!(
            route(Topic::AfterComplaint, Target::Institution),
            Body::Ombudsman
        );
        assert!(has_letter(Body::ComplaintsCommission));
        assert!(!has_letter(Body::Appeal));
    }

    fn texts() -> LetterTexts<'static> {
        LetterTexts {
            to: "Aan",
            date: "Datum",
            subject_label: "Onderwerp",
            subject: "Klacht over {org}",
            salutation: "Geachte leden van de klachtencommissie,",
            opening: "Ik dien een klacht in over {org}.",
            what_happened: "Wat er gebeurde (op of rond {date}):",
            person: "Het gaat om: {person}.",
            wish: "Wat ik wil bereiken:",
            mediation_yes: "Ik heb al een bemiddelingsgesprek gehad.",
            mediation_no: "Ik heb geen bemiddelingsgesprek gehad. Dat hoeft ook niet.",
            closing: "Wilt u mij laten weten binnen welke termijn u beslist?",
            regards: "Met vriendelijke groet,",
        }
    }

    #[test]
    fn the_letter_holds_every_required_element() {
        let input = LetterInput {
            name: "Sanne Visser".into(),
            address: "Voorbeeldstraat 1, Amsterdam".into(),
            organisation: "Jeugdbescherming Regio Amsterdam".into(),
            to: "Klachtencommissie Jeugdbescherming Regio Amsterdam".into(),
            to_address: String::new(),
            event_date: Some(today().add_days(-10)),
            what_happened: "In het gesprek kreeg ik geen tijd om te reageren.".into(),
            person: "de gezinsmanager".into(),
            wish: "Dat mijn reactie bij het verslag komt.".into(),
            had_mediation: false,
        };
        assert_eq!(check_letter(&input, today()), vec![]);
        let text = letter(&input, &texts(), "28 november 2026", "18 november 2026");
        for part in [
            "Sanne Visser\nVoorbeeldstraat 1, Amsterdam",
            "Aan: Klachtencommissie Jeugdbescherming Regio Amsterdam",
            "Datum: 28 november 2026",
            "Onderwerp: Klacht over Jeugdbescherming Regio Amsterdam",
            "Wat er gebeurde (op of rond 18 november 2026):\nIn het gesprek kreeg ik geen tijd",
            "Het gaat om: de gezinsmanager.",
            "Wat ik wil bereiken:\nDat mijn reactie bij het verslag komt.",
            "Ik heb geen bemiddelingsgesprek gehad. Dat hoeft ook niet.",
            "binnen welke termijn u beslist",
        ] {
            assert!(text.contains(part), "missing {part:?} in\n{text}");
        }
        assert!(text.ends_with("Met vriendelijke groet,\n\nSanne Visser"));
    }

    #[test]
    fn letter_problems_are_named_and_old_events_noticed() {
        let input = LetterInput {
            event_date: Some(today().add_days(1)),
            ..Default::default()
        };
        assert_eq!(
            check_letter(&input, today()),
            vec![
                LetterError::Name,
                LetterError::DateInFuture,
                LetterError::WhatHappened
            ]
        );
        assert!(older_than_a_year(today().add_months(-13), today()));
        assert!(!older_than_a_year(today().add_months(-11), today()));
    }

    #[test]
    fn a_letter_is_kept_as_a_draft_request() {
        let mut h = example_household(today());
        let id = add_letter(
            &mut h,
            RequestKind::Complaint,
            Channel::Letter {
                to: "Klachtencommissie".into(),
            },
            "Klacht".into(),
            "Tekst".into(),
            "k".into(),
            1,
        );
        assert_eq!(
            h.requests.iter().find(|r| r.id == id).unwrap().delivery,
            Delivery::Draft
        );
        assert_eq!(validate(&h), vec![]);
    }

    #[test]
    fn mediation_talks_are_counted_per_topic() {
        let mut h = example_household(today());
        let talk = |topic: &str, id: &str| Meeting {
            id: id.into(),
            date: today(),
            kind: MeetingKind::Mediation,
            topic: topic.into(),
            attendees: vec![],
            recording: Default::default(),
            notes: String::new(),
            communication: String::new(),
            agreements: vec![],
        };
        h.plan.meetings.push(talk("Het verslag", "m7"));
        assert!(
            mediation_enough(&h).is_empty(),
            "one talk is not yet enough"
        );
        h.plan.meetings.push(talk(" het verslag ", "m8"));
        h.plan.meetings.push(talk("De omgang", "m9"));
        assert_eq!(mediation_enough(&h), vec![("Het verslag".to_string(), 2)]);
        assert_eq!(
            mediation_counts(&h).len(),
            2,
            "the plan meeting is not a mediation talk"
        );
    }
}
