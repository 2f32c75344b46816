//! Moving annotations in and out of the page: file download, clipboard, and reading picked or dropped files.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

use crate::model::i18n::{Key, Msg};
use crate::model::w3c::MAX_IMPORT_BYTES;

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), Key> {
    let fail = |_: JsValue| Key::ExportDownloadRefused;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(Key::ExportDownloadRefused)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| Key::ExportDownloadRefused)?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_attribute("hidden", "").map_err(fail)?;
    let body = document.body().ok_or(Key::ExportDownloadRefused)?;
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
pub async fn copy(text: &str) -> Result<(), Key> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or(Key::ExportNoClipboard)?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| Key::ExportCopyRefused)
}

/// Reads a picked or dropped file's bytes, refusing files over the import limit before reading
/// (the same limit and message as every import path). The bytes go to
/// `model::w3c::parse_bytes`, which reads UTF-8, UTF-16 and UTF-32, with or without a
/// byte-order mark (the browser's own text decoding would garble the latter two).
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, Msg> {
    let n_bytes = file.size() as usize;
    if n_bytes > MAX_IMPORT_BYTES {
        return Err(Msg::import_too_large(n_bytes, MAX_IMPORT_BYTES));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Msg::FileUnreadable { file: file.name() })?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches `url` (relative to the page) as text; `None` on any failure (a missing language
/// file leaves the widget in English, which is compiled in).
pub async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
