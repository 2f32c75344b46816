//! `Strings`: the string table of one language: host overrides, then the language's data, then the compiled-in English, looked up by [`Key`] and rendered with a [`Msg`]'s arguments.
//!
//! Rendering never fails: a form or an argument a translation lacks falls back (to `other`, to
//! English, to the literal placeholder), and the checks in `json.rs` keep translations from
//! needing that.

use crate::model::category::Category;

use super::keys::{CategoryForm, Key};
use super::lang::{Dir, Lang, Plural};
use super::msg::{Arg, Msg};
use super::template::{pieces, Piece};

/// One message's forms: `(Plural::Other, text)` alone for a plain string.
pub(super) type Forms = Vec<(Plural, String)>;

/// A piece of a rendered message, so a view can wrap an argument (the quote in "Mark {quote}
/// as:" inside `<q>`, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text of the message itself.
    Text(String),
    /// An argument's rendered value, with the placeholder's name.
    Arg {
        /// The placeholder (`quote`).
        name: &'static str,
        /// Its value as text.
        text: String,
    },
}

/// The strings of one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strings {
    pub(super) lang: Lang,
    /// The language's data file, by key index; `None` falls back to English.
    pub(super) data: Vec<Option<Forms>>,
    /// The host's strings and `labels`, by key index; they win over everything.
    pub(super) custom: Vec<Option<Forms>>,
}

impl Default for Strings {
    fn default() -> Strings {
        Strings::new(Lang::En)
    }
}

impl Strings {
    /// The table for `lang` before its data arrives: English text, `lang`'s direction.
    pub fn new(lang: Lang) -> Strings {
        Strings {
            lang,
            data: vec![None; Key::ALL.len()],
            custom: vec![None; Key::ALL.len()],
        }
    }

    /// The compiled-in English table.
    pub fn english() -> Strings {
        Strings::new(Lang::En)
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// True once the language's data file was read in (English never needs one).
    pub fn has_data(&self) -> bool {
        self.data.iter().any(Option::is_some)
    }

    /// The direction the widget is laid out in for this language.
    pub fn dir(&self) -> Dir {
        self.lang.dir()
    }

    /// Takes the language and data of `loaded` (from `Strings::from_json`, fetched after the
    /// widget started), keeping this table's host overrides.
    pub fn set_data(&mut self, loaded: Strings) {
        self.lang = loaded.lang;
        self.data = loaded.data;
    }

    /// The forms of `key` and the language whose plural rules choose among them.
    fn forms(&self, key: Key) -> (Lang, FormsRef<'_>) {
        let idx = key as usize;
        let layered = self.custom.get(idx).and_then(Option::as_ref);
        match layered.or_else(|| self.data.get(idx).and_then(Option::as_ref)) {
            Some(forms) => (self.lang, FormsRef::Owned(forms)),
            None => (Lang::En, FormsRef::English(key.english())),
        }
    }

    /// The text of `key` (its `other` form); placeholders are left as they are.
    pub fn get(&self, key: Key) -> &str {
        self.forms(key).1.pick(Plural::Other)
    }

    /// The name of `category` in `form` ("Claims", "an unanswered question").
    pub fn category(&self, category: Category, form: CategoryForm) -> &str {
        self.get(Key::category(category, form))
    }

    /// The message as text.
    pub fn text(&self, msg: &Msg) -> String {
        let mut out = String::new();
        for part in self.parts(msg) {
            match part {
                Part::Text(text) | Part::Arg { text, .. } => out.push_str(&text),
            }
        }
        out
    }

    /// The message as pieces of text and arguments, in reading order.
    pub fn parts(&self, msg: &Msg) -> Vec<Part> {
        let args = msg.args();
        let (lang, forms) = self.forms(msg.key());
        let template = forms.pick(msg.count().map_or(Plural::Other, |n| lang.plural(n)));
        let mut out: Vec<Part> = Vec::new();
        for piece in pieces(template) {
            match piece {
                Piece::Text(text) => match out.last_mut() {
                    Some(Part::Text(last)) => last.push_str(text),
                    _ => out.push(Part::Text(text.to_string())),
                },
                Piece::Hole { name, form } => {
                    let found = args.iter().flatten().find(|(n, _)| *n == name);
                    match found {
                        Some(&(name, arg)) => out.push(Part::Arg {
                            name,
                            text: self.arg_text(arg, form),
                        }),
                        None => {
                            // `{claim.short}` needs no argument; an unknown name stays visible.
                            let text = match Category::parse(name) {
                                Some(c) => self.category(c, CategoryForm::from_suffix(form)).into(),
                                None => format!("{{{name}}}"),
                            };
                            match out.last_mut() {
                                Some(Part::Text(last)) => last.push_str(&text),
                                _ => out.push(Part::Text(text)),
                            }
                        }
                    }
                }
            }
        }
        out
    }

    fn arg_text(&self, arg: Arg<'_>, form: Option<&str>) -> String {
        match arg {
            Arg::Num(n) => n.to_string(),
            Arg::Text(text) => text.to_string(),
            Arg::Category(c) => self.category(c, CategoryForm::from_suffix(form)).into(),
            Arg::Msg(msg) => self.text(msg),
            Arg::Step(step) => self.text(&step.msg()),
        }
    }

    /// Clauses joined as one sentence: "Imported 3 from a.json, 1 rejected." The head comes
    /// first; the others follow in order after the list separator; the sentence end closes.
    pub fn sentence(&self, head: &Msg, more: &[Msg]) -> String {
        let mut out = self.text(head);
        for msg in more {
            out.push_str(self.get(Key::ListSeparator));
            out.push_str(&self.text(msg));
        }
        out.push_str(self.get(Key::SentenceEnd));
        out
    }

    /// The notice after an import: how many came in, then the non-zero other counts, in the
    /// order the reducer's English notice gives them.
    pub fn import_notice(
        &self,
        source: &str,
        replaced: bool,
        summary: &crate::model::import::ImportSummary,
    ) -> String {
        let (n, source) = (summary.imported, source.to_string());
        let head = if replaced {
            Msg::Replaced { n, source }
        } else {
            Msg::Imported { n, source }
        };
        let more: Vec<Msg> = [
            Msg::ImportedAlready {
                n: summary.already_present,
            },
            Msg::ImportedDuplicates {
                n: summary.duplicates,
            },
            Msg::ImportedFuzzy { n: summary.fuzzy },
            Msg::ImportedOrphaned {
                n: summary.orphaned,
            },
            Msg::ImportedRejected {
                n: summary.rejected,
            },
            Msg::ImportedUntagged {
                n: summary.untagged,
            },
            Msg::ImportedOverCap {
                n: summary.over_cap,
            },
        ]
        .into_iter()
        .filter(|m| m.count() != Some(0))
        .collect();
        self.sentence(&head, &more)
    }
}

/// Forms borrowed from the data or from the compiled-in English.
enum FormsRef<'a> {
    Owned(&'a Forms),
    English(&'static [(Plural, &'static str)]),
}

impl<'a> FormsRef<'a> {
    /// The text for `plural`, else `other`, else the first form.
    fn pick(&self, plural: Plural) -> &'a str {
        match self {
            FormsRef::Owned(forms) => {
                let find = |p: Plural| forms.iter().find(|(f, _)| *f == p);
                find(plural)
                    .or_else(|| find(Plural::Other))
                    .or(forms.first())
                    .map_or("", |(_, t)| t.as_str())
            }
            FormsRef::English(forms) => {
                let find = |p: Plural| forms.iter().find(|(f, _)| *f == p);
                find(plural)
                    .or_else(|| find(Plural::Other))
                    .or(forms.first())
                    .map_or("", |(_, t)| *t)
            }
        }
    }
}
