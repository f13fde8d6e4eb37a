//! "This is not correct": the family's account of one plan entry, the correction request
//! and where it stands, and the complaints commission's ruling.

use super::tagged::{only, required};
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// Which kind of plan entry a dispute is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisputedEntry {
    /// A concern.
    Concern,
    /// Something that goes well.
    Positive,
    /// A goal.
    Goal,
    /// A meeting (its notes or agreements).
    Meeting,
    /// A report.
    Report,
}

/// A pointer to one plan entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryRef {
    /// The kind of entry.
    #[serde(rename = "type")]
    pub entry: DisputedEntry,
    /// Its id.
    pub id: String,
}

/// Where a correction request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case", try_from = "DisputeStatusIn")]
pub enum DisputeStatus {
    /// The family wrote its account; nothing sent yet.
    Drafted,
    /// The correction request was sent.
    Sent {
        /// On this day.
        on: Date,
    },
    /// The organisation answered.
    Answered {
        /// On this day.
        on: Date,
    },
    /// The organisation corrected the entry or added the family's view.
    Corrected {
        /// On this day.
        on: Date,
    },
    /// The organisation refused.
    Refused {
        /// On this day.
        on: Date,
    },
}

/// `DisputeStatus` as stored, read flat (see `tagged`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisputeStatusIn {
    state: DisputeState,
    on: Option<Date>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum DisputeState {
    Drafted,
    Sent,
    Answered,
    Corrected,
    Refused,
}

impl TryFrom<DisputeStatusIn> for DisputeStatus {
    type Error = String;

    fn try_from(d: DisputeStatusIn) -> Result<Self, String> {
        let on = || required(d.on, "on");
        Ok(match d.state {
            DisputeState::Drafted => {
                only(&[("on", d.on.is_some())], &[])?;
                DisputeStatus::Drafted
            }
            DisputeState::Sent => DisputeStatus::Sent { on: on()? },
            DisputeState::Answered => DisputeStatus::Answered { on: on()? },
            DisputeState::Corrected => DisputeStatus::Corrected { on: on()? },
            DisputeState::Refused => DisputeStatus::Refused { on: on()? },
        })
    }
}

/// What the complaints commission ruled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulingOutcome {
    /// The complaint was upheld (gegrond).
    Upheld,
    /// Partly upheld.
    PartlyUpheld,
    /// Not upheld (ongegrond).
    Rejected,
}

/// A ruling of the complaints commission on a dispute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ruling {
    /// The day of the ruling.
    pub date: Date,
    /// The outcome.
    pub outcome: RulingOutcome,
    /// What it said, in the family's words.
    pub text: String,
}

/// "This is not correct": the family's account of one plan entry, and the correction request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// Stable id within the document.
    pub id: String,
    /// The entry it is about.
    pub entry: EntryRef,
    /// The family's own account.
    pub account: String,
    /// When the family started it.
    pub created: Date,
    /// Where the correction request stands.
    pub status: DisputeStatus,
    /// The correction letter (a request id), once drafted as a letter.
    pub letter: Option<String>,
    /// The complaints commission's ruling, if it came to that.
    pub ruling: Option<Ruling>,
}
