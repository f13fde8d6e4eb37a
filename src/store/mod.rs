//! Persistence on the device: the only code that touches browser storage.
//!
//! Why localStorage and not IndexedDB: the household is one small JSON document (tens of
//! kilobytes; the limit is about 5 MB), and a synchronous write is finished before the next
//! tap is handled, so closing the app can never leave half a save behind and a full disk is
//! reported at the moment of saving. See the README, "Storage".

pub mod crypto;
pub mod device;
pub mod document_store;
pub mod download;
pub mod drafts;
pub mod exclusive;
pub mod file_read;
pub mod lock;
pub mod net;
pub mod outbox;
pub mod profile_store;
pub mod quick_exit;
pub mod service_worker;
pub mod settings;
pub mod signals;
