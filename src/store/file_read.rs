//! Reads a file the user picked in an `<input type="file">`.

use crate::domain::import::MAX_IMPORT_BYTES;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a picked file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileReadError {
    /// No file was picked.
    NoFile,
    /// Larger than the import limit; not read at all.
    TooLarge(usize),
    /// The browser could not read it.
    Failed,
}

/// The bytes of the first picked file; a file over the import limit is not read.
pub async fn read_picked(input: &web_sys::HtmlInputElement) -> Result<Vec<u8>, FileReadError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(FileReadError::NoFile)?;
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(FileReadError::TooLarge(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadError::Failed)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| FileReadError::Failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
