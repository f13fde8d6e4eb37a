//! The words for the app's choices and kinds (plan entries, progress, states, zones, roles),
//! in the user's language: one home for every label that more than one screen shows, so that
//! a component never has to import a page for a word (docs/architecture.md, "Layers").

use crate::content::{self, court_kind, fill, long_date, Lang, Ui};
use crate::domain::court_request::{court_state, CourtState, JudgeOutcome};
use crate::domain::date::Date;
use crate::domain::household::Request;
use crate::domain::household::{
    DecisionKind, DisputeStatus, MeetingKind, PersonRole, Progress, ReportKind, RulingOutcome,
    StatementKind,
};
use crate::domain::stage::{Stage, Zone};
use crate::domain::transitions::Decider;

/// Fact, observation, opinion or unknown.
pub fn entry_kind(ui: &'static Ui, kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Fact => ui.kind_fact,
        StatementKind::Observation => ui.kind_observation,
        StatementKind::Opinion => ui.kind_opinion,
        StatementKind::Unknown => ui.kind_unknown,
    }
}

/// How far a goal has come.
pub fn progress(ui: &'static Ui, progress: Progress) -> &'static str {
    match progress {
        Progress::NotStarted => ui.progress_not_started,
        Progress::Working => ui.progress_working,
        Progress::Reached => ui.progress_reached,
    }
}

/// The kind of meeting.
pub fn meeting(ui: &'static Ui, kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Information => ui.meeting_information,
        MeetingKind::Plan => ui.meeting_plan,
        MeetingKind::Mediation => ui.meeting_mediation,
        MeetingKind::Court => ui.meeting_court,
        MeetingKind::Other => ui.meeting_other,
    }
}

/// The kind of report.
pub fn report(ui: &'static Ui, kind: ReportKind) -> &'static str {
    match kind {
        ReportKind::FamilyPlan => ui.report_family_plan,
        ReportKind::RaadReport => ui.report_raad_report,
        ReportKind::CourtRequest => ui.report_court_request,
        ReportKind::Other => ui.report_other,
    }
}

/// The kind of decision.
pub fn decision(ui: &'static Ui, kind: DecisionKind) -> &'static str {
    match kind {
        DecisionKind::WrittenInstruction => ui.decision_written_instruction,
        DecisionKind::CourtRuling => ui.decision_court_ruling,
        DecisionKind::ProvisionalRuling => ui.decision_provisional_ruling,
        DecisionKind::EmergencyPlacement => ui.decision_emergency_placement,
        DecisionKind::ProvisionalGuardianship => ui.decision_provisional_guardianship,
        DecisionKind::PlacementRefusal => ui.decision_placement_refusal,
        DecisionKind::Other => ui.decision_other,
    }
}

/// A party's word on an agreement.
pub fn accord(ui: &'static Ui, agreed: Option<bool>) -> &'static str {
    match agreed {
        Some(true) => ui.plan_agreed_yes,
        Some(false) => ui.plan_agreed_no,
        None => ui.plan_agreed_unknown,
    }
}

/// Where a correction request stands, by its state name.
pub fn dispute_state(ui: &'static Ui, state: &str) -> &'static str {
    match state {
        "sent" => ui.dispute_sent,
        "answered" => ui.dispute_answered,
        "corrected" => ui.dispute_corrected,
        "refused" => ui.dispute_refused,
        _ => ui.dispute_drafted,
    }
}

/// The state name of a dispute status (as in the stored format).
pub fn dispute_state_name(status: DisputeStatus) -> &'static str {
    match status {
        DisputeStatus::Drafted => "drafted",
        DisputeStatus::Sent { .. } => "sent",
        DisputeStatus::Answered { .. } => "answered",
        DisputeStatus::Corrected { .. } => "corrected",
        DisputeStatus::Refused { .. } => "refused",
    }
}

/// The commission's ruling.
pub fn ruling(ui: &'static Ui, outcome: RulingOutcome) -> &'static str {
    match outcome {
        RulingOutcome::Upheld => ui.ruling_upheld,
        RulingOutcome::PartlyUpheld => ui.ruling_partly_upheld,
        RulingOutcome::Rejected => ui.ruling_rejected,
    }
}

/// The word for a person's role.
pub fn role_label(ui: &'static Ui, role: PersonRole) -> &'static str {
    match role {
        PersonRole::LeadFamilyManager => ui.role_lead,
        PersonRole::BackupFamilyManager => ui.role_backup,
        PersonRole::TeamManager => ui.role_team_manager,
        PersonRole::Worker => ui.role_worker,
        PersonRole::Lawyer => ui.role_lawyer,
        PersonRole::Other => ui.role_other,
    }
}

/// The rule of the zone in one sentence: must or may, and who decides.
pub fn zone_rule(ui: &'static Ui, stage: Stage) -> &'static str {
    match stage.zone() {
        Zone::Voluntary => ui.zone_voluntary_rule,
        Zone::Pressure if stage == Stage::RaadInvestigation => ui.zone_investigation_rule,
        Zone::Pressure => ui.zone_pressure_rule,
        Zone::Judicial if stage.is_measure() => ui.zone_measure_rule,
        Zone::Judicial => ui.zone_judicial_rule,
    }
}

/// What holds in a zone, in a few words (for the map).
pub fn zone_rule_short(ui: &'static Ui, zone: Zone) -> &'static str {
    match zone {
        Zone::Voluntary => ui.map_zone_voluntary,
        Zone::Pressure => ui.map_zone_pressure,
        Zone::Judicial => ui.map_zone_judicial,
    }
}

/// The name of a stage's zone.
pub fn zone_name(ui: &'static Ui, zone: Zone) -> &'static str {
    match zone {
        Zone::Voluntary => ui.zone_voluntary,
        Zone::Pressure => ui.zone_pressure,
        Zone::Judicial => ui.zone_judicial,
    }
}

/// The words for who decides.
pub fn decider_label(ui: &'static Ui, decider: Decider) -> &'static str {
    match decider {
        Decider::Family => ui.decider_family,
        Decider::Reporter => ui.decider_reporter,
        Decider::Raad => ui.decider_raad,
        Decider::Judge => ui.decider_judge,
        Decider::CourtOfAppeal => ui.decider_court_of_appeal,
        Decider::InstitutionOrJudge => ui.decider_institution_or_judge,
        Decider::TermEnds => ui.decider_term_ends,
        Decider::JudgeOrTermEnds => ui.decider_judge_or_term_ends,
    }
}

/// The judge's decision in a word (the list's state line).
pub fn judge_outcome_short(ui: &'static Ui, o: JudgeOutcome) -> &'static str {
    match o {
        JudgeOutcome::Granted => ui.court_outcome_short_granted,
        JudgeOutcome::Partly => ui.court_outcome_short_partly,
        JudgeOutcome::Refused => ui.court_outcome_short_refused,
        JudgeOutcome::Other => ui.court_outcome_short_other,
    }
}

/// A kept request to the kinderrechter: its name, its kind's name, or a general one when
/// the kind is not known.
///
/// The request's name: its kind's name, or a general one when the kind is not known.
pub fn request_name(lang: Lang, r: &Request) -> String {
    let kind = r.court.as_ref().map(|t| t.kind.as_str()).unwrap_or("");
    court_kind(lang, kind)
        .map(|t| t.name)
        .unwrap_or(content::ui(lang).court_request_kind_unknown)
        .to_string()
}

/// The state in one line ("Verstuurd op 8 december 2026"); `None` for other requests.
pub fn state_line(ui: &'static Ui, lang: Lang, r: &Request) -> Option<String> {
    let date = |d: Date| long_date(lang, d);
    Some(match court_state(r)? {
        CourtState::Drafted => ui.court_state_drafted.to_string(),
        CourtState::Sent(on) => fill(ui.court_state_sent, &[("date", &date(on))]),
        CourtState::Hearing { on, .. } => fill(ui.court_state_hearing, &[("date", &date(on))]),
        CourtState::Decided { decision, .. } => fill(
            ui.court_state_decided,
            &[
                ("date", &date(decision.date)),
                ("outcome", judge_outcome_short(ui, decision.outcome)),
            ],
        ),
    })
}

/// After a decision, in one line: until when an appeal is possible, or the kind's statement
/// that it is not (its source is on the request's screen); `None` before a decision or when
/// the kind is not known.
pub fn appeal_line(ui: &'static Ui, lang: Lang, r: &Request) -> Option<String> {
    let track = r.court.as_ref().filter(|t| t.ruling.is_some())?;
    match track.appeal_until() {
        Some(d) => Some(fill(
            ui.court_appeal_until,
            &[("date", &crate::content::last_day(lang, d))],
        )),
        None => court_kind(lang, &track.kind)
            .and_then(|k| k.appeal.first())
            .map(|s| s.text.to_string()),
    }
}
