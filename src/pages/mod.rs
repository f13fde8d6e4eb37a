//! One module per route (addresses as in DESIGN.md).

pub mod agreements;
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
