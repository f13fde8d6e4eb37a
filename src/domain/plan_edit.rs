//! Adding, changing and removing plan entries from form fields.
//!
//! A form is a map of field names to the text the user typed, so that a half-filled form can
//! be kept as a draft and checked here, away from the browser. `fields_for` gives the
//! fields of an existing entry; `apply` checks the fields and writes the entry, or returns
//! every problem with the field it belongs to; `remove` takes an entry out together with the
//! links that pointed at it, and says what it took so the user can be told (and undo).

use super::date::Date;
use super::household::*;
use super::validation::MAX_TEXT;
use std::collections::BTreeMap;

/// A form's values: field name → text as typed.
pub type Fields = BTreeMap<String, String>;

/// The kinds of entry the plan forms edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Something that goes well.
    Positive,
    /// A concern.
    Concern,
    /// A goal.
    Goal,
    /// A meeting.
    Meeting,
    /// An agreement within a meeting.
    Agreement,
    /// A report.
    Report,
    /// A decision with a legal term.
    Decision,
    /// The family's account of an entry that is not correct.
    Dispute,
}

impl Target {
    /// The word used in addresses (`/plan/bewerk/<slug>/<id>`).
    pub fn slug(self) -> &'static str {
        match self {
            Target::Positive => "goed",
            Target::Concern => "zorg",
            Target::Goal => "doel",
            Target::Meeting => "gesprek",
            Target::Agreement => "afspraak",
            Target::Report => "verslag",
            Target::Decision => "beslissing",
            Target::Dispute => "klopt-niet",
        }
    }

    /// The target for an address word.
    pub fn from_slug(slug: &str) -> Option<Target> {
        ALL.iter().copied().find(|t| t.slug() == slug)
    }

    /// The id prefix for new entries.
    fn prefix(self) -> &'static str {
        match self {
            Target::Positive => "w",
            Target::Concern => "c",
            Target::Goal => "g",
            Target::Meeting => "m",
            Target::Agreement => "a",
            Target::Report => "r",
            Target::Decision => "b",
            Target::Dispute => "d",
        }
    }
}

/// Every target, for lookups.
pub const ALL: [Target; 8] = [
    Target::Positive,
    Target::Concern,
    Target::Goal,
    Target::Meeting,
    Target::Agreement,
    Target::Report,
    Target::Decision,
    Target::Dispute,
];

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// It must be filled in.
    Required,
    /// Not a date (expected YYYY-MM-DD, as the date picker gives).
    BadDate,
    /// The date lies in the future, which cannot be for something that already happened.
    InFuture,
    /// The date lies more than a year ahead; probably a typo.
    FarFuture,
    /// The date lies before the date it must follow (named by the field's label).
    BeforeStart,
    /// A written instruction dated before the family's current stage began.
    BeforeStage,
    /// A written instruction dated more than a year ago.
    TooOld,
    /// Too long to keep.
    TooLong,
    /// Not one of the offered choices (e.g. a deleted concern).
    UnknownChoice,
}

/// One problem, at one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What a removal took along, so the family can be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// Goals that no longer point at the removed concern.
    pub goals_unlinked: usize,
    /// Goals removed with the concern (they answered only that concern).
    pub goals_removed: usize,
    /// Disputes about the removed entry, removed with it.
    pub disputes: usize,
    /// Emergency-stop requests that no longer point at the removed meeting.
    pub requests_unlinked: usize,
}

// ---------------------------------------------------------------- reading fields

struct Reader<'a> {
    fields: &'a Fields,
    errors: Vec<FieldError>,
    today: Date,
}

impl Reader<'_> {
    fn fail(&mut self, field: &str, problem: Problem) {
        self.errors.push(FieldError {
            field: field.to_string(),
            problem,
        });
    }

    fn raw(&self, field: &str) -> &str {
        self.fields.get(field).map(|s| s.trim()).unwrap_or("")
    }

    fn text(&mut self, field: &str, required: bool) -> String {
        let value = self.raw(field).to_string();
        if required && value.is_empty() {
            self.fail(field, Problem::Required);
        } else if value.chars().count() > MAX_TEXT {
            self.fail(field, Problem::TooLong);
        }
        value
    }

    fn lines(&mut self, field: &str) -> Vec<String> {
        let text = self.text(field, false);
        text.lines()
            .map(|l| l.trim().trim_start_matches(['-', '•', '*']).trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn date(&mut self, field: &str, required: bool) -> Option<Date> {
        let value = self.raw(field);
        if value.is_empty() {
            if required {
                self.fail(field, Problem::Required);
            }
            return None;
        }
        match Date::parse(value) {
            Ok(date) => Some(date),
            Err(_) => {
                self.fail(field, Problem::BadDate);
                None
            }
        }
    }

    /// A date of something that already happened: not after today.
    fn past_date(&mut self, field: &str, required: bool) -> Option<Date> {
        let date = self.date(field, required)?;
        if date > self.today {
            self.fail(field, Problem::InFuture);
        }
        Some(date)
    }

    /// A date that may lie ahead, but not absurdly far.
    fn near_date(&mut self, field: &str, required: bool) -> Option<Date> {
        let date = self.date(field, required)?;
        if date > self.today.add_days(366) {
            self.fail(field, Problem::FarFuture);
        }
        Some(date)
    }

    fn not_before(&mut self, field: &str, date: Option<Date>, start: Option<Date>) {
        if let (Some(date), Some(start)) = (date, start) {
            if date < start {
                self.fail(field, Problem::BeforeStart);
            }
        }
    }

    /// An optional link to one of `known` ids; empty means none.
    fn link(&mut self, field: &str, known: &[&str]) -> Option<String> {
        let value = self.raw(field).to_string();
        if value.is_empty() {
            None
        } else if known.contains(&value.as_str()) {
            Some(value)
        } else {
            self.fail(field, Problem::UnknownChoice);
            None
        }
    }

    fn choice<T: Copy>(&mut self, field: &str, options: &[(&str, T)], default: T) -> T {
        let value = self.raw(field);
        if value.is_empty() {
            return default;
        }
        match options.iter().find(|(name, _)| *name == value) {
            Some((_, v)) => *v,
            None => {
                self.fail(field, Problem::UnknownChoice);
                default
            }
        }
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

fn put(fields: &mut Fields, key: &str, value: impl Into<String>) {
    fields.insert(key.to_string(), value.into());
}

fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Choice names for the enums, as stored in form fields (the same words as the stored format).
pub const ENTRY_KINDS: [(&str, EntryKind); 4] = [
    ("fact", EntryKind::Fact),
    ("observation", EntryKind::Observation),
    ("opinion", EntryKind::Opinion),
    ("unknown", EntryKind::Unknown),
];
/// Concern status choices.
pub const CONCERN_STATUSES: [(&str, ConcernStatus); 2] = [
    ("open", ConcernStatus::Open),
    ("resolved", ConcernStatus::Resolved),
];
/// Goal progress choices.
pub const PROGRESS: [(&str, Progress); 3] = [
    ("not-started", Progress::NotStarted),
    ("working", Progress::Working),
    ("reached", Progress::Reached),
];
/// Meeting kind choices.
pub const MEETING_KINDS: [(&str, MeetingKind); 5] = [
    ("plan", MeetingKind::Plan),
    ("information", MeetingKind::Information),
    ("mediation", MeetingKind::Mediation),
    ("court", MeetingKind::Court),
    ("other", MeetingKind::Other),
];
/// Report kind choices.
pub const REPORT_KINDS: [(&str, ReportKind); 4] = [
    ("family-plan", ReportKind::FamilyPlan),
    ("raad-report", ReportKind::RaadReport),
    ("court-request", ReportKind::CourtRequest),
    ("other", ReportKind::Other),
];
/// Decision kind choices.
pub const DECISION_KINDS: [(&str, DecisionKind); 7] = [
    ("written-instruction", DecisionKind::WrittenInstruction),
    ("placement-refusal", DecisionKind::PlacementRefusal),
    ("court-ruling", DecisionKind::CourtRuling),
    ("provisional-ruling", DecisionKind::ProvisionalRuling),
    ("emergency-placement", DecisionKind::EmergencyPlacement),
    (
        "provisional-guardianship",
        DecisionKind::ProvisionalGuardianship,
    ),
    ("other", DecisionKind::Other),
];
/// An agreement party's word: agreed, not agreed, not asked yet.
pub const ACCORDS: [(&str, Option<bool>); 3] =
    [("yes", Some(true)), ("no", Some(false)), ("unknown", None)];
/// Dispute status choices (the date is a separate field).
pub const DISPUTE_STATES: [&str; 5] = ["drafted", "sent", "answered", "corrected", "refused"];
/// Ruling outcomes; empty means no ruling recorded.
pub const RULING_OUTCOMES: [(&str, RulingOutcome); 3] = [
    ("upheld", RulingOutcome::Upheld),
    ("partly-upheld", RulingOutcome::PartlyUpheld),
    ("rejected", RulingOutcome::Rejected),
];

fn name_of<T: PartialEq + Copy>(options: &[(&'static str, T)], value: T) -> &'static str {
    options
        .iter()
        .find(|(_, v)| *v == value)
        .map(|(n, _)| *n)
        .unwrap_or("")
}

fn source_fields(fields: &mut Fields, source: &Source) {
    put(fields, "source_person", source.person.clone());
    put(fields, "source_document", source.document.clone());
    put(
        fields,
        "source_org",
        source.organisation.clone().unwrap_or_default(),
    );
    put(fields, "source_date", date_text(source.date));
}

fn read_source(r: &mut Reader, orgs: &[&str]) -> Source {
    Source {
        person: r.text("source_person", false),
        document: r.text("source_document", false),
        organisation: r.link("source_org", orgs),
        date: r.past_date("source_date", false),
    }
}

/// "Wekelijks mentorgesprek (Het Noorderlicht College)": support as one line of a form.
fn support_line(h: &Household, s: &Support) -> String {
    match s.by.as_deref().and_then(|id| h.organisation(id)) {
        Some(org) => format!("{} ({})", s.text, org.name),
        None => s.text.clone(),
    }
}

/// Reads a support line back: a trailing "(name)" that names an organisation links it.
fn parse_support(h: &Household, line: &str) -> Support {
    if let Some(open) = line.rfind(" (") {
        if let Some(name) = line[open + 2..].strip_suffix(')') {
            if let Some(org) = h
                .organisations
                .iter()
                .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            {
                return Support {
                    text: line[..open].trim().to_string(),
                    by: Some(org.id.clone()),
                };
            }
        }
    }
    Support {
        text: line.to_string(),
        by: None,
    }
}

// ---------------------------------------------------------------- the fields of an entry

/// The fields of an existing entry (`id`), or of a new one (`id` = `None`) with sensible
/// defaults. `parent` is the meeting of an agreement, or "type:id" of a disputed entry.
pub fn fields_for(
    h: &Household,
    target: Target,
    id: Option<&str>,
    parent: Option<&str>,
    today: Date,
) -> Option<Fields> {
    let mut f = Fields::new();
    let plan = &h.plan;
    let today_text = today.to_string();
    match target {
        Target::Positive => match id {
            Some(id) => {
                let p = plan.positives.iter().find(|p| p.id == id)?;
                put(&mut f, "text", p.text.clone());
                put(&mut f, "date", p.date.to_string());
                source_fields(&mut f, &p.source);
            }
            None => put(&mut f, "date", today_text),
        },
        Target::Concern => match id {
            Some(id) => {
                let c = plan.concerns.iter().find(|c| c.id == id)?;
                put(&mut f, "text", c.text.clone());
                put(&mut f, "date", c.date.to_string());
                put(&mut f, "kind", name_of(&ENTRY_KINDS, c.kind));
                put(&mut f, "status", name_of(&CONCERN_STATUSES, c.status));
                put(&mut f, "raised_by", c.raised_by.clone().unwrap_or_default());
                put(&mut f, "child", c.child.clone().unwrap_or_default());
                put(&mut f, "family_comment", c.family_comment.clone());
                source_fields(&mut f, &c.source);
            }
            None => {
                put(&mut f, "date", today_text);
                put(&mut f, "kind", "unknown");
                put(&mut f, "status", "open");
            }
        },
        Target::Goal => match id {
            Some(id) => {
                let g = plan.goals.iter().find(|g| g.id == id)?;
                put(&mut f, "text", g.text.clone());
                put(&mut f, "created", g.created.to_string());
                put(&mut f, "due", date_text(g.due));
                put(&mut f, "progress", name_of(&PROGRESS, g.progress));
                put(&mut f, "child", g.child.clone().unwrap_or_default());
                put(&mut f, "concerns", g.concerns.join(","));
                put(&mut f, "steps", g.steps.join("\n"));
                let support: Vec<String> = g.support.iter().map(|s| support_line(h, s)).collect();
                put(&mut f, "support", support.join("\n"));
            }
            None => {
                put(&mut f, "created", today_text);
                put(&mut f, "progress", "not-started");
                if let Some(concern) = parent {
                    put(&mut f, "concerns", concern);
                }
            }
        },
        Target::Meeting => match id {
            Some(id) => {
                let m = plan.meetings.iter().find(|m| m.id == id)?;
                put(&mut f, "date", m.date.to_string());
                put(&mut f, "kind", name_of(&MEETING_KINDS, m.kind));
                put(&mut f, "topic", m.topic.clone());
                put(&mut f, "attendees", m.attendees.join("\n"));
                put(
                    &mut f,
                    "recorded",
                    if m.recording.recorded { "yes" } else { "no" },
                );
                put(&mut f, "recorded_by", m.recording.by.clone());
                put(&mut f, "notes", m.notes.clone());
                put(&mut f, "communication", m.communication.clone());
            }
            None => {
                put(&mut f, "date", today_text);
                put(&mut f, "kind", "plan");
                put(&mut f, "recorded", "no");
            }
        },
        Target::Agreement => {
            let meeting = plan
                .meetings
                .iter()
                .find(|m| Some(m.id.as_str()) == parent)?;
            let parties: Vec<Accord> = match id {
                Some(id) => {
                    let a = meeting.agreements.iter().find(|a| a.id == id)?;
                    put(&mut f, "text", a.text.clone());
                    a.parties.clone()
                }
                // A new agreement starts with the people who were there, not asked yet.
                None => meeting
                    .attendees
                    .iter()
                    .map(|name| Accord {
                        party: name.clone(),
                        agreed: None,
                    })
                    .collect(),
            };
            for (i, p) in parties.iter().enumerate() {
                put(&mut f, &format!("party{i}"), p.party.clone());
                put(&mut f, &format!("accord{i}"), name_of(&ACCORDS, p.agreed));
            }
            // Room for one more party.
            put(&mut f, "rows", (parties.len() + 1).to_string());
        }
        Target::Report => match id {
            Some(id) => {
                let r = plan.reports.iter().find(|r| r.id == id)?;
                put(&mut f, "title", r.title.clone());
                put(&mut f, "kind", name_of(&REPORT_KINDS, r.kind));
                put(&mut f, "received", date_text(r.received));
                put(&mut f, "goes_out", date_text(r.goes_out));
                put(&mut f, "respond_by", date_text(r.respond_by));
                put(&mut f, "response", r.response.clone());
            }
            None => {
                put(&mut f, "kind", "family-plan");
                put(&mut f, "received", today_text);
            }
        },
        Target::Decision => match id {
            Some(id) => {
                let d = plan.decisions.iter().find(|d| d.id == id)?;
                put(&mut f, "kind", name_of(&DECISION_KINDS, d.kind));
                put(&mut f, "title", d.title.clone());
                put(&mut f, "date", d.date.to_string());
                put(&mut f, "by", d.by.clone().unwrap_or_default());
                put(&mut f, "acted", date_text(d.acted));
                put(&mut f, "heard", date_text(d.heard));
                put(&mut f, "note", d.note.clone());
            }
            None => {
                put(&mut f, "kind", "written-instruction");
                put(&mut f, "date", today_text);
            }
        },
        Target::Dispute => {
            let entry = parse_entry(parent?)?;
            plan.entry_text(entry.entry, &entry.id)?;
            let existing = match id {
                Some(id) => Some(plan.disputes.iter().find(|d| d.id == id)?),
                None => None,
            };
            match existing {
                Some(d) => {
                    put(&mut f, "account", d.account.clone());
                    let (state, on) = dispute_state(d.status);
                    put(&mut f, "status", state);
                    put(&mut f, "status_date", date_text(on));
                    if let Some(r) = &d.ruling {
                        put(
                            &mut f,
                            "ruling_outcome",
                            name_of(&RULING_OUTCOMES, r.outcome),
                        );
                        put(&mut f, "ruling_date", r.date.to_string());
                        put(&mut f, "ruling_text", r.text.clone());
                    }
                }
                None => {
                    put(&mut f, "status", "drafted");
                    // Start from the family's comment on a concern, if there is one.
                    if entry.entry == EntryType::Concern {
                        if let Some(c) = plan.concerns.iter().find(|c| c.id == entry.id) {
                            put(&mut f, "account", c.family_comment.clone());
                        }
                    }
                }
            }
        }
    }
    Some(f)
}

/// "concern:c3" → the entry it names.
pub fn parse_entry(text: &str) -> Option<EntryRef> {
    let (kind, id) = text.split_once(':')?;
    let entry = match kind {
        "concern" => EntryType::Concern,
        "positive" => EntryType::Positive,
        "goal" => EntryType::Goal,
        "meeting" => EntryType::Meeting,
        "report" => EntryType::Report,
        _ => return None,
    };
    (!id.is_empty()).then(|| EntryRef {
        entry,
        id: id.to_string(),
    })
}

/// The entry as "concern:c3" (the inverse of `parse_entry`).
pub fn entry_text(entry: &EntryRef) -> String {
    let kind = match entry.entry {
        EntryType::Concern => "concern",
        EntryType::Positive => "positive",
        EntryType::Goal => "goal",
        EntryType::Meeting => "meeting",
        EntryType::Report => "report",
    };
    format!("{kind}:{}", entry.id)
}

fn dispute_state(status: DisputeStatus) -> (&'static str, Option<Date>) {
    match status {
        DisputeStatus::Drafted => ("drafted", None),
        DisputeStatus::Sent { on } => ("sent", Some(on)),
        DisputeStatus::Answered { on } => ("answered", Some(on)),
        DisputeStatus::Corrected { on } => ("corrected", Some(on)),
        DisputeStatus::Refused { on } => ("refused", Some(on)),
    }
}

// ---------------------------------------------------------------- writing an entry

/// Checks the fields and writes the entry (a new one when `id` is `None`). Returns the id.
/// Nothing changes when a field is wrong.
pub fn apply(
    h: &mut Household,
    target: Target,
    id: Option<&str>,
    parent: Option<&str>,
    fields: &Fields,
    today: Date,
) -> Result<String, Vec<FieldError>> {
    let mut r = Reader {
        fields,
        errors: Vec::new(),
        today,
    };
    let orgs: Vec<String> = h.organisations.iter().map(|o| o.id.clone()).collect();
    let orgs: Vec<&str> = orgs.iter().map(String::as_str).collect();
    let children: Vec<String> = h.children.iter().map(|c| c.id.clone()).collect();
    let children: Vec<&str> = children.iter().map(String::as_str).collect();
    match target {
        Target::Positive => {
            let text = r.text("text", true);
            let date = r.past_date("date", true);
            let source = read_source(&mut r, &orgs);
            let date = r.finish(date)?.unwrap_or(today);
            let (id, p) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.positives,
                |p| &p.id,
                |id| Positive {
                    id,
                    text: String::new(),
                    date,
                    source: Source::default(),
                },
            )?;
            p.text = text;
            p.date = date;
            p.source = source;
            Ok(id)
        }
        Target::Concern => {
            let text = r.text("text", true);
            let date = r.past_date("date", true);
            let kind = r.choice("kind", &ENTRY_KINDS, EntryKind::Unknown);
            let status = r.choice("status", &CONCERN_STATUSES, ConcernStatus::Open);
            let raised_by = r.link("raised_by", &orgs);
            let child = r.link("child", &children);
            let family_comment = r.text("family_comment", false);
            let source = read_source(&mut r, &orgs);
            let date = r.finish(date)?.unwrap_or(today);
            let (id, c) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.concerns,
                |c| &c.id,
                |id| Concern {
                    id,
                    text: String::new(),
                    raised_by: None,
                    date,
                    kind,
                    source: Source::default(),
                    status,
                    child: None,
                    family_comment: String::new(),
                    youth_comment: String::new(),
                },
            )?;
            c.text = text;
            c.date = date;
            c.kind = kind;
            c.status = status;
            c.raised_by = raised_by;
            c.child = child;
            c.family_comment = family_comment;
            c.source = source;
            Ok(id)
        }
        Target::Goal => {
            let text = r.text("text", true);
            let created = r.date("created", true);
            let due = r.near_date("due", false);
            r.not_before("due", due, created);
            let progress = r.choice("progress", &PROGRESS, Progress::NotStarted);
            let child = r.link("child", &children);
            let mut concerns = Vec::new();
            let listed = r.raw("concerns").to_string();
            for part in listed.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                if h.plan.concerns.iter().any(|c| c.id == part) {
                    concerns.push(part.to_string());
                } else {
                    r.fail("concerns", Problem::UnknownChoice);
                }
            }
            let steps = r.lines("steps");
            let support: Vec<Support> = r
                .lines("support")
                .iter()
                .map(|l| parse_support(h, l))
                .collect();
            let note = r.text("note", false);
            let created = r.finish(created)?.unwrap_or(today);
            let (id, g) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.goals,
                |g| &g.id,
                |id| Goal {
                    id,
                    text: String::new(),
                    concerns: vec![],
                    steps: vec![],
                    support: vec![],
                    due: None,
                    progress,
                    notes: vec![],
                    child: None,
                    created,
                    youth_comment: String::new(),
                },
            )?;
            g.text = text;
            g.created = created;
            g.due = due;
            g.progress = progress;
            g.child = child;
            g.concerns = concerns;
            g.steps = steps;
            g.support = support;
            if !note.is_empty() {
                g.notes.push(ProgressNote {
                    date: today,
                    text: note,
                });
            }
            Ok(id)
        }
        Target::Meeting => {
            let date = r.near_date("date", true);
            let kind = r.choice("kind", &MEETING_KINDS, MeetingKind::Other);
            let topic = r.text("topic", true);
            let attendees = r.lines("attendees");
            let recorded = r.raw("recorded") == "yes";
            let recorded_by = r.text("recorded_by", false);
            let notes = r.text("notes", false);
            let communication = r.text("communication", false);
            let date = r.finish(date)?.unwrap_or(today);
            let (id, m) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.meetings,
                |m| &m.id,
                |id| Meeting {
                    id,
                    date,
                    kind,
                    topic: String::new(),
                    attendees: vec![],
                    recording: Recording::default(),
                    notes: String::new(),
                    communication: String::new(),
                    agreements: vec![],
                },
            )?;
            m.date = date;
            m.kind = kind;
            m.topic = topic;
            m.attendees = attendees;
            m.recording = Recording {
                recorded,
                by: if recorded { recorded_by } else { String::new() },
            };
            m.notes = notes;
            m.communication = communication;
            Ok(id)
        }
        Target::Agreement => {
            let text = r.text("text", true);
            let rows: usize = r.raw("rows").parse().unwrap_or(0).min(50);
            let mut parties = Vec::new();
            for i in 0..rows {
                let party = r.text(&format!("party{i}"), false);
                let agreed = r.choice(&format!("accord{i}"), &ACCORDS, None);
                if !party.is_empty() {
                    parties.push(Accord { party, agreed });
                }
            }
            r.finish(())?;
            let Some(meeting_id) = parent else {
                return Err(vec![FieldError {
                    field: "text".into(),
                    problem: Problem::UnknownChoice,
                }]);
            };
            if !h.plan.meetings.iter().any(|m| m.id == meeting_id) {
                return Err(vec![FieldError {
                    field: "text".into(),
                    problem: Problem::UnknownChoice,
                }]);
            }
            let new_id = match id {
                Some(id) => id.to_string(),
                None => h.new_id(target.prefix()),
            };
            let m = h
                .plan
                .meetings
                .iter_mut()
                .find(|m| m.id == meeting_id)
                .expect("checked");
            match m.agreements.iter_mut().find(|a| a.id == new_id) {
                Some(a) => {
                    a.text = text;
                    a.parties = parties;
                }
                None if id.is_none() => m.agreements.push(Agreement {
                    id: new_id.clone(),
                    text,
                    parties,
                }),
                None => {
                    return Err(vec![FieldError {
                        field: "text".into(),
                        problem: Problem::UnknownChoice,
                    }])
                }
            }
            Ok(new_id)
        }
        Target::Report => {
            let title = r.text("title", true);
            let kind = r.choice("kind", &REPORT_KINDS, ReportKind::Other);
            let received = r.past_date("received", false);
            let goes_out = r.near_date("goes_out", false);
            let respond_by = r.near_date("respond_by", false);
            r.not_before("respond_by", respond_by, received);
            r.not_before("goes_out", goes_out, received);
            let response = r.text("response", false);
            r.finish(())?;
            let (id, x) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.reports,
                |x| &x.id,
                |id| Report {
                    id,
                    title: String::new(),
                    kind,
                    received: None,
                    goes_out: None,
                    respond_by: None,
                    response: String::new(),
                },
            )?;
            x.title = title;
            x.kind = kind;
            x.received = received;
            x.goes_out = goes_out;
            x.respond_by = respond_by;
            x.response = response;
            Ok(id)
        }
        Target::Decision => {
            let kind = r.choice("kind", &DECISION_KINDS, DecisionKind::Other);
            let title = r.text("title", true);
            let date = r.past_date("date", true);
            let by = r.link("by", &orgs);
            let stored = id
                .and_then(|id| h.plan.decisions.iter().find(|d| d.id == id))
                .map(|d| d.date);
            if kind == DecisionKind::WrittenInstruction && date != stored {
                if let Some(sent) = date {
                    // An instruction is only given during a measure, and its term is 2 weeks:
                    // a date before the current stage or over a year ago is most likely a typo.
                    let stage_start = match h.position.current() {
                        CurrentStage::Known(_, since) => Some(since),
                        _ => None,
                    };
                    if sent < today.add_months(-12) {
                        r.fail("date", Problem::TooOld);
                    } else if stage_start.is_some_and(|since| sent < since) {
                        r.fail("date", Problem::BeforeStage);
                    }
                }
            }
            let acted = r.past_date("acted", false);
            r.not_before("acted", acted, date);
            // Being heard may come before the order (then there is no hearing term at all).
            let heard = r.past_date("heard", false);
            let note = r.text("note", false);
            let date = r.finish(date)?.unwrap_or(today);
            let (id, x) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.decisions,
                |x| &x.id,
                |id| Decision {
                    id,
                    kind,
                    title: String::new(),
                    date,
                    by: None,
                    acted: None,
                    heard: None,
                    note: String::new(),
                },
            )?;
            x.kind = kind;
            x.title = title;
            x.date = date;
            x.by = by;
            x.acted = acted;
            x.heard = heard;
            x.note = note;
            Ok(id)
        }
        Target::Dispute => {
            let account = r.text("account", true);
            let state = r.raw("status").to_string();
            let on = r.past_date("status_date", state != "drafted" && !state.is_empty());
            let status = match (state.as_str(), on) {
                ("" | "drafted", _) => DisputeStatus::Drafted,
                ("sent", Some(on)) => DisputeStatus::Sent { on },
                ("answered", Some(on)) => DisputeStatus::Answered { on },
                ("corrected", Some(on)) => DisputeStatus::Corrected { on },
                ("refused", Some(on)) => DisputeStatus::Refused { on },
                (other, _) => {
                    if !DISPUTE_STATES.contains(&other) {
                        r.fail("status", Problem::UnknownChoice);
                    }
                    DisputeStatus::Drafted
                }
            };
            let outcome = r.raw("ruling_outcome").to_string();
            let ruling = if outcome.is_empty() {
                None
            } else {
                let outcome = r.choice("ruling_outcome", &RULING_OUTCOMES, RulingOutcome::Rejected);
                let date = r.past_date("ruling_date", true);
                let text = r.text("ruling_text", false);
                date.map(|date| Ruling {
                    date,
                    outcome,
                    text,
                })
            };
            let entry = parent.and_then(parse_entry);
            let entry = match entry {
                Some(e) if h.plan.entry_text(e.entry, &e.id).is_some() => e,
                _ => {
                    r.fail("account", Problem::UnknownChoice);
                    return Err(r.errors);
                }
            };
            r.finish(())?;
            let (id, x) = upsert(
                h,
                target,
                id,
                |h| &mut h.plan.disputes,
                |x| &x.id,
                |id| Dispute {
                    id,
                    entry: entry.clone(),
                    account: String::new(),
                    created: today,
                    status,
                    letter: None,
                    ruling: None,
                },
            )?;
            x.account = account;
            x.status = status;
            x.ruling = ruling;
            Ok(id)
        }
    }
}

/// Finds the entry `id` in the list, or appends a new one made by `make` with a fresh id.
/// An id that is not there (deleted meanwhile) is an error, not a silent new entry.
fn upsert<'h, T>(
    h: &'h mut Household,
    target: Target,
    id: Option<&str>,
    list: impl Fn(&mut Household) -> &mut Vec<T>,
    id_of: impl Fn(&T) -> &String,
    make: impl FnOnce(String) -> T,
) -> Result<(String, &'h mut T), Vec<FieldError>> {
    match id {
        Some(id) => {
            let items = list(h);
            match items.iter().position(|x| id_of(x) == id) {
                Some(index) => Ok((id.to_string(), &mut items[index])),
                None => Err(vec![FieldError {
                    field: "id".into(),
                    problem: Problem::UnknownChoice,
                }]),
            }
        }
        None => {
            let id = h.new_id(target.prefix());
            let items = list(h);
            items.push(make(id.clone()));
            let last = items.len() - 1;
            Ok((id, &mut items[last]))
        }
    }
}

// ---------------------------------------------------------------- removing an entry

/// Removes an entry and the links that pointed at it. `parent` is the meeting of an
/// agreement. Returns `None` when there was no such entry.
pub fn remove(
    h: &mut Household,
    target: Target,
    id: &str,
    parent: Option<&str>,
) -> Option<Removed> {
    let mut removed = Removed::default();
    let plan = &mut h.plan;
    let entry = match target {
        Target::Positive => {
            take(&mut plan.positives, |x| x.id == id).then_some(EntryType::Positive)
        }
        Target::Concern => {
            let found = take(&mut plan.concerns, |x| x.id == id);
            if found {
                for g in &mut plan.goals {
                    let before = g.concerns.len();
                    g.concerns.retain(|c| c != id);
                    removed.goals_unlinked += before - g.concerns.len();
                }
            }
            found.then_some(EntryType::Concern)
        }
        Target::Goal => take(&mut plan.goals, |x| x.id == id).then_some(EntryType::Goal),
        Target::Meeting => {
            let found = take(&mut plan.meetings, |x| x.id == id);
            if found {
                for r in &mut h.requests {
                    if let Some(e) = &mut r.emergency {
                        if e.meeting.as_deref() == Some(id) {
                            e.meeting = None;
                            removed.requests_unlinked += 1;
                        }
                    }
                }
            }
            found.then_some(EntryType::Meeting)
        }
        Target::Report => take(&mut plan.reports, |x| x.id == id).then_some(EntryType::Report),
        Target::Decision => return take(&mut plan.decisions, |x| x.id == id).then_some(removed),
        Target::Dispute => return take(&mut plan.disputes, |x| x.id == id).then_some(removed),
        Target::Agreement => {
            let meeting = plan
                .meetings
                .iter_mut()
                .find(|m| Some(m.id.as_str()) == parent)?;
            return take(&mut meeting.agreements, |a| a.id == id).then_some(removed);
        }
    }?;
    let plan = &mut h.plan;
    let before = plan.disputes.len();
    plan.disputes
        .retain(|d| !(d.entry.entry == entry && d.entry.id == id));
    removed.disputes = before - plan.disputes.len();
    Some(removed)
}

/// The goals that answer this concern (asked about before the concern is removed).
pub fn goals_of(h: &Household, concern: &str) -> Vec<String> {
    h.plan
        .goals
        .iter()
        .filter(|g| g.concerns.iter().any(|c| c == concern))
        .map(|g| g.id.clone())
        .collect()
}

/// Removes a concern together with the goals that answer only this concern; goals that
/// also answer another concern stay, without the link. The family chose this over keeping
/// the goals (plain `remove`).
pub fn remove_concern_and_goals(h: &mut Household, id: &str) -> Option<Removed> {
    if !h.plan.concerns.iter().any(|c| c.id == id) {
        return None;
    }
    let only_this: Vec<String> = h
        .plan
        .goals
        .iter()
        .filter(|g| !g.concerns.is_empty() && g.concerns.iter().all(|c| c == id))
        .map(|g| g.id.clone())
        .collect();
    let mut removed = Removed::default();
    for goal in &only_this {
        let r = remove(h, Target::Goal, goal, None)?;
        removed.disputes += r.disputes;
        removed.goals_removed += 1;
    }
    let r = remove(h, Target::Concern, id, None)?;
    removed.goals_unlinked = r.goals_unlinked;
    removed.disputes += r.disputes;
    Some(removed)
}

fn take<T>(list: &mut Vec<T>, pred: impl Fn(&T) -> bool) -> bool {
    let before = list.len();
    list.retain(|x| !pred(x));
    list.len() < before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::validation::validate;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn problems(result: Result<String, Vec<FieldError>>) -> Vec<(String, Problem)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn every_entry_round_trips_through_its_fields() {
        let h = example_household(today());
        let cases: Vec<(Target, String, Option<String>)> = vec![
            (Target::Positive, "w1".into(), None),
            (Target::Concern, "c1".into(), None),
            (Target::Goal, "g1".into(), None),
            (Target::Meeting, "m1".into(), None),
            (Target::Agreement, "a2".into(), Some("m1".into())),
            (Target::Report, "r1".into(), None),
            (Target::Dispute, "d1".into(), Some("concern:c3".into())),
        ];
        for (target, id, parent) in cases {
            let mut copy = h.clone();
            let f = fields_for(&h, target, Some(&id), parent.as_deref(), today())
                .unwrap_or_else(|| panic!("{target:?} {id}"));
            let written = apply(&mut copy, target, Some(&id), parent.as_deref(), &f, today());
            assert_eq!(written, Ok(id.clone()), "{target:?}");
            assert_eq!(copy, h, "{target:?} {id} changed by an unchanged form");
        }
    }

    #[test]
    fn a_new_concern_gets_a_fresh_id_and_a_new_goal_can_link_it() {
        let mut h = example_household(today());
        let mut f = fields_for(&h, Target::Concern, None, None, today()).unwrap();
        f.insert("text".into(), "Zorg over de woning".into());
        f.insert("kind".into(), "observation".into());
        f.insert("source_org".into(), "o3".into());
        let id = apply(&mut h, Target::Concern, None, None, &f, today()).unwrap();
        assert_eq!(id, "c100");
        let c = h.plan.concerns.iter().find(|c| c.id == id).unwrap();
        assert_eq!(c.kind, EntryKind::Observation);
        assert_eq!(c.source.organisation.as_deref(), Some("o3"));

        let mut g = fields_for(&h, Target::Goal, None, Some(&id), today()).unwrap();
        g.insert("text".into(), "Een woning zoeken".into());
        g.insert(
            "support".into(),
            "Hulp bij aanvraag (Ouder- en kindteam Noord)\nZelf zoeken".into(),
        );
        g.insert("steps".into(), "- Inschrijven\n\n• Bellen".into());
        let gid = apply(&mut h, Target::Goal, None, None, &g, today()).unwrap();
        let goal = h.plan.goals.iter().find(|x| x.id == gid).unwrap();
        assert_eq!(goal.concerns, vec![id]);
        assert_eq!(goal.steps, vec!["Inschrijven", "Bellen"]);
        assert_eq!(goal.support[0].by.as_deref(), Some("o2"));
        assert_eq!(goal.support[0].text, "Hulp bij aanvraag");
        assert_eq!(goal.support[1].by, None);
        assert!(validate(&h).is_empty());
    }

    #[test]
    fn bad_input_is_named_per_field_and_changes_nothing() {
        let mut h = example_household(today());
        let before = h.clone();
        let f = fields(&[
            ("text", "  "),
            ("date", "2026-13-40"),
            ("kind", "rumour"),
            ("child", "k9"),
        ]);
        let got = problems(apply(&mut h, Target::Concern, None, None, &f, today()));
        assert!(got.contains(&("text".into(), Problem::Required)));
        assert!(got.contains(&("date".into(), Problem::BadDate)));
        assert!(got.contains(&("kind".into(), Problem::UnknownChoice)));
        assert!(got.contains(&("child".into(), Problem::UnknownChoice)));
        assert_eq!(h, before);

        let f = fields(&[("text", "Iets"), ("date", "2026-12-01")]);
        let got = problems(apply(&mut h, Target::Concern, None, None, &f, today()));
        assert_eq!(got, vec![("date".into(), Problem::InFuture)]);

        let f = fields(&[("date", "2031-01-01"), ("topic", "Plan"), ("kind", "plan")]);
        let got = problems(apply(&mut h, Target::Meeting, None, None, &f, today()));
        assert_eq!(got, vec![("date".into(), Problem::FarFuture)]);

        let f = fields(&[
            ("text", "Doel"),
            ("created", "2026-11-01"),
            ("due", "2026-10-01"),
            ("concerns", "c1,c404"),
        ]);
        let got = problems(apply(&mut h, Target::Goal, None, None, &f, today()));
        assert_eq!(
            got,
            vec![
                ("due".into(), Problem::BeforeStart),
                ("concerns".into(), Problem::UnknownChoice)
            ]
        );
        assert_eq!(h, before);
    }

    #[test]
    fn editing_a_deleted_entry_is_refused_not_recreated() {
        let mut h = example_household(today());
        let f = fields_for(&h, Target::Report, Some("r1"), None, today()).unwrap();
        remove(&mut h, Target::Report, "r1", None).unwrap();
        let got = problems(apply(&mut h, Target::Report, Some("r1"), None, &f, today()));
        assert_eq!(got, vec![("id".into(), Problem::UnknownChoice)]);
        assert!(h.plan.reports.is_empty());
    }

    #[test]
    fn removing_a_concern_unlinks_goals_and_drops_its_disputes() {
        let mut h = example_household(today());
        h.plan.goals[1].concerns.push("c3".into());
        let removed = remove(&mut h, Target::Concern, "c3", None).unwrap();
        assert_eq!(
            removed,
            Removed {
                goals_unlinked: 1,
                disputes: 1,
                ..Removed::default()
            }
        );
        assert!(validate(&h).is_empty(), "{:?}", validate(&h));
        assert_eq!(remove(&mut h, Target::Concern, "c3", None), None);
    }

    #[test]
    fn a_concern_can_go_with_the_goals_that_answer_only_it() {
        let mut h = example_household(today());
        // g1 answers only c1; give g2 both c1 and c2, so it stays.
        h.plan.goals[1].concerns.push("c1".into());
        assert_eq!(goals_of(&h, "c1"), vec!["g1".to_string(), "g2".to_string()]);
        let removed = remove_concern_and_goals(&mut h, "c1").unwrap();
        assert_eq!(removed.goals_removed, 1);
        assert_eq!(removed.goals_unlinked, 1);
        assert!(h.plan.goals.iter().all(|g| g.id != "g1"));
        assert_eq!(
            h.plan.goals.iter().find(|g| g.id == "g2").unwrap().concerns,
            vec!["c2"]
        );
        assert!(validate(&h).is_empty());
        assert_eq!(remove_concern_and_goals(&mut h, "c1"), None);
    }

    #[test]
    fn removing_a_meeting_unlinks_emergency_requests() {
        let mut h = example_household(today());
        let form = EmergencyStop {
            meeting: Some("m1".into()),
            conversation_date: today(),
            troubles: vec![Trouble::NotHeard],
            details: String::new(),
            need_today: "Bellen".into(),
            from_youth: false,
            name: "Sanne".into(),
            phone: "0612345678".into(),
            reachable: String::new(),
        };
        let channel = Channel::Endpoint {
            url: "https://example.org/noodstop".into(),
        };
        crate::domain::emergency::add_request(
            &mut h,
            form,
            channel,
            "Noodstop".into(),
            "Tekst".into(),
            "key".into(),
            1,
            "Organisatie",
        );
        let removed = remove(&mut h, Target::Meeting, "m1", None).unwrap();
        assert_eq!(removed.requests_unlinked, 1);
        assert!(validate(&h).is_empty());
    }

    #[test]
    fn agreements_start_with_the_attendees_and_keep_each_partys_word() {
        let mut h = example_household(today());
        let mut f = fields_for(&h, Target::Agreement, None, Some("m1"), today()).unwrap();
        assert_eq!(f.get("rows").map(String::as_str), Some("5"));
        assert_eq!(f.get("party0").map(String::as_str), Some("Moeder (Sanne)"));
        f.insert("text".into(), "Volgende week bellen we.".into());
        f.insert("accord0".into(), "yes".into());
        f.insert("accord1".into(), "no".into());
        f.insert("party4".into(), "Oma".into());
        let id = apply(&mut h, Target::Agreement, None, Some("m1"), &f, today()).unwrap();
        let a = h.plan.meetings[0]
            .agreements
            .iter()
            .find(|a| a.id == id)
            .unwrap();
        assert_eq!(a.parties.len(), 5);
        assert_eq!(a.parties[0].agreed, Some(true));
        assert_eq!(a.parties[1].agreed, Some(false));
        assert_eq!(a.parties[2].agreed, None);
        assert_eq!(a.parties[4].party, "Oma");
        assert_eq!(
            remove(&mut h, Target::Agreement, &id, Some("m1")),
            Some(Removed::default())
        );
    }

    #[test]
    fn a_dispute_moves_through_its_states_and_records_a_ruling() {
        let mut h = example_household(today());
        let mut f = fields_for(&h, Target::Dispute, None, Some("goal:g2"), today()).unwrap();
        f.insert(
            "account".into(),
            "Wij hebben al een mediator gevraagd.".into(),
        );
        let id = apply(&mut h, Target::Dispute, None, Some("goal:g2"), &f, today()).unwrap();
        f.insert("status".into(), "refused".into());
        let got = problems(apply(
            &mut h,
            Target::Dispute,
            Some(&id),
            Some("goal:g2"),
            &f,
            today(),
        ));
        assert_eq!(got, vec![("status_date".into(), Problem::Required)]);
        f.insert("status_date".into(), "2026-11-20".into());
        f.insert("ruling_outcome".into(), "partly-upheld".into());
        f.insert("ruling_date".into(), "2026-11-27".into());
        apply(
            &mut h,
            Target::Dispute,
            Some(&id),
            Some("goal:g2"),
            &f,
            today(),
        )
        .unwrap();
        let d = h.plan.dispute_for(EntryType::Goal, "g2").unwrap();
        assert_eq!(
            d.status,
            DisputeStatus::Refused {
                on: Date::parse("2026-11-20").unwrap()
            }
        );
        assert_eq!(
            d.ruling.as_ref().unwrap().outcome,
            RulingOutcome::PartlyUpheld
        );
        assert!(validate(&h).is_empty());
        // A dispute about an entry that does not exist is refused.
        let got = apply(
            &mut h,
            Target::Dispute,
            None,
            Some("goal:g404"),
            &f,
            today(),
        );
        assert!(got.is_err());
    }

    #[test]
    fn slugs_round_trip() {
        for t in ALL {
            assert_eq!(Target::from_slug(t.slug()), Some(t));
        }
        assert_eq!(
            parse_entry("concern:c1").map(|e| entry_text(&e)),
            Some("concern:c1".into())
        );
        assert_eq!(parse_entry("thing:c1"), None);
        assert_eq!(parse_entry("concern:"), None);
    }
}
