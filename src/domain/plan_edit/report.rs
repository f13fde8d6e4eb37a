//! A report that goes to the Raad or the court, and the family's response to it.

use super::*;

const TITLE: FieldSpec = FieldSpec::new("title", "report_title", Input::Text).required();
const KIND: FieldSpec = FieldSpec::choice("kind", "report_kind", Choices::ReportKind)
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

    fn bind(&mut self, b: &mut Bind) {
        b.text(&TITLE, &mut self.title);
        b.choice(&KIND, &REPORT_KINDS, &mut self.kind);
        b.maybe_date(&RECEIVED, &mut self.received);
        b.maybe_date(&GOES_OUT, &mut self.goes_out);
        b.maybe_date(&RESPOND_BY, &mut self.respond_by);
        let (received, goes_out, respond_by) = (self.received, self.goes_out, self.respond_by);
        b.check(|r| {
            r.not_before(&RESPOND_BY, respond_by, received);
            r.not_before(&GOES_OUT, goes_out, received);
        });
        b.text(&RESPONSE, &mut self.response);
    }
}
