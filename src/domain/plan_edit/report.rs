//! A report that goes to the Raad or the court, and the family's response to it.

use super::*;

const TITLE: FieldSpec = FieldSpec::new("title", "report_title", Input::Text).required();
const KIND: FieldSpec = FieldSpec::new("kind", "report_kind", Input::Choice(Choices::ReportKind))
    .start(Start::Value("family-plan"));
const RECEIVED: FieldSpec =
    FieldSpec::new("received", "report_received", Input::Date(When::Past)).start(Start::Today);
const RESPOND_BY: FieldSpec =
    FieldSpec::new("respond_by", "report_respond_by", Input::Date(When::Near))
        .hint("report_respond_by_hint");
const GOES_OUT: FieldSpec = FieldSpec::new("goes_out", "report_goes_out", Input::Date(When::Near));
const RESPONSE: FieldSpec = FieldSpec::new("response", "report_response", Input::Area(5));

listed!(Report, reports, "r");

impl Editable for Report {
    const FIELDS: &'static [FieldSpec] = &[TITLE, KIND, RECEIVED, RESPOND_BY, GOES_OUT, RESPONSE];

    fn blank(_: Option<&str>, _: Date) -> Self {
        Report {
            id: String::new(),
            title: String::new(),
            kind: ReportKind::Other,
            received: None,
            goes_out: None,
            respond_by: None,
            response: String::new(),
        }
    }

    fn read(&self, _: &Household, f: &mut Fields) {
        put(f, &TITLE, self.title.clone());
        put(f, &KIND, name_of(&REPORT_KINDS, self.kind));
        put(f, &RECEIVED, date_text(self.received));
        put(f, &GOES_OUT, date_text(self.goes_out));
        put(f, &RESPOND_BY, date_text(self.respond_by));
        put(f, &RESPONSE, self.response.clone());
    }

    fn write(&mut self, r: &mut Reader) {
        self.title = r.text(&TITLE);
        self.kind = r.choice(&KIND, &REPORT_KINDS, ReportKind::Other);
        self.received = r.date(&RECEIVED);
        self.goes_out = r.date(&GOES_OUT);
        self.respond_by = r.date(&RESPOND_BY);
        r.not_before(&RESPOND_BY, self.respond_by, self.received);
        r.not_before(&GOES_OUT, self.goes_out, self.received);
        self.response = r.text(&RESPONSE);
    }
}
