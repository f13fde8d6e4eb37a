//! Requests to the kinderrechter that a family can write itself (`/hulp/rechter`).
//!
//! Under a supervision order (OTS) a parent with authority (gezag) or a child of 12 or older
//! can ask the juvenile judge for several things, in writing and without a lawyer (BW 1:265k
//! lid 1; the exception is a dispute about how the OTS is carried out, BW 1:262b). This module
//! knows, per kind of request: at which stages it fits, who may ask, whether a term runs and
//! from when, whether a lawyer is needed, and what the letter (verzoekschrift) must hold
//! (Rv 278 lid 1, Rv 799, and what the article itself asks for); and, once the letter is kept,
//! its way: drafted, sent, a hearing, the judge's decision. The wording is content
//! (`content/<lang>/court.toml`, `[court]` in `ui.toml`); the rules and the arithmetic are here.
//!
//! - [`kinds`]: the kinds, who may ask, lawyer and appeal, the fit per stage;
//! - [`term`]: the 2-week term and where it stands;
//! - [`letter`]: the family's answers, their checks and the letter;
//! - [`states`]: the kept request's states, stored on the request (`Request::court`).

pub mod kinds;
pub mod letter;
pub mod states;
pub mod term;

pub use kinds::{Asker, CourtKind, Fit};
pub use letter::{
    check, letter, CourtInput, CourtKindWords, CourtLetterTexts, CourtProblem, LetterDates,
};
pub use states::{
    check_decision, check_hearing, check_sent, court_state, keep, record_decision, record_hearing,
    record_sent, upcoming_hearing, CourtState, CourtTrack, JudgeDecision, JudgeOutcome,
    StateProblem, NOTE_MAX,
};
pub use term::{last_day, placement_undecided_counts_as_refusal, term_status, TermStatus};
