//! Loading and saving the household document.
//!
//! A stored document that cannot be read is never replaced silently: a copy is put aside
//! under its own key before anything else is written, and the user decides what happens.

use super::device::{self, WriteError};
use crate::domain::date::Date;
use crate::domain::document::{decode, encode, LoadError};
use crate::domain::household::Household;

/// Where the household document lives.
pub const KEY: &str = "helder.household";
/// Where an unreadable document is kept aside.
pub const ASIDE_KEY: &str = "helder.household.unreadable";

/// What was found on the device at start.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: first use.
    Nothing,
    /// A valid household.
    Household(Box<Household>),
    /// A household locked with a passcode; it opens on the lock screen.
    Locked,
    /// Something is stored but cannot be read; it stays untouched.
    Unreadable {
        /// The stored text, exactly as found.
        raw: String,
        /// Why it cannot be read.
        error: LoadError,
    },
}

/// Reads the stored document.
pub fn load() -> Loaded {
    match device::read(KEY) {
        None => Loaded::Nothing,
        Some(raw) if crate::domain::locked::is_locked(&raw) => Loaded::Locked,
        Some(raw) => match decode(&raw) {
            Ok(household) => Loaded::Household(Box::new(household)),
            Err(error) => {
                keep_aside(&raw);
                Loaded::Unreadable { raw, error }
            }
        },
    }
}

/// Copies unreadable data to its own key, unless an earlier copy is already kept there.
fn keep_aside(raw: &str) {
    if device::read(ASIDE_KEY).is_none() {
        // If even this fails, the main key still holds the data: nothing is written there
        // until the user chooses to start again.
        let _ = device::write(ASIDE_KEY, raw);
    }
}

/// Saves the household; on failure the previously stored document stays as it was.
pub fn save(household: &Household, today: Date) -> Result<(), WriteError> {
    device::write(KEY, &encode(household, today))
}
