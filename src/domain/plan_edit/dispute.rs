//! The family's account of an entry that is not correct, what became of their request for a
//! correction, and a complaints committee's ruling on it.

use super::*;

const ACCOUNT: FieldSpec = FieldSpec::new("account", "dispute_account", Input::Area(5))
    .required()
    .hint("dispute_account_hint");
const STATUS: FieldSpec = FieldSpec::choice("status", "dispute_status", Choices::DisputeState)
    .start(Start::Value("drafted"));
/// Required for every state but "drafted".
const STATUS_DATE: FieldSpec = FieldSpec::new(
    "status_date",
    "dispute_status_date",
    Input::Date(When::Past),
);
const RULING_OUTCOME: FieldSpec =
    FieldSpec::choice("ruling_outcome", "ruling_outcome", Choices::RulingOutcome)
        .hint("ruling_outcome_hint");
/// Required when there is an outcome.
const RULING_DATE: FieldSpec =
    FieldSpec::new("ruling_date", "ruling_date", Input::Date(When::Past));
const RULING_TEXT: FieldSpec = FieldSpec::new("ruling_text", "ruling_text", Input::Area(3));

listed!(Dispute, disputes, "d");

/// The fields of a dispute about the entry `parent` ("type:id"), which must exist.
pub(super) fn read(h: &Household, id: Option<&str>, parent: &str, today: Date) -> Option<Fields> {
    let entry = parse_entry(parent)?;
    h.plan.entry_text(entry.entry, &entry.id)?;
    let mut f = read_entry::<Dispute>(h, id, Some(parent), today)?;
    // A new one starts from the family's comment on a concern, if there is one.
    let concern = h.plan.concerns.iter().find(|c| c.id == entry.id);
    if let (None, DisputedEntry::Concern, Some(c)) = (id, entry.entry, concern) {
        put(&mut f, &ACCOUNT, c.family_comment.clone());
    }
    Some(f)
}

fn state(status: DisputeStatus) -> (&'static str, Option<Date>) {
    match status {
        DisputeStatus::Drafted => ("drafted", None),
        DisputeStatus::Sent { on } => ("sent", Some(on)),
        DisputeStatus::Answered { on } => ("answered", Some(on)),
        DisputeStatus::Corrected { on } => ("corrected", Some(on)),
        DisputeStatus::Refused { on } => ("refused", Some(on)),
    }
}

impl Editable for Dispute {
    const FIELDS: &'static [FieldSpec] = &[
        ACCOUNT,
        STATUS,
        STATUS_DATE,
        RULING_OUTCOME,
        RULING_DATE,
        RULING_TEXT,
    ];

    fn blank(parent: Option<&str>, today: Date) -> Self {
        Dispute {
            id: String::new(),
            // A parent that names no entry is refused by `write`.
            entry: parent.and_then(parse_entry).unwrap_or(EntryRef {
                entry: DisputedEntry::Concern,
                id: String::new(),
            }),
            account: String::new(),
            created: today,
            status: DisputeStatus::Drafted,
            letter: None,
            ruling: None,
        }
    }

    fn bind(&mut self, b: &mut Bind) {
        b.text(&ACCOUNT, &mut self.account);
        match b {
            Bind::Show(f, _) => {
                let (state, on) = state(self.status);
                put(f, &STATUS, state);
                put(f, &STATUS_DATE, date_text(on));
            }
            Bind::Take(r) => self.status = take_status(r),
        }
        match (&mut *b, &mut self.ruling) {
            (Bind::Show(f, _), Some(ruling)) => {
                put(
                    f,
                    &RULING_OUTCOME,
                    name_of(&RULING_OUTCOMES, ruling.outcome),
                );
                put(f, &RULING_DATE, ruling.date.to_string());
                put(f, &RULING_TEXT, ruling.text.clone());
            }
            (Bind::Show(..), None) => {}
            (Bind::Take(r), ruling) => *ruling = take_ruling(r),
        }
        b.check(|r| {
            let entry = r.parent.and_then(parse_entry);
            if entry.is_none_or(|e| r.h.plan.entry_text(e.entry, &e.id).is_none()) {
                r.fail(&ACCOUNT, FieldProblem::UnknownChoice);
            }
        });
    }
}

fn take_status(r: &mut Reader) -> DisputeStatus {
    let state = r.raw(&STATUS);
    let on = r.date_if(&STATUS_DATE, state != "drafted" && !state.is_empty());
    match (state, on) {
        ("" | "drafted", _) => DisputeStatus::Drafted,
        ("sent", Some(on)) => DisputeStatus::Sent { on },
        ("answered", Some(on)) => DisputeStatus::Answered { on },
        ("corrected", Some(on)) => DisputeStatus::Corrected { on },
        ("refused", Some(on)) => DisputeStatus::Refused { on },
        (other, _) => {
            if !DISPUTE_STATES.contains(&other) {
                r.fail(&STATUS, FieldProblem::UnknownChoice);
            }
            DisputeStatus::Drafted
        }
    }
}

/// No outcome means no ruling; with an outcome its date is required.
fn take_ruling(r: &mut Reader) -> Option<Ruling> {
    if r.raw(&RULING_OUTCOME).is_empty() {
        return None;
    }
    let outcome = r.choice(&RULING_OUTCOME, &RULING_OUTCOMES, RulingOutcome::Rejected);
    let date = r.date_if(&RULING_DATE, true);
    let text = r.text(&RULING_TEXT);
    date.map(|date| Ruling {
        date,
        outcome,
        text,
    })
}
