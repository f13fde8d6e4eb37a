//! Passcode encryption through the browser's WebCrypto: PBKDF2-SHA256 → AES-GCM (256 bits).
//!
//! The key is derived as non-extractable, so even script running in the page cannot read
//! its bytes; it is kept in memory only while Helder is unlocked (`store/lock.rs`).

use crate::domain::locked::{Locked, IV_LEN, SALT_LEN};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// Why WebCrypto could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto (an old browser, or a page not served over HTTPS).
    Unavailable,
    /// Decryption failed: a wrong passcode (or changed data).
    WrongPasscode,
    /// Anything else the browser refused.
    Failed,
}

fn subtle() -> Result<web_sys::SubtleCrypto, CryptoError> {
    Ok(web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?
        .subtle())
}

/// `n` random bytes from the browser's cryptographic generator.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let crypto = web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?;
    let mut bytes = vec![0u8; n];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

/// A fresh random salt for a new passcode.
pub fn new_salt() -> Result<Vec<u8>, CryptoError> {
    random_bytes(SALT_LEN)
}

fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn wait(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Derives the AES-GCM key from a passcode (600 000 PBKDF2 rounds: about a second on a phone).
pub async fn derive_key(
    passcode: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passcode.as_bytes());
    let base =
        wait(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveKey"])))
            .await
            .map_err(|_| CryptoError::Failed)?;
    let base: CryptoKey = base.dyn_into().map_err(|_| CryptoError::Failed)?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let target = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = wait(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &target,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| CryptoError::Failed)?;
    key.dyn_into().map_err(|_| CryptoError::Failed)
}

/// Encrypts `plain` with a fresh random nonce.
pub async fn encrypt(
    key: &CryptoKey,
    salt: &[u8],
    iterations: u32,
    plain: &str,
) -> Result<Locked, CryptoError> {
    let iv = random_bytes(IV_LEN)?;
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv.as_slice()).into()),
    ]);
    let data = Uint8Array::from(plain.as_bytes());
    let out = wait(subtle()?.encrypt_with_object_and_buffer_source(&params, key, &data))
        .await
        .map_err(|_| CryptoError::Failed)?;
    Ok(Locked {
        iterations,
        salt: salt.to_vec(),
        iv,
        data: Uint8Array::new(&out).to_vec(),
    })
}

/// Decrypts a locked store; a wrong key gives `WrongPasscode`.
pub async fn decrypt(key: &CryptoKey, locked: &Locked) -> Result<String, CryptoError> {
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(locked.iv.as_slice()).into()),
    ]);
    let data = Uint8Array::from(locked.data.as_slice());
    let out = wait(subtle()?.decrypt_with_object_and_buffer_source(&params, key, &data))
        .await
        .map_err(|_| CryptoError::WrongPasscode)?;
    String::from_utf8(Uint8Array::new(&out).to_vec()).map_err(|_| CryptoError::Failed)
}

/// Encrypts `plain` under a password with a fresh salt and nonce (a protected export).
pub async fn seal(password: &str, plain: &str) -> Result<Locked, CryptoError> {
    let salt = new_salt()?;
    let key = derive_key(password, &salt, crate::domain::locked::ITERATIONS).await?;
    encrypt(&key, &salt, crate::domain::locked::ITERATIONS, plain).await
}

/// Decrypts a protected export with its password; a wrong one gives `WrongPasscode`.
pub async fn open(password: &str, locked: &Locked) -> Result<String, CryptoError> {
    let key = derive_key(password, &locked.salt, locked.iterations).await?;
    decrypt(&key, locked).await
}
