//! The organisations involved with the family and the people who work there.

use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// An organisation involved with the family (a chain partner).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Stable id within the document.
    pub id: String,
    /// The partner-catalogue id (e.g. "jeugdbescherming"), or "anders" for other.
    pub kind: String,
    /// The name as the family knows it.
    pub name: String,
    /// People the family deals with there.
    pub people: Vec<Person>,
    /// The family's own notes.
    pub note: String,
}

/// A person at an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id within the document.
    pub id: String,
    /// Name.
    pub name: String,
    /// What this person does for the family.
    pub role: PersonRole,
    /// Phone number as given; may be empty.
    pub phone: String,
    /// E-mail address as given; may be empty.
    pub email: String,
    /// Since when, if known.
    pub since: Option<Date>,
    /// Until when; `None` while still involved.
    pub until: Option<Date>,
}

/// A person's role towards the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonRole {
    /// The family manager (gezinsmanager / jeugdbeschermer) who leads.
    LeadFamilyManager,
    /// The back-up family manager.
    BackupFamilyManager,
    /// A team manager.
    TeamManager,
    /// A social worker of the local team.
    Worker,
    /// The family's lawyer.
    Lawyer,
    /// Anyone else.
    Other,
}
