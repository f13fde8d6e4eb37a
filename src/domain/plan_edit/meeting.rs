//! A meeting: when, what kind, who was there, whether it was recorded, and how it went.

use super::*;

const DATE: FieldSpec = FieldSpec::new("date", "meeting_date", Input::Date(When::Near))
    .required()
    .start(Start::Today);
const KIND: FieldSpec = FieldSpec::new("kind", "meeting_kind", Input::Choice(Choices::MeetingKind))
    .start(Start::Value("plan"));
const TOPIC: FieldSpec = FieldSpec::new("topic", "meeting_topic", Input::Text).required();
const ATTENDEES: FieldSpec =
    FieldSpec::new("attendees", "meeting_attendees", Input::Lines(4)).hint("one_per_line");
const RECORDED: FieldSpec = FieldSpec::new(
    "recorded",
    "meeting_recorded",
    Input::Choice(Choices::YesNo),
)
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

    fn read(&self, _: &Household, f: &mut Fields) {
        put(f, &DATE, self.date.to_string());
        put(f, &KIND, name_of(&MEETING_KINDS, self.kind));
        put(f, &TOPIC, self.topic.clone());
        put(f, &ATTENDEES, self.attendees.join("\n"));
        put(f, &RECORDED, name_of(&YES_NO, self.recording.recorded));
        put(f, &RECORDED_BY, self.recording.by.clone());
        put(f, &NOTES, self.notes.clone());
        put(f, &COMMUNICATION, self.communication.clone());
    }

    fn write(&mut self, r: &mut Reader) {
        self.date = r.date(&DATE).unwrap_or(r.today);
        self.kind = r.choice(&KIND, &MEETING_KINDS, MeetingKind::Other);
        self.topic = r.text(&TOPIC);
        self.attendees = r.lines(&ATTENDEES);
        let recorded = r.choice(&RECORDED, &YES_NO, false);
        let by = r.text(&RECORDED_BY);
        self.recording = Recording {
            recorded,
            by: if recorded { by } else { String::new() },
        };
        self.notes = r.text(&NOTES);
        self.communication = r.text(&COMMUNICATION);
    }
}
