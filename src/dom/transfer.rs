//! Moving annotations in and out of the page: file download, clipboard, and reading picked or dropped files.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

use crate::model::w3c::check_size;

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |_: JsValue| "The browser refused to start the download.".to_string();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document.")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "No anchor.".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_attribute("hidden", "").map_err(fail)?;
    let body = document.body().ok_or("No body.")?;
    body.append_child(&anchor).map_err(fail)?;
    anchor.click();
    anchor.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text` to the clipboard; `Err` when the browser refuses (no permission, insecure page).
pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or("No clipboard.")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "The browser did not allow copying.".to_string())
}

/// Reads a picked or dropped file's bytes, refusing files over the import limit before reading
/// (the one size check and message of every import path, `model::w3c::check_size`). The bytes
/// go to `model::w3c::parse_bytes`, which reads UTF-8, UTF-16 and UTF-32, with or without a
/// byte-order mark (the browser's own text decoding would garble the latter two).
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    let name = file.name();
    check_size(file.size() as usize).map_err(|error| format!("{name}: {error}"))?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{name} could not be read."))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
