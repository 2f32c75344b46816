//! Reading strings from JSON: a language's data file (`i18n/fr.json`) and a host's overrides (its `strings` and `labels`), every problem reported and every bad entry left to English.
//!
//! The shape is one object from message id to text, or, for a message with an `{n}`, to an
//! object of plural forms (`{"one": "…", "other": "…"}`; Arabic may use all six). Keys that
//! start with `@` are comments. A text must use exactly the placeholders of the English one
//! (a plural form other than `other` may leave some out: "un seul"); `{claim}`, `{demand}` and
//! `{question}` (any form) are always allowed.

use std::fmt;

use crate::model::json::Value;

use crate::model::category::Category;

use super::keys::{CategoryForm, Key};
use super::lang::{Lang, Plural};
use super::table::{Forms, Strings};
use super::template::names;

/// Longest override, in characters; category names keep the `labels` limit of 40.
const MAX_OVERRIDE: usize = 1000;
const MAX_LABEL: usize = 40;

/// Something wrong with a strings document; the entry concerned falls back to English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StringsProblem {
    /// The text is not JSON.
    InvalidJson(String),
    /// The document is not a JSON object.
    NotAnObject,
    /// An id that names no message.
    UnknownKey(String),
    /// A message the language file lacks (shown in English).
    MissingKey(Key),
    /// A value that is neither a string nor an object of plural forms.
    NotText(Key),
    /// A plural form that is not a CLDR name, that the language does not use, or that a
    /// message without `{n}` cannot have.
    PluralForm(Key, String),
    /// Plural forms without `other`.
    MissingOther(Key),
    /// A text whose placeholders differ from the English ones.
    Placeholders {
        /// The message.
        key: Key,
        /// The English placeholders.
        expected: Vec<String>,
        /// The text's.
        found: Vec<String>,
    },
}

impl fmt::Display for StringsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StringsProblem::InvalidJson(e) => write!(f, "not valid JSON: {e}"),
            StringsProblem::NotAnObject => write!(f, "not a JSON object"),
            StringsProblem::UnknownKey(id) => write!(f, "{id}: no such message"),
            StringsProblem::MissingKey(k) => write!(f, "{}: missing", k.id()),
            StringsProblem::NotText(k) => write!(f, "{}: not a string or plural forms", k.id()),
            StringsProblem::PluralForm(k, form) => {
                write!(f, "{}: plural form {form:?} not allowed", k.id())
            }
            StringsProblem::MissingOther(k) => write!(f, "{}: plural forms lack \"other\"", k.id()),
            StringsProblem::Placeholders {
                key,
                expected,
                found,
            } => write!(
                f,
                "{}: placeholders {found:?}, expected {expected:?}",
                key.id()
            ),
        }
    }
}

/// Placeholder names, categories named without an argument left out.
fn required(text: &str) -> Vec<&str> {
    let mut out = names(text);
    out.retain(|name| Category::parse(name).is_none());
    out
}

/// The English placeholders of `key` (its `other` form).
fn english_names(key: Key) -> Vec<&'static str> {
    let other = key.english().iter().find(|(p, _)| *p == Plural::Other);
    other.map(|(_, t)| required(t)).unwrap_or_default()
}

/// One entry's forms, checked; `None` (with the problems) when it cannot be used.
fn entry(lang: Lang, key: Key, value: &Value, out: &mut Vec<StringsProblem>) -> Option<Forms> {
    let expected = english_names(key);
    let forms: Forms = match value {
        Value::String(text) => vec![(Plural::Other, text.clone())],
        Value::Object(map) => {
            let mut forms = Vec::new();
            for (name, text) in map {
                let form = Plural::from_name(name).filter(|p| lang.plurals().contains(p));
                match (form, text) {
                    (Some(form), Value::String(text)) if expected.contains(&"n") => {
                        forms.push((form, text.clone()))
                    }
                    (_, Value::String(_)) => {
                        out.push(StringsProblem::PluralForm(key, name.clone()));
                        return None;
                    }
                    _ => {
                        out.push(StringsProblem::NotText(key));
                        return None;
                    }
                }
            }
            if !forms.iter().any(|(p, _)| *p == Plural::Other) {
                out.push(StringsProblem::MissingOther(key));
                return None;
            }
            forms
        }
        _ => {
            out.push(StringsProblem::NotText(key));
            return None;
        }
    };
    for (form, text) in &forms {
        let found = required(text);
        let fits = if *form == Plural::Other {
            found == expected
        } else {
            found.iter().all(|name| expected.contains(name))
        };
        if !fits {
            out.push(StringsProblem::Placeholders {
                key,
                expected: expected.iter().map(|s| s.to_string()).collect(),
                found: found.iter().map(|s| s.to_string()).collect(),
            });
            return None;
        }
    }
    Some(forms)
}

/// The entries of a strings object, checked, with `@` comments skipped.
fn entries(lang: Lang, value: &Value, out: &mut Vec<StringsProblem>) -> Vec<(Key, Forms)> {
    let Some(map) = value.as_object() else {
        out.push(StringsProblem::NotAnObject);
        return Vec::new();
    };
    let mut found = Vec::new();
    for (id, value) in map.iter().filter(|(id, _)| !id.starts_with('@')) {
        match Key::from_id(id) {
            Some(key) => found.extend(entry(lang, key, value, out).map(|f| (key, f))),
            None => out.push(StringsProblem::UnknownKey(id.clone())),
        }
    }
    found
}

impl Strings {
    /// The strings of `lang` from its data file's text, with every problem found. Missing or
    /// unusable entries are shown in English; invalid JSON gives the English table.
    pub fn from_json(lang: Lang, json: &str) -> (Strings, Vec<StringsProblem>) {
        let mut strings = Strings::new(lang);
        let mut problems = Vec::new();
        let value: Value = match crate::model::json::from_str(json) {
            Ok(value) => value,
            Err(e) => return (strings, vec![StringsProblem::InvalidJson(e.to_string())]),
        };
        for (key, forms) in entries(lang, &value, &mut problems) {
            strings.data[key as usize] = Some(forms);
        }
        for &key in Key::ALL {
            if strings.data[key as usize].is_none() && lang != Lang::En {
                problems.push(StringsProblem::MissingKey(key));
            }
        }
        (strings, problems)
    }

    /// Applies a host's strings (an object by message id, like a language file but partial)
    /// or its `labels` (`{"claim": "Assertion", "claims": "Assertions"}`, the same ids): they
    /// win over the language's own. Blank values are ignored. A category name given alone
    /// also serves as its short name, its plural (unless given), and its in-sentence forms.
    pub fn apply_overrides(&mut self, value: &Value) -> Vec<StringsProblem> {
        let mut problems = Vec::new();
        for (key, forms) in entries(self.lang, value, &mut problems) {
            let label = Category::ALL.iter().any(|&c| {
                Key::category(c, CategoryForm::Label) == key
                    || Key::category(c, CategoryForm::Plural) == key
            });
            let limit = if label { MAX_LABEL } else { MAX_OVERRIDE };
            let forms: Forms = forms
                .into_iter()
                .map(|(p, t)| (p, t.trim().chars().take(limit).collect::<String>()))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            if forms.iter().any(|(p, _)| *p == Plural::Other) {
                self.custom[key as usize] = Some(forms);
            }
        }
        for category in Category::ALL {
            self.derive_forms(category);
        }
        problems
    }

    /// Fills the forms of `category` the host left out from the label it gave.
    fn derive_forms(&mut self, category: Category) {
        let slot = |form| Key::category(category, form) as usize;
        let Some(label) = self.custom[slot(CategoryForm::Label)].as_ref().map(other) else {
            return;
        };
        let noun = match self.lang {
            Lang::De | Lang::Ar => label.clone(),
            _ => lower_first(&label),
        };
        let indefinite = match self.lang {
            Lang::En if starts_with_vowel(&noun) => format!("an {noun}"),
            Lang::En => format!("a {noun}"),
            _ => noun.clone(),
        };
        let derived = [
            (CategoryForm::Short, label.clone()),
            (CategoryForm::Plural, label),
            (CategoryForm::Noun, noun),
            (CategoryForm::Indefinite, indefinite),
        ];
        for (form, text) in derived {
            let entry = &mut self.custom[slot(form)];
            if entry.is_none() {
                *entry = Some(vec![(Plural::Other, text)]);
            }
        }
    }
}

fn other(forms: &Forms) -> String {
    forms
        .iter()
        .find(|(p, _)| *p == Plural::Other)
        .map_or_else(String::new, |(_, t)| t.clone())
}

/// The first letter lower-cased, for ASCII and Latin-1 capitals ("Élément" → "élément"), unless
/// the second is a capital too (an acronym).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    let (Some(first), second) = (chars.next(), chars.clone().next()) else {
        return String::new();
    };
    let is_upper = |c: char| c.is_ascii_uppercase() || matches!(c, 'À'..='Þ' if c != '×');
    if !is_upper(first) || second.is_some_and(is_upper) {
        return text.to_string();
    }
    let lower = char::from_u32(first as u32 + 0x20).unwrap_or(first);
    std::iter::once(lower).chain(chars).collect()
}

fn starts_with_vowel(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
}
