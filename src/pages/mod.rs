//! One module per route (addresses as in DESIGN.md).

pub mod emergency;
pub mod framework;
pub mod help;
pub mod letter;
pub mod network;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod rights;
pub mod settings;
pub mod start;
pub mod welcome;
