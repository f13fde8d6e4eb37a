//! The household document: everything Helder keeps about one family, on their device.
//!
//! Field names are the stored format (its version and migrations are in `document.rs`). Unknown fields
//! are refused so that a typo or a newer file never loads half-understood; a change to any
//! struct here needs a new schema version and a migration.
//!
//! The types are grouped by subject, one file each, and re-exported here (callers write
//! `domain::household::Concern` whatever file it is in): the household itself, its position
//! and children here; `organisations` (organisations and their people), `plan` (positives,
//! concerns, goals, meetings, reports, decisions), `disputes` ("this is not correct" and the
//! correction request), `requests` (what the family asked for and how it travels), `court_track` (where a request
//! to the kinderrechter stands).

mod court_track;
mod disputes;
mod organisations;
mod plan;
mod requests;
mod tagged;

pub use court_track::*;
pub use disputes::*;
pub use organisations::*;
pub use plan::*;
pub use requests::*;

use super::date::Date;
use super::stage::Stage;
use serde::{Deserialize, Serialize};

/// One family's document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// A name the family chose for itself, e.g. "Gezin Visser"; may be empty.
    pub label: String,
    /// True for the example family, so every screen can say these are not real data.
    pub is_example: bool,
    /// When the document was started.
    pub created: Date,
    /// The next number for a new id; ids are never reused.
    pub next_id: u32,
    /// Where the family stands in the framework, and the way there.
    pub position: Position,
    /// The children the plan is about.
    pub children: Vec<Child>,
    /// The organisations involved, with their people.
    pub organisations: Vec<Organisation>,
    /// The plan: what goes well, concerns, goals, meetings, reports.
    pub plan: Plan,
    /// Requests the family made (emergency stop, complaint, correction, mediator).
    pub requests: Vec<Request>,
}

/// The family's place in the framework: the path taken, the last step being the current one.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Steps in date order; empty when the family has not said where it stands.
    pub path: Vec<PathStep>,
}

/// One step on the family's path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathStep {
    /// A stage id; kept as text so that an id unknown to this version is not lost.
    pub stage: String,
    /// The day this stage began for the family.
    pub since: Date,
}

/// A child in the household.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Stable id within the document.
    pub id: String,
    /// First name or nickname.
    pub name: String,
    /// Year of birth, if given (ages matter: rights change at 12 and 16).
    pub birth_year: Option<i32>,
}

impl Household {
    /// An empty household started today.
    pub fn new(today: Date) -> Household {
        Household {
            label: String::new(),
            is_example: false,
            created: today,
            next_id: 1,
            position: Position::default(),
            children: Vec::new(),
            organisations: Vec::new(),
            plan: Plan::default(),
            requests: Vec::new(),
        }
    }

    /// A fresh id with a readable prefix ("c" concern, "g" goal, ...); never reused.
    pub fn new_id(&mut self, prefix: &str) -> String {
        let id = format!("{prefix}{}", self.next_id);
        // Reading keeps `next_id` far below the end (validation::MAX_NEXT_ID).
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// The child with this id.
    pub fn child(&self, id: &str) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }
}

/// What the stored position says about where the family stands now.
#[derive(Clone, Debug, PartialEq)]
pub enum CurrentStage {
    /// The family has not said.
    NotSet,
    /// A known stage, since a date.
    Known(Stage, Date),
    /// A stage id this version does not know (older or newer content); kept, not shown as a stage.
    Unknown(String),
}

impl Position {
    /// The current stage: the last step of the path.
    pub fn current(&self) -> CurrentStage {
        match self.path.last() {
            None => CurrentStage::NotSet,
            Some(step) => match Stage::from_id(&step.stage) {
                Some(stage) => CurrentStage::Known(stage, step.since),
                None => CurrentStage::Unknown(step.stage.clone()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn ids_are_fresh_and_prefixed() {
        let mut h = Household::new(day("2026-11-28"));
        assert_eq!(h.new_id("c"), "c1");
        assert_eq!(h.new_id("g"), "g2");
        assert_eq!(h.next_id, 3);
    }

    #[test]
    fn current_stage_is_the_last_step_and_unknown_ids_are_kept() {
        let mut position = Position::default();
        assert_eq!(position.current(), CurrentStage::NotSet);
        position.path.push(PathStep {
            stage: "vrijwillig".into(),
            since: day("2026-01-05"),
        });
        position.path.push(PathStep {
            stage: "drang".into(),
            since: day("2026-06-01"),
        });
        assert_eq!(
            position.current(),
            CurrentStage::Known(Stage::Preventive, day("2026-06-01"))
        );
        position.path.push(PathStep {
            stage: "iets-nieuws".into(),
            since: day("2026-07-01"),
        });
        assert_eq!(
            position.current(),
            CurrentStage::Unknown("iets-nieuws".into())
        );
    }
}
