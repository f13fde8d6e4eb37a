//! Offers text to the user as a file download (export, raw data of an unreadable store).

use wasm_bindgen::JsCast;

/// How long the file's address stays valid after the download starts: some browsers read
/// the file only after the click has returned (and slowly on a busy phone).
const KEEP_URL_MS: u32 = 60_000;

/// Starts a download of `text` as `file_name`; false when the browser refused. True does not
/// prove the file was saved (the browser may still ask, or the user cancel): the message
/// shown says where to look, not that it is there.
pub fn download(file_name: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_hidden(true);
        // Attached while clicked: some browsers ignore a click on a detached link.
        let body = document.body()?;
        let _ = body.append_child(&link);
        link.click();
        link.remove();
        leptos::prelude::set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_millis(KEEP_URL_MS.into()),
        );
        Some(())
    };
    run().is_some()
}
