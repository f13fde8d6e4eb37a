//! How a form field is declared (`FieldSpec`), the choice lists, and the `Reader` that
//! parses and checks typed values by their declaration.

use super::{FieldError, FieldProblem, Fields};
use crate::domain::date::Date;
use crate::domain::household::*;
use crate::domain::validation::MAX_TEXT;

/// One field of a plan form, declared once: the page renders it from this, the domain parses
/// and checks it by this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field's name in the form's values (and, prefixed `f-`, its element id).
    pub name: &'static str,
    /// Its label: a key of the `[form]` section of `content/*/ui.toml`.
    pub label: &'static str,
    /// A hint under the label, also a `[form]` key.
    pub hint: Option<&'static str>,
    /// What the user gives, and how it is parsed.
    pub input: Input,
    /// Whether leaving it empty is a problem.
    pub required: bool,
    /// The value a new entry starts with.
    pub start: Start,
}

/// What a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// Several lines of text (the number is the visible rows).
    Area(u32),
    /// A list, one item per line (the number is the visible rows).
    Lines(u32),
    /// A date, with the rule for how far it may lie from today.
    Date(When),
    /// One of a fixed list.
    Choice(Choices),
    /// One of the household's organisations, or none.
    Organisation,
    /// One of the household's children, or none (the whole family).
    Child,
    /// Any of the plan's concerns, comma-separated.
    Concerns,
}

/// Where a date may lie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Anywhere.
    Any,
    /// Not after today: something that already happened.
    Past,
    /// Not more than a year ahead (further is probably a typo).
    Near,
}

/// The fixed choice lists (stored name, value) a field can offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choices {
    /// `ENTRY_KINDS`.
    StatementKind,
    /// `CONCERN_STATUSES`.
    ConcernStatus,
    /// `PROGRESS`.
    Progress,
    /// `MEETING_KINDS`.
    MeetingKind,
    /// `YES_NO`.
    YesNo,
    /// `ACCORDS`.
    Accord,
    /// `REPORT_KINDS`.
    ReportKind,
    /// `DECISION_KINDS`.
    DecisionKind,
    /// `DISPUTE_STATES`.
    DisputeState,
    /// `RULING_OUTCOMES`, or none.
    RulingOutcome,
}

/// The value of a field in a new entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Empty.
    Empty,
    /// Today's date.
    Today,
    /// This stored name (of a choice).
    Value(&'static str),
    /// The entry the new one is made from (`?bij=`), if any.
    Parent,
}

impl FieldSpec {
    /// A field that may stay empty, without a hint, starting empty.
    pub const fn new(name: &'static str, label: &'static str, input: Input) -> FieldSpec {
        FieldSpec {
            name,
            label,
            hint: None,
            input,
            required: false,
            start: Start::Empty,
        }
    }
    /// A choice of one of `list`, which may stay empty, starting empty.
    pub const fn choice(name: &'static str, label: &'static str, list: Choices) -> FieldSpec {
        FieldSpec::new(name, label, Input::Choice(list))
    }
    /// The same field with a hint.
    pub const fn hint(mut self, key: &'static str) -> FieldSpec {
        self.hint = Some(key);
        self
    }
    /// The same field, which must be filled in.
    pub const fn required(mut self) -> FieldSpec {
        self.required = true;
        self
    }
    /// The same field, starting with `start` in a new entry.
    pub const fn start(mut self, start: Start) -> FieldSpec {
        self.start = start;
        self
    }
}

/// Choice names for the enums, as stored in form fields (the same words as the stored format).
pub const ENTRY_KINDS: [(&str, StatementKind); 4] = [
    ("fact", StatementKind::Fact),
    ("observation", StatementKind::Observation),
    ("opinion", StatementKind::Opinion),
    ("unknown", StatementKind::Unknown),
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
/// No or yes, in the order a form offers them.
pub const YES_NO: [(&str, bool); 2] = [("no", false), ("yes", true)];
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

/// The stored name of `value` in a choice list.
pub fn name_of<T: PartialEq + Copy>(options: &[(&'static str, T)], value: T) -> &'static str {
    options
        .iter()
        .find(|(_, v)| *v == value)
        .map(|(n, _)| *n)
        .unwrap_or("")
}

/// The name of a field in a repeated row (`party0`, `accord0`, …) or of a plain field.
pub fn field_name(spec: &FieldSpec, row: Option<usize>) -> String {
    match row {
        Some(i) => format!("{}{i}", spec.name),
        None => spec.name.to_string(),
    }
}

/// Writes one field's text into a form's values.
pub fn put(fields: &mut Fields, spec: &FieldSpec, value: impl Into<String>) {
    fields.insert(spec.name.to_string(), value.into());
}

/// A date as a field shows it; empty for none.
pub fn date_text(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Parses the form's values field by field, by each field's declaration, and collects every
/// problem with the field it belongs to.
pub struct Reader<'a> {
    values: &'a Fields,
    /// The household as it is (for links, and checks against other entries).
    pub h: &'a Household,
    /// Today, for date checks and dates of new notes.
    pub today: Date,
    /// The meeting of an agreement, or "type:id" of a disputed entry.
    pub parent: Option<&'a str>,
    /// The entry as stored before this change, if it is not a new one.
    pub existing: bool,
    /// While reading a repeated row: its number (`party{row}`).
    pub row: Option<usize>,
    errors: Vec<FieldError>,
}

impl<'a> Reader<'a> {
    /// A reader of `values` against the household.
    pub fn new(h: &'a Household, values: &'a Fields, parent: Option<&'a str>, today: Date) -> Self {
        Reader {
            values,
            h,
            today,
            parent,
            existing: false,
            row: None,
            errors: Vec::new(),
        }
    }

    /// Records a problem at a field.
    pub fn fail(&mut self, spec: &FieldSpec, problem: FieldProblem) {
        let field = field_name(spec, self.row);
        self.errors.push(FieldError { field, problem });
    }

    /// The field's text, trimmed, unchecked.
    pub fn raw(&self, spec: &FieldSpec) -> &'a str {
        let values: &'a Fields = self.values;
        values
            .get(&field_name(spec, self.row))
            .map(|s| s.trim())
            .unwrap_or("")
    }

    /// Text: required if declared so, never too long.
    pub fn text(&mut self, spec: &FieldSpec) -> String {
        let value = self.raw(spec).to_string();
        if spec.required && value.is_empty() {
            self.fail(spec, FieldProblem::Required);
        } else if value.chars().count() > MAX_TEXT {
            self.fail(spec, FieldProblem::TooLong);
        }
        value
    }

    /// One item per non-empty line, without list bullets.
    pub fn lines(&mut self, spec: &FieldSpec) -> Vec<String> {
        let text = self.text(spec);
        text.lines()
            .map(|l| l.trim().trim_start_matches(['-', '•', '*']).trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A date, required if declared so, within the declared `When`.
    pub fn date(&mut self, spec: &FieldSpec) -> Option<Date> {
        self.date_if(spec, spec.required)
    }

    /// A date that is required only under a condition (e.g. a state that has a date).
    pub fn date_if(&mut self, spec: &FieldSpec, required: bool) -> Option<Date> {
        let value = self.raw(spec);
        if value.is_empty() {
            if required {
                self.fail(spec, FieldProblem::Required);
            }
            return None;
        }
        let Ok(date) = Date::parse(value) else {
            self.fail(spec, FieldProblem::BadDate);
            return None;
        };
        match spec.input {
            Input::Date(When::Past) if date > self.today => self.fail(spec, FieldProblem::InFuture),
            Input::Date(When::Near) if date > self.today.add_days(366) => {
                self.fail(spec, FieldProblem::FarFuture)
            }
            _ => {}
        }
        Some(date)
    }

    /// A date that must not lie before `start` (an earlier date of the same form).
    pub fn not_before(&mut self, spec: &FieldSpec, date: Option<Date>, start: Option<Date>) {
        if let (Some(date), Some(start)) = (date, start) {
            if date < start {
                self.fail(spec, FieldProblem::BeforeStart);
            }
        }
    }

    /// An optional link to an organisation or child of the household; empty means none.
    pub fn link(&mut self, spec: &FieldSpec) -> Option<String> {
        let h = self.h;
        let value = self.raw(spec);
        let known = match spec.input {
            Input::Organisation => h.organisations.iter().any(|o| o.id == value),
            Input::Child => h.children.iter().any(|c| c.id == value),
            _ => false,
        };
        if value.is_empty() {
            None
        } else if known {
            Some(value.to_string())
        } else {
            self.fail(spec, FieldProblem::UnknownChoice);
            None
        }
    }

    /// One of `options`; `default` when empty.
    pub fn choice<T: Copy>(&mut self, spec: &FieldSpec, options: &[(&str, T)], default: T) -> T {
        let value = self.raw(spec);
        if value.is_empty() {
            return default;
        }
        match options.iter().find(|(name, _)| *name == value) {
            Some((_, v)) => *v,
            None => {
                self.fail(spec, FieldProblem::UnknownChoice);
                default
            }
        }
    }

    /// The field's date as typed, if it is one (no problem is noted).
    pub fn parsed(&self, spec: &FieldSpec) -> Option<Date> {
        Date::parse(self.raw(spec)).ok()
    }

    /// Every problem found, or nothing.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// One direction of a form: showing an entry's values in the form, or taking the form's
/// values back into the entry, parsed and checked. A kind's `bind` names each field once,
/// for both directions, so they cannot disagree.
pub enum Bind<'a, 'h> {
    /// Entry → values.
    Show(&'a mut Fields, &'h Household),
    /// Values → entry.
    Take(&'a mut Reader<'h>),
}

impl<'h> Bind<'_, 'h> {
    /// The household (for links and support lines).
    pub fn household(&self) -> &'h Household {
        match self {
            Bind::Show(_, h) => h,
            Bind::Take(r) => r.h,
        }
    }

    /// A text field.
    pub fn text(&mut self, spec: &FieldSpec, value: &mut String) {
        match self {
            Bind::Show(f, _) => put(f, spec, value.clone()),
            Bind::Take(r) => *value = r.text(spec),
        }
    }

    /// A list, one item per line.
    pub fn lines(&mut self, spec: &FieldSpec, value: &mut Vec<String>) {
        match self {
            Bind::Show(f, _) => put(f, spec, value.join("\n")),
            Bind::Take(r) => *value = r.lines(spec),
        }
    }

    /// A date that must be there (a wrong one is a problem, the entry is not written).
    pub fn date(&mut self, spec: &FieldSpec, value: &mut Date) {
        match self {
            Bind::Show(f, _) => put(f, spec, value.to_string()),
            Bind::Take(r) => *value = r.date(spec).unwrap_or(*value),
        }
    }

    /// A date that may be empty.
    pub fn maybe_date(&mut self, spec: &FieldSpec, value: &mut Option<Date>) {
        match self {
            Bind::Show(f, _) => put(f, spec, date_text(*value)),
            Bind::Take(r) => *value = r.date(spec),
        }
    }

    /// A link to an organisation or child, or none.
    pub fn link(&mut self, spec: &FieldSpec, value: &mut Option<String>) {
        match self {
            Bind::Show(f, _) => put(f, spec, value.clone().unwrap_or_default()),
            Bind::Take(r) => *value = r.link(spec),
        }
    }

    /// One of `options` (an empty field keeps the value).
    pub fn choice<T: Copy + PartialEq>(
        &mut self,
        spec: &FieldSpec,
        options: &[(&'static str, T)],
        value: &mut T,
    ) {
        match self {
            Bind::Show(f, _) => put(f, spec, name_of(options, *value)),
            Bind::Take(r) => *value = r.choice(spec, options, *value),
        }
    }

    /// Links to concerns of the plan, comma-separated.
    pub fn concerns(&mut self, spec: &FieldSpec, value: &mut Vec<String>) {
        let Bind::Take(r) = self else {
            return self.text(spec, &mut value.join(","));
        };
        value.clear();
        for part in r.raw(spec).split(',').map(str::trim) {
            if r.h.plan.concerns.iter().any(|c| c.id == part) {
                value.push(part.to_string());
            } else if !part.is_empty() {
                r.fail(spec, FieldProblem::UnknownChoice);
            }
        }
    }

    /// The source's fields (who said it, where, which organisation, when).
    pub fn source(&mut self, source: &mut Source) {
        self.text(&SOURCE_PERSON, &mut source.person);
        self.text(&SOURCE_DOCUMENT, &mut source.document);
        self.link(&SOURCE_ORG, &mut source.organisation);
        self.maybe_date(&SOURCE_DATE, &mut source.date);
    }

    /// Checks that only apply when taking values (e.g. one date not before another).
    pub fn check(&mut self, check: impl FnOnce(&mut Reader<'h>)) {
        if let Bind::Take(r) = self {
            check(r)
        }
    }
}

/// Who said or wrote it.
pub const SOURCE_PERSON: FieldSpec = FieldSpec::new("source_person", "source_person", Input::Text);
/// Where it is written.
pub const SOURCE_DOCUMENT: FieldSpec =
    FieldSpec::new("source_document", "source_document", Input::Text);
/// Which organisation it comes from.
pub const SOURCE_ORG: FieldSpec = FieldSpec::new("source_org", "source_org", Input::Organisation);
/// When it was said or written.
pub const SOURCE_DATE: FieldSpec =
    FieldSpec::new("source_date", "source_date", Input::Date(When::Past));
