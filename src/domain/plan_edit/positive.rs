//! Something that goes well.

use super::*;

const TEXT: FieldSpec = FieldSpec::new("text", "positive_text", Input::Area(3)).required();
const DATE: FieldSpec = FieldSpec::new("date", "positive_date", Input::Date(When::Past))
    .required()
    .start(Start::Today);

listed!(Positive, positives, "w");

impl Editable for Positive {
    const FIELDS: &'static [FieldSpec] = &[
        TEXT,
        DATE,
        SOURCE_PERSON,
        SOURCE_DOCUMENT,
        SOURCE_ORG,
        SOURCE_DATE,
    ];

    fn blank(_: Option<&str>, today: Date) -> Self {
        Positive {
            id: String::new(),
            text: String::new(),
            date: today,
            source: Source::default(),
        }
    }

    fn bind(&mut self, b: &mut Bind) {
        b.text(&TEXT, &mut self.text);
        b.date(&DATE, &mut self.date);
        b.source(&mut self.source);
    }
}
