//! Loading and saving the household document.
//!
//! A stored document that cannot be read is never replaced silently: a copy is put aside
//! under its own key before anything else is written, and the user decides what happens.
//!
//! The stored document carries a revision (in its envelope). This window remembers the
//! revision it last read or wrote, and the household as it was then (the base of a merge);
//! a save only replaces exactly that revision (`domain/merge.rs`, `state/sync.rs`).

use super::device::{self, WriteError};
use crate::domain::date::Date;
use crate::domain::document::{decode, encode_stored, revision_of, LoadError};
use crate::domain::household::Household;
use crate::domain::merge::{has_seen, may_write, next_revision};
use std::cell::{Cell, RefCell};

thread_local! {
    static KNOWN: Cell<u64> = const { Cell::new(0) };
    static BASE: RefCell<Option<Household>> = const { RefCell::new(None) };
}

/// The revision this window last read or wrote (0: none).
pub fn known() -> u64 {
    KNOWN.with(Cell::get)
}

/// The household as it was at the known revision (what this window last read or wrote).
pub fn base() -> Option<Household> {
    BASE.with(|b| b.borrow().clone())
}

/// Remembers what this window now knows of the store.
pub fn set_known(revision: u64, base: Option<Household>) {
    KNOWN.with(|k| k.set(revision));
    BASE.with(|b| *b.borrow_mut() = base);
}

/// The revision stored now; `None` when nothing is stored.
pub fn stored_revision() -> Option<u64> {
    device::read(KEY).map(|raw| revision_of(&raw))
}

/// Whether this window may write now (nobody else wrote since it last read or wrote).
pub fn may_write_now() -> bool {
    may_write(stored_revision(), known())
}

/// How long a window waits for its copy of the store to show another window's write.
const SEEN_WITHIN_MS: i32 = 3_000;

/// Waits until this window's copy of the store shows revision `written` (another window
/// wrote it a moment ago; the browser brings each window's copy up to date shortly after a
/// write), but not longer than [`SEEN_WITHIN_MS`]. Says whether it does.
pub async fn wait_until_seen(written: u64) -> bool {
    let mut waited = 0;
    while !has_seen(stored_revision(), written) {
        if waited >= SEEN_WITHIN_MS || !sleep(20).await {
            return false;
        }
        waited += 20;
    }
    true
}

/// Waits `ms` milliseconds; false without a window (nothing to wait with).
async fn sleep(ms: i32) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// What a save did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written.
    Written,
    /// Not written: the device refused; the stored copy is as it was.
    Failed(WriteError),
    /// Not written: another window saved (or erased) since this one last read.
    Conflict,
}

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
        /// Whether a copy of it is kept aside (read back to be sure: a full storage refuses it).
        kept: bool,
    },
}

/// Reads the stored document.
pub fn load() -> Loaded {
    set_known(0, None);
    match device::read(KEY) {
        None => Loaded::Nothing,
        Some(raw) if crate::domain::locked::is_locked(&raw) => {
            set_known(revision_of(&raw), None);
            Loaded::Locked
        }
        Some(raw) => match decode(&raw) {
            Ok(household) => {
                set_known(revision_of(&raw), Some(household.clone()));
                Loaded::Household(Box::new(household))
            }
            Err(error) => {
                // "Start again" writes over it (after it is kept aside), as before.
                set_known(revision_of(&raw), None);
                keep_aside(&raw);
                let kept = is_kept_aside(&raw);
                Loaded::Unreadable { raw, error, kept }
            }
        },
    }
}

/// The keys of the later copies aside (`ASIDE_KEY.<time>`), oldest first.
fn later_aside_keys() -> Vec<String> {
    let Some(storage) = device::local_storage() else {
        return Vec::new();
    };
    let prefix = format!("{ASIDE_KEY}.");
    let mut keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    keys.sort();
    keys
}

/// Whether exactly `raw` is kept aside, under `ASIDE_KEY` or one of the later keys (read
/// back: a full storage refuses the copy).
fn is_kept_aside(raw: &str) -> bool {
    std::iter::once(ASIDE_KEY.to_string())
        .chain(later_aside_keys())
        .any(|key| device::read(&key).as_deref() == Some(raw))
}

/// How many copies of unreadable data are kept (the first under `ASIDE_KEY`, later ones
/// under `ASIDE_KEY.<time>`; the oldest of those goes first).
const ASIDE_COPIES: usize = 3;

/// Copies unreadable data to a key of its own. The first copy stays under `ASIDE_KEY`; a
/// different unreadable document later (say after going back to an older Helder) is kept
/// too, under a key with the time, instead of being skipped because a copy exists.
fn keep_aside(raw: &str) {
    // If even this fails, the main key still holds the data: nothing is written there
    // until the user chooses to start again.
    if is_kept_aside(raw) {
        return;
    }
    if device::read(ASIDE_KEY).is_none() {
        let _ = device::write(ASIDE_KEY, raw);
        return;
    }
    let mut later = later_aside_keys();
    while later.len() + 1 >= ASIDE_COPIES {
        let oldest = later.remove(0);
        if let Some(storage) = device::local_storage() {
            let _ = storage.remove_item(&oldest);
        }
    }
    let _ = device::write(&format!("{ASIDE_KEY}.{:013}", device::now_ms()), raw);
}

/// The keys of every copy of unreadable data kept aside, oldest first.
pub fn aside_keys() -> Vec<String> {
    let first = device::read(ASIDE_KEY).map(|_| ASIDE_KEY.to_string());
    first.into_iter().chain(later_aside_keys()).collect()
}

/// Removes one copy kept aside (the family saved it as a file, or does not want it).
pub fn remove_aside(key: &str) {
    if key == ASIDE_KEY || key.starts_with(&format!("{ASIDE_KEY}.")) {
        if let Some(storage) = device::local_storage() {
            let _ = storage.remove_item(key);
        }
    }
}

/// Saves the household over the revision this window knows; on failure or conflict the
/// stored document stays as it was.
pub fn save(household: &Household, today: Date) -> Saved {
    if !may_write_now() {
        return Saved::Conflict;
    }
    let revision = next_revision(known());
    match device::write(KEY, &encode_stored(household, today, revision)) {
        Ok(()) => {
            set_known(revision, Some(household.clone()));
            Saved::Written
        }
        Err(e) => Saved::Failed(e),
    }
}

/// Writes the household whatever is stored (an explicit choice: a passcode removed, a
/// version chosen), as the next revision after both what is stored and what is known.
pub fn save_over(household: &Household, today: Date) -> Result<(), WriteError> {
    let revision = next_revision(known().max(stored_revision().unwrap_or(0)));
    device::write(KEY, &encode_stored(household, today, revision))?;
    set_known(revision, Some(household.clone()));
    Ok(())
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
        // A fresh device: this window has read nothing yet.
        set_known(0, None);
        let current = example_household(today());
        assert_eq!(
            save(&current, today()),
            Saved::Written,
            "the host storage takes it"
        );
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
        assert_eq!(save(&h, today()), Saved::Written);
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
                prop_assert_eq!(save(&h, today()), Saved::Written);
                prop_assert_eq!(load(), Loaded::Household(Box::new(h.clone())));
                for e in &edits {
                    make_edit(&mut h, *e);
                    prop_assert_eq!(save(&h, today()), Saved::Written);
                    prop_assert_eq!(load(), Loaded::Household(Box::new(h.clone())), "after {:?}", e);
                }
            }
        }
    }
}
