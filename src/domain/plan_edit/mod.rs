//! Adding, changing and removing plan entries from form fields.
//!
//! A form is a map of field names to the text the user typed, so that a half-filled form can
//! be kept as a draft and checked here, away from the browser. Each kind of entry has its own
//! module that declares its fields once (`FIELDS`, a list of `FieldSpec`: name, input,
//! required, label and hint keys, start value) and binds each field to its part of the entry
//! (`bind`), which serves both directions: showing an entry in the form and taking the form
//! back, parsed and checked. The edit page renders its form from the same declaration.
//! `EntryForm::read` gives the fields of an entry, `EntryForm::apply` checks them and writes
//! the entry or returns every problem with its field, `EntryForm::remove` takes an entry out
//! together with the links that pointed at it, and says what it took (for undo).

mod agreement;
mod concern;
mod decision;
mod dispute;
mod goal;
mod meeting;
mod positive;
mod report;
mod spec;
#[cfg(test)]
mod tests;

pub use spec::*;

use super::date::Date;
use super::household::*;
use std::collections::BTreeMap;

/// A form's values: field name → text as typed.
pub type Fields = BTreeMap<String, String>;

/// The kinds of entry the plan forms edit (one form each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryForm {
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

/// Every entry form, for lookups.
pub const ALL: [EntryForm; 8] = [
    EntryForm::Positive,
    EntryForm::Concern,
    EntryForm::Goal,
    EntryForm::Meeting,
    EntryForm::Agreement,
    EntryForm::Report,
    EntryForm::Decision,
    EntryForm::Dispute,
];

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
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
    pub problem: FieldProblem,
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

/// One field as a form shows it: its name (with the row number for repeated rows) and
/// its declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The name in the form's values.
    pub name: String,
    /// The declaration.
    pub spec: &'static FieldSpec,
    /// The row (0-based) of a repeated field, such as an agreement's parties.
    pub row: Option<usize>,
}

impl Field {
    fn new(spec: &'static FieldSpec, row: Option<usize>) -> Field {
        let name = field_name(spec, row);
        Field { name, spec, row }
    }
}

/// Where a kind of entry is kept: one list of the plan (written by `listed!`).
trait Listed: Clone + Sized + 'static {
    /// The id prefix of new entries.
    const PREFIX: &'static str;
    fn list(plan: &Plan) -> &Vec<Self>;
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self>;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
}

macro_rules! listed {
    ($type:ty, $list:ident, $prefix:literal) => {
        impl super::Listed for $type {
            const PREFIX: &'static str = $prefix;
            fn list(plan: &Plan) -> &Vec<Self> {
                &plan.$list
            }
            fn list_mut(plan: &mut Plan) -> &mut Vec<Self> {
                &mut plan.$list
            }
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: String) {
                self.id = id;
            }
        }
    };
}
use listed;

/// A kind of entry edited by one form: its fields, declared once, and where each goes.
trait Editable: Listed {
    /// The fields, in the order the form shows them.
    const FIELDS: &'static [FieldSpec];
    /// A new entry before its fields are written (the parts no field sets).
    fn blank(parent: Option<&str>, today: Date) -> Self;
    /// Each field with the part of the entry it shows and takes, in the order problems are
    /// reported.
    fn bind(&mut self, b: &mut Bind);
}

/// The declared start values of a new entry.
fn start(fields: &[FieldSpec], parent: Option<&str>, today: Date) -> Fields {
    let mut f = Fields::new();
    for spec in fields {
        match (spec.start, parent) {
            (Start::Today, _) => put(&mut f, spec, today.to_string()),
            (Start::Value(value), _) => put(&mut f, spec, value),
            (Start::Parent, Some(parent)) => put(&mut f, spec, parent),
            _ => {}
        }
    }
    f
}

fn read_entry<T: Editable>(
    h: &Household,
    id: Option<&str>,
    parent: Option<&str>,
    today: Date,
) -> Option<Fields> {
    let Some(id) = id else {
        return Some(start(T::FIELDS, parent, today));
    };
    let mut entry = T::list(&h.plan).iter().find(|x| x.id() == id)?.clone();
    let mut f = Fields::new();
    entry.bind(&mut Bind::Show(&mut f, h));
    Some(f)
}

/// Checks the fields and writes the entry (a new one when `id` is `None`). Nothing changes
/// when a field is wrong. An id that is not there (deleted meanwhile) is an error, not a
/// silent new entry.
fn apply_entry<T: Editable>(
    h: &mut Household,
    id: Option<&str>,
    parent: Option<&str>,
    values: &Fields,
    today: Date,
) -> Result<String, Vec<FieldError>> {
    let list = T::list(&h.plan);
    let stored = id.and_then(|id| list.iter().position(|x| x.id() == id));
    let mut entry = match stored {
        Some(index) => list[index].clone(),
        None => T::blank(parent, today),
    };
    let mut r = Reader::new(h, values, parent, today);
    r.existing = stored.is_some();
    entry.bind(&mut Bind::Take(&mut r));
    r.finish()?;
    match (id, stored) {
        (Some(id), Some(index)) => {
            T::list_mut(&mut h.plan)[index] = entry;
            Ok(id.to_string())
        }
        (Some(_), None) => Err(vec![FieldError {
            field: "id".into(),
            problem: FieldProblem::UnknownChoice,
        }]),
        (None, _) => {
            let id = h.new_id(T::PREFIX);
            entry.set_id(id.clone());
            T::list_mut(&mut h.plan).push(entry);
            Ok(id)
        }
    }
}

impl EntryForm {
    /// The word used in addresses (`/plan/bewerk/<slug>/<id>`).
    pub fn slug(self) -> &'static str {
        match self {
            EntryForm::Positive => "goed",
            EntryForm::Concern => "zorg",
            EntryForm::Goal => "doel",
            EntryForm::Meeting => "gesprek",
            EntryForm::Agreement => "afspraak",
            EntryForm::Report => "verslag",
            EntryForm::Decision => "beslissing",
            EntryForm::Dispute => "klopt-niet",
        }
    }

    /// The form for an address word.
    pub fn from_slug(slug: &str) -> Option<EntryForm> {
        ALL.iter().copied().find(|t| t.slug() == slug)
    }

    /// The declared fields, in order (an agreement's party rows not expanded).
    pub fn specs(self) -> &'static [FieldSpec] {
        match self {
            EntryForm::Positive => Positive::FIELDS,
            EntryForm::Concern => Concern::FIELDS,
            EntryForm::Goal => Goal::FIELDS,
            EntryForm::Meeting => Meeting::FIELDS,
            EntryForm::Agreement => agreement::FIELDS,
            EntryForm::Report => Report::FIELDS,
            EntryForm::Decision => Decision::FIELDS,
            EntryForm::Dispute => Dispute::FIELDS,
        }
    }

    /// The fields the form shows for these values, in order (with an agreement's rows).
    pub fn fields(self, values: &Fields) -> Vec<Field> {
        match self {
            EntryForm::Agreement => agreement::fields(values),
            _ => self
                .specs()
                .iter()
                .map(|spec| Field::new(spec, None))
                .collect(),
        }
    }

    /// Adds a repeated row (an agreement's next party) and names the field to move the focus
    /// to; `None` for forms without rows.
    pub fn add_row(self, values: &mut Fields) -> Option<String> {
        (self == EntryForm::Agreement).then(|| agreement::add_row(values))
    }

    /// The fields of an existing entry (`id`), or of a new one (`id` = `None`) with its
    /// start values. `parent` is the meeting of an agreement, or "type:id" of a disputed
    /// entry. `None` when there is no such entry (or parent).
    pub fn read(
        self,
        h: &Household,
        id: Option<&str>,
        parent: Option<&str>,
        today: Date,
    ) -> Option<Fields> {
        match self {
            EntryForm::Positive => read_entry::<Positive>(h, id, parent, today),
            EntryForm::Concern => read_entry::<Concern>(h, id, parent, today),
            EntryForm::Goal => read_entry::<Goal>(h, id, parent, today),
            EntryForm::Meeting => read_entry::<Meeting>(h, id, parent, today),
            EntryForm::Agreement => agreement::read(h, id, parent?),
            EntryForm::Report => read_entry::<Report>(h, id, parent, today),
            EntryForm::Decision => read_entry::<Decision>(h, id, parent, today),
            EntryForm::Dispute => dispute::read(h, id, parent?, today),
        }
    }

    /// Checks the fields and writes the entry (a new one when `id` is `None`). Returns the
    /// id. Nothing changes when a field is wrong.
    pub fn apply(
        self,
        h: &mut Household,
        id: Option<&str>,
        parent: Option<&str>,
        values: &Fields,
        today: Date,
    ) -> Result<String, Vec<FieldError>> {
        match self {
            EntryForm::Positive => apply_entry::<Positive>(h, id, parent, values, today),
            EntryForm::Concern => apply_entry::<Concern>(h, id, parent, values, today),
            EntryForm::Goal => apply_entry::<Goal>(h, id, parent, values, today),
            EntryForm::Meeting => apply_entry::<Meeting>(h, id, parent, values, today),
            EntryForm::Agreement => agreement::apply(h, id, parent, values, today),
            EntryForm::Report => apply_entry::<Report>(h, id, parent, values, today),
            EntryForm::Decision => apply_entry::<Decision>(h, id, parent, values, today),
            EntryForm::Dispute => apply_entry::<Dispute>(h, id, parent, values, today),
        }
    }

    /// Removes an entry and the links that pointed at it. `parent` is the meeting of an
    /// agreement. Returns `None` when there was no such entry.
    pub fn remove(self, h: &mut Household, id: &str, parent: Option<&str>) -> Option<Removed> {
        let mut removed = Removed::default();
        let plan = &mut h.plan;
        let entry = match self {
            EntryForm::Positive => take(&mut plan.positives, id).then_some(DisputedEntry::Positive),
            EntryForm::Concern => {
                let found = take(&mut plan.concerns, id);
                for g in plan.goals.iter_mut().filter(|_| found) {
                    let before = g.concerns.len();
                    g.concerns.retain(|c| c != id);
                    removed.goals_unlinked += before - g.concerns.len();
                }
                found.then_some(DisputedEntry::Concern)
            }
            EntryForm::Goal => take(&mut plan.goals, id).then_some(DisputedEntry::Goal),
            EntryForm::Meeting => {
                let found = take(&mut plan.meetings, id);
                let requests = h.requests.iter_mut().filter(|_| found);
                for e in requests.filter_map(|r| r.emergency.as_mut()) {
                    if e.meeting.as_deref() == Some(id) {
                        e.meeting = None;
                        removed.requests_unlinked += 1;
                    }
                }
                found.then_some(DisputedEntry::Meeting)
            }
            EntryForm::Report => take(&mut plan.reports, id).then_some(DisputedEntry::Report),
            EntryForm::Decision => return take(&mut plan.decisions, id).then_some(removed),
            EntryForm::Dispute => return take(&mut plan.disputes, id).then_some(removed),
            EntryForm::Agreement => {
                return agreement::remove(plan, id, parent?)?.then_some(removed)
            }
        }?;
        let plan = &mut h.plan;
        let before = plan.disputes.len();
        plan.disputes
            .retain(|d| !(d.entry.entry == entry && d.entry.id == id));
        removed.disputes = before - plan.disputes.len();
        Some(removed)
    }
}

/// Takes the entry `id` out of a list; whether it was there.
fn take<T: Listed>(list: &mut Vec<T>, id: &str) -> bool {
    let before = list.len();
    list.retain(|x| x.id() != id);
    list.len() < before
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
        let r = EntryForm::Goal.remove(h, goal, None)?;
        removed.disputes += r.disputes;
        removed.goals_removed += 1;
    }
    let r = EntryForm::Concern.remove(h, id, None)?;
    removed.goals_unlinked = r.goals_unlinked;
    removed.disputes += r.disputes;
    Some(removed)
}

/// The words for the entries a dispute can be about, as in "concern:c3".
const DISPUTED_NAMES: [(&str, DisputedEntry); 5] = [
    ("concern", DisputedEntry::Concern),
    ("positive", DisputedEntry::Positive),
    ("goal", DisputedEntry::Goal),
    ("meeting", DisputedEntry::Meeting),
    ("report", DisputedEntry::Report),
];

/// "concern:c3" → the entry it names.
pub fn parse_entry(text: &str) -> Option<EntryRef> {
    let (kind, id) = text.split_once(':')?;
    let (_, entry) = DISPUTED_NAMES.iter().find(|(name, _)| *name == kind)?;
    (!id.is_empty()).then(|| EntryRef {
        entry: *entry,
        id: id.to_string(),
    })
}

/// The entry as "concern:c3" (the inverse of `parse_entry`).
pub fn entry_text(entry: &EntryRef) -> String {
    format!("{}:{}", name_of(&DISPUTED_NAMES, entry.entry), entry.id)
}
