//! The pure domain: the household document, the framework's stages and the rules.
//!
//! No Leptos, browser or storage types here: everything is plain Rust, tested with
//! `cargo test` on the host. The layer test (`src/layers_test.rs`) keeps it so: it reads every
//! path in these files, not only the `use` lines.

pub mod agreements;
pub mod complaint;
pub mod correction;
pub mod court_request;
pub mod date;
pub mod document;
pub mod due;
pub mod emergency;
pub mod example;
pub mod follow_up;
pub mod glossary;
pub mod guided_start;
pub mod household;
pub mod import;
pub mod json_path;
pub mod links;
pub mod locked;
pub mod map_layout;
pub mod merge;
pub mod migrations;
pub mod network;
pub mod notices;
pub mod ordering;
pub mod outbox;
pub mod plan_edit;
pub mod position;
pub mod profile;
pub mod public_contacts;
pub mod stage;
pub mod text;
pub mod transitions;
pub mod validation;
pub mod youth;

#[cfg(test)]
pub(crate) mod fuzz_tests;
