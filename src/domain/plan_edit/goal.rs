//! A goal, linked to the concerns it answers, with steps, support and progress notes.

use super::*;

const TEXT: FieldSpec = FieldSpec::new("text", "goal_text", Input::Area(3))
    .required()
    .hint("goal_text_hint");
const CONCERNS: FieldSpec =
    FieldSpec::new("concerns", "goal_concerns", Input::Concerns).start(Start::Parent);
const CHILD: FieldSpec = FieldSpec::new("child", "child", Input::Child);
const STEPS: FieldSpec =
    FieldSpec::new("steps", "goal_steps", Input::Lines(4)).hint("one_per_line");
const SUPPORT: FieldSpec =
    FieldSpec::new("support", "goal_support", Input::Lines(3)).hint("goal_support_hint");
const CREATED: FieldSpec = FieldSpec::new("created", "goal_created", Input::Date(When::Any))
    .required()
    .start(Start::Today);
const DUE: FieldSpec = FieldSpec::new("due", "goal_due", Input::Date(When::Near));
const PROGRESS_FIELD: FieldSpec = FieldSpec::choice("progress", "goal_progress", Choices::Progress)
    .start(Start::Value("not-started"));
/// A new progress note, added under today's date (shown empty: the notes are a history).
const NOTE: FieldSpec = FieldSpec::new("note", "goal_note", Input::Area(2));

listed!(Goal, goals, "g");

impl Editable for Goal {
    const FIELDS: &'static [FieldSpec] = &[
        TEXT,
        CONCERNS,
        CHILD,
        STEPS,
        SUPPORT,
        CREATED,
        DUE,
        PROGRESS_FIELD,
        NOTE,
    ];

    fn blank(_: Option<&str>, today: Date) -> Self {
        Goal {
            id: String::new(),
            text: String::new(),
            concerns: vec![],
            steps: vec![],
            support: vec![],
            due: None,
            progress: Progress::NotStarted,
            notes: vec![],
            child: None,
            created: today,
            youth_comment: String::new(),
        }
    }

    fn bind(&mut self, b: &mut Bind) {
        b.text(&TEXT, &mut self.text);
        b.date(&CREATED, &mut self.created);
        b.maybe_date(&DUE, &mut self.due);
        let due = self.due;
        b.check(|r| r.not_before(&DUE, due, r.parsed(&CREATED)));
        b.choice(&PROGRESS_FIELD, &PROGRESS, &mut self.progress);
        b.link(&CHILD, &mut self.child);
        b.concerns(&CONCERNS, &mut self.concerns);
        b.lines(&STEPS, &mut self.steps);
        let h = b.household();
        let mut lines = self.support.iter().map(|s| support_line(h, s)).collect();
        b.lines(&SUPPORT, &mut lines);
        self.support = lines.iter().map(|l| parse_support(h, l)).collect();
        let mut note = String::new();
        b.text(&NOTE, &mut note);
        let notes = &mut self.notes;
        b.check(|r| {
            if !note.is_empty() {
                notes.push(ProgressNote {
                    date: r.today,
                    text: note,
                })
            }
        });
    }
}

/// "Wekelijks mentorgesprek (Het Noorderlicht College)": support as one line of a form.
fn support_line(h: &Household, s: &Support) -> String {
    match s.by.as_deref().and_then(|id| h.organisation(id)) {
        Some(org) => format!("{} ({})", s.text, org.name),
        None => s.text.clone(),
    }
}

/// Reads a support line back: a trailing "(name)" that names an organisation links it.
fn parse_support(h: &Household, line: &str) -> Support {
    let named = line.rfind(" (").and_then(|open| {
        let name = line[open + 2..].strip_suffix(')')?.trim();
        let org = h
            .organisations
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name))?;
        Some(Support {
            text: line[..open].trim().to_string(),
            by: Some(org.id.clone()),
        })
    });
    named.unwrap_or_else(|| Support {
        text: line.to_string(),
        by: None,
    })
}
