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

    fn read(&self, _: &Household, f: &mut Fields) {
        put(f, &TEXT, self.text.clone());
        put(f, &DATE, self.date.to_string());
        put_source(f, &self.source);
    }

    fn write(&mut self, r: &mut Reader) {
        self.text = r.text(&TEXT);
        self.date = r.date(&DATE).unwrap_or(r.today);
        self.source = read_source(r);
    }
}
