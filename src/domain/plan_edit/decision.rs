//! A decision with a legal term: a written instruction, a ruling, an emergency order.

use super::*;

const KIND: FieldSpec = FieldSpec::choice("kind", "decision_kind", Choices::DecisionKind)
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

    fn bind(&mut self, b: &mut Bind) {
        let stored = self.date;
        b.choice(&KIND, &DECISION_KINDS, &mut self.kind);
        b.text(&TITLE, &mut self.title);
        b.date(&DATE, &mut self.date);
        let kind = self.kind;
        b.check(|r| {
            let date = r.parsed(&DATE);
            let changed = !r.existing || date != Some(stored);
            if let (DecisionKind::WrittenInstruction, true, Some(sent)) = (kind, changed, date) {
                check_instruction_date(r, sent);
            }
        });
        b.link(&BY, &mut self.by);
        b.maybe_date(&ACTED, &mut self.acted);
        let acted = self.acted;
        b.check(|r| r.not_before(&ACTED, acted, r.parsed(&DATE)));
        b.maybe_date(&HEARD, &mut self.heard);
        b.text(&NOTE, &mut self.note);
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
