//! The household document: everything Helder keeps about one family, on their device.
//!
//! Field names are the stored format (schema version 1, see `document.rs`). Unknown fields
//! are refused so that a typo or a newer file never loads half-understood; a change to any
//! struct here needs a new schema version and a migration.

use super::date::Date;
use super::stage::Stage;
use serde::{Deserialize, Serialize};

/// One family's document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// A name the family chose for itself, e.g. "Gezin Visser"; may be empty.
    pub label: String,
    /// True for the example family, so every screen can say these are not real data.
    pub is_example: bool,
    /// When the document was started.
    pub created: Date,
    /// The next number for a new id; ids are never reused.
    pub next_id: u32,
    /// Where the family stands in the framework, and the way there.
    pub position: Position,
    /// The children the plan is about.
    pub children: Vec<Child>,
    /// The organisations involved, with their people.
    pub organisations: Vec<Organisation>,
    /// The plan: what goes well, concerns, goals, meetings, reports.
    pub plan: Plan,
    /// Requests the family made (emergency stop, complaint, correction, mediator).
    pub requests: Vec<Request>,
}

/// The family's place in the framework: the path taken, the last step being the current one.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Steps in date order; empty when the family has not said where it stands.
    pub path: Vec<PathStep>,
}

/// One step on the family's path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathStep {
    /// A stage id; kept as text so that an id unknown to this version is not lost.
    pub stage: String,
    /// The day this stage began for the family.
    pub since: Date,
}

/// A child in the household.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Stable id within the document.
    pub id: String,
    /// First name or nickname.
    pub name: String,
    /// Year of birth, if given (ages matter: rights change at 12 and 16).
    pub birth_year: Option<i32>,
}

/// An organisation involved with the family (a chain partner).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Stable id within the document.
    pub id: String,
    /// The partner-catalogue id (e.g. "jeugdbescherming"), or "anders" for other.
    pub kind: String,
    /// The name as the family knows it.
    pub name: String,
    /// People the family deals with there.
    pub people: Vec<Person>,
    /// The family's own notes.
    pub note: String,
}

/// A person at an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id within the document.
    pub id: String,
    /// Name.
    pub name: String,
    /// What this person does for the family.
    pub role: PersonRole,
    /// Phone number as given; may be empty.
    pub phone: String,
    /// E-mail address as given; may be empty.
    pub email: String,
    /// Since when, if known.
    pub since: Option<Date>,
    /// Until when; `None` while still involved.
    pub until: Option<Date>,
}

/// A person's role towards the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonRole {
    /// The family manager (gezinsmanager / jeugdbeschermer) who leads.
    LeadFamilyManager,
    /// The back-up family manager.
    BackupFamilyManager,
    /// A team manager.
    TeamManager,
    /// A social worker of the local team.
    Worker,
    /// The family's lawyer.
    Lawyer,
    /// Anyone else.
    Other,
}

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
pub enum EntryKind {
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
    pub kind: EntryKind,
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

/// Which kind of plan entry a dispute is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryType {
    /// A concern.
    Concern,
    /// Something that goes well.
    Positive,
    /// A goal.
    Goal,
    /// A meeting (its notes or agreements).
    Meeting,
    /// A report.
    Report,
}

/// A pointer to one plan entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryRef {
    /// The kind of entry.
    #[serde(rename = "type")]
    pub entry: EntryType,
    /// Its id.
    pub id: String,
}

/// Where a correction request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case", deny_unknown_fields)]
pub enum DisputeStatus {
    /// The family wrote its account; nothing sent yet.
    Drafted,
    /// The correction request was sent.
    Sent {
        /// On this day.
        on: Date,
    },
    /// The organisation answered.
    Answered {
        /// On this day.
        on: Date,
    },
    /// The organisation corrected the entry or added the family's view.
    Corrected {
        /// On this day.
        on: Date,
    },
    /// The organisation refused.
    Refused {
        /// On this day.
        on: Date,
    },
}

/// What the complaints commission ruled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulingOutcome {
    /// The complaint was upheld (gegrond).
    Upheld,
    /// Partly upheld.
    PartlyUpheld,
    /// Not upheld (ongegrond).
    Rejected,
}

/// A ruling of the complaints commission on a dispute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ruling {
    /// The day of the ruling.
    pub date: Date,
    /// The outcome.
    pub outcome: RulingOutcome,
    /// What it said, in the family's words.
    pub text: String,
}

/// "This is not correct": the family's account of one plan entry, and the correction request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// Stable id within the document.
    pub id: String,
    /// The entry it is about.
    pub entry: EntryRef,
    /// The family's own account.
    pub account: String,
    /// When the family started it.
    pub created: Date,
    /// Where the correction request stands.
    pub status: DisputeStatus,
    /// The correction letter (a request id), once drafted as a letter.
    pub letter: Option<String>,
    /// The complaints commission's ruling, if it came to that.
    pub ruling: Option<Ruling>,
}

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
#[serde(tag = "state", rename_all = "kebab-case", deny_unknown_fields)]
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
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
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
    pub court: Option<super::court_request::CourtTrack>,
}

impl Household {
    /// An empty household started today.
    pub fn new(today: Date) -> Household {
        Household {
            label: String::new(),
            is_example: false,
            created: today,
            next_id: 1,
            position: Position::default(),
            children: Vec::new(),
            organisations: Vec::new(),
            plan: Plan::default(),
            requests: Vec::new(),
        }
    }

    /// A fresh id with a readable prefix ("c" concern, "g" goal, ...); never reused.
    pub fn new_id(&mut self, prefix: &str) -> String {
        let id = format!("{prefix}{}", self.next_id);
        // Reading keeps `next_id` far below the end (validation::MAX_NEXT_ID).
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The child with this id.
    pub fn child(&self, id: &str) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }
}

impl Plan {
    /// The text of a plan entry (a concern's text, a meeting's topic, a report's title).
    pub fn entry_text(&self, entry: EntryType, id: &str) -> Option<&str> {
        match entry {
            EntryType::Concern => self
                .concerns
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            EntryType::Positive => self
                .positives
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            EntryType::Goal => self
                .goals
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.text.as_str()),
            EntryType::Meeting => self
                .meetings
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.topic.as_str()),
            EntryType::Report => self
                .reports
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.title.as_str()),
        }
    }

    /// The latest dispute about this entry, if the family raised one.
    pub fn dispute_for(&self, entry: EntryType, id: &str) -> Option<&Dispute> {
        self.disputes
            .iter()
            .rev()
            .find(|d| d.entry.entry == entry && d.entry.id == id)
    }
}

/// What the stored position says about where the family stands now.
#[derive(Clone, Debug, PartialEq)]
pub enum CurrentStage {
    /// The family has not said.
    NotSet,
    /// A known stage, since a date.
    Known(Stage, Date),
    /// A stage id this version does not know (older or newer content); kept, not shown as a stage.
    Unknown(String),
}

impl Position {
    /// The current stage: the last step of the path.
    pub fn current(&self) -> CurrentStage {
        match self.path.last() {
            None => CurrentStage::NotSet,
            Some(step) => match Stage::from_id(&step.stage) {
                Some(stage) => CurrentStage::Known(stage, step.since),
                None => CurrentStage::Unknown(step.stage.clone()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn ids_are_fresh_and_prefixed() {
        let mut h = Household::new(day("2026-11-28"));
        assert_eq!(h.new_id("c"), "c1");
        assert_eq!(h.new_id("g"), "g2");
        assert_eq!(h.next_id, 3);
    }

    #[test]
    fn current_stage_is_the_last_step_and_unknown_ids_are_kept() {
        let mut position = Position::default();
        assert_eq!(position.current(), CurrentStage::NotSet);
        position.path.push(PathStep {
            stage: "vrijwillig".into(),
            since: day("2026-01-05"),
        });
        position.path.push(PathStep {
            stage: "drang".into(),
            since: day("2026-06-01"),
        });
        assert_eq!(
            position.current(),
            CurrentStage::Known(Stage::Preventive, day("2026-06-01"))
        );
        position.path.push(PathStep {
            stage: "iets-nieuws".into(),
            since: day("2026-07-01"),
        });
        assert_eq!(
            position.current(),
            CurrentStage::Unknown("iets-nieuws".into())
        );
    }
}
