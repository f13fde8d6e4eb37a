//! Requests to the kinderrechter that a family can write itself (`/hulp/rechter`).
//!
//! Under a supervision order (OTS) a parent with authority (gezag) or a child of 12 or older
//! can ask the juvenile judge for several things, in writing and without a lawyer (BW 1:265k
//! lid 1; the exception is a dispute about how the OTS is carried out, BW 1:262b). This module
//! knows, per kind of request: at which stages it fits, who may ask, whether a term runs and
//! from when, whether a lawyer is needed, and what the letter (verzoekschrift) must hold
//! (Rv 278 lid 1, Rv 799, and what the article itself asks for). The wording is content
//! (`content/<lang>/court.toml`, `[court]` in `ui.toml`); the rules and the arithmetic are here.

use super::date::Date;
use super::household::{Delivery, Household};
use super::stage::Stage;
use super::text::fill;

/// A kind of request to the kinderrechter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourtKind {
    /// Declare a written instruction (schriftelijke aanwijzing) void, wholly or partly (BW 1:264).
    Instruction,
    /// End, shorten or change a placement after Jeugdbescherming refused, or did not decide
    /// within 2 weeks (BW 1:265d lid 4).
    Placement,
    /// Contact: a contact limit during a placement (BW 1:265f, a written instruction), or a
    /// change of a contact arrangement the judge made during the OTS (BW 1:265g lid 2).
    Contact,
    /// Another certified institution instead of this one (BW 1:259).
    OtherInstitution,
    /// End the supervision order early (BW 1:261).
    EndSupervision,
    /// A dispute about how the OTS is carried out (BW 1:262b): a lawyer is needed, so Helder
    /// explains it but drafts nothing.
    ExecutionDispute,
}

/// Who may ask, as the articles name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asker {
    /// A parent with parental authority (met het gezag belaste ouder).
    ParentWithAuthority,
    /// The child, from 12 years old.
    Child12,
    /// Someone who is not a parent and raises the child as part of their family (a foster
    /// parent, for example).
    Carer,
    /// Someone with a right to contact (omgangsgerechtigde), such as a parent without authority.
    ContactEntitled,
}

/// Whether a kind fits the family's stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// It fits.
    Fits,
    /// Usually not possible: the request belongs to a supervision order, and there is none.
    NeedsSupervision,
    /// Usually not possible: the request is about a placement, and there is none.
    NeedsPlacement,
}

/// Where the term of a request stands.
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

impl CourtKind {
    /// Every kind, in the order the screen offers them.
    pub const ALL: [CourtKind; 6] = [
        CourtKind::Instruction,
        CourtKind::Placement,
        CourtKind::Contact,
        CourtKind::OtherInstitution,
        CourtKind::EndSupervision,
        CourtKind::ExecutionDispute,
    ];

    /// The id in the address (`/hulp/rechter?soort=<id>`) and in the content.
    pub fn id(self) -> &'static str {
        match self {
            CourtKind::Instruction => "aanwijzing",
            CourtKind::Placement => "uithuisplaatsing",
            CourtKind::Contact => "omgang",
            CourtKind::OtherInstitution => "andere-gi",
            CourtKind::EndSupervision => "ots-beeindigen",
            CourtKind::ExecutionDispute => "uitvoering-ots",
        }
    }

    /// The kind with this id.
    pub fn from_id(id: &str) -> Option<CourtKind> {
        CourtKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The article the request rests on (also its source).
    pub fn article(self) -> &'static str {
        match self {
            CourtKind::Instruction => "BW 1:264",
            CourtKind::Placement => "BW 1:265d",
            CourtKind::Contact => "BW 1:265f en 1:265g",
            CourtKind::OtherInstitution => "BW 1:259",
            CourtKind::EndSupervision => "BW 1:261",
            CourtKind::ExecutionDispute => "BW 1:262b",
        }
    }

    /// Who may ask the judge.
    pub fn askers(self) -> &'static [Asker] {
        use Asker::*;
        match self {
            // 1:264 lid 1; 1:265f lid 2 applies 1:264 to a contact limit.
            CourtKind::Instruction => &[ParentWithAuthority, Child12],
            // 1:265d lid 4: "een in het tweede lid genoemde persoon".
            CourtKind::Placement => &[ParentWithAuthority, Child12, Carer],
            // 1:265g lid 2 (1:265f lid 2 via 1:264: a parent with authority, a child of 12+).
            CourtKind::Contact => &[ParentWithAuthority, Child12, ContactEntitled],
            // 1:259 and 1:261 lid 2 (the latter when Jeugdbescherming does not ask itself).
            CourtKind::OtherInstitution | CourtKind::EndSupervision => {
                &[ParentWithAuthority, Child12]
            }
            // 1:262b, besides the institution and the place where the child lives.
            CourtKind::ExecutionDispute => &[ParentWithAuthority, Child12, Carer],
        }
    }

    /// Whether this person may ask.
    pub fn may_ask(self, asker: Asker) -> bool {
        self.askers().contains(&asker)
    }

    /// Whether the law requires a lawyer for this request (BW 1:265k lid 1: all requests of
    /// this part of the law may be filed without one, except 1:262b).
    pub fn lawyer_required(self) -> bool {
        self == CourtKind::ExecutionDispute
    }

    /// Whether Helder drafts a letter for it (not where a lawyer is required).
    pub fn drafted(self) -> bool {
        !self.lawyer_required()
    }

    /// Whether a 2-week term runs for it (1:264 lid 3; 1:265d lid 4 and 1:265f lid 2 apply it).
    /// For contact this is the term for a contact limit; a change of the judge's contact
    /// arrangement (1:265g) has none.
    pub fn has_term(self) -> bool {
        matches!(
            self,
            CourtKind::Instruction | CourtKind::Placement | CourtKind::Contact
        )
    }

    /// Whether the judge's decision on it can be appealed (Rv 807 names 1:259, 1:262b, 1:264
    /// and 1:265 as without appeal, except a decision under 1:265f lid 2).
    pub fn appeal_possible(self) -> bool {
        matches!(
            self,
            CourtKind::Placement | CourtKind::Contact | CourtKind::EndSupervision
        )
    }

    /// Whether the letter must say if and how the request was discussed with the child, and
    /// how the child reacted (Rv 799a lid 2 and 3 name 1:259 and 1:261).
    pub fn asks_child_view(self) -> bool {
        matches!(
            self,
            CourtKind::OtherInstitution | CourtKind::EndSupervision
        )
    }

    /// Whether the request rests on a decision of Jeugdbescherming that goes with it as an
    /// attachment (1:264 lid 2; applied by 1:265d lid 4 and 1:265f lid 2).
    pub fn needs_decision(self) -> bool {
        self.has_term()
    }

    /// Whether the kind fits a family at `stage`.
    pub fn fits(self, stage: Option<Stage>) -> Fit {
        let under_ots = matches!(
            stage,
            Some(Stage::ProvisionalSupervision | Stage::Supervision | Stage::OutOfHomePlacement)
        );
        match self {
            CourtKind::Placement if stage != Some(Stage::OutOfHomePlacement) => Fit::NeedsPlacement,
            _ if !under_ots => Fit::NeedsSupervision,
            _ => Fit::Fits,
        }
    }
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

/// Records that the family sent request `request_id` to the court on `on` (its delivery
/// becomes "sent"), and that the decision it is about, if any, was acted on that day — which
/// ends that decision's deadline warning (`due::upcoming`). Says whether the request exists.
pub fn record_sent(
    h: &mut Household,
    request_id: &str,
    decision_id: Option<&str>,
    on: Date,
    now_ms: i64,
) -> bool {
    let Some(request) = h.requests.iter_mut().find(|r| r.id == request_id) else {
        return false;
    };
    request.delivery = Delivery::Sent { at: now_ms };
    if let Some(id) = decision_id {
        if let Some(d) = h.plan.decisions.iter_mut().find(|d| d.id == id) {
            d.acted = Some(on);
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn every_kind_has_a_unique_id_that_reads_back() {
        for k in CourtKind::ALL {
            assert_eq!(CourtKind::from_id(k.id()), Some(k));
        }
        assert_eq!(CourtKind::from_id("bezwaar"), None);
    }

    #[test]
    fn only_the_execution_dispute_needs_a_lawyer_and_is_not_drafted() {
        for k in CourtKind::ALL {
            assert_eq!(
                k.lawyer_required(),
                k == CourtKind::ExecutionDispute,
                "{k:?}"
            );
            assert_eq!(k.drafted(), k != CourtKind::ExecutionDispute, "{k:?}");
        }
    }

    #[test]
    fn which_kinds_fit_which_stage() {
        use Stage::*;
        for s in [Supervision, ProvisionalSupervision] {
            assert_eq!(CourtKind::Instruction.fits(Some(s)), Fit::Fits);
            assert_eq!(CourtKind::EndSupervision.fits(Some(s)), Fit::Fits);
            assert_eq!(CourtKind::Placement.fits(Some(s)), Fit::NeedsPlacement);
        }
        for k in CourtKind::ALL {
            assert_eq!(k.fits(Some(OutOfHomePlacement)), Fit::Fits, "{k:?}");
        }
        for s in [
            Some(Preventive),
            Some(VoluntaryHelp),
            Some(RaadInvestigation),
            None,
        ] {
            assert_eq!(CourtKind::Instruction.fits(s), Fit::NeedsSupervision);
            assert_eq!(CourtKind::OtherInstitution.fits(s), Fit::NeedsSupervision);
            assert_eq!(CourtKind::Placement.fits(s), Fit::NeedsPlacement);
        }
    }

    #[test]
    fn who_may_ask_follows_the_articles() {
        use Asker::*;
        assert!(CourtKind::Instruction.may_ask(ParentWithAuthority));
        assert!(CourtKind::Instruction.may_ask(Child12));
        assert!(!CourtKind::Instruction.may_ask(Carer));
        assert!(CourtKind::Placement.may_ask(Carer));
        assert!(CourtKind::Contact.may_ask(ContactEntitled));
        assert!(!CourtKind::EndSupervision.may_ask(ContactEntitled));
        assert!(!CourtKind::OtherInstitution.may_ask(Carer));
    }

    #[test]
    fn appeal_follows_rv_807_with_its_exception_for_contact_limits() {
        assert!(!CourtKind::Instruction.appeal_possible());
        assert!(!CourtKind::OtherInstitution.appeal_possible());
        assert!(!CourtKind::ExecutionDispute.appeal_possible());
        assert!(CourtKind::Contact.appeal_possible());
        assert!(CourtKind::Placement.appeal_possible());
        assert!(CourtKind::EndSupervision.appeal_possible());
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
    fn recording_the_day_sent_ends_the_instructions_warning() {
        use crate::domain::complaint::add_letter;
        use crate::domain::due::{upcoming, DueKind};
        use crate::domain::example::example_household;
        use crate::domain::household::{Channel, Decision, DecisionKind, RequestKind};
        let today = d("2026-11-29");
        let mut h = example_household(today);
        h.plan.decisions.push(Decision {
            id: "x9".into(),
            kind: DecisionKind::WrittenInstruction,
            title: "Geen sportclub".into(),
            date: d("2026-11-25"),
            by: None,
            acted: None,
            heard: None,
            note: String::new(),
        });
        let warns = |h: &Household| {
            upcoming(h, today, 30, 30)
                .iter()
                .any(|x| matches!(&x.kind, DueKind::Legal(_, id) if id == "x9"))
        };
        assert!(warns(&h));
        let id = add_letter(
            &mut h,
            RequestKind::CourtRequest,
            Channel::Letter {
                to: "Kinderrechter".into(),
            },
            "Verzoekschrift".into(),
            "…".into(),
            "k".into(),
            1,
        );
        // Keeping the letter is not sending it: the warning stays.
        assert!(warns(&h));
        assert!(record_sent(&mut h, &id, Some("x9"), today, 2));
        assert!(!warns(&h));
        assert!(matches!(
            h.requests.iter().find(|r| r.id == id).unwrap().delivery,
            Delivery::Sent { at: 2 }
        ));
        assert!(!record_sent(&mut h, "nope", None, today, 3));
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
