//! The guided start: a family's own first answers turned into a new household.

use super::date::Date;
use super::household::{Child, Household, Organisation, PathStep};
use super::stage::Stage;

/// What the family told the guided start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartAnswers {
    /// Where the family thinks it stands; `None` for "I don't know".
    pub stage: Option<Stage>,
    /// Since when, if known; today is used when left empty.
    pub since: Option<Date>,
    /// Children: name and, if given, year of birth.
    pub children: Vec<(String, Option<i32>)>,
    /// Organisations: partner-catalogue id and the name to show.
    pub organisations: Vec<(String, String)>,
}

/// Why the answers cannot start a household yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartError {
    /// The "since" date lies after today.
    SinceInFuture,
    /// A child has no name (index into the list).
    ChildWithoutName(usize),
    /// A year of birth that cannot be right (index into the list).
    ImpossibleBirthYear(usize),
}

/// A new household from the answers, or the first thing to fix.
pub fn start_household(answers: &StartAnswers, today: Date) -> Result<Household, StartError> {
    if answers.since.is_some_and(|since| since > today) {
        return Err(StartError::SinceInFuture);
    }
    let mut h = Household::new(today);
    for (i, (name, birth_year)) in answers.children.iter().enumerate() {
        if name.trim().is_empty() {
            return Err(StartError::ChildWithoutName(i));
        }
        if birth_year.is_some_and(|y| y > today.year() || y < today.year() - 30) {
            return Err(StartError::ImpossibleBirthYear(i));
        }
        let id = h.new_id("k");
        h.children.push(Child {
            id,
            name: name.trim().to_string(),
            birth_year: *birth_year,
        });
    }
    for (kind, name) in &answers.organisations {
        let id = h.new_id("o");
        h.organisations.push(Organisation {
            id,
            kind: kind.clone(),
            name: name.clone(),
            people: Vec::new(),
            note: String::new(),
        });
    }
    if let Some(stage) = answers.stage {
        h.position.path.push(PathStep {
            stage: stage.id().into(),
            since: answers.since.unwrap_or(today),
        });
    }
    Ok(h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::household::CurrentStage;
    use crate::domain::validation::validate;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn answers_become_a_valid_household() {
        let answers = StartAnswers {
            stage: Some(Stage::Supervision),
            since: Some(today().add_days(-30)),
            children: vec![("Lina ".into(), Some(2014)), ("Sem".into(), None)],
            organisations: vec![("jeugdbescherming".into(), "Jeugdbescherming".into())],
        };
        let h = start_household(&answers, today()).unwrap();
        assert!(!h.is_example);
        assert_eq!(h.children[0].name, "Lina");
        assert_eq!(h.organisations.len(), 1);
        assert_eq!(
            h.position.current(),
            CurrentStage::Known(Stage::Supervision, today().add_days(-30))
        );
        assert_eq!(validate(&h), vec![]);
    }

    #[test]
    fn unknown_stage_and_no_date() {
        let h = start_household(&StartAnswers::default(), today()).unwrap();
        assert_eq!(h.position.current(), CurrentStage::NotSet);
        let answers = StartAnswers {
            stage: Some(Stage::Preventive),
            ..Default::default()
        };
        let h = start_household(&answers, today()).unwrap();
        assert_eq!(
            h.position.current(),
            CurrentStage::Known(Stage::Preventive, today())
        );
    }

    #[test]
    fn bad_answers_are_named() {
        let future = StartAnswers {
            since: Some(today().add_days(1)),
            ..Default::default()
        };
        assert_eq!(
            start_household(&future, today()),
            Err(StartError::SinceInFuture)
        );
        let nameless = StartAnswers {
            children: vec![("Sem".into(), None), (" ".into(), None)],
            ..Default::default()
        };
        assert_eq!(
            start_household(&nameless, today()),
            Err(StartError::ChildWithoutName(1))
        );
        let old = StartAnswers {
            children: vec![("Sem".into(), Some(1950))],
            ..Default::default()
        };
        assert_eq!(
            start_household(&old, today()),
            Err(StartError::ImpossibleBirthYear(0))
        );
    }
}
