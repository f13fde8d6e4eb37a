//! Property tests (fuzzing) for reading stored and imported files.
//!
//! Arbitrary bytes, and valid files (the example household, every version fixture) with
//! random changes, must never make decoding panic and must never give a household that
//! fails validation; what decodes survives a round trip. `cargo test --lib` runs
//! `DEFAULT_CASES` cases per property; `make fuzz` runs 100 000 (PROPTEST_CASES=100000).

use super::date::Date;
use super::document::{decode, encode, CURRENT_VERSION};
use super::example::example_household;
use super::import::read_import;
use super::locked;
use super::validation::validate;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Cases per property in the quick run; PROPTEST_CASES overrides it.
const DEFAULT_CASES: u32 = 2_000;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        // Shrinking a failure is worth a while, but not forever.
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

/// The valid files mutations start from.
fn seeds() -> Vec<String> {
    let today = Date::parse("2026-11-28").unwrap_or(Date::MIN);
    vec![
        encode(&example_household(today), today),
        include_str!("../../tests/fixtures/household-v1.json").to_string(),
        include_str!("../../tests/fixtures/household-v2.json").to_string(),
    ]
}

/// Checks what every reader must guarantee for one input.
fn check(text: &str) -> Result<(), TestCaseError> {
    if let Ok(household) = decode(text) {
        let problems = validate(&household);
        prop_assert!(problems.is_empty(), "accepted but invalid: {problems:?}");
        let today = Date::parse("2026-11-28").unwrap_or(Date::MIN);
        let again = decode(&encode(&household, today));
        prop_assert_eq!(again, Ok(household));
    }
    if let Ok(incoming) = read_import(text.as_bytes(), None) {
        prop_assert!(validate(&incoming.household).is_empty());
    }
    // A protected copy is either recognised with an envelope that encodes back the same,
    // or refused; never a panic.
    if let Some(Ok(sealed)) = super::import::protected(text.as_bytes()) {
        prop_assert_eq!(locked::decode(&locked::encode(&sealed)), Ok(sealed));
    }
    let _ = locked::decode(text);
    Ok(())
}

/// A JSON value of the kinds a file can hold, biased to what the household uses.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..5).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
        "[a-z]{1,2}[0-9]{0,3}".prop_map(Value::from),
        prop_oneof![
            Just("fact"),
            Just("opinion"),
            Just("drang"),
            Just("ots"),
            Just("o1"),
            Just("k1"),
            Just("c1"),
            Just("")
        ]
        .prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        (0u64..(CURRENT_VERSION as u64 + 3)).prop_map(Value::from),
    ]
}

/// One random change at the place `at` picks among all places in the document.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Duplicate(usize),
    AddKey(usize, String, Value),
    LongText(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), leaf()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        2 => any::<usize>().prop_map(Mutation::Remove),
        2 => any::<usize>().prop_map(Mutation::Duplicate),
        1 => (any::<usize>(), "[a-z_]{1,8}", leaf()).prop_map(|(at, k, v)| Mutation::AddKey(at, k, v)),
        1 => (any::<usize>(), 0usize..6000).prop_map(|(at, n)| Mutation::LongText(at, n)),
    ]
}

/// Every place in a JSON value, as JSON pointers ("" is the whole).
fn places(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                places(
                    v,
                    format!("{here}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                places(v, format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

fn parent(pointer: &str) -> (&str, &str) {
    match pointer.rfind('/') {
        Some(i) => (&pointer[..i], &pointer[i + 1..]),
        None => ("", ""),
    }
}

fn apply(doc: &mut Value, m: &Mutation) {
    let mut all = Vec::new();
    places(doc, String::new(), &mut all);
    let pick = |at: usize| all[at % all.len()].clone();
    match m {
        Mutation::Replace(at, v) => {
            if let Some(slot) = doc.pointer_mut(&pick(*at)) {
                *slot = v.clone();
            }
        }
        Mutation::Remove(at) => {
            let p = pick(*at);
            let (up, key) = parent(&p);
            match doc.pointer_mut(up) {
                Some(Value::Object(map)) => {
                    map.remove(&key.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(list)) => {
                    if let Ok(i) = key.parse::<usize>() {
                        if i < list.len() {
                            list.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
        Mutation::Duplicate(at) => {
            if let Some(Value::Array(list)) = doc.pointer_mut(&pick(*at)) {
                if let Some(first) = list.first().cloned() {
                    list.push(first);
                }
            }
        }
        Mutation::AddKey(at, key, v) => {
            if let Some(Value::Object(map)) = doc.pointer_mut(&pick(*at)) {
                map.insert(key.clone(), v.clone());
            }
        }
        Mutation::LongText(at, n) => {
            if let Some(slot @ Value::String(_)) = doc.pointer_mut(&pick(*at)) {
                *slot = Value::from("x".repeat(*n));
            }
        }
    }
}

/// A change to the raw text: flip, insert or cut bytes.
#[derive(Clone, Debug)]
enum ByteEdit {
    Set(usize, u8),
    Insert(usize, u8),
    Cut(usize, usize),
    Truncate(usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Set(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 0usize..64).prop_map(|(i, n)| ByteEdit::Cut(i, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
    ]
}

fn edit_bytes(bytes: &mut Vec<u8>, e: &ByteEdit) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match *e {
        ByteEdit::Set(i, b) => bytes[i % len] = b,
        ByteEdit::Insert(i, b) => bytes.insert(i % (len + 1), b),
        ByteEdit::Cut(i, n) => {
            let start = i % len;
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        ByteEdit::Truncate(i) => bytes.truncate(i % len),
    }
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes at all: no panic, nothing invalid accepted.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = read_import(&bytes, None);
        let _ = super::import::protected(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check(text)?;
        }
    }

    /// Any JSON-ish text that looks like an envelope.
    #[test]
    fn arbitrary_envelopes_never_panic(version in leaf(), household in leaf(), format in prop_oneof![Just("helder-household".to_string()), Just("helder-locked".to_string()), ".{0,8}"]) {
        let text = json!({"format": format, "version": version, "saved": "2026-01-01", "household": household}).to_string();
        check(&text)?;
    }

    /// Valid files with random structural changes.
    #[test]
    fn mutated_valid_files_never_panic_or_give_invalid_households(
        seed in 0usize..3,
        changes in proptest::collection::vec(mutation(), 1..6),
    ) {
        let text = &seeds()[seed];
        let mut doc: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        for m in &changes {
            apply(&mut doc, m);
        }
        check(&doc.to_string())?;
    }

    /// Valid files with random byte edits.
    #[test]
    fn byte_edited_valid_files_never_panic(
        seed in 0usize..3,
        edits in proptest::collection::vec(byte_edit(), 1..8),
    ) {
        let mut bytes = seeds()[seed].clone().into_bytes();
        for e in &edits {
            edit_bytes(&mut bytes, e);
        }
        let _ = read_import(&bytes, None);
        let _ = super::import::protected(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check(text)?;
        }
    }

    /// The locked envelope keeps every byte it is given.
    #[test]
    fn locked_envelope_round_trips(
        iterations in locked::MIN_ITERATIONS..=locked::MAX_ITERATIONS,
        salt in proptest::collection::vec(any::<u8>(), locked::SALT_LEN),
        iv in proptest::collection::vec(any::<u8>(), locked::IV_LEN),
        data in proptest::collection::vec(any::<u8>(), locked::TAG_LEN..300),
    ) {
        let l = locked::Locked { iterations, salt, iv, data };
        prop_assert_eq!(locked::decode(&locked::encode(&l)), Ok(l));
    }

    /// Base64 decodes what it encodes, and only canonical text.
    #[test]
    fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200), noise in ".{0,16}") {
        let text = locked::base64_encode(&bytes);
        prop_assert_eq!(locked::base64_decode(&text), Some(bytes));
        if let Some(decoded) = locked::base64_decode(&noise) {
            prop_assert_eq!(locked::base64_encode(&decoded), noise);
        }
    }
}

#[test]
fn the_seeds_are_valid_files() {
    for text in seeds() {
        assert!(decode(&text).is_ok());
    }
}
