//! `Msg`: a message with its arguments, typed (one variant per parameterised key, fields named as its placeholders), and `Step`, an undoable change as the history names it.
//!
//! Plain strings are `Msg::Plain(key)` (or [`Key`] directly, for `Strings::get`). Numbers are
//! whole (`usize`): the reader bundle formats no floats.

use std::rc::Rc;

use crate::model::category::Category;

use super::keys::Key;

/// An argument's value, borrowed from its message: rendering copies nothing but the text it
/// writes (an owned `Arg` cloned every `String` and boxed every step on each render).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A count or a number; `n` chooses the plural form.
    Num(usize),
    /// Text shown as given (a file name, a quote, a reason).
    Text(&'a str),
    /// A category, named in the form its placeholder asks for.
    Category(Category),
    /// A nested message, rendered first (the reason in "Could not import {source}: {reason}").
    Msg(&'a Msg),
    /// An undoable change, rendered as its words first (the step in "Undo {step}").
    Step(Step),
}

/// A message's arguments, by placeholder name, in field order; no message has more than three.
/// (A fixed array, not a `Vec`: each of the many variants then only writes its fields.)
pub type Args<'a> = [Option<(&'static str, Arg<'a>)>; 3];

/// A field's value as an argument.
trait AsArg {
    fn as_arg(&self) -> Arg<'_>;
}

impl AsArg for usize {
    fn as_arg(&self) -> Arg<'_> {
        Arg::Num(*self)
    }
}

impl AsArg for String {
    fn as_arg(&self) -> Arg<'_> {
        Arg::Text(self)
    }
}

impl AsArg for Category {
    fn as_arg(&self) -> Arg<'_> {
        Arg::Category(*self)
    }
}

impl AsArg for Rc<Msg> {
    fn as_arg(&self) -> Arg<'_> {
        Arg::Msg(self)
    }
}

impl AsArg for Step {
    fn as_arg(&self) -> Arg<'_> {
        Arg::Step(*self)
    }
}

macro_rules! msgs {
    ($( $name:ident { $( $field:ident : $ty:ty ),* } )*) => {
        /// A message and its arguments: each variant is the [`Key`] of the same name.
        ///
        /// Not `Clone`: a message is shared behind an `Rc` where it is held twice (the state's
        /// notice and import outcome, a nested reason), so no copy of every variant's fields is
        /// compiled into the reader's wasm (-0.9 KB gzipped; issue 9).
        #[derive(Debug, Eq)]
        pub enum Msg {
            /// A string without placeholders.
            Plain(Key),
            $(
                #[doc = concat!("[`Key::", stringify!($name), "`]")]
                #[allow(missing_docs)]
                $name { $( $field: $ty ),* },
            )*
        }

        impl Msg {
            /// Each parameterised key with its argument names, in field order.
            pub const SIGNATURES: &'static [(Key, &'static [&'static str])] =
                &[$( (Key::$name, &[$( stringify!($field) ),*]) ),*];

            /// The key whose text this message uses.
            pub fn key(&self) -> Key {
                match self {
                    Msg::Plain(key) => *key,
                    $( Msg::$name { .. } => Key::$name, )*
                }
            }

            /// The arguments, by placeholder name, in field order.
            // The last `i += 1` of each arm is never read.
            #[allow(unused_assignments)]
            pub fn args(&self) -> Args<'_> {
                let mut out: Args<'_> = [None; 3];
                let mut i = 0;
                match self {
                    Msg::Plain(_) => {}
                    $( Msg::$name { $( $field ),* } => {
                        $( out[i] = Some((stringify!($field), $field.as_arg())); i += 1; )*
                    } )*
                }
                out
            }
        }
    };
}

msgs! {
    EdgeStart { category: Category }
    EdgeEnd { category: Category }
    CaretSelected { quote: String }
    UndoTitle { step: Step }
    RedoTitle { step: Step }
    StepAdd { category: Category }
    StepEdit { category: Category }
    StepDelete { category: Category }
    StepImport { n: usize }
    Undone { step: Step }
    Redone { step: Step }
    Added { category: Category }
    AlreadyMarked { category: Category }
    NoteTooLong { n: usize }
    Recovered { n: usize }
    Synced { n: usize }
    Corrected { n: usize }
    CorrectedMoved { n: usize }
    CorrectedOrphaned { n: usize }
    ImportFailed { source: String, reason: Rc<Msg> }
    Imported { n: usize, source: String }
    Replaced { n: usize, source: String }
    ImportedAlready { n: usize }
    ImportedFuzzy { n: usize }
    ImportedOrphaned { n: usize }
    ImportedRejected { n: usize }
    ImportedDuplicates { n: usize }
    ImportedUntagged { n: usize }
    ImportedOverCap { n: usize }
    LegendUnplaced { n: usize }
    LegendProblems { n: usize }
    ListTitle { n: usize }
    ListMine { n: usize }
    ListCount { shown: usize, n: usize }
    ListMore { n: usize }
    ItemShow { quote: String }
    ItemEditLabel { category: Category }
    ItemDeleteLabel { category: Category }
    MenuPreview { quote: String }
    MenuChoiceTitle { category: Category, key: usize }
    MenuHint { category: Category }
    FindNotFound { phrase: String }
    ExportCount { n: usize }
    ExportDownloaded { file: String }
    ExportCopyFailed { reason: String }
    ImportHint { mb: usize }
    ImportFrom { source: String }
    ImportCountImported { n: usize }
    ImportCountAlready { n: usize }
    ImportCountFuzzy { n: usize }
    ImportCountOrphaned { n: usize }
    ImportCountRejected { n: usize }
    ImportProblems { n: usize }
    ImportCountRead { n: usize }
    ImportCountDuplicates { n: usize }
    ImportCountUntagged { n: usize }
    ImportCountOverCap { n: usize }
    ImportUntaggedQuestion { source: String, n: usize }
    ImportLeaveOut { n: usize }
    FileTooLarge { file: String, size: usize, limit: usize }
    FileUnreadable { file: String }
    FileNotText { file: String }
    ImportTooLarge { whole: usize, tenth: usize, limit: usize }
    ImportEncoding { reason: String }
    ImportInvalidJson { line: usize, column: usize, detail: String }
    ImportNoAnnotations { reason: String }
    StorageNewer { format: usize }
    StoragePartialKept { n: usize, key: String }
    StoragePartialFull { n: usize }
    StorageDamagedKept { reason: Rc<Msg>, key: String }
    StorageDamagedFull { reason: Rc<Msg> }
    StorageLegacyUnread { key: String }
    ArticleUnreadable { problem: String }
    EmbedFailed { reason: String }
}

impl Msg {
    /// The count `n`, which chooses the plural form, if the message has one.
    pub fn count(&self) -> Option<usize> {
        self.args().into_iter().flatten().find_map(|arg| match arg {
            ("n", Arg::Num(n)) => Some(n),
            _ => None,
        })
    }

    /// "The file is 5.1 MB; the import limit is 5 MB.": the size in MB with one decimal,
    /// rounded up (a file just over the limit never reads as the limit), without floats; the
    /// translation places the decimal separator.
    pub fn import_too_large(n_bytes: usize, limit_bytes: usize) -> Msg {
        const MIB: usize = 1024 * 1024;
        let tenths = n_bytes.saturating_mul(10).div_ceil(MIB);
        Msg::ImportTooLarge {
            whole: tenths / 10,
            tenth: tenths % 10,
            limit: limit_bytes / MIB,
        }
    }
}

/// Equal when the keys and the arguments are: the same as comparing variants and fields (each
/// variant is its key, each field one argument), without a comparison of every variant's fields
/// compiled into the reader's wasm (issue 9).
impl PartialEq for Msg {
    fn eq(&self, other: &Msg) -> bool {
        self.key() == other.key() && self.args() == other.args()
    }
}

impl From<Key> for Msg {
    fn from(key: Key) -> Msg {
        Msg::Plain(key)
    }
}

/// An undoable change, as the toolbar's titles and the undo/redo notices name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A new annotation.
    Add(Category),
    /// A changed category or note.
    Edit(Category),
    /// A deleted annotation.
    Delete(Category),
    /// The host replaced the reader's annotations.
    Replace,
    /// An import that added `n` annotations.
    Import(usize),
    /// An approximate placement accepted.
    Confirm,
}

impl Step {
    /// The words for this step ("adding a claim").
    pub fn msg(self) -> Msg {
        match self {
            Step::Add(category) => Msg::StepAdd { category },
            Step::Edit(category) => Msg::StepEdit { category },
            Step::Delete(category) => Msg::StepDelete { category },
            Step::Replace => Msg::Plain(Key::StepReplace),
            Step::Import(n) => Msg::StepImport { n },
            Step::Confirm => Msg::Plain(Key::StepConfirm),
        }
    }
}
