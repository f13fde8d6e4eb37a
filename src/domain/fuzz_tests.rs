//! Property tests (fuzzing) for reading stored and imported files.
//!
//! Arbitrary bytes, valid files (the example household, every version fixture) and valid
//! locked envelopes with random changes (fields replaced, removed or duplicated, `next_id`
//! moved, ids renumbered, texts past every length limit, bytes edited) must never make
//! decoding panic. What is accepted must keep rules checked here independently of
//! `validate` (no text above `MAX_TEXT`, unique ids, `next_id` above every numbered id),
//! survive a round trip, and stay readable after the edits the app makes next. A refused
//! import leaves the stored bytes as they were: that property runs on the store itself
//! (src/store/document_store.rs). `cargo test --lib` runs `DEFAULT_CASES` cases per
//! property; `make fuzz` runs 100 000 (PROPTEST_CASES=100000).

use super::date::Date;
use super::document::{decode, encode, CURRENT_VERSION};
use super::example::example_household;
use super::household::{Channel, Delivery, Household, RequestKind};
use super::import::read_import;
use super::locked;
use super::outbox::{add, NewRequest};
use super::plan_edit::EntryForm;
use super::validation::{id_number, MAX_NEXT_ID, MAX_TEXT};
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

/// The day the properties run on.
pub(crate) fn today() -> Date {
    Date::parse("2026-11-28").unwrap_or(Date::MIN)
}

/// The valid files mutations start from.
pub(crate) fn seeds() -> Vec<String> {
    let today = today();
    vec![
        encode(&example_household(today), today),
        include_str!("../../tests/fixtures/household-v1.json").to_string(),
        include_str!("../../tests/fixtures/household-v2.json").to_string(),
    ]
}

/// Valid locked envelopes (a store under a passcode, or a protected export) to mutate.
fn locked_seeds() -> Vec<String> {
    let sample = |iterations, fill: u8, data_len| locked::Locked {
        iterations,
        salt: vec![fill; locked::SALT_LEN],
        iv: (0..locked::IV_LEN as u8).collect(),
        data: (0..data_len).map(|i| (i % 251) as u8).collect(),
    };
    vec![
        locked::encode(&sample(locked::ITERATIONS, 7, locked::TAG_LEN)),
        locked::encode(&sample(locked::MAX_ITERATIONS, 255, 200)),
    ]
}

/// The fields that hold the family's own writing, which the plan forms limit to `MAX_TEXT`
/// characters (names, phone numbers and the like are short by nature and not limited).
const FREE_TEXT: &[&str] = &[
    "label",
    "text",
    "family_comment",
    "youth_comment",
    "notes",
    "communication",
    "account",
    "response",
    "note",
    "title",
    "body",
    "details",
];

/// Rules an accepted household must keep, checked on its JSON without `validate` (so a gap
/// in `validate` shows): no free text above `MAX_TEXT` characters, every listed thing has its
/// own id, and `next_id` is above every number an id ends in (or a new id repeats one).
fn independent_rules(household: &Household) -> Result<(), TestCaseError> {
    fn walk(value: &Value, in_list: bool, ids: &mut Vec<String>, longest: &mut (usize, String)) {
        match value {
            Value::Array(list) => list.iter().for_each(|v| walk(v, true, ids, longest)),
            Value::Object(map) => {
                if let (true, Some(Value::String(id))) = (in_list, map.get("id")) {
                    ids.push(id.clone());
                }
                for (key, v) in map {
                    if let (true, Value::String(text)) = (FREE_TEXT.contains(&key.as_str()), v) {
                        if text.chars().count() > longest.0 {
                            *longest = (text.chars().count(), key.clone());
                        }
                    }
                    walk(v, false, ids, longest);
                }
            }
            _ => {}
        }
    }
    let value = serde_json::to_value(household).unwrap_or(Value::Null);
    let (mut ids, mut longest) = (Vec::new(), (0, String::new()));
    walk(&value, false, &mut ids, &mut longest);
    prop_assert!(
        longest.0 <= MAX_TEXT,
        "accepted a text of {} characters in \"{}\"",
        longest.0,
        longest.1
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    prop_assert_eq!(unique.len(), ids.len(), "accepted repeated ids: {:?}", ids);
    let next = u64::from(household.next_id);
    for id in &ids {
        prop_assert!(
            id_number(id).is_none_or(|n| n < next),
            "accepted id {} with next_id {}",
            id,
            next
        );
    }
    Ok(())
}

/// The edits the app makes after accepting a household, each through the app's own domain
/// code: a new concern and a new positive through the plan form, a new request in the outbox.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Edit {
    Concern,
    Positive,
    Request,
}

pub(crate) fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        Just(Edit::Concern),
        Just(Edit::Positive),
        Just(Edit::Request)
    ]
}

/// Makes one edit as the app would; a form the household cannot offer is skipped.
pub(crate) fn make_edit(h: &mut Household, edit: Edit) {
    let today = today();
    let form = |h: &Household, target: EntryForm, text: &str| {
        target.read(h, None, None, today).map(|mut f| {
            f.insert("text".into(), text.into());
            f.insert("date".into(), today.to_string());
            f
        })
    };
    match edit {
        Edit::Concern | Edit::Positive => {
            let target = if matches!(edit, Edit::Concern) {
                EntryForm::Concern
            } else {
                EntryForm::Positive
            };
            if let Some(f) = form(h, target, "Nieuw na het importeren") {
                let _ = target.apply(h, None, None, &f, today);
            }
        }
        Edit::Request => {
            add(
                h,
                NewRequest {
                    kind: RequestKind::EmergencyStop,
                    key: "k-fuzz".into(),
                    created_at: 0,
                    subject: "Noodstop".into(),
                    body: "Bel me terug".into(),
                    emergency: None,
                    channel: Channel::Endpoint {
                        url: "https://example.org/noodstop".into(),
                    },
                    payload: String::new(),
                    recipients: Vec::new(),
                    delivery: Delivery::Pending,
                },
            );
        }
    }
}

/// Checks what every reader must guarantee for one input.
fn check(text: &str) -> Result<(), TestCaseError> {
    if let Ok(household) = decode(text) {
        independent_rules(&household)?;
        let again = decode(&encode(&household, today()));
        prop_assert_eq!(again, Ok(household));
    }
    let current = example_household(today());
    for now in [None, Some(&current)] {
        if let Ok(incoming) = read_import(text.as_bytes(), now) {
            independent_rules(&incoming.household)?;
            prop_assert!(incoming.household.next_id <= MAX_NEXT_ID);
        }
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
pub(crate) enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Duplicate(usize),
    AddKey(usize, String, Value),
    LongText(usize, usize, char),
    /// Sets the household's `next_id` (stale, at the limits, past them).
    NextId(Value),
    /// Renumbers the id of a listed thing (the n-th place that holds an `id`).
    Renumber(usize, u64),
}

/// A `next_id` as files may have it: stale, fresh, at or past the limits, or not a number.
fn next_id_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        // Low numbers and those around 100 are what the seeds' ids use.
        4 => prop_oneof![0u64..8, 95u64..110, 0u64..150].prop_map(Value::from),
        1 => Just(Value::from(MAX_NEXT_ID - 1)),
        1 => Just(Value::from(MAX_NEXT_ID)),
        1 => Just(Value::from(MAX_NEXT_ID + 1)),
        1 => Just(Value::from(u32::MAX)),
        1 => Just(Value::from(u64::from(u32::MAX) + 1)),
        1 => Just(Value::from(-1)),
        1 => Just(Value::from(1.5)),
    ]
}

/// An id number: small (clashes with the seeds' ids) or at the limits.
fn id_number_value() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => 0u64..150,
        1 => Just(u64::from(MAX_NEXT_ID)),
        1 => Just(u64::from(MAX_NEXT_ID) + 1),
        1 => Just(u64::from(u32::MAX)),
        1 => Just(u64::MAX),
    ]
}

/// A text length around every limit: short, at `MAX_TEXT`, just past it, far past it.
fn text_length() -> impl Strategy<Value = usize> {
    prop_oneof![
        0usize..64,
        (MAX_TEXT - 2)..=(MAX_TEXT + 2),
        (MAX_TEXT + 3)..(3 * MAX_TEXT),
    ]
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), leaf()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        2 => any::<usize>().prop_map(Mutation::Remove),
        2 => any::<usize>().prop_map(Mutation::Duplicate),
        1 => (any::<usize>(), "[a-z_]{1,8}", leaf()).prop_map(|(at, k, v)| Mutation::AddKey(at, k, v)),
        2 => (any::<usize>(), text_length(), prop_oneof![Just('x'), Just('ë'), Just('👪')])
            .prop_map(|(at, n, c)| Mutation::LongText(at, n, c)),
        1 => next_id_value().prop_map(Mutation::NextId),
        1 => (any::<usize>(), id_number_value()).prop_map(|(at, n)| Mutation::Renumber(at, n)),
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

pub(crate) fn apply(doc: &mut Value, m: &Mutation) {
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
        Mutation::LongText(at, n, c) => {
            if let Some(slot @ Value::String(_)) = doc.pointer_mut(&pick(*at)) {
                *slot = Value::from(c.to_string().repeat(*n));
            }
        }
        Mutation::NextId(v) => {
            if let Some(slot) = doc.pointer_mut("/household/next_id") {
                *slot = v.clone();
            }
        }
        Mutation::Renumber(at, n) => {
            let with_id: Vec<&String> = all.iter().filter(|p| p.ends_with("/id")).collect();
            if !with_id.is_empty() {
                let p = with_id[at % with_id.len()].clone();
                if let Some(Value::String(id)) = doc.pointer_mut(&p) {
                    let prefix = id
                        .trim_end_matches(|c: char| c.is_ascii_digit())
                        .to_string();
                    *id = format!("{prefix}{n}");
                }
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

    /// Valid locked envelopes with their fields changed: never a panic; what is accepted has
    /// fields in range and encodes back to itself; an import of it is recognised as protected
    /// (or, for a store, refused as one) and never read as a household.
    #[test]
    fn mutated_locked_envelopes_never_panic(
        seed in 0usize..2,
        changes in proptest::collection::vec(mutation(), 1..4),
        edits in proptest::collection::vec(byte_edit(), 0..4),
    ) {
        let mut doc: Value = serde_json::from_str(&locked_seeds()[seed]).unwrap_or(Value::Null);
        for m in &changes {
            apply(&mut doc, m);
        }
        let mut bytes = doc.to_string().into_bytes();
        for e in &edits {
            edit_bytes(&mut bytes, e);
        }
        check_locked(&bytes)?;
    }

    /// Valid locked envelopes edited byte by byte.
    #[test]
    fn byte_edited_locked_envelopes_never_panic(
        seed in 0usize..2,
        edits in proptest::collection::vec(byte_edit(), 1..6),
    ) {
        let mut bytes = locked_seeds()[seed].clone().into_bytes();
        for e in &edits {
            edit_bytes(&mut bytes, e);
        }
        check_locked(&bytes)?;
    }

    /// What an import accepts can be edited by the app and saved, and the saved text is
    /// read back as the same household: the app never writes a store it cannot open.
    #[test]
    fn an_accepted_import_can_be_edited_and_read_back(
        seed in 0usize..3,
        changes in proptest::collection::vec(mutation(), 1..6),
        edits in proptest::collection::vec(edit(), 1..5),
    ) {
        let mut doc: Value = serde_json::from_str(&seeds()[seed]).unwrap_or(Value::Null);
        for m in &changes {
            apply(&mut doc, m);
        }
        let current = example_household(today());
        if let Ok(incoming) = read_import(doc.to_string().as_bytes(), Some(&current)) {
            let mut h = incoming.household;
            for e in &edits {
                make_edit(&mut h, *e);
                let saved = encode(&h, today());
                let read = decode(&saved);
                prop_assert_eq!(read.as_ref().ok(), Some(&h), "unreadable after {:?}: {:?}", e, read.as_ref().err());
            }
        }
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

/// Checks what every reader of a locked envelope must guarantee for one input.
fn check_locked(bytes: &[u8]) -> Result<(), TestCaseError> {
    let _ = read_import(bytes, None);
    if let Some(Ok(sealed)) = super::import::protected(bytes) {
        prop_assert_eq!(locked::decode(&locked::encode(&sealed)), Ok(sealed));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Ok(l) = locked::decode(text) {
            prop_assert!((locked::MIN_ITERATIONS..=locked::MAX_ITERATIONS).contains(&l.iterations));
            prop_assert_eq!(l.salt.len(), locked::SALT_LEN);
            prop_assert_eq!(l.iv.len(), locked::IV_LEN);
            prop_assert!(l.data.len() >= locked::TAG_LEN);
            prop_assert_eq!(locked::decode(&locked::encode(&l)), Ok(l));
            // A locked envelope is never taken for a household.
            prop_assert!(decode(text).is_err());
        }
        check(text)?;
    }
    Ok(())
}

#[test]
fn the_seeds_are_valid_files() {
    for text in seeds() {
        assert!(decode(&text).is_ok());
    }
    for text in locked_seeds() {
        assert!(locked::decode(&text).is_ok());
    }
}

/// The generators reach what they are for: a share of mutated files is still accepted, and
/// texts past `MAX_TEXT`, stale `next_id`s and locked envelopes are all produced.
#[test]
fn the_generators_reach_the_limits() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut accepted, mut too_long, mut stale) = (0, 0, 0);
    for _ in 0..2_000 {
        let seed = (0usize..3)
            .new_tree(&mut runner)
            .map(|t| t.current())
            .unwrap_or(0);
        let changes = proptest::collection::vec(mutation(), 1..3)
            .new_tree(&mut runner)
            .map(|t| t.current())
            .unwrap_or_default();
        let mut doc: Value = serde_json::from_str(&seeds()[seed]).unwrap_or(Value::Null);
        for m in &changes {
            apply(&mut doc, m);
            match m {
                Mutation::LongText(_, n, _) if *n > MAX_TEXT => too_long += 1,
                Mutation::NextId(Value::Number(n)) if n.as_u64().is_some_and(|n| n < 100) => {
                    stale += 1
                }
                _ => {}
            }
        }
        if decode(&doc.to_string()).is_ok() {
            accepted += 1;
        }
    }
    assert!(
        accepted > 100,
        "only {accepted} of 2000 mutated files accepted"
    );
    assert!(too_long > 50, "only {too_long} texts past MAX_TEXT");
    assert!(stale > 20, "only {stale} stale next_ids");
}

/// Each edit of the "edited after accepting" property really adds something (a form that
/// silently failed would make that property vacuous).
#[test]
fn every_edit_adds_an_entry() {
    for e in [Edit::Concern, Edit::Positive, Edit::Request] {
        let mut h = example_household(today());
        let before = h.clone();
        make_edit(&mut h, e);
        assert_ne!(h, before, "{e:?} changed nothing");
        assert_eq!(h.next_id, before.next_id + 1, "{e:?}");
    }
}
