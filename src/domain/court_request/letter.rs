//! What the family fills in, what is missing or wrong, and the letter (verzoekschrift).

use super::{Asker, CourtKind};
use crate::domain::date::Date;
use crate::domain::text::fill;

/// What the family fills in for a request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CourtInput {
    /// Which request (never a kind that is not drafted).
    pub kind: Option<CourtKind>,
    /// Who asks.
    pub asker: Option<Asker>,
    /// First names and surname of the person who asks.
    pub name: String,
    /// Their address and place of residence.
    pub address: String,
    /// A phone number or e-mail address for the court (optional).
    pub contact: String,
    /// The child's name.
    pub child: String,
    /// The child's date of birth.
    pub child_born: Option<Date>,
    /// The court (rechtbank) that the letter goes to; empty when unknown.
    pub court: String,
    /// The certified institution (Jeugdbescherming) involved.
    pub institution: String,
    /// Other people concerned (belanghebbenden) with their place, e.g. the other parent.
    pub others: String,
    /// The decision asked about (title), when the kind needs one.
    pub decision: String,
    /// The day it was sent or handed over.
    pub decision_date: Option<Date>,
    /// For a placement: the day the family asked Jeugdbescherming.
    pub asked_on: Option<Date>,
    /// What the family asks the judge, in its own words.
    pub ask: String,
    /// Why.
    pub why: String,
    /// Whether and how it was discussed with the child, and how the child reacted (1:259,
    /// 1:261).
    pub child_view: String,
    /// Why the request comes late, when the term has passed.
    pub late_reason: String,
}

/// What is missing or wrong in the input, in form order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourtProblem {
    /// No request chosen.
    Kind,
    /// This kind needs a lawyer; Helder does not draft it.
    LawyerRequired,
    /// No one chosen who asks.
    Asker,
    /// This person may not make this request.
    AskerNotAllowed,
    /// A child asks but is younger than 12.
    ChildTooYoung,
    /// No name.
    Name,
    /// No address.
    Address,
    /// No child named.
    Child,
    /// The child's date of birth lies in the future.
    BornInFuture,
    /// No decision named where the kind rests on one.
    Decision,
    /// No date for the decision.
    DecisionDate,
    /// The decision's date lies in the future.
    DecisionInFuture,
    /// The decision's date lies before the current stage began.
    DecisionBeforeStage,
    /// The day the family asked Jeugdbescherming lies in the future.
    AskedInFuture,
    /// Nothing said about what is asked.
    Ask,
    /// Nothing said about why.
    Why,
}

/// Checks the input: every problem, in form order. `stage_since` is the day the family's
/// current stage began (a decision cannot be older than the measure it belongs to).
pub fn check(input: &CourtInput, today: Date, stage_since: Option<Date>) -> Vec<CourtProblem> {
    use CourtProblem as P;
    let mut out = Vec::new();
    let Some(kind) = input.kind else {
        out.push(P::Kind);
        return out;
    };
    if kind.lawyer_required() {
        out.push(P::LawyerRequired);
        return out;
    }
    match input.asker {
        None => out.push(P::Asker),
        Some(a) if !kind.may_ask(a) => out.push(P::AskerNotAllowed),
        Some(Asker::Child12) => {
            if let Some(born) = input.child_born {
                if born.add_months(12 * 12) > today {
                    out.push(P::ChildTooYoung);
                }
            }
        }
        Some(_) => {}
    }
    if input.name.trim().is_empty() {
        out.push(P::Name);
    }
    if input.address.trim().is_empty() {
        out.push(P::Address);
    }
    if input.child.trim().is_empty() {
        out.push(P::Child);
    }
    if input.child_born.is_some_and(|d| d > today) {
        out.push(P::BornInFuture);
    }
    if kind.needs_decision() {
        if input.decision.trim().is_empty() {
            out.push(P::Decision);
        }
        match input.decision_date {
            // For a placement, a decision that did not come may stand in (the day asked).
            None if kind == CourtKind::Placement && input.asked_on.is_some() => {}
            None => out.push(P::DecisionDate),
            Some(d) if d > today => out.push(P::DecisionInFuture),
            Some(d) if stage_since.is_some_and(|s| d < s) => out.push(P::DecisionBeforeStage),
            Some(_) => {}
        }
    }
    if input.asked_on.is_some_and(|d| d > today) {
        out.push(P::AskedInFuture);
    }
    if input.ask.trim().is_empty() {
        out.push(P::Ask);
    }
    if input.why.trim().is_empty() {
        out.push(P::Why);
    }
    out
}

/// The fixed phrases of the letter, in the family's language (from the content files).
/// Placeholders: {kind} the request's name, {article} its article, {date} a date,
/// {title} the decision, {institution} Jeugdbescherming's name, {days} a number.
pub struct CourtLetterTexts<'a> {
    /// "Aan de kinderrechter".
    pub to: &'a str,
    /// "Rechtbank (vul in: ...)", shown when the court is unknown.
    pub court_unknown: &'a str,
    /// "Verzoekschrift".
    pub heading: &'a str,
    /// "Onderwerp: {kind} ({article})".
    pub subject: &'a str,
    /// "Verzoeker:" label.
    pub requester: &'a str,
    /// "Ik ben {role}" phrases, per asker (parent, child, carer, contact-entitled).
    pub role: [&'a str; 4],
    /// "Het gaat om mijn kind:" label.
    pub child: &'a str,
    /// "geboren op {date}".
    pub born: &'a str,
    /// "Belanghebbenden:" label.
    pub others: &'a str,
    /// "De beslissing: {title}, van {institution}, verstuurd of gegeven op {date}."
    pub decision: &'a str,
    /// "Ik vroeg {institution} op {date} ..." (placement).
    pub asked: &'a str,
    /// "Wat ik vraag:" label.
    pub ask: &'a str,
    /// "Waarom:" label.
    pub why: &'a str,
    /// "Besproken met het kind:" label.
    pub child_view: &'a str,
    /// "Dit verzoek komt na de termijn, omdat:" label.
    pub late: &'a str,
    /// "Ik wil graag gehoord worden op de zitting." and the like.
    pub closing: &'a str,
    /// "Bijlage:" label.
    pub attachments: &'a str,
    /// "de beslissing van {institution} ({date})".
    pub attachment_decision: &'a str,
    /// "Plaats en datum:" with {date}.
    pub signed: &'a str,
    /// "Handtekening:".
    pub signature: &'a str,
}

/// The request's name and the sentence that asks, per kind (from the content).
pub struct CourtKindWords<'a> {
    /// The request's name.
    pub name: &'a str,
    /// The standard request sentence, with {title} and {date}.
    pub request: &'a str,
}

fn asker_index(a: Asker) -> usize {
    match a {
        Asker::ParentWithAuthority => 0,
        Asker::Child12 => 1,
        Asker::Carer => 2,
        Asker::ContactEntitled => 3,
    }
}

/// Dates written out in the family's language, supplied by the caller.
pub struct LetterDates<'a> {
    /// Today.
    pub today: &'a str,
    /// The child's date of birth, or empty.
    pub born: &'a str,
    /// The decision's date, or empty.
    pub decision: &'a str,
    /// The day the family asked Jeugdbescherming, or empty.
    pub asked: &'a str,
}

/// The letter (verzoekschrift) as text: who asks (names, address), the child, who else is
/// concerned, the decision and its date, a clear request and its grounds, the child's view
/// where the law asks for it, the reason for lateness when the term passed, the date, a
/// place to sign, and the attachments. `late` is true when the term has passed.
pub fn letter(
    input: &CourtInput,
    kind: CourtKind,
    words: &CourtKindWords,
    t: &CourtLetterTexts,
    dates: &LetterDates,
    late: bool,
) -> String {
    let mut out: Vec<String> = Vec::new();
    let blank = |out: &mut Vec<String>| out.push(String::new());
    out.push(input.name.trim().to_string());
    out.push(input.address.trim().to_string());
    if !input.contact.trim().is_empty() {
        out.push(input.contact.trim().to_string());
    }
    blank(&mut out);
    out.push(t.to.to_string());
    out.push(if input.court.trim().is_empty() {
        t.court_unknown.to_string()
    } else {
        input.court.trim().to_string()
    });
    blank(&mut out);
    out.push(t.heading.to_string());
    out.push(fill(
        t.subject,
        &[("kind", words.name), ("article", kind.article())],
    ));
    blank(&mut out);
    out.push(format!("{} {}", t.requester, input.name.trim()));
    if let Some(a) = input.asker {
        out.push(t.role[asker_index(a)].to_string());
    }
    let mut child = format!("{} {}", t.child, input.child.trim());
    if !dates.born.is_empty() {
        child.push_str(", ");
        child.push_str(&fill(t.born, &[("date", dates.born)]));
    }
    out.push(child);
    let mut others = input.institution.trim().to_string();
    if !input.others.trim().is_empty() {
        if !others.is_empty() {
            others.push_str("; ");
        }
        others.push_str(input.others.trim());
    }
    if !others.is_empty() {
        out.push(format!("{} {}", t.others, others));
    }
    blank(&mut out);
    if kind.needs_decision() && !input.decision.trim().is_empty() {
        out.push(fill(
            t.decision,
            &[
                ("title", input.decision.trim()),
                ("institution", input.institution.trim()),
                ("date", dates.decision),
            ],
        ));
    }
    if !dates.asked.is_empty() {
        out.push(fill(
            t.asked,
            &[
                ("institution", input.institution.trim()),
                ("date", dates.asked),
            ],
        ));
    }
    blank(&mut out);
    out.push(t.ask.to_string());
    out.push(fill(
        words.request,
        &[("title", input.decision.trim()), ("date", dates.decision)],
    ));
    out.push(input.ask.trim().to_string());
    blank(&mut out);
    out.push(t.why.to_string());
    out.push(input.why.trim().to_string());
    if kind.asks_child_view() {
        blank(&mut out);
        out.push(t.child_view.to_string());
        out.push(input.child_view.trim().to_string());
    }
    if late {
        blank(&mut out);
        out.push(t.late.to_string());
        out.push(input.late_reason.trim().to_string());
    }
    blank(&mut out);
    out.push(t.closing.to_string());
    blank(&mut out);
    out.push(fill(t.signed, &[("date", dates.today)]));
    out.push(t.signature.to_string());
    out.push(input.name.trim().to_string());
    if kind.needs_decision() {
        blank(&mut out);
        out.push(t.attachments.to_string());
        out.push(format!(
            "- {}",
            fill(
                t.attachment_decision,
                &[
                    ("institution", input.institution.trim()),
                    ("date", dates.decision)
                ]
            )
        ));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn filled(kind: CourtKind) -> CourtInput {
        CourtInput {
            kind: Some(kind),
            asker: Some(Asker::ParentWithAuthority),
            name: "Sanne Visser".into(),
            address: "Voorbeeldstraat 1, 1000 AA Amsterdam".into(),
            contact: "06-12345678".into(),
            child: "Noor Visser".into(),
            child_born: Some(d("2013-04-02")),
            court: String::new(),
            institution: "Jeugdbescherming Regio Amsterdam".into(),
            others: "Mark Visser (vader), Amsterdam".into(),
            decision: "Noor gaat niet meer naar de sportclub".into(),
            decision_date: Some(d("2026-11-20")),
            asked_on: None,
            ask: "De hele aanwijzing.".into(),
            why: "De sportclub helpt Noor.".into(),
            child_view: "Noor wil het ook.".into(),
            late_reason: String::new(),
        }
    }

    #[test]
    fn a_complete_request_has_no_problems() {
        for k in CourtKind::ALL.into_iter().filter(|k| k.drafted()) {
            assert_eq!(
                check(&filled(k), d("2026-11-29"), Some(d("2026-01-01"))),
                vec![],
                "{k:?}"
            );
        }
    }

    #[test]
    fn problems_are_named_in_form_order() {
        use CourtProblem as P;
        let today = d("2026-11-29");
        let mut i = filled(CourtKind::Instruction);
        i.name = " ".into();
        i.child = String::new();
        i.decision_date = Some(d("2026-12-01"));
        i.why = String::new();
        assert_eq!(
            check(&i, today, None),
            vec![P::Name, P::Child, P::DecisionInFuture, P::Why]
        );
        let mut i = filled(CourtKind::Instruction);
        i.decision_date = Some(d("2025-12-31"));
        assert_eq!(
            check(&i, today, Some(d("2026-01-01"))),
            vec![P::DecisionBeforeStage]
        );
        let mut i = filled(CourtKind::Instruction);
        i.decision_date = None;
        assert_eq!(check(&i, today, None), vec![P::DecisionDate]);
        assert_eq!(check(&CourtInput::default(), today, None), vec![P::Kind]);
    }

    #[test]
    fn nothing_is_drafted_where_a_lawyer_is_required() {
        let i = filled(CourtKind::ExecutionDispute);
        assert_eq!(
            check(&i, d("2026-11-29"), None),
            vec![CourtProblem::LawyerRequired]
        );
    }

    #[test]
    fn who_asks_is_checked_against_the_article_and_the_childs_age() {
        let today = d("2026-11-29");
        let mut i = filled(CourtKind::Instruction);
        i.asker = Some(Asker::Carer);
        assert_eq!(check(&i, today, None), vec![CourtProblem::AskerNotAllowed]);
        i.asker = Some(Asker::Child12);
        i.child_born = Some(d("2014-11-30"));
        assert_eq!(check(&i, today, None), vec![CourtProblem::ChildTooYoung]);
        i.child_born = Some(d("2014-11-29"));
        assert_eq!(check(&i, today, None), vec![]);
    }

    fn texts() -> CourtLetterTexts<'static> {
        CourtLetterTexts {
            to: "Aan de kinderrechter",
            court_unknown: "Rechtbank: [vul in]",
            heading: "VERZOEKSCHRIFT",
            subject: "Onderwerp: {kind} ({article})",
            requester: "Verzoeker:",
            role: [
                "ouder met gezag",
                "kind van 12+",
                "verzorger",
                "omgangsgerechtigde",
            ],
            child: "Kind:",
            born: "geboren op {date}",
            others: "Belanghebbenden:",
            decision: "Beslissing: {title}, van {institution}, verstuurd op {date}.",
            asked: "Gevraagd aan {institution} op {date}.",
            ask: "WAT IK VRAAG",
            why: "WAAROM",
            child_view: "BESPROKEN MET HET KIND",
            late: "WAAROM NU PAS",
            closing: "Ik wil gehoord worden.",
            attachments: "Bijlagen:",
            attachment_decision: "de beslissing van {institution} van {date}",
            signed: "Amsterdam, {date}",
            signature: "Handtekening:",
        }
    }

    fn dates() -> LetterDates<'static> {
        LetterDates {
            today: "29 november 2026",
            born: "2 april 2013",
            decision: "20 november 2026",
            asked: "",
        }
    }

    #[test]
    fn the_letter_holds_every_part_the_court_needs_for_each_kind() {
        let words = CourtKindWords {
            name: "Aanwijzing laten vervallen",
            request: "Ik verzoek de aanwijzing \"{title}\" van {date} vervallen te verklaren.",
        };
        for k in CourtKind::ALL.into_iter().filter(|k| k.drafted()) {
            let input = filled(k);
            let text = letter(&input, k, &words, &texts(), &dates(), false);
            for part in [
                "Sanne Visser",
                "Voorbeeldstraat 1, 1000 AA Amsterdam",
                "Aan de kinderrechter",
                "Rechtbank: [vul in]",
                "VERZOEKSCHRIFT",
                k.article(),
                "Noor Visser, geboren op 2 april 2013",
                "Belanghebbenden: Jeugdbescherming Regio Amsterdam; Mark Visser (vader), Amsterdam",
                "WAT IK VRAAG",
                "De hele aanwijzing.",
                "WAAROM",
                "De sportclub helpt Noor.",
                "Amsterdam, 29 november 2026",
                "Handtekening:",
            ] {
                assert!(text.contains(part), "{k:?} lacks {part:?}:\n{text}");
            }
            assert_eq!(text.contains("Bijlagen:"), k.needs_decision(), "{k:?}");
            assert_eq!(
                text.contains("Beslissing: Noor gaat niet meer naar de sportclub, van Jeugdbescherming Regio Amsterdam, verstuurd op 20 november 2026."),
                k.needs_decision(),
                "{k:?}"
            );
            assert_eq!(
                text.contains("BESPROKEN MET HET KIND"),
                k.asks_child_view(),
                "{k:?}"
            );
            assert!(!text.contains("WAAROM NU PAS"));
        }
        let late = letter(
            &filled(CourtKind::Instruction),
            CourtKind::Instruction,
            &words,
            &texts(),
            &dates(),
            true,
        );
        assert!(late.contains("WAAROM NU PAS"));
    }

    #[test]
    fn a_known_court_replaces_the_blank() {
        let mut input = filled(CourtKind::Instruction);
        input.court = "Rechtbank Amsterdam".into();
        let words = CourtKindWords {
            name: "x",
            request: "y",
        };
        let text = letter(
            &input,
            CourtKind::Instruction,
            &words,
            &texts(),
            &dates(),
            false,
        );
        assert!(text.contains("Rechtbank Amsterdam"));
        assert!(!text.contains("[vul in]"));
    }
}
