//! An agreement made in a meeting, with each party's word on it. The parties are repeated
//! rows (`party0`, `accord0`, …); the values' `rows` says how many the form shows.

use super::*;

const TEXT: FieldSpec = FieldSpec::new("text", "agreement_text", Input::Area(3)).required();
/// Who; the label has `{n}` for the row's number.
const PARTY: FieldSpec = FieldSpec::new("party", "agreement_party", Input::Text);
/// Their word; the label has `{n}`.
const ACCORD: FieldSpec = FieldSpec::choice("accord", "agreement_accord", Choices::Accord);
/// The number of rows the form shows (not a field of its own).
const ROWS: &str = "rows";
/// Rows beyond this are not read.
const MAX_ROWS: usize = 50;

/// The declared fields; `PARTY` and `ACCORD` repeat per row.
pub(super) const FIELDS: &[FieldSpec] = &[TEXT, PARTY, ACCORD];

fn rows(values: &Fields) -> usize {
    let rows = values.get(ROWS).map(|r| r.trim().parse().unwrap_or(0));
    rows.unwrap_or(0)
}

/// The text, then a party and their word per row.
pub(super) fn fields(values: &Fields) -> Vec<Field> {
    let rows =
        (0..rows(values)).flat_map(|i| [Field::new(&PARTY, Some(i)), Field::new(&ACCORD, Some(i))]);
    let text = Field::new(&TEXT, None);
    std::iter::once(text).chain(rows).collect()
}

/// One row more; the name of its first field, to move the focus to.
pub(super) fn add_row(values: &mut Fields) -> String {
    let n = rows(values);
    values.insert(ROWS.into(), (n + 1).to_string());
    field_name(&PARTY, Some(n))
}

pub(super) fn read(h: &Household, id: Option<&str>, meeting: &str) -> Option<Fields> {
    let meeting = h.plan.meetings.iter().find(|m| m.id == meeting)?;
    let mut f = Fields::new();
    let parties: Vec<Accord> = match id {
        Some(id) => {
            let a = meeting.agreements.iter().find(|a| a.id == id)?;
            put(&mut f, &TEXT, a.text.clone());
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
        f.insert(field_name(&PARTY, Some(i)), p.party.clone());
        f.insert(
            field_name(&ACCORD, Some(i)),
            name_of(&ACCORDS, p.agreed).into(),
        );
    }
    // Room for one more party.
    f.insert(ROWS.into(), (parties.len() + 1).to_string());
    Some(f)
}

pub(super) fn apply(
    h: &mut Household,
    id: Option<&str>,
    parent: Option<&str>,
    values: &Fields,
    today: Date,
) -> Result<String, Vec<FieldError>> {
    let mut r = Reader::new(h, values, parent, today);
    let text = r.text(&TEXT);
    let mut parties = Vec::new();
    for i in 0..rows(values).min(MAX_ROWS) {
        r.row = Some(i);
        let party = r.text(&PARTY);
        let agreed = r.choice(&ACCORD, &ACCORDS, None);
        if !party.is_empty() {
            parties.push(Accord { party, agreed });
        }
    }
    r.finish()?;
    let unknown = || {
        vec![FieldError {
            field: TEXT.name.into(),
            problem: FieldProblem::UnknownChoice,
        }]
    };
    let index = h
        .plan
        .meetings
        .iter()
        .position(|m| Some(m.id.as_str()) == parent);
    let index = index.ok_or_else(unknown)?;
    let new_id = match id {
        Some(id) => id.to_string(),
        None => h.new_id("a"),
    };
    let agreements = &mut h.plan.meetings[index].agreements;
    match agreements.iter_mut().find(|a| a.id == new_id) {
        Some(a) => {
            a.text = text;
            a.parties = parties;
        }
        None if id.is_none() => agreements.push(Agreement {
            id: new_id.clone(),
            text,
            parties,
        }),
        None => return Err(unknown()),
    }
    Ok(new_id)
}

/// Takes the agreement `id` out of its meeting; whether it was there.
pub(super) fn remove(plan: &mut Plan, id: &str, meeting: &str) -> Option<bool> {
    let meeting = plan.meetings.iter_mut().find(|m| m.id == meeting)?;
    let before = meeting.agreements.len();
    meeting.agreements.retain(|a| a.id != id);
    Some(meeting.agreements.len() < before)
}
