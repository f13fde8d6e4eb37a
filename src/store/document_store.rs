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

#[cfg(test)]
mod tests {
    //! The store's own logic on the host, where `device` keeps keys in memory.
    use super::*;
    use crate::domain::example::example_household;
    use crate::domain::fuzz_tests::{apply, edit, make_edit, mutation, seeds, today};
    use crate::domain::import::read_import;
    use proptest::prelude::*;
    use serde_json::Value;

    /// A device holding the example family, and its stored text.
    fn device_with_example() -> (Household, String) {
        device::host::clear();
        let current = example_household(today());
        save(&current, today()).expect("the host storage takes it");
        let raw = device::read(KEY).expect("stored");
        (current, raw)
    }

    #[test]
    fn a_stale_next_id_on_the_device_is_repaired_when_read() {
        let (current, raw) = device_with_example();
        let mut doc: Value = serde_json::from_str(&raw).unwrap();
        doc["household"]["next_id"] = Value::from(2);
        device::write(KEY, &doc.to_string()).unwrap();
        let Loaded::Household(mut h) = load() else {
            panic!("a stale next_id must not make the store unreadable");
        };
        let highest = crate::domain::validation::highest_id_number(&current).unwrap();
        assert_eq!(
            u64::from(h.next_id),
            highest + 1,
            "one above the highest id"
        );
        let mut as_before = (*h).clone();
        as_before.next_id = current.next_id;
        assert_eq!(as_before, current);
        // The next edit gets a fresh id, and the store still loads.
        make_edit(&mut h, crate::domain::fuzz_tests::Edit::Concern);
        save(&h, today()).unwrap();
        assert_eq!(load(), Loaded::Household(h));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        /// A file is read against the household on the device, as the import card does
        /// (components/import_panel.rs): a refused file leaves the stored bytes exactly as
        /// they were; an accepted one writes nothing until it is confirmed, and once saved
        /// (and edited) the device still opens it.
        #[test]
        fn an_import_writes_only_after_confirming_and_never_an_unreadable_store(
            seed in 0usize..3,
            changes in proptest::collection::vec(mutation(), 1..6),
            edits in proptest::collection::vec(edit(), 0..4),
        ) {
            let (current, before) = device_with_example();
            let mut doc: Value = serde_json::from_str(&seeds()[seed]).unwrap_or(Value::Null);
            for m in &changes {
                apply(&mut doc, m);
            }
            let Loaded::Household(on_device) = load() else { panic!("the example loads") };
            prop_assert_eq!(&*on_device, &current);
            let read = read_import(doc.to_string().as_bytes(), Some(&on_device));
            prop_assert_eq!(device::read(KEY), Some(before.clone()), "written before confirming");
            prop_assert_eq!(device::read(ASIDE_KEY), None);
            if let Ok(incoming) = read {
                // Confirmed: the import card saves it through `AppState`, i.e. `save`.
                let mut h = incoming.household;
                save(&h, today()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
                prop_assert_eq!(load(), Loaded::Household(Box::new(h.clone())));
                for e in &edits {
                    make_edit(&mut h, *e);
                    save(&h, today()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
                    prop_assert_eq!(load(), Loaded::Household(Box::new(h.clone())), "after {:?}", e);
                }
            }
        }
    }
}
