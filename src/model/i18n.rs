//! Every user-visible string in one typed table, in five languages: English compiled in, French, German, Spanish and Arabic as data (`i18n/*.json`), host overrides on top.
//!
//! A view asks a [`Strings`] for a [`Key`] (`strings.get(Key::Undo)`) or renders a [`Msg`]
//! with its arguments (`strings.text(&Msg::MenuHint { category })`); [`Lang`] picks the
//! language from a BCP 47 tag and gives its [`Dir`]ection. The other languages' files are
//! fetched only when asked for and read with `Strings::from_json`, which reports missing and
//! unknown ids and placeholder mismatches (`Strings::set_data` takes them in later, keeping
//! overrides); `Strings::apply_overrides` takes the host's strings and `labels`. Nothing here
//! formats a float or calls `to_lowercase` (bundle size).

mod json;
mod keys;
mod lang;
mod msg;
mod table;
mod template;

pub use json::StringsProblem;
pub use keys::{CategoryForm, Key};
pub use lang::{Dir, Lang, Plural};
pub use msg::{Arg, Args, Msg, Step};
pub use table::{Part, Strings};
pub use template::{names as placeholders, pieces, Piece};
