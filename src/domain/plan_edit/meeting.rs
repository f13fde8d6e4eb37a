//! A meeting: when, what kind, who was there, whether it was recorded, and how it went.

use super::*;

const DATE: FieldSpec = FieldSpec::new("date", "meeting_date", Input::Date(When::Near))
    .required()
    .start(Start::Today);
const KIND: FieldSpec =
    FieldSpec::choice("kind", "meeting_kind", Choices::MeetingKind).start(Start::Value("plan"));
const TOPIC: FieldSpec = FieldSpec::new("topic", "meeting_topic", Input::Text).required();
const ATTENDEES: FieldSpec =
    FieldSpec::new("attendees", "meeting_attendees", Input::Lines(4)).hint("one_per_line");
const RECORDED: FieldSpec = FieldSpec::choice("recorded", "meeting_recorded", Choices::YesNo)
    .hint("meeting_recorded_hint")
    .start(Start::Value("no"));
const RECORDED_BY: FieldSpec = FieldSpec::new("recorded_by", "meeting_recorded_by", Input::Text);
const NOTES: FieldSpec = FieldSpec::new("notes", "meeting_notes", Input::Area(4));
const COMMUNICATION: FieldSpec =
    FieldSpec::new("communication", "meeting_communication", Input::Area(3))
        .hint("meeting_communication_hint");

listed!(Meeting, meetings, "m");

impl Editable for Meeting {
    const FIELDS: &'static [FieldSpec] = &[
        DATE,
        KIND,
        TOPIC,
        ATTENDEES,
        RECORDED,
        RECORDED_BY,
        NOTES,
        COMMUNICATION,
    ];

    fn blank(_: Option<&str>, today: Date) -> Self {
        Meeting {
            id: String::new(),
            date: today,
            kind: MeetingKind::Other,
            topic: String::new(),
            attendees: vec![],
            recording: Recording::default(),
            notes: String::new(),
            communication: String::new(),
            agreements: vec![],
        }
    }

    fn bind(&mut self, b: &mut Bind) {
        b.date(&DATE, &mut self.date);
        b.choice(&KIND, &MEETING_KINDS, &mut self.kind);
        b.text(&TOPIC, &mut self.topic);
        b.lines(&ATTENDEES, &mut self.attendees);
        b.choice(&RECORDED, &YES_NO, &mut self.recording.recorded);
        b.text(&RECORDED_BY, &mut self.recording.by);
        if !self.recording.recorded {
            self.recording.by.clear();
        }
        b.text(&NOTES, &mut self.notes);
        b.text(&COMMUNICATION, &mut self.communication);
    }
}
