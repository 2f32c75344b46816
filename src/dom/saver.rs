//! The reader's saved copy from the shell's side: which key it lives under, what was found there
//! (and under the keys of earlier versions), and whether the widget may write over it.
//!
//! The rules: a value the widget cannot read, wholly or in part, is copied aside before anything
//! is written over it, and when it cannot be copied it is not written over until the reader
//! chooses to ("Save anyway"); after a failed read nothing is written until a read succeeds
//! (tried again at every change) or the reader chooses to; a value a newer version wrote is
//! never written over unless the reader chooses to. Values under old keys (the first version's
//! `…:v1:<id>:<text hash>`, a host's own `storage-key`) are moved over: written under the new
//! key first, removed only after that write succeeded, and only if they were read in full.

use super::storage::{self, StorageError};
use std::rc::Rc;

use crate::model::i18n::Msg;
use crate::model::{Article, Placed};
use crate::state::saved::{
    article_key, host_key, is_aside, is_ours, read_value, stored_value, v1_prefix, Damage, Reading,
};

/// Whether the widget may write its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    /// Yes.
    Free,
    /// Not until a read succeeds: the last read failed.
    Unread,
    /// Not until the reader chooses to: the value could not be set aside, or a newer version
    /// wrote it.
    Held,
}

/// Where values of earlier versions may be.
enum Legacy {
    /// The first version's keys start with this (`…:v1:<id>:`).
    V1(String),
    /// A host's `storage-key` used as is, before keys were namespaced.
    Host(String),
}

/// What a read found, for `Action::Restore` (or `Action::Recover`).
#[derive(Debug, Default)]
pub struct Restored {
    /// The reader's annotations, placed in today's text.
    pub annotations: Vec<Placed>,
    /// A message for the reader if something was wrong.
    pub warning: Option<Msg>,
    /// True when they were made on another text (a correction).
    pub revised: bool,
    /// True when the shell should write at once (values moved from old keys, a corrected text).
    pub save_now: bool,
}

/// The reader's saved copy of one widget.
pub struct Saver {
    key: String,
    legacy: Legacy,
    text_hash: String,
    guard: Guard,
    /// Old keys whose values were read in full into this one; removed after the first write.
    migrated: Vec<String>,
    /// The value under the key when this tab last read or wrote it: another tab of the same
    /// article may have written since (`elsewhere`).
    last: Option<String>,
    /// The reader's annotations that value held: the base of a merge with another tab's.
    known: Vec<Rc<Placed>>,
}

/// What another tab left under the key since this one last read or wrote it.
pub enum Elsewhere {
    /// Readable: merge it (`Action::Sync`).
    Saved {
        theirs: Vec<Rc<Placed>>,
        base: Vec<Rc<Placed>>,
    },
    /// Not wholly readable: taken by the restore's rules (copied aside, or held), for
    /// `Action::Recover`.
    Damaged(Restored),
}

impl Saver {
    /// Per article: keyed by the article's id and canonical URL.
    pub fn for_article(article: &Article) -> Saver {
        Saver::new(
            article_key(article),
            Legacy::V1(v1_prefix(article)),
            article,
        )
    }

    /// Under the host's `storage-key`, inside the widget's namespace.
    pub fn for_host_key(key: &str, article: &Article) -> Saver {
        Saver::new(host_key(key), Legacy::Host(key.to_string()), article)
    }

    fn new(key: String, legacy: Legacy, article: &Article) -> Saver {
        Saver {
            key,
            legacy,
            text_hash: article.text_hash(),
            guard: Guard::Unread,
            migrated: Vec::new(),
            last: None,
            known: Vec::new(),
        }
    }

    /// The key written.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether the key may be written now.
    pub fn guard(&self) -> Guard {
        self.guard
    }

    /// Reads the saved annotations (again, after a failed read), deciding whether the key may
    /// be written.
    pub fn restore(&mut self, article: &Article) -> Restored {
        match storage::load(&self.key) {
            Err(StorageError { message, .. }) => {
                self.guard = Guard::Unread;
                Restored {
                    warning: Some(message),
                    ..Restored::default()
                }
            }
            Ok(Some(raw)) => self.take(&raw, article),
            Ok(None) => {
                self.guard = Guard::Free;
                self.migrate(article)
            }
        }
    }

    /// A value found under the key.
    fn take(&mut self, raw: &str, article: &Article) -> Restored {
        let Reading {
            annotations,
            revised,
            damage,
        } = read_value(raw, article, None);
        self.last = Some(raw.to_string());
        self.known = annotations.iter().cloned().map(Rc::new).collect();
        let (guard, warning) = match damage {
            Damage::None => (Guard::Free, None),
            Damage::Newer { format } => (
                Guard::Held,
                Some(Msg::StorageNewer {
                    format: format as usize,
                }),
            ),
            Damage::Partial { n_unread: n } => self.aside(
                raw,
                |key| Msg::StoragePartialKept { n, key },
                Msg::StoragePartialFull { n },
            ),
            Damage::Whole { reason } => {
                let reason = Rc::new(reason);
                self.aside(
                    raw,
                    |key| Msg::StorageDamagedKept {
                        reason: reason.clone(),
                        key,
                    },
                    Msg::StorageDamagedFull {
                        reason: reason.clone(),
                    },
                )
            }
        };
        self.guard = guard;
        Restored {
            annotations,
            warning,
            revised,
            save_now: revised && guard == Guard::Free,
        }
    }

    /// Copies an unreadable value aside: the key is then free (the reader is told `kept` with
    /// the side key), else held (`full`). Whole sentences, not a clause and a tail: translations
    /// need the whole sentence.
    fn aside(
        &self,
        raw: &str,
        kept: impl FnOnce(String) -> Msg,
        full: Msg,
    ) -> (Guard, Option<Msg>) {
        match storage::set_aside(&self.key, raw) {
            Ok(aside) => (Guard::Free, Some(kept(aside))),
            Err(_) => (Guard::Held, Some(full)),
        }
    }

    /// Nothing under the key: values under earlier versions' keys are read and moved over.
    fn migrate(&mut self, article: &Article) -> Restored {
        let candidates: Vec<(String, Option<String>)> = match &self.legacy {
            Legacy::V1(prefix) => {
                let mut keys: Vec<String> = storage::keys_with_prefix(prefix)
                    .into_iter()
                    .filter(|k| !is_aside(k))
                    .collect();
                // The value made on today's text first (its copy of an id wins).
                let current = format!("{prefix}{}", self.text_hash);
                if let Some(at) = keys.iter().position(|k| *k == current) {
                    keys.swap(0, at);
                }
                keys.into_iter()
                    .map(|k| {
                        let hash = k[prefix.len()..].to_string();
                        (k, Some(hash))
                    })
                    .collect()
            }
            Legacy::Host(key) if *key != self.key => vec![(key.clone(), None)],
            Legacy::Host(_) => Vec::new(),
        };
        let mut restored = Restored::default();
        for (key, made_on) in candidates {
            let Ok(Some(raw)) = storage::load(&key) else {
                continue;
            };
            if !is_ours(&raw) {
                super::log::warn_all(&[format!("article-annotator: storage-key \"{key}\" holds a value that is not the widget's; it is left untouched, and the annotations are saved under \"{}\".", self.key)]);
                continue;
            }
            let reading = read_value(&raw, article, made_on.as_deref());
            if reading.damage == Damage::None {
                self.migrated.push(key);
            } else {
                restored.warning = Some(Msg::StorageLegacyUnread { key: key.clone() });
            }
            restored.revised |= reading.revised;
            restored.annotations.extend(reading.annotations);
        }
        restored.save_now = !self.migrated.is_empty() || restored.revised;
        restored
    }

    /// Whether another tab of the same article wrote the key since this one last read or
    /// wrote it (two tabs open on one article), and what it left. Only while the key is free:
    /// a held or unread value follows the restore's rules.
    pub fn elsewhere(&mut self, article: &Article) -> Option<Elsewhere> {
        if self.guard != Guard::Free {
            return None;
        }
        // A failed read is reported by the write that follows; a removed value is written
        // again by it.
        let raw = storage::load(&self.key).ok()??;
        if self.last.as_deref() == Some(raw.as_str()) {
            return None;
        }
        let reading = read_value(&raw, article, None);
        if reading.damage != Damage::None {
            return Some(Elsewhere::Damaged(self.take(&raw, article)));
        }
        let theirs: Vec<Rc<Placed>> = reading.annotations.into_iter().map(Rc::new).collect();
        self.last = Some(raw);
        let base = std::mem::replace(&mut self.known, theirs.clone());
        Some(Elsewhere::Saved { theirs, base })
    }

    /// Writes the reader's collection (JSON text) under the key, led by the head; after the
    /// first success, removes the old keys it replaces. `annotations` are the collection's,
    /// the base of a later merge with another tab. Callers check the guard first.
    pub fn write(
        &mut self,
        collection: &str,
        annotations: Vec<Rc<Placed>>,
    ) -> Result<(), StorageError> {
        let value = stored_value(collection, &self.text_hash);
        storage::save(&self.key, &value)?;
        self.last = Some(value);
        self.known = annotations;
        for old in std::mem::take(&mut self.migrated) {
            storage::remove(&old);
        }
        Ok(())
    }

    /// The reader chose to save over what is stored: a copy is kept aside first if the value
    /// can be read at all.
    pub fn force(&mut self) {
        if self.guard == Guard::Held {
            if let Ok(Some(raw)) = storage::load(&self.key) {
                let _ = storage::set_aside(&self.key, &raw);
            }
        }
        self.guard = Guard::Free;
    }
}
