//! The web of organisations around a family: sides, relations, the entries each organisation
//! supplied, the family-manager history and the continuity warnings (recommendations 14, 17, 18).
//!
//! Nothing here is stored: sides and relations follow from the catalogue id of an organisation
//! (`Organisation::kind`), the history from the people's `since`/`until` dates. The words for
//! all of it are content (`content/<lang>/partners.toml`, `ui.toml`).
//!
//! One file per subject, each with its tests; everything is re-exported here, so callers write
//! `domain::network::…` whatever file an item lives in:
//! - `catalogue`: sides, the relations between catalogue partners, the lines to draw
//! - `organisations`: what an organisation supplied, adding and removing one
//! - `people`: people's details, adding, changing and removing them, the family-manager history
//! - `continuity`: the warnings when the family is left without a family manager

mod catalogue;
mod continuity;
mod organisations;
mod people;

pub use catalogue::{
    grouped, lines, relations_of, side_of, Line, Relation, RelationKind, Side, RELATIONS,
};
pub use continuity::{lead_changes_in_year, local_help_ended, warnings, Warning, CHANGES_WARNING};
pub use organisations::{
    add_organisation, remove_organisation, supplied_by, CitedSources, Supplied,
};
pub use people::{
    active_leads, active_on, add_person, change_lead, check_person, manager_history, remove_person,
    update_person, ChangeError, ManagerSpell, PersonDraft, PersonError,
};

use super::household::{CurrentStage, Household};
use super::stage::Stage;

/// The family itself, as the end of a relation ("the judge decides about the family").
pub const FAMILY: &str = "gezin";

fn current_stage(h: &Household) -> Option<Stage> {
    match h.position.current() {
        CurrentStage::Known(stage, _) => Some(stage),
        _ => None,
    }
}

/// Days the tests of every file share.
#[cfg(test)]
mod testing {
    use crate::domain::date::Date;

    pub(super) fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    pub(super) fn today() -> Date {
        day("2026-11-28")
    }
}
