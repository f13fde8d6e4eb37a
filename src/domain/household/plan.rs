//! The plan as the family keeps it: what goes well, concerns with their source, goals with
//! their support and progress, meetings with their agreements, reports and decisions.

use super::{Dispute, DisputedEntry};
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// The plan as the family keeps it.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// What goes well; shown first.
    pub positives: Vec<Positive>,
    /// The concerns (zorgen).
    pub concerns: Vec<Concern>,
    /// The goals (doelen), linked to concerns.
    pub goals: Vec<Goal>,
    /// Meetings, with their agreements.
    pub meetings: Vec<Meeting>,
    /// Reports that go to the Raad or the court.
    pub reports: Vec<Report>,
    /// Decisions with a legal term: written instructions, court rulings (since version 2).
    pub decisions: Vec<Decision>,
    /// Entries the family says are not correct, and what became of that (since version 2).
    pub disputes: Vec<Dispute>,
}

/// Where a piece of information comes from.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The organisation that supplied it (an organisation id), if known.
    pub organisation: Option<String>,
    /// Who wrote or said it.
    pub person: String,
    /// Where: a report, a meeting, a letter.
    pub document: String,
    /// When it was written or said.
    pub date: Option<Date>,
}

/// Something that goes well.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Positive {
    /// Stable id within the document.
    pub id: String,
    /// What goes well.
    pub text: String,
    /// When it was noted.
    pub date: Date,
    /// Who noted it.
    pub source: Source,
}

/// What kind of statement a plan entry is (recommendation 1 of the report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// Something that can be checked.
    Fact,
    /// Something a professional saw or heard themselves.
    Observation,
    /// Someone's view or judgement.
    Opinion,
    /// Not clear, or heard from others.
    Unknown,
}

/// Whether a concern is still open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConcernStatus {
    /// Still a concern.
    Open,
    /// Taken away.
    Resolved,
}

/// A concern (zorg) in the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concern {
    /// Stable id within the document.
    pub id: String,
    /// The concern as the professionals put it.
    pub text: String,
    /// The organisation that raised it (an organisation id), if known.
    pub raised_by: Option<String>,
    /// When it was raised.
    pub date: Date,
    /// Fact, observation, opinion or unknown.
    pub kind: StatementKind,
    /// Where it comes from.
    pub source: Source,
    /// Open or resolved.
    pub status: ConcernStatus,
    /// The child it is about (a child id); `None` for the whole family.
    pub child: Option<String>,
    /// The family's own comment, shown beside the text, never merged into it.
    pub family_comment: String,
    /// The young person's own comment (youth mode), shown as theirs.
    pub youth_comment: String,
}

/// How far a goal has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    /// Not started.
    NotStarted,
    /// Being worked on.
    Working,
    /// Reached.
    Reached,
}

/// Support offered towards a goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// What the support is.
    pub text: String,
    /// Which organisation offers it (an organisation id), if known.
    pub by: Option<String>,
}

/// A dated note on a goal's progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressNote {
    /// When.
    pub date: Date,
    /// What happened.
    pub text: String,
}

/// A goal (doel), linked to the concerns it answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable id within the document.
    pub id: String,
    /// The goal, concrete.
    pub text: String,
    /// Ids of the concerns this goal answers.
    pub concerns: Vec<String>,
    /// Concrete steps.
    pub steps: Vec<String>,
    /// Support offered.
    pub support: Vec<Support>,
    /// When it should be reached, if agreed.
    pub due: Option<Date>,
    /// How far it has come.
    pub progress: Progress,
    /// Dated progress notes.
    pub notes: Vec<ProgressNote>,
    /// The child it is for (a child id); `None` for the whole family.
    pub child: Option<String>,
    /// When the goal was set.
    pub created: Date,
    /// The young person's own comment (youth mode), shown as theirs.
    pub youth_comment: String,
}

/// What kind of meeting it was (recommendation 20: information is not mediation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    /// An information meeting.
    Information,
    /// A plan meeting.
    Plan,
    /// A mediation talk about a complaint.
    Mediation,
    /// A court hearing.
    Court,
    /// Something else.
    Other,
}

/// Whether and by whom a meeting was recorded.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// Whether it was recorded.
    pub recorded: bool,
    /// By whom, if recorded.
    pub by: String,
}

/// One party's word on an agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accord {
    /// The party (a person or organisation, as written).
    pub party: String,
    /// Agreed (`Some(true)`), not agreed (`Some(false)`) or not asked yet (`None`).
    pub agreed: Option<bool>,
}

/// An agreement made in a meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Stable id within the document.
    pub id: String,
    /// What was agreed.
    pub text: String,
    /// The parties and whether each agreed.
    pub parties: Vec<Accord>,
}

/// A meeting with professionals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Stable id within the document.
    pub id: String,
    /// When.
    pub date: Date,
    /// What kind of meeting.
    pub kind: MeetingKind,
    /// What it was about, in a few words (mediation talks are counted per topic).
    pub topic: String,
    /// Who was there.
    pub attendees: Vec<String>,
    /// Whether it was recorded, and by whom.
    pub recording: Recording,
    /// The family's notes on the content.
    pub notes: String,
    /// How the communication went, apart from the content.
    pub communication: String,
    /// The agreements made.
    pub agreements: Vec<Agreement>,
}

/// What kind of report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// A version of the family plan.
    FamilyPlan,
    /// A report of the Raad voor de Kinderbescherming.
    RaadReport,
    /// A request to the court.
    CourtRequest,
    /// Something else.
    Other,
}

/// A report the family may respond to before it goes out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Stable id within the document.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What kind.
    pub kind: ReportKind,
    /// When the family received it.
    pub received: Option<Date>,
    /// When it goes to the Raad or the court.
    pub goes_out: Option<Date>,
    /// The last day to respond.
    pub respond_by: Option<Date>,
    /// The family's response.
    pub response: String,
}

/// What kind of decision (the kind sets the legal term that follows from it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionKind {
    /// A written instruction (schriftelijke aanwijzing) of the certified institution.
    WrittenInstruction,
    /// A ruling of the juvenile judge that can be appealed (a measure, an extension).
    CourtRuling,
    /// A provisional supervision order (voorlopige OTS): no appeal (Rv 807), at most 3 months
    /// (BW 1:257); given without hearing the parents it lapses after 2 weeks unless they are
    /// heard (Rv 800 lid 3).
    ProvisionalRuling,
    /// An emergency placement authorisation (spoedmachtiging uithuisplaatsing, BW 1:265b):
    /// appealable (Rv 806; not excluded by Rv 807), and the hearing term of Rv 800 lid 3.
    EmergencyPlacement,
    /// Provisional guardianship (voorlopige voogdij, BW 1:241 lid 2; with a suspension of
    /// parental authority, 1:268): appealable (Rv 806; not in Rv 807), the hearing term of
    /// Rv 800 lid 3, and it lapses after 3 months unless a request follows (1:241 lid 4,
    /// 1:268 lid 5).
    ProvisionalGuardianship,
    /// Jeugdbescherming refused (or did not decide on) a request to end or shorten a placement
    /// (BW 1:265d lid 2–4): 2 weeks to ask the kinderrechter.
    PlacementRefusal,
    /// Another decision (no term computed).
    Other,
}

/// A decision about the family, with the date its term runs from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Stable id within the document.
    pub id: String,
    /// What kind.
    pub kind: DecisionKind,
    /// What it says, in a few words.
    pub title: String,
    /// The day of the ruling, or the day a written instruction was sent or handed over.
    pub date: Date,
    /// Who decided (an organisation id), if known.
    pub by: Option<String>,
    /// The day the family sent its request to the court or lodged its appeal, once it did
    /// (this, and only this, ends the warning for the term).
    pub acted: Option<Date>,
    /// After an emergency order: the day the judge heard the parents (Rv 800 lid 3); ends the
    /// hearing warning. Absent in documents written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard: Option<Date>,
    /// The family's notes.
    pub note: String,
}

impl Plan {
    /// The text of a plan entry (a concern's text, a meeting's topic, a report's title).
    pub fn entry_text(&self, entry: DisputedEntry, id: &str) -> Option<&str> {
        match entry {
            DisputedEntry::Concern => self
                .concerns
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            DisputedEntry::Positive => self
                .positives
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            DisputedEntry::Goal => self
                .goals
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            DisputedEntry::Meeting => self
                .meetings
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.topic.as_str()),
            DisputedEntry::Report => self
                .reports
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.title.as_str()),
        }
    }

    /// The latest dispute about this entry, if the family raised one.
    pub fn dispute_for(&self, entry: DisputedEntry, id: &str) -> Option<&Dispute> {
        self.disputes
            .iter()
            .rev()
            .find(|d| d.entry.entry == entry && d.entry.id == id)
    }
}
