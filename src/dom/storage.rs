//! localStorage, the primitive operations: read, write, remove, list keys, copy aside.
//!
//! Storage can be blocked (privacy settings, sandboxed iframes), throw on a read, be full, or
//! hold something that is not ours. Every failure comes back as a message for the reader (a
//! `Msg`, rendered in the reader's language by the view);
//! what is kept where, and when the widget may write, is decided in `dom::saver` with the pure
//! rules of `state::saved`.

use web_sys::Storage;

use crate::model::i18n::{Key, Msg};
use crate::state::saved::aside_key;

/// A failure the reader should hear about; `full` when the quota was exceeded.
#[derive(Debug, PartialEq, Eq)]
pub struct StorageError {
    /// The sentence for the reader.
    pub message: Msg,
    /// True when the browser said the storage is full (the quota).
    pub full: bool,
}

impl StorageError {
    fn new(key: Key) -> StorageError {
        StorageError {
            message: Msg::Plain(key),
            full: false,
        }
    }
}

fn local_storage() -> Result<Storage, StorageError> {
    let blocked = || StorageError::new(Key::StorageBlocked);
    let window = web_sys::window().ok_or_else(blocked)?;
    // Accessing `localStorage` itself throws when cookies/storage are blocked.
    window
        .local_storage()
        .map_err(|_| blocked())?
        .ok_or_else(blocked)
}

/// The stored value for `key`, if any.
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::new(Key::StorageUnreadable))
}

/// Saves `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError {
                message: Msg::Plain(Key::StorageFull),
                full: true,
            },
            _ => StorageError::new(Key::StorageSaveFailed),
        }
    })
}

/// Removes `key` (after its value was written elsewhere); failures change nothing.
pub fn remove(key: &str) {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Every key that starts with `prefix`, side keys included.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|idx| storage.key(idx).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// Copies a value the widget cannot read (wholly or in part) to a side key
/// (`…:corrupt:<time>`), which the widget never writes over; returns that key.
pub fn set_aside(key: &str, value: &str) -> Result<String, StorageError> {
    let stamp = String::from(js_sys::Date::new_0().to_iso_string());
    let aside = aside_key(key, &stamp);
    save(&aside, value)?;
    Ok(aside)
}
