//! The envelope of a household locked with a passcode (the cryptography itself is in the
//! browser's WebCrypto, see `store/crypto.rs`; this is the stored shape, parsed strictly).
//!
//! `{"format": "helder-locked", "version": 1,
//!   "kdf": {"name": "PBKDF2-SHA256", "iterations": 600000, "salt": "<base64>"},
//!   "cipher": {"name": "AES-GCM", "iv": "<base64>"},
//!   "data": "<base64 of the encrypted helder-household text, with the GCM tag>"}`
//!
//! The version and the names say which scheme was used, so a later Helder can change the
//! scheme (e.g. to Argon2id) and still open older stores.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The marker of a locked store.
pub const FORMAT: &str = "helder-locked";
/// The envelope version this build writes and reads.
pub const VERSION: u32 = 1;
/// The key derivation this build uses.
pub const KDF: &str = "PBKDF2-SHA256";
/// The cipher this build uses.
pub const CIPHER: &str = "AES-GCM";
/// PBKDF2 iterations for new saves (OWASP's 2023 advice for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
/// Fewer iterations than this are refused when reading (a tampered or weakened file).
pub const MIN_ITERATIONS: u32 = 600_000;
/// More than this is refused too: it would keep the phone busy for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;
/// AES-GCM nonce length in bytes.
pub const IV_LEN: usize = 12;
/// AES-GCM tag length in bytes; the data is at least this long.
pub const TAG_LEN: usize = 16;

/// A locked household as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locked {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The random salt of this save.
    pub salt: Vec<u8>,
    /// The random nonce of this save.
    pub iv: Vec<u8>,
    /// The ciphertext with its tag.
    pub data: Vec<u8>,
}

/// Why a text is not a locked household this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockedError {
    /// Not JSON.
    NotJson,
    /// JSON, but not a locked Helder store.
    NotLocked,
    /// Written by a newer Helder.
    Newer {
        /// The version found.
        found: u64,
    },
    /// A field is missing or wrong.
    Field {
        /// Which field, e.g. "kdf.salt".
        field: &'static str,
        /// What is wrong.
        reason: String,
    },
}

impl fmt::Display for LockedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockedError::NotJson => write!(f, "not readable as JSON"),
            LockedError::NotLocked => write!(f, "not a locked Helder store"),
            LockedError::Newer { found } => write!(
                f,
                "locked by a newer version of Helder (version {found}, this app reads {VERSION})"
            ),
            LockedError::Field { field, reason } => write!(f, "field {field}: {reason}"),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    name: String,
    iterations: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cipher {
    name: String,
    iv: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u64,
    /// The store's revision (`domain/merge.rs`); absent in older stores and in protected
    /// exports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revision: Option<u64>,
    kdf: Kdf,
    cipher: Cipher,
    data: String,
}

/// True when the text looks like a locked store (its format marker), valid or not.
pub fn is_locked(text: &str) -> bool {
    serde_json::from_str::<Value>(text)
        .ok()
        .is_some_and(|v| v.get("format").and_then(Value::as_str) == Some(FORMAT))
}

/// The stored text of a locked household (also a protected export).
pub fn encode(locked: &Locked) -> String {
    encode_envelope(locked, None)
}

/// The device's locked store, with its revision (read back by `document::revision_of`).
pub fn encode_stored(locked: &Locked, revision: u64) -> String {
    encode_envelope(locked, Some(revision))
}

fn encode_envelope(locked: &Locked, revision: Option<u64>) -> String {
    let envelope = Envelope {
        format: FORMAT.into(),
        version: VERSION as u64,
        revision,
        kdf: Kdf {
            name: KDF.into(),
            iterations: locked.iterations as u64,
            salt: base64_encode(&locked.salt),
        },
        cipher: Cipher {
            name: CIPHER.into(),
            iv: base64_encode(&locked.iv),
        },
        data: base64_encode(&locked.data),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

fn field(field: &'static str, reason: impl Into<String>) -> LockedError {
    LockedError::Field {
        field,
        reason: reason.into(),
    }
}

fn bytes(name: &'static str, text: &str) -> Result<Vec<u8>, LockedError> {
    base64_decode(text).ok_or_else(|| field(name, "not base64"))
}

/// Reads a locked store's envelope strictly.
pub fn decode(text: &str) -> Result<Locked, LockedError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LockedError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LockedError::NotLocked);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == VERSION as u64 => {}
        Some(v) if v > VERSION as u64 => return Err(LockedError::Newer { found: v }),
        _ => return Err(field("version", "expected 1")),
    }
    let envelope: Envelope =
        serde_json::from_value(value).map_err(|e| field("envelope", e.to_string()))?;
    if envelope.kdf.name != KDF {
        return Err(field("kdf.name", format!("expected {KDF}")));
    }
    if envelope.cipher.name != CIPHER {
        return Err(field("cipher.name", format!("expected {CIPHER}")));
    }
    let iterations = envelope.kdf.iterations;
    if iterations < MIN_ITERATIONS as u64 || iterations > MAX_ITERATIONS as u64 {
        return Err(field(
            "kdf.iterations",
            format!("expected {MIN_ITERATIONS} to {MAX_ITERATIONS}"),
        ));
    }
    let salt = bytes("kdf.salt", &envelope.kdf.salt)?;
    if salt.len() != SALT_LEN {
        return Err(field("kdf.salt", format!("expected {SALT_LEN} bytes")));
    }
    let iv = bytes("cipher.iv", &envelope.cipher.iv)?;
    if iv.len() != IV_LEN {
        return Err(field("cipher.iv", format!("expected {IV_LEN} bytes")));
    }
    let data = bytes("data", &envelope.data)?;
    if data.len() < TAG_LEN {
        return Err(field("data", "too short"));
    }
    Ok(Locked {
        iterations: iterations as u32,
        salt,
        iv,
        data,
    })
}

/// The shortest passcode Helder accepts (docs/security.md: why 8).
pub const MIN_PASSCODE: usize = 8;
/// A passcode of digits only must be at least this long: a phone's PIN pad makes digits
/// the natural choice, and 10^8 codes fall in hours to an offline attacker.
pub const MIN_DIGITS_ONLY: usize = 12;
/// Wrong tries allowed before Helder makes the next one wait.
pub const FREE_TRIES: u32 = 5;
/// The longest wait between tries: one hour.
pub const MAX_WAIT_MS: u64 = 3_600_000;

/// Why a new passcode (or a protected copy's password) is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasscodeProblem {
    /// Shorter than `MIN_PASSCODE` characters.
    TooShort,
    /// Only digits, and fewer than `MIN_DIGITS_ONLY`.
    OnlyDigits,
    /// Easy to guess: one or a few characters repeated, a run like "abcdefgh", or a very
    /// common password.
    TooSimple,
    /// The two entries differ.
    Different,
}

/// Passwords that are tried first; compared in lower case without spaces.
const COMMON: &[&str] = &[
    "password",
    "passw0rd",
    "wachtwoord",
    "welkom01",
    "welkom123",
    "qwertyui",
    "qwertyuiop",
    "azertyuiop",
    "asdfghjk",
    "iloveyou",
    "helderhelder",
    "jeugdzorg",
    "jeugdbescherming",
    "voetbal1",
    "ajax1900",
];

fn too_simple(code: &str) -> bool {
    let lower: Vec<char> = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let distinct: std::collections::BTreeSet<&char> = lower.iter().collect();
    let steps: Vec<i64> = lower
        .windows(2)
        .map(|w| w[1] as i64 - w[0] as i64)
        .collect();
    let run = !steps.is_empty() && steps.iter().all(|&d| d == steps[0] && d.abs() <= 1);
    let text: String = lower.iter().collect();
    distinct.len() < 4 || run || COMMON.iter().any(|c| text.starts_with(c))
}

/// Checks a new passcode and its repetition: at least 8 characters (12 when only digits),
/// not one of the first things an attacker tries. A few words ("zon en zee in mei") are
/// long and easy to remember.
pub fn check_new_passcode(new: &str, repeat: &str) -> Result<(), PasscodeProblem> {
    let length = new.chars().count();
    if length < MIN_PASSCODE {
        Err(PasscodeProblem::TooShort)
    } else if new.chars().all(|c| c.is_ascii_digit()) && length < MIN_DIGITS_ONLY {
        Err(PasscodeProblem::OnlyDigits)
    } else if too_simple(new) {
        Err(PasscodeProblem::TooSimple)
    } else if new != repeat {
        Err(PasscodeProblem::Different)
    } else {
        Ok(())
    }
}

/// How long to wait before the next try after `failures` wrong ones in a row (ms): none for
/// the first five, then 30 seconds, doubling each time, at most an hour. Someone holding
/// the phone gets a few dozen guesses a day instead of one a second.
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        0
    } else {
        (30_000u64 << (failures - FREE_TRIES).min(10)).min(MAX_WAIT_MS)
    }
}

/// The record of wrong tries kept on the device ("count,until" with `until` in ms since
/// 1970); a damaged record counts as none.
pub fn parse_tries(text: &str) -> (u32, u64) {
    let mut parts = text.split(',');
    match (
        parts.next().and_then(|c| c.parse().ok()),
        parts.next().and_then(|u| u.parse().ok()),
        parts.next(),
    ) {
        (Some(count), Some(until), None) => (count, until),
        _ => (0, 0),
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with padding, strictly (no whitespace, canonical padding bits).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let chunks = text.len() / 4;
    for (index, chunk) in text.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && index + 1 != chunks) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = 3 - pad;
        // Bits below the last kept byte must be zero, so every byte string has one text.
        if decoded[keep..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&decoded[..keep]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Locked {
        Locked {
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            iv: (100..112).collect(),
            data: b"ciphertext and tag".to_vec(),
        }
    }

    #[test]
    fn a_new_passcode_is_long_enough_and_repeated() {
        assert_eq!(
            check_new_passcode("zonzee", "zonzee"),
            Err(PasscodeProblem::TooShort)
        );
        assert_eq!(
            check_new_passcode("zon en zee", "zon en zeee"),
            Err(PasscodeProblem::Different)
        );
        assert_eq!(check_new_passcode("zon en zee", "zon en zee"), Ok(()));
        // Characters, not bytes: eight letters with accents are enough.
        assert_eq!(check_new_passcode("éàüöçñøå", "éàüöçñøå"), Ok(()));
    }

    #[test]
    fn easy_passcodes_are_refused() {
        for (code, problem) in [
            ("123456", PasscodeProblem::TooShort),
            ("12345678", PasscodeProblem::OnlyDigits),
            ("01022015", PasscodeProblem::OnlyDigits),
            ("12345678901", PasscodeProblem::OnlyDigits),
            ("aaaaaaaa", PasscodeProblem::TooSimple),
            ("abababab", PasscodeProblem::TooSimple),
            ("abcdefgh", PasscodeProblem::TooSimple),
            ("hgfedcba", PasscodeProblem::TooSimple),
            ("Wachtwoord", PasscodeProblem::TooSimple),
            ("wachtwoord1", PasscodeProblem::TooSimple),
            ("qwertyuiop", PasscodeProblem::TooSimple),
        ] {
            assert_eq!(check_new_passcode(code, code), Err(problem), "{code}");
        }
        // Twelve digits, a phrase, a mix: accepted.
        for code in ["739104628351", "zon en zee in mei", "Fiets!Regen7"] {
            assert_eq!(check_new_passcode(code, code), Ok(()), "{code}");
        }
    }

    #[test]
    fn wrong_tries_wait_longer_and_longer() {
        for n in 0..FREE_TRIES {
            assert_eq!(wait_after(n), 0);
        }
        assert_eq!(wait_after(5), 30_000);
        assert_eq!(wait_after(6), 60_000);
        assert_eq!(wait_after(7), 120_000);
        assert_eq!(wait_after(20), MAX_WAIT_MS);
        assert_eq!(wait_after(u32::MAX), MAX_WAIT_MS);
        let mut last = 0;
        for n in 0..100 {
            assert!(wait_after(n) >= last);
            last = wait_after(n);
        }
        assert_eq!(parse_tries("6,1700000000000"), (6, 1_700_000_000_000));
        assert_eq!(parse_tries("x"), (0, 0));
        assert_eq!(parse_tries("1,2,3"), (0, 0));
    }

    #[test]
    fn the_envelope_round_trips() {
        let text = encode(&sample());
        assert!(is_locked(&text));
        assert!(text.contains("\"iterations\":600000"));
        assert_eq!(decode(&text), Ok(sample()));
        // The device's store carries its revision; older stores and exports have none.
        let stored = encode_stored(&sample(), 9);
        assert_eq!(decode(&stored), Ok(sample()));
        assert_eq!(crate::domain::document::revision_of(&stored), 9);
        assert!(!text.contains("revision"));
    }

    #[test]
    fn base64_matches_the_standard_examples() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), coded);
            assert_eq!(base64_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        for bad in ["Zg=", "Zh==", "Z===", "Zg==Zg==", "Zm9v\n", "Zm9*"] {
            assert_eq!(base64_decode(bad), None, "{bad}");
        }
    }

    fn with(edit: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(&encode(&sample())).unwrap();
        edit(&mut v);
        v.to_string()
    }

    #[test]
    fn wrong_envelopes_are_refused_with_the_field() {
        assert_eq!(decode("not json"), Err(LockedError::NotJson));
        assert_eq!(
            decode(r#"{"format":"helder-household"}"#),
            Err(LockedError::NotLocked)
        );
        assert_eq!(
            decode(&with(|v| v["version"] = 2.into())),
            Err(LockedError::Newer { found: 2 })
        );
        let field_of = |text: String| match decode(&text) {
            Err(LockedError::Field { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            field_of(with(|v| v["kdf"]["iterations"] = 1000.into())),
            "kdf.iterations"
        );
        assert_eq!(
            field_of(with(|v| v["kdf"]["name"] = "MD5".into())),
            "kdf.name"
        );
        assert_eq!(
            field_of(with(|v| v["cipher"]["name"] = "ROT13".into())),
            "cipher.name"
        );
        assert_eq!(
            field_of(with(|v| v["kdf"]["salt"] = "AAAA".into())),
            "kdf.salt"
        );
        assert_eq!(
            field_of(with(|v| v["cipher"]["iv"] = "!!".into())),
            "cipher.iv"
        );
        assert_eq!(field_of(with(|v| v["data"] = "AAAA".into())), "data");
        assert_eq!(field_of(with(|v| v["extra"] = 1.into())), "envelope");
        assert_eq!(field_of(with(|v| v["version"] = "1".into())), "version");
    }
}
