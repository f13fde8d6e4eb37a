//! Changing where the family stands: a new step on the path, with its date checked.

use super::date::Date;
use super::household::{PathStep, Position};
use super::stage::Stage;

/// Why a new position cannot be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PositionError {
    /// The date lies after today.
    InFuture,
    /// The date lies before the current step began.
    BeforePrevious(Date),
    /// The family already stands at this stage.
    AlreadyThere,
}

/// Records that the family stands at `stage` since `since`; the old steps stay as the path.
pub fn move_to(
    position: &mut Position,
    stage: Stage,
    since: Date,
    today: Date,
) -> Result<(), PositionError> {
    if since > today {
        return Err(PositionError::InFuture);
    }
    if let Some(last) = position.path.last() {
        if since < last.since {
            return Err(PositionError::BeforePrevious(last.since));
        }
        if last.stage == stage.id() {
            return Err(PositionError::AlreadyThere);
        }
    }
    position.path.push(PathStep {
        stage: stage.id().to_string(),
        since,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::household::CurrentStage;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_move_adds_a_step_and_keeps_the_path() {
        let mut p = Position::default();
        move_to(
            &mut p,
            Stage::VoluntaryHelp,
            day("2026-01-10"),
            day("2026-11-28"),
        )
        .unwrap();
        move_to(
            &mut p,
            Stage::Preventive,
            day("2026-01-10"),
            day("2026-11-28"),
        )
        .unwrap();
        assert_eq!(p.path.len(), 2);
        assert_eq!(
            p.current(),
            CurrentStage::Known(Stage::Preventive, day("2026-01-10"))
        );
    }

    #[test]
    fn dates_in_the_future_or_before_the_last_step_are_refused() {
        let today = day("2026-11-28");
        let mut p = Position::default();
        assert_eq!(
            move_to(&mut p, Stage::Supervision, day("2026-11-29"), today),
            Err(PositionError::InFuture)
        );
        move_to(&mut p, Stage::Supervision, day("2026-06-01"), today).unwrap();
        assert_eq!(
            move_to(&mut p, Stage::OutOfHomePlacement, day("2026-05-31"), today),
            Err(PositionError::BeforePrevious(day("2026-06-01")))
        );
        assert_eq!(
            move_to(&mut p, Stage::Supervision, today, today),
            Err(PositionError::AlreadyThere)
        );
        assert_eq!(p.path.len(), 1, "refused moves change nothing");
    }
}
