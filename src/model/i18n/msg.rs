//! `Msg`: a message with its arguments, typed (one variant per parameterised key, fields named as its placeholders), and `Step`, an undoable change as the history names it.
//!
//! Plain strings are `Msg::Plain(key)` (or [`Key`] directly, for `Strings::get`). Numbers are
//! whole (`usize`): the reader bundle formats no floats.

use crate::model::category::Category;

use super::keys::Key;

/// An argument's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A count or a number; `n` chooses the plural form.
    Num(usize),
    /// Text shown as given (a file name, a quote, a reason).
    Text(String),
    /// A category, named in the form its placeholder asks for.
    Category(Category),
    /// A nested message, rendered first (the step in "Undo {step}").
    Msg(Box<Msg>),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<Category> for Arg {
    fn from(category: Category) -> Arg {
        Arg::Category(category)
    }
}

impl From<Box<Msg>> for Arg {
    fn from(msg: Box<Msg>) -> Arg {
        Arg::Msg(msg)
    }
}

impl From<Step> for Arg {
    fn from(step: Step) -> Arg {
        Arg::Msg(Box::new(step.msg()))
    }
}

macro_rules! msgs {
    ($( $name:ident { $( $field:ident : $ty:ty ),* } )*) => {
        /// A message and its arguments: each variant is the [`Key`] of the same name.
        #[derive(Clone, Debug, PartialEq, Eq)]
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

            /// The arguments, by placeholder name.
            pub fn args(&self) -> Vec<(&'static str, Arg)> {
                match self {
                    Msg::Plain(_) => Vec::new(),
                    $( Msg::$name { $( $field ),* } => vec![$( (stringify!($field), Arg::from($field.clone())) ),*], )*
                }
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
    ImportFailed { source: String, reason: Box<Msg> }
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
    StorageDamagedKept { reason: Box<Msg>, key: String }
    StorageDamagedFull { reason: Box<Msg> }
    StorageLegacyUnread { key: String }
    ArticleUnreadable { problem: String }
    EmbedFailed { reason: String }
}

impl Msg {
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
