//! The reader's annotations in localStorage: load, save, and keep a corrupt value aside.
//!
//! Storage can be blocked (privacy settings, sandboxed iframes), full, or hold something that is
//! not ours. Every failure comes back as a plain-language message; the widget then keeps working
//! in memory and never overwrites a value it could not read.

use web_sys::Storage;

/// A failure the reader should hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError(pub String);

/// The storage key for an article: its id plus a hash of its text, so an edited article does
/// not silently receive annotations made on another revision.
pub fn key_for(article_id: &str, text_hash: &str) -> String {
    format!("article-annotator:v1:{article_id}:{text_hash}")
}

fn local_storage() -> Result<Storage, StorageError> {
    let blocked = || {
        StorageError("This browser is not letting the page save (storage is blocked). Your annotations are kept only until you leave this page.".into())
    };
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
        .map_err(|_| StorageError("Saved annotations could not be read (storage is blocked). Your annotations are kept only until you leave this page.".into()))
}

/// Saves `value` under `key`.
pub fn save(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(|_| {
        StorageError("Your annotations could not be saved: browser storage is full or blocked. They are kept until you leave this page; export them to keep a copy.".into())
    })
}

/// Moves an unreadable value to a side key (`…:corrupt:<timestamp>`) so it is never lost; returns that key.
pub fn set_aside(key: &str, value: &str, stamp: &str) -> Result<String, StorageError> {
    let aside = format!("{key}:corrupt:{stamp}");
    save(&aside, value)?;
    Ok(aside)
}

/// What was found in storage for an article.
#[derive(Clone, Debug, Default)]
pub struct Restored {
    /// The reader's annotations, placed in the current text.
    pub annotations: Vec<crate::model::Placed>,
    /// A message for the reader if something was wrong.
    pub warning: Option<String>,
    /// False when saving would overwrite a value we could not read and could not set aside.
    pub writable: bool,
}

/// Loads and places the reader's annotations for `article` (the reducer's `Action::Restore`
/// leaves out any whose id is already shown).
pub fn restore(key: &str, article: &crate::model::Article) -> Restored {
    use crate::model::{place_all, w3c, Origin};
    let raw = match load(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Restored {
                writable: true,
                ..Restored::default()
            }
        }
        Err(StorageError(message)) => {
            return Restored {
                warning: Some(message),
                writable: true,
                ..Restored::default()
            }
        }
    };
    match w3c::parse_document(&raw, Origin::Reader) {
        Ok(report) => {
            let n_rejected = report.rejected.len();
            Restored {
                annotations: place_all(article, report.annotations),
                warning: (n_rejected > 0).then(|| {
                    format!("{n_rejected} saved annotation(s) could not be read and were skipped.")
                }),
                writable: true,
            }
        }
        Err(error) => {
            let stamp = String::from(js_sys::Date::new_0().to_iso_string());
            match set_aside(key, &raw, &stamp) {
                Ok(aside) => Restored {
                    warning: Some(format!("Saved annotations for this article were damaged ({error}). They were kept aside under \"{aside}\" and new annotations are saved normally.")),
                    writable: true,
                    ..Restored::default()
                },
                Err(_) => Restored {
                    warning: Some(format!("Saved annotations for this article are damaged ({error}) and storage is full, so nothing will be saved over them. Export your annotations to keep them.")),
                    writable: false,
                    ..Restored::default()
                },
            }
        }
    }
}
