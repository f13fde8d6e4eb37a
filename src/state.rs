//! The app's shared state, provided as context: the household, language and store status.
//!
//! Its sub-modules keep the state in step with the world: other windows (`sync`), the date
//! (`day`) and the outbox's deliveries (`outbox`). The store reports what happened; these
//! apply it to the state (the store never imports the state: docs/architecture.md, "Layers").

pub mod day;
pub mod outbox;
pub mod ready;
pub mod sync;

use crate::content::{self, Lang, Ui};
use crate::domain::date::Date;
use crate::domain::document::LoadError;
use crate::domain::household::Household;
use crate::domain::profile::{Profile, ProfileError};
use crate::store::device::WriteError;
use crate::store::{document_store, settings};
use leptos::prelude::*;

/// Whether the stored data is in order.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreStatus {
    /// Loaded or saved without trouble.
    Fine,
    /// The stored document could not be read; it stays where it is, and a copy is kept aside
    /// when the storage allows.
    Unreadable {
        /// The stored text, exactly as found.
        raw: String,
        /// Why it could not be read.
        error: LoadError,
        /// Whether a copy is kept aside; when not, going on without it must wait until the
        /// family saved it as a file (the next save would write over it).
        kept: bool,
    },
    /// The last save failed; the previously saved document is still there.
    SaveFailed(WriteError),
}

/// Whether a passcode guards the stored data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// No passcode: the document is stored as plain JSON.
    Off,
    /// A passcode is set and Helder is locked: nothing of the household is in memory.
    Locked,
    /// A passcode is set and Helder is open; saves are encrypted.
    Open,
}

/// The last change, kept so it can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// What happened, in the user's language ("Verwijderd.").
    pub message: String,
    /// The household before the change.
    pub before: Household,
    /// The household's version right after it ([`AppState::version`]); undo only applies
    /// while nothing else changed.
    pub after: u64,
}

/// Shared state; cheap to copy (signals only).
#[derive(Clone, Copy)]
pub struct AppState {
    /// The household, once there is one.
    pub household: RwSignal<Option<Household>>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// Youth mode: a young person's view of the household (remembered on the device).
    pub youth: RwSignal<bool>,
    /// In youth mode, the child (id) who chose their name; empty when not chosen.
    pub youth_child: RwSignal<String>,
    /// Whether stored data is in order.
    pub store: RwSignal<StoreStatus>,
    /// A new version of the app is installed and waits for a reload.
    pub update_waiting: RwSignal<bool>,
    /// Today, read once at start.
    pub today: Date,
    /// The organisation profile in use.
    pub profile: RwSignal<Profile>,
    /// The organisation's profile file is wrong (the last good profile is used meanwhile).
    pub profile_problem: RwSignal<Option<ProfileError>>,
    /// The last undoable change, offered in a notice until something else changes.
    pub undo: RwSignal<Option<Undo>>,
    /// The passcode lock.
    pub lock: RwSignal<Lock>,
    /// A message for the user that is not tied to a screen (another window changed the
    /// data; wrong passcode tries since the last unlock); closed by the user.
    pub notice: RwSignal<Option<String>>,
    /// Counts the household's changes (see [`AppState::version`]).
    version: Memo<u64>,
}

impl AppState {
    /// Loads what the device holds.
    pub fn load() -> AppState {
        let mut lock = Lock::Off;
        let (household, store) = match document_store::load() {
            document_store::Loaded::Nothing => (None, StoreStatus::Fine),
            document_store::Loaded::Household(h) => (Some(*h), StoreStatus::Fine),
            document_store::Loaded::Locked => {
                lock = Lock::Locked;
                (None, StoreStatus::Fine)
            }
            document_store::Loaded::Unreadable { raw, error, kept } => {
                (None, StoreStatus::Unreadable { raw, error, kept })
            }
        };
        let (youth, youth_child) = settings::load_youth();
        let household = RwSignal::new(household);
        AppState {
            household,
            lang: RwSignal::new(settings::load_lang()),
            youth: RwSignal::new(youth),
            youth_child: RwSignal::new(youth_child),
            store: RwSignal::new(store),
            update_waiting: RwSignal::new(false),
            today: crate::store::device::today(),
            profile: RwSignal::new(crate::store::profile_store::load_cached()),
            profile_problem: RwSignal::new(None),
            undo: RwSignal::new(None),
            lock: RwSignal::new(lock),
            notice: RwSignal::new(None),
            // Nothing subscribes to it: it is recomputed when read after the household changed.
            version: Memo::new(move |before: Option<&u64>| {
                household.track();
                before.map_or(0, |v| v + 1)
            }),
        }
    }

    /// A number that changes whenever the household does (any change, from any code that sets
    /// the signal), so an undo can tell that nothing changed since without keeping a copy.
    pub fn version(&self) -> u64 {
        self.version.get_untracked()
    }

    /// Locks now (idle, background, quick exit, the button): the key and the household leave
    /// memory; the lock screen shows. Does nothing without a passcode.
    pub fn lock_now(&self) {
        if self.lock.get_untracked() == Lock::Off {
            return;
        }
        crate::store::lock::drop_key();
        self.undo.set(None);
        self.household.set(None);
        self.lock.set(Lock::Locked);
    }

    /// After the right passcode: the household is back in memory.
    pub fn unlocked(&self, household: Household) {
        self.household.set(Some(household));
        self.lock.set(Lock::Open);
    }

    /// Changes the household and saves it at once.
    pub fn change(&self, edit: impl FnOnce(&mut Household)) {
        self.household.update(|h| {
            if let Some(h) = h {
                edit(h);
            }
        });
        self.save();
    }

    /// Tries an edit that may be refused (a form with problems). When it succeeds, the
    /// household is saved and the change can be undone; when it fails, nothing changes.
    /// The household is copied once: the copy is what an undo puts back (or, when the edit
    /// fails, what goes back at once, unnoticed); the edit works on the original.
    pub fn try_change<T, E>(
        &self,
        message: String,
        edit: impl FnOnce(&mut Household) -> Result<T, E>,
    ) -> Option<Result<T, E>> {
        // Taken out without notifying: nothing reads the signal until it is put back below.
        let mut current = self
            .household
            .try_update_untracked(Option::take)
            .flatten()?;
        let before = current.clone();
        let result = edit(&mut current);
        if result.is_ok() {
            self.household.set(Some(current));
            self.save();
            self.undo.set(Some(Undo {
                message,
                before,
                after: self.version(),
            }));
        } else {
            self.household.update_untracked(|h| *h = Some(before));
        }
        Some(result)
    }

    /// Undoes the last change if nothing changed since; says whether it could.
    pub fn undo_last(&self) -> bool {
        if self.undo.with_untracked(Option::is_none) {
            return false;
        }
        let Some(undo) = self.undo.try_update(Option::take).flatten() else {
            return false;
        };
        let unchanged = self.version() == undo.after;
        if unchanged {
            self.replace(undo.before);
        }
        unchanged
    }

    /// Puts a new household in place (example, guided start, import) and saves it.
    pub fn replace(&self, household: Household) {
        self.household.set(Some(household));
        self.save();
    }

    /// Saves the current household; a failure is shown, the stored copy stays as it was.
    /// With a passcode the save is encrypted (asynchronously; the newest save wins). Another
    /// window's save in between is merged, never overwritten (`state/sync.rs`).
    fn save(&self) {
        sync::save(*self);
    }

    /// Shows the outcome of a save.
    pub(crate) fn saved(&self, result: Result<(), WriteError>) {
        match result {
            Ok(()) => {
                if !matches!(self.store.get_untracked(), StoreStatus::Unreadable { .. }) {
                    self.store.set(StoreStatus::Fine);
                }
            }
            Err(error) => self.store.set(StoreStatus::SaveFailed(error)),
        }
    }

    /// Removes everything from the device (household, outbox, settings, caches); the app
    /// returns to first use.
    pub fn erase(&self) {
        crate::store::device::erase_everything();
        crate::store::lock::erased();
        document_store::set_known(0, None);
        self.notice.set(None);
        self.lock.set(Lock::Off);
        self.undo.set(None);
        self.household.set(None);
        self.youth.set(false);
        self.youth_child.set(String::new());
        self.store.set(StoreStatus::Fine);
    }

    /// Fetches a fresh organisation profile; keeps the last good one when it is wrong or absent.
    pub fn refresh_profile(&self) {
        let app = *self;
        // Screens are not marked ready while the profile is on its way (state/ready.rs).
        let busy = ready::Busy::start();
        leptos::task::spawn_local(async move {
            use crate::store::profile_store::{fetch_fresh, Fresh};
            let fresh = fetch_fresh().await;
            busy.done_after_drawing();
            match fresh {
                Fresh::Good(profile) => {
                    app.profile.set(*profile);
                    app.profile_problem.set(None);
                }
                Fresh::Malformed(error) => app.profile_problem.set(Some(error)),
                Fresh::Unavailable => {}
            }
        });
    }

    /// Switches youth mode on or off and remembers it.
    pub fn set_youth(&self, on: bool) {
        self.youth.set(on);
        settings::save_youth(on, &self.youth_child.get_untracked());
    }

    /// In youth mode, remembers who the young person is.
    pub fn set_youth_child(&self, child: &str) {
        self.youth_child.set(child.to_string());
        settings::save_youth(self.youth.get_untracked(), child);
    }

    /// Switches the language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        settings::save_lang(lang);
    }
}

/// The shared state.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The interface texts in the current language, as a reactive signal.
pub fn use_ui() -> Signal<&'static Ui> {
    let lang = use_app().lang;
    Signal::derive(move || content::ui(lang.get()))
}
