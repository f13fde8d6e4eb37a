//! A decision with a legal term: a written instruction, a ruling, an emergency order.

use super::*;

const KIND: FieldSpec = FieldSpec::new(
    "kind",
    "decision_kind",
    Input::Choice(Choices::DecisionKind),
)
.start(Start::Value("written-instruction"));
const TITLE: FieldSpec = FieldSpec::new("title", "decision_title", Input::Text).required();
const DATE: FieldSpec = FieldSpec::new("date", "decision_date", Input::Date(When::Past))
    .required()
    .hint("decision_date_hint")
    .start(Start::Today);
const BY: FieldSpec = FieldSpec::new("by", "decision_by", Input::Organisation);
const ACTED: FieldSpec =
    FieldSpec::new("acted", "decision_acted", Input::Date(When::Past)).hint("decision_acted_hint");
/// Being heard may come before the order (then there is no hearing term at all).
const HEARD: FieldSpec =
    FieldSpec::new("heard", "decision_heard", Input::Date(When::Past)).hint("decision_heard_hint");
const NOTE: FieldSpec = FieldSpec::new("note", "note", Input::Area(3));

listed!(Decision, decisions, "b");

impl Editable for Decision {
    const FIELDS: &'static [FieldSpec] = &[KIND, TITLE, DATE, BY, ACTED, HEARD, NOTE];

    fn blank(_: Option<&str>, today: Date) -> Self {
        Decision {
            id: String::new(),
            kind: DecisionKind::Other,
            title: String::new(),
            date: today,
            by: None,
            acted: None,
            heard: None,
            note: String::new(),
        }
    }

    fn read(&self, _: &Household, f: &mut Fields) {
        put(f, &KIND, name_of(&DECISION_KINDS, self.kind));
        put(f, &TITLE, self.title.clone());
        put(f, &DATE, self.date.to_string());
        put(f, &BY, self.by.clone().unwrap_or_default());
        put(f, &ACTED, date_text(self.acted));
        put(f, &HEARD, date_text(self.heard));
        put(f, &NOTE, self.note.clone());
    }

    fn write(&mut self, r: &mut Reader) {
        let stored = r.existing.then_some(self.date);
        self.kind = r.choice(&KIND, &DECISION_KINDS, DecisionKind::Other);
        self.title = r.text(&TITLE);
        let date = r.date(&DATE);
        if self.kind == DecisionKind::WrittenInstruction && date != stored {
            if let Some(sent) = date {
                check_instruction_date(r, sent);
            }
        }
        self.date = date.unwrap_or(r.today);
        self.by = r.link(&BY);
        self.acted = r.date(&ACTED);
        r.not_before(&ACTED, self.acted, date);
        self.heard = r.date(&HEARD);
        self.note = r.text(&NOTE);
    }
}

/// An instruction is only given during a measure, and its term is 2 weeks: a date before the
/// current stage or over a year ago is most likely a typo.
fn check_instruction_date(r: &mut Reader, sent: Date) {
    let stage_start = match r.h.position.current() {
        CurrentStage::Known(_, since) => Some(since),
        _ => None,
    };
    if sent < r.today.add_months(-12) {
        r.fail(&DATE, FieldProblem::TooOld);
    } else if stage_start.is_some_and(|since| sent < since) {
        r.fail(&DATE, FieldProblem::BeforeStage);
    }
}
