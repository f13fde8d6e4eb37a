//! One module per route (the addresses are listed in docs/architecture.md).

pub mod agreements;
pub mod court;
pub mod emergency;
pub mod framework;
pub mod glossary;
pub mod help;
pub mod letter;
pub mod network;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod plan_edit;
pub mod rights;
pub mod settings;
pub mod start;
pub mod welcome;
