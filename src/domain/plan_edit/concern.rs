//! A concern (zorg), with the family's comment beside it.

use super::*;

const TEXT: FieldSpec = FieldSpec::new("text", "concern_text", Input::Area(4))
    .required()
    .hint("concern_text_hint");
const KIND: FieldSpec = FieldSpec::choice("kind", "concern_kind", Choices::StatementKind)
    .hint("concern_kind_hint")
    .start(Start::Value("unknown"));
const DATE: FieldSpec = FieldSpec::new("date", "concern_date", Input::Date(When::Past))
    .required()
    .start(Start::Today);
const RAISED_BY: FieldSpec = FieldSpec::new("raised_by", "concern_raised_by", Input::Organisation);
const CHILD: FieldSpec = FieldSpec::new("child", "child", Input::Child);
const STATUS: FieldSpec = FieldSpec::choice("status", "concern_status", Choices::ConcernStatus)
    .start(Start::Value("open"));
const FAMILY_COMMENT: FieldSpec =
    FieldSpec::new("family_comment", "family_comment", Input::Area(3)).hint("family_comment_hint");

listed!(Concern, concerns, "c");

impl Editable for Concern {
    const FIELDS: &'static [FieldSpec] = &[
        TEXT,
        KIND,
        DATE,
        RAISED_BY,
        CHILD,
        STATUS,
        SOURCE_PERSON,
        SOURCE_DOCUMENT,
        SOURCE_ORG,
        SOURCE_DATE,
        FAMILY_COMMENT,
    ];

    fn blank(_: Option<&str>, today: Date) -> Self {
        Concern {
            id: String::new(),
            text: String::new(),
            raised_by: None,
            date: today,
            kind: StatementKind::Unknown,
            source: Source::default(),
            status: ConcernStatus::Open,
            child: None,
            family_comment: String::new(),
            youth_comment: String::new(),
        }
    }

    fn bind(&mut self, b: &mut Bind) {
        b.text(&TEXT, &mut self.text);
        b.date(&DATE, &mut self.date);
        b.choice(&KIND, &ENTRY_KINDS, &mut self.kind);
        b.choice(&STATUS, &CONCERN_STATUSES, &mut self.status);
        b.link(&RAISED_BY, &mut self.raised_by);
        b.link(&CHILD, &mut self.child);
        b.text(&FAMILY_COMMENT, &mut self.family_comment);
        b.source(&mut self.source);
    }
}
