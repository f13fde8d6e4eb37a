//! Where a kept request to the kinderrechter stands: the dates and the judge's decision the
//! family records (`Request::court`, since schema version 4). Part of the stored document, so
//! it lives with the household; the rules about it are in `domain::court_request`.

use super::{Request, RequestKind};
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

/// Where a kept request to the kinderrechter stands (since schema version 4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourtTrack {
    /// The kind's id (`CourtKind::id`); text, so an id this version does not know is kept.
    /// Empty when it is not known (a request kept before the states existed).
    pub kind: String,
    /// The decision of Jeugdbescherming it is about (a decision id), if any: sending the
    /// request ends that decision's term warning.
    pub decision: Option<String>,
    /// The day the family sent it to the court.
    pub sent: Option<Date>,
    /// The day of the hearing (zitting), once the family knows it.
    pub hearing: Option<Date>,
    /// The judge's decision, once it came.
    pub ruling: Option<JudgeDecision>,
}

/// The judge's decision on the request, as the family records it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JudgeDecision {
    /// What the judge decided.
    pub outcome: JudgeOutcome,
    /// The day of the decision (uitspraak).
    pub date: Date,
    /// A short note in the family's words; may be empty.
    pub note: String,
}

/// What the judge decided, in the family's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JudgeOutcome {
    /// The judge gave what was asked (toegewezen).
    Granted,
    /// Partly.
    Partly,
    /// The judge said no (afgewezen).
    Refused,
    /// Something else (for example: the request was withdrawn, or the judge decided otherwise).
    Other,
}

impl JudgeOutcome {
    /// Every outcome, in the order the form offers them.
    pub const ALL: [JudgeOutcome; 4] = [
        JudgeOutcome::Granted,
        JudgeOutcome::Partly,
        JudgeOutcome::Refused,
        JudgeOutcome::Other,
    ];

    /// A stable id (the form's values).
    pub fn id(self) -> &'static str {
        match self {
            JudgeOutcome::Granted => "granted",
            JudgeOutcome::Partly => "partly",
            JudgeOutcome::Refused => "refused",
            JudgeOutcome::Other => "other",
        }
    }
}

/// The state of a kept request, with its dates.
#[derive(Clone, Debug, PartialEq)]
pub enum CourtState {
    /// Kept, not sent yet.
    Drafted,
    /// Sent to the court on this day.
    Sent(Date),
    /// Sent, and the hearing is (or was) on `on`.
    Hearing {
        /// The day it was sent.
        sent: Date,
        /// The day of the hearing.
        on: Date,
    },
    /// The judge decided.
    Decided {
        /// The day it was sent.
        sent: Date,
        /// The day of the hearing, if the family entered it.
        hearing: Option<Date>,
        /// The decision.
        decision: JudgeDecision,
    },
}

/// The state of a request to the kinderrechter; `None` for any other request.
pub fn court_state(r: &Request) -> Option<CourtState> {
    if r.kind != RequestKind::CourtRequest {
        return None;
    }
    let track = r.court.clone().unwrap_or_default();
    Some(match (track.sent, track.hearing, track.ruling) {
        (None, ..) => CourtState::Drafted,
        (Some(sent), hearing, Some(decision)) => CourtState::Decided {
            sent,
            hearing,
            decision,
        },
        (Some(sent), Some(on), None) => CourtState::Hearing { sent, on },
        (Some(sent), None, None) => CourtState::Sent(sent),
    })
}

/// A hearing still to come (today or later) before the judge decided: the overview lists it
/// as an upcoming date.
pub fn upcoming_hearing(r: &Request, today: Date) -> Option<Date> {
    match court_state(r)? {
        CourtState::Hearing { on, .. } if on >= today => Some(on),
        _ => None,
    }
}
