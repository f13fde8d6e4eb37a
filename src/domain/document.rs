//! The stored form of a household: a versioned envelope, migrations and decoding.
//!
//! Every stored or exported household is `{"format": "helder-household", "version": N,
//! "saved": "YYYY-MM-DD", "household": {...}}`. Older versions are migrated step by step
//! (`MIGRATIONS[n - 1]` turns version n into n + 1) before strict parsing; newer versions are
//! refused, never guessed at, so a file from a newer Helder is not damaged by an older one.

use super::date::Date;
use super::household::Household;
use super::json_path;
use super::migrations;
use super::validation::{repair_next_id, validate, Problem};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The marker that says a JSON file is a Helder household.
pub const FORMAT: &str = "helder-household";

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 4;

/// A migration turns the `household` value of version n into version n + 1.
pub type Migration = fn(Value) -> Result<Value, String>;

/// The chain of migrations: entry `n - 1` migrates version `n` to `n + 1`.
/// Its length is always `CURRENT_VERSION - 1` (checked by a test).
pub const MIGRATIONS: &[Migration] = &[
    migrations::v1_to_v2,
    migrations::v2_to_v3,
    migrations::v3_to_v4,
];

/// Why a stored or imported text could not be read as a household.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (e.g. a cut-off or garbled file).
    NotJson(String),
    /// JSON, but not a Helder household.
    NotHelder,
    /// Written by a newer Helder than this one.
    Newer {
        /// The version found.
        found: u64,
    },
    /// A migration step failed.
    Migration {
        /// The version it started from.
        from: u32,
        /// What went wrong.
        reason: String,
    },
    /// The shape is wrong at a named place (e.g. "plan.concerns[0].kind").
    Shape {
        /// Where, as a path into the household.
        field: String,
        /// What the parser said.
        reason: String,
    },
    /// The shape is right but the content breaks a rule.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson(reason) => write!(f, "not readable as JSON: {reason}"),
            LoadError::NotHelder => write!(f, "not a Helder household file"),
            LoadError::Newer { found } => write!(
                f,
                "written by a newer version of Helder (file version {found}, this app reads up to {CURRENT_VERSION})"
            ),
            LoadError::Migration { from, reason } => {
                write!(f, "could not update from version {from}: {reason}")
            }
            LoadError::Shape { field, reason } => write!(f, "field {field}: {reason}"),
            LoadError::Invalid(problems) => {
                let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                write!(f, "{}", list.join("; "))
            }
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    saved: Date,
    /// Only on the device's own store (see `domain/merge.rs`); exported files have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<u64>,
    household: &'a Household,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: String,
    version: u64,
    #[allow(dead_code)]
    saved: Option<Value>,
    household: Value,
}

/// The household as stored text, in the current version.
pub fn encode(household: &Household, saved: Date) -> String {
    encode_envelope(household, saved, None)
}

/// The household as the device stores it: with the store's revision in the envelope (older
/// builds ignore it; `decode` ignores it too).
pub fn encode_stored(household: &Household, saved: Date, revision: u64) -> String {
    encode_envelope(household, saved, Some(revision))
}

/// The revision of a stored text (plain or locked): 0 when it has none (stored by an older
/// Helder) or cannot be read.
pub fn revision_of(text: &str) -> u64 {
    #[derive(Deserialize)]
    struct Revision {
        #[serde(default)]
        revision: Option<u64>,
    }
    serde_json::from_str::<Revision>(text)
        .ok()
        .and_then(|r| r.revision)
        .unwrap_or(0)
}

fn encode_envelope(household: &Household, saved: Date, revision: Option<u64>) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        saved,
        revision,
        household,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads stored or imported text into a valid household of the current version.
pub fn decode(text: &str) -> Result<Household, LoadError> {
    decode_with(text, MIGRATIONS)
}

/// `decode` with a given migration chain (tests use their own chains).
pub fn decode_with(text: &str, migrations: &[Migration]) -> Result<Household, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotHelder);
    }
    let envelope: EnvelopeIn = serde_json::from_value(value).map_err(|_| LoadError::NotHelder)?;
    if envelope.format != FORMAT || envelope.version == 0 {
        return Err(LoadError::NotHelder);
    }
    let newest = migrations.len() as u64 + 1;
    if envelope.version > newest {
        return Err(LoadError::Newer {
            found: envelope.version,
        });
    }
    let mut household = envelope.household;
    for from in envelope.version..newest {
        let step = migrations[(from - 1) as usize];
        household = step(household).map_err(|reason| LoadError::Migration {
            from: from as u32,
            reason,
        })?;
    }
    // Read as text so that an error can name its field (json_path); a Value always prints.
    let text = serde_json::to_string(&household).unwrap_or_default();
    let mut household: Household =
        json_path::read(&text).map_err(|(field, reason)| LoadError::Shape { field, reason })?;
    // Older copies and imported files may carry a `next_id` that would repeat an id on the
    // next edit: repaired here, on every read (the version stays as it is).
    repair_next_id(&mut household);
    let problems = validate(&household);
    if problems.is_empty() {
        Ok(household)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_household;

    fn today() -> Date {
        Date::parse("2026-11-28").unwrap()
    }

    #[test]
    fn round_trip_keeps_everything() {
        let household = example_household(today());
        let text = encode(&household, today());
        assert_eq!(decode(&text), Ok(household));
    }

    #[test]
    fn the_stored_revision_is_read_back_and_ignored_by_decode() {
        let household = example_household(today());
        let text = encode_stored(&household, today(), 42);
        assert_eq!(revision_of(&text), 42);
        assert_eq!(decode(&text), Ok(household.clone()));
        // Exports and older stores carry none.
        assert_eq!(revision_of(&encode(&household, today())), 0);
        assert!(!encode(&household, today()).contains("revision"));
        assert_eq!(revision_of("not json"), 0);
        for fixture in [
            include_str!("../../tests/fixtures/household-v1.json"),
            include_str!("../../tests/fixtures/household-v2.json"),
        ] {
            assert_eq!(revision_of(fixture), 0);
        }
    }

    #[test]
    fn the_chain_matches_the_current_version() {
        assert_eq!(MIGRATIONS.len() as u32, CURRENT_VERSION - 1);
    }

    /// Every schema version ever written has a fixture that must still load.
    #[test]
    fn every_version_fixture_loads() {
        let fixtures = [
            include_str!("../../tests/fixtures/household-v1.json"),
            include_str!("../../tests/fixtures/household-v2.json"),
            include_str!("../../tests/fixtures/household-v3.json"),
            include_str!("../../tests/fixtures/household-v4.json"),
        ];
        assert_eq!(
            fixtures.len() as u32,
            CURRENT_VERSION,
            "add a fixture for the new version"
        );
        for (i, text) in fixtures.iter().enumerate() {
            let household = decode(text).unwrap_or_else(|e| panic!("v{}: {e}", i + 1));
            assert!(
                !household.plan.concerns.is_empty(),
                "v{} fixture has content",
                i + 1
            );
        }
    }

    #[test]
    fn the_migration_runner_applies_each_step_in_order() {
        // A pretend history: v1 called the label "name", v2 lacked "requests".
        fn v1_to_v2(mut v: Value) -> Result<Value, String> {
            let obj = v.as_object_mut().ok_or("not an object")?;
            let name = obj.remove("name").ok_or("no name")?;
            obj.insert("label".into(), name);
            obj.remove("requests");
            Ok(v)
        }
        fn v2_to_v3(mut v: Value) -> Result<Value, String> {
            let obj = v.as_object_mut().ok_or("not an object")?;
            obj.insert("requests".into(), Value::Array(vec![]));
            Ok(v)
        }
        let chain: &[Migration] = &[v1_to_v2, v2_to_v3];
        let mut old: Value =
            serde_json::from_str(&encode(&Household::new(today()), today())).unwrap();
        let h = old["household"].as_object_mut().unwrap();
        let label = h.remove("label").unwrap();
        h.insert("name".into(), label);
        old["version"] = 1.into();
        let loaded = decode_with(&old.to_string(), chain);
        assert_eq!(loaded, Ok(Household::new(today())));

        // The same file claiming version 3 skips both steps and fails on the unknown field.
        old["version"] = 3.into();
        match decode_with(&old.to_string(), chain) {
            Err(LoadError::Shape { reason, .. }) => assert!(reason.contains("name"), "{reason}"),
            other => panic!("expected a shape error, got {other:?}"),
        }
    }

    #[test]
    fn a_failing_migration_is_reported_with_its_version() {
        fn broken(_: Value) -> Result<Value, String> {
            Err("kapot".into())
        }
        let text = encode(&Household::new(today()), today())
            .replace(&format!("\"version\":{CURRENT_VERSION}"), "\"version\":1");
        assert_eq!(
            decode_with(&text, &[broken]),
            Err(LoadError::Migration {
                from: 1,
                reason: "kapot".into()
            })
        );
    }

    #[test]
    fn newer_versions_are_refused_not_guessed() {
        let text = encode(&Household::new(today()), today())
            .replace(&format!("\"version\":{CURRENT_VERSION}"), "\"version\":7");
        assert_eq!(decode(&text), Err(LoadError::Newer { found: 7 }));
    }

    #[test]
    fn garbage_and_foreign_json_are_told_apart() {
        assert!(matches!(
            decode("{\"format\": \"helder-hou"),
            Err(LoadError::NotJson(_))
        ));
        assert!(matches!(decode(""), Err(LoadError::NotJson(_))));
        assert_eq!(decode("[1,2,3]"), Err(LoadError::NotHelder));
        assert_eq!(
            decode("{\"format\":\"other\",\"version\":1}"),
            Err(LoadError::NotHelder)
        );
        assert_eq!(
            decode("{\"format\":\"helder-household\",\"version\":0,\"household\":{}}"),
            Err(LoadError::NotHelder)
        );
    }

    #[test]
    fn shape_errors_name_the_field() {
        let text = encode(&example_household(today()), today()).replacen(
            "\"kind\":\"opinion\"",
            "\"kind\":\"rumour\"",
            1,
        );
        match decode(&text) {
            Err(LoadError::Shape { field, .. }) => {
                assert!(field.starts_with("plan.concerns["), "{field}");
                assert!(field.ends_with("].kind"), "{field}");
            }
            other => panic!("expected a shape error, got {other:?}"),
        }
    }

    #[test]
    fn content_rules_are_checked_on_load() {
        let mut household = example_household(today());
        household.plan.goals[0].concerns.push("c999".into());
        match decode(&encode(&household, today())) {
            Err(LoadError::Invalid(problems)) => assert_eq!(problems.len(), 1),
            other => panic!("expected invalid, got {other:?}"),
        }
    }
}
