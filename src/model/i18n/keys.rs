//! `Key`: every user-visible string of the widget, with its stable id and its English text (compiled in; `i18n/en.json` is a checked copy for translators).
//!
//! Placeholders are `{name}`, or `{name.form}` for a category (`short`, `plural`, `noun`, `a`:
//! see [`CategoryForm`]); `{claim.short}`, `{demand}`, `{question.plural}` and the like name a
//! category without an argument. A message with an `{n}` takes plural forms (`one`/`other` in
//! English); its other numbers never choose the form. Ids never change once shipped: host pages
//! override strings by id.

use crate::model::anchor::AnchorStatus;
use crate::model::category::Category;

use super::lang::Plural;

/// How a category is named in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CategoryForm {
    /// As a label: "Claim", "Unanswered question" (`{category}`).
    Label,
    /// One word for tight spaces: "Question" (`{category.short}`).
    Short,
    /// Plural label: "Claims" (`{category.plural}`).
    Plural,
    /// Inside a sentence: "claim", "unanswered question" (`{category.noun}`).
    Noun,
    /// With its indefinite article: "a claim", "an unanswered question" (`{category.a}`).
    Indefinite,
}

impl CategoryForm {
    /// The form a placeholder suffix asks for (`short`, `plural`, `noun`, `a`); the label otherwise.
    pub fn from_suffix(suffix: Option<&str>) -> CategoryForm {
        match suffix {
            Some("short") => CategoryForm::Short,
            Some("plural") => CategoryForm::Plural,
            Some("noun") => CategoryForm::Noun,
            Some("a") => CategoryForm::Indefinite,
            _ => CategoryForm::Label,
        }
    }
}

macro_rules! keys {
    ($( $name:ident $id:literal => $( $form:ident $text:literal ),+ ; )*) => {
        /// A user-visible string: its id names it in the language files and in host overrides.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $( #[doc = concat!("`", $id, "`: ", $( $text, " " ),+)] $name, )*
        }

        impl Key {
            /// Every key, in table order (`key as usize` is its index here).
            pub const ALL: &'static [Key] = &[$( Key::$name ),*];

            /// The stable id (`menu.hint`).
            pub fn id(self) -> &'static str {
                match self { $( Key::$name => $id, )* }
            }

            /// The English text, one entry per plural form (plain strings have only `other`).
            pub fn english(self) -> &'static [(Plural, &'static str)] {
                match self { $( Key::$name => &[$( (Plural::$form, $text) ),+], )* }
            }
        }
    };
}

keys! {
    Claim "claim" => Other "Claim";
    ClaimShort "claim.short" => Other "Claim";
    Claims "claims" => Other "Claims";
    ClaimNoun "claim.noun" => Other "claim";
    ClaimA "claim.a" => Other "a claim";
    Demand "demand" => Other "Demand";
    DemandShort "demand.short" => Other "Demand";
    Demands "demands" => Other "Demands";
    DemandNoun "demand.noun" => Other "demand";
    DemandA "demand.a" => Other "a demand";
    Question "question" => Other "Unanswered question";
    QuestionShort "question.short" => Other "Question";
    Questions "questions" => Other "Unanswered questions";
    QuestionNoun "question.noun" => Other "unanswered question";
    QuestionA "question.a" => Other "an unanswered question";
    EdgeStart "edge.start" => Other "{category} start";
    EdgeEnd "edge.end" => Other "{category} end";
    ToolsLabel "tools.label" => Other "Annotation tools";
    ArticleHelp "article.help" => Other "Article text. To annotate with the keyboard: arrow keys select words and sentences, Shift extends, 1 {claim.short}, 2 {demand.short}, 3 {question.short}, Enter adds a note, Escape cancels.";
    SkipToTools "skip.tools" => Other "Skip to the annotation tools";
    SkipToArticle "skip.article" => Other "Skip to the article";
    CaretSelected "caret.selected" => Other "Selected: {quote}";
    Undo "toolbar.undo" => Other "Undo";
    Redo "toolbar.redo" => Other "Redo";
    UndoTitle "toolbar.undo_title" => Other "Undo {step} (Ctrl+Z)";
    RedoTitle "toolbar.redo_title" => Other "Redo {step} (Ctrl+Shift+Z)";
    NothingToUndoTitle "toolbar.nothing_to_undo" => Other "Nothing to undo";
    NothingToRedoTitle "toolbar.nothing_to_redo" => Other "Nothing to redo";
    Export "toolbar.export" => Other "Export";
    Import "toolbar.import" => Other "Import";
    StepAdd "step.add" => Other "adding {category.a}";
    StepEdit "step.edit" => Other "editing {category.a}";
    StepDelete "step.delete" => Other "deleting {category.a}";
    StepReplace "step.replace" => Other "replacing your annotations";
    StepImport "step.import" => One "importing {n} annotation", Other "importing {n} annotations";
    StepConfirm "step.confirm" => Other "confirming a placement";
    Undone "notice.undone" => Other "Undone: {step}.";
    Redone "notice.redone" => Other "Redone: {step}.";
    NothingToUndo "notice.nothing_to_undo" => Other "Nothing to undo.";
    NothingToRedo "notice.nothing_to_redo" => Other "Nothing to redo.";
    SelectFirst "notice.select_first" => Other "Select some text first.";
    DuplicateId "notice.duplicate_id" => Other "Could not create the annotation (duplicate id); please try again.";
    OutsideArticle "notice.outside" => Other "That selection is outside the article.";
    SelectionLimited "notice.selection_limited" => Other "The selection was limited to the article text.";
    Added "notice.added" => Other "{category} added.";
    Saved "notice.saved" => Other "Changes saved.";
    Deleted "notice.deleted" => Other "Deleted.";
    AlreadyMarked "notice.already_marked" => Other "That passage is already marked as {category.a}.";
    ReadOnly "notice.read_only" => Other "Editorial annotations are read-only.";
    Gone "notice.gone" => Other "That annotation no longer exists.";
    NoteTooLong "notice.note_too_long" => One "Notes are limited to {n} character.", Other "Notes are limited to {n} characters.";
    Confirmed "notice.confirmed" => Other "Placement confirmed.";
    Recovered "notice.recovered" => Other "Your saved annotations could be read again: {n} brought back.";
    Synced "notice.synced" => One "Another tab of this article saved your annotations: {n} change brought in.", Other "Another tab of this article saved your annotations: {n} changes brought in.";
    Corrected "notice.corrected" => One "The article was updated since your last visit: {n} note kept", Other "The article was updated since your last visit: {n} notes kept";
    CorrectedMoved "notice.corrected.moved" => Other "{n} moved";
    CorrectedOrphaned "notice.corrected.orphaned" => Other "{n} not found (still listed)";
    ImportFailed "notice.import_failed" => Other "Nothing imported from {source}: {reason}";
    Imported "notice.imported" => Other "Imported {n} from {source}";
    Replaced "notice.replaced" => Other "Your annotations were replaced: {n} from {source}";
    ImportedAlready "notice.imported.already" => Other "{n} already present";
    ImportedFuzzy "notice.imported.fuzzy" => Other "{n} to confirm";
    ImportedOrphaned "notice.imported.orphaned" => Other "{n} not found in this text";
    ImportedRejected "notice.imported.rejected" => Other "{n} rejected";
    ImportedDuplicates "notice.imported.duplicates" => Other "{n} duplicates (not added)";
    ImportedUntagged "notice.imported.untagged" => Other "{n} without a category tag (left out)";
    ImportedOverCap "notice.imported.over_cap" => Other "{n} over the cap (not read)";
    ListSeparator "punct.list" => Other ", ";
    SentenceEnd "punct.end" => Other ".";
    ToastUndo "toast.undo" => Other "Undo";
    ToastDismiss "toast.dismiss" => Other "Dismiss message";
    ToastUndoKeys "toast.undo_keys" => Other "Ctrl+Z (⌘Z on a Mac) undoes it too.";
    LegendTitle "legend.title" => Other "Highlights";
    LegendHint "legend.hint" => Other "Press a category to show or hide its highlights.";
    LegendShown "legend.shown" => Other "shown";
    LegendHidden "legend.hidden" => Other "hidden";
    LegendAllPlaced "legend.all_placed" => Other "Every annotation is placed in the text.";
    LegendUnplaced "legend.unplaced" => One "{n} annotation could not be placed in this text.", Other "{n} annotations could not be placed in this text.";
    LegendProblems "legend.problems" => One "{n} problem while loading the editorial annotations; details are in the browser console.", Other "{n} problems while loading the editorial annotations; details are in the browser console.";
    ListTitle "list.title" => Other "Annotations ({n})";
    ListFilters "list.filters" => Other "Filter the list";
    ListShow "list.show" => Other "Show";
    ListAll "list.all" => Other "All annotations";
    ListEditorial "list.editorial" => Other "Editorial only";
    ListMine "list.mine" => Other "Mine only ({n})";
    ListCount "list.count" => Other "Showing {shown} of {n}";
    ListEmpty "list.empty" => Other "Nothing to show. Select text in the article to add your own annotation.";
    ListMore "list.more" => Other "Show more ({n} not shown)";
    ListClose "list.close" => Other "Back to the article";
    ItemYours "item.yours" => Other "Yours";
    ItemEditorial "item.editorial" => Other "Editorial";
    ItemShow "item.show" => Other "Show in article: {quote}";
    FieldCategory "field.category" => Other "Category";
    FieldNote "field.note" => Other "Note";
    ItemSave "item.save" => Other "Save";
    ItemCancel "item.cancel" => Other "Cancel";
    ItemConfirm "item.confirm" => Other "Confirm placement";
    ItemEdit "item.edit" => Other "Edit";
    ItemDelete "item.delete" => Other "Delete";
    ItemEditLabel "item.edit_label" => Other "Edit {category.noun}";
    ItemDeleteLabel "item.delete_label" => Other "Delete {category.noun}";
    StatusExact "status.exact" => Other "placed";
    StatusMoved "status.moved" => Other "moved";
    StatusFuzzy "status.fuzzy" => Other "approximate: please check";
    StatusOrphaned "status.orphaned" => Other "not found in this text";
    PopoverEditorial "popover.editorial" => Other "Editorial note";
    PopoverYours "popover.yours" => Other "Your note";
    PopoverNoNote "popover.no_note" => Other "No note.";
    MenuLabel "menu.label" => Other "Annotate the selected text";
    MenuPreview "menu.preview" => Other "Mark {quote} as:";
    MenuChoiceTitle "menu.choice_title" => Other "{category} (key {key})";
    MenuNote "menu.note" => Other "Note (optional)";
    MenuNotePlaceholder "menu.note_placeholder" => Other "Why does this matter?";
    MenuHint "menu.hint" => Other "Enter saves as {category}; Esc cancels.";
    FindLabel "find.label" => Other "Annotate by typing words from the article";
    FindButton "find.button" => Other "Find";
    FindNotFound "find.not_found" => Other "“{phrase}” is not in the article.";
    InPlaceReady "inplace.ready" => Other "Highlights are drawn over the article. Click highlighted text for its notes.";
    InPlaceUnsupported "inplace.unsupported" => Other "This browser cannot highlight the article in place (it lacks the CSS Custom Highlight API); the annotations are listed here.";
    ExportTitle "export.title" => Other "Export annotations";
    ExportWhich "export.which" => Other "Which annotations";
    ExportMine "export.mine" => Other "Mine";
    ExportAll "export.all" => Other "All, including editorial";
    ExportFiltered "export.filtered" => Other "As filtered in the list";
    ExportCount "export.count" => One "{n} annotation, as W3C Web Annotation JSON-LD.", Other "{n} annotations, as W3C Web Annotation JSON-LD.";
    ExportDownload "export.download" => Other "Download .jsonld";
    ExportCopy "export.copy" => Other "Copy to clipboard";
    ExportFallback "export.fallback" => Other "Exported JSON-LD";
    ExportDownloaded "export.downloaded" => Other "Downloaded {file}.";
    ExportCopied "export.copied" => Other "Copied to the clipboard.";
    ExportCopyFailed "export.copy_failed" => Other "{reason} Select the text below and copy it.";
    ExportDownloadRefused "export.download_refused" => Other "The browser refused to start the download.";
    ExportCopyRefused "export.copy_refused" => Other "The browser did not allow copying.";
    ExportNoClipboard "export.no_clipboard" => Other "The clipboard is not available here.";
    CollectionMine "export.collection.mine" => Other "Reader annotations";
    CollectionAll "export.collection.all" => Other "All annotations";
    CollectionFiltered "export.collection.filtered" => Other "Filtered annotations";
    ImportTitle "import.title" => Other "Import annotations";
    ImportHint "import.hint" => Other "W3C Web Annotations (this widget's export, Recogito, Apache Annotator) or Hypothesis API JSON, up to {mb} MB. You can also drop a file onto the article.";
    ImportFile "import.file" => Other "Choose a file";
    ImportPaste "import.paste" => Other "Or paste JSON";
    ImportPasteButton "import.paste_button" => Other "Import pasted JSON";
    ImportPasted "import.pasted" => Other "pasted text";
    ImportFrom "import.from" => Other "Import from {source}";
    ImportCountImported "import.count.imported" => Other "{n} imported";
    ImportCountAlready "import.count.already" => Other "{n} already present (not duplicated)";
    ImportCountFuzzy "import.count.fuzzy" => Other "{n} placed approximately: please confirm them in the list";
    ImportCountOrphaned "import.count.orphaned" => Other "{n} not found in this text (kept, listed, exported unchanged)";
    ImportCountRejected "import.count.rejected" => Other "{n} rejected";
    ImportProblems "import.problems" => One "{n} problem", Other "{n} problems";
    ImportClose "import.close" => Other "Close summary";
    FileTooLarge "import.file_too_large" => Other "{file} is {size} KB; the import limit is {limit} KB.";
    FileUnreadable "import.file_unreadable" => Other "{file} could not be read.";
    FileNotText "import.file_not_text" => Other "{file} is not text.";
    ImportTooLarge "import.too_large" => Other "The file is {whole}.{tenth} MB; the import limit is {limit} MB.";
    ImportEncoding "import.encoding" => Other "Not readable text: {reason}.";
    ImportInvalidJson "import.invalid_json" => Other "Not valid JSON at line {line}, column {column}: {detail}.";
    ImportNoAnnotations "import.no_annotations" => Other "No annotations found: {reason}.";
    ImportKept "import.kept" => Other "it holds no annotation this widget can read, so your annotations were kept.";
    ImportCountRead "import.count.read" => Other "{n} read";
    ImportCountDuplicates "import.count.duplicates" => Other "{n} duplicates in the file (same words and category; not added)";
    ImportCountUntagged "import.count.untagged" => One "{n} Hypothesis row without a category tag (left out)", Other "{n} Hypothesis rows without a category tag (left out)";
    ImportCountOverCap "import.count.over_cap" => Other "{n} over the import cap (not read)";
    ImportUntaggedQuestion "import.untagged_question" => One "{source}: {n} Hypothesis row has no claim, demand or question tag. Import it as:", Other "{source}: {n} Hypothesis rows have no claim, demand or question tag. Import them as:";
    ImportLeaveOut "import.leave_out" => One "Leave it out", Other "Leave the {n} out";
    StorageExport "storage.export" => Other "Export my annotations";
    StorageSaveAnyway "storage.save_anyway" => Other "Save anyway";
    StorageBlocked "storage.blocked" => Other "This browser is not letting the page save (storage is blocked). Your annotations are kept only on this page: export them before you leave.";
    StorageUnreadable "storage.unreadable" => Other "Your saved annotations could not be read (storage is blocked or failing). Nothing is saved over them; what you do now is kept only on this page until they can be read.";
    StorageFull "storage.full" => Other "Your annotations do not fit in this browser's storage. They are kept only on this page: export them before you leave. The copy saved earlier is unchanged.";
    StorageSaveFailed "storage.save_failed" => Other "Your annotations could not be saved (storage is blocked). They are kept only on this page: export them before you leave.";
    StorageHeld "storage.held" => Other "Your changes are kept only on this page: the saved annotations could not be read (or a newer version saved them), so nothing is saved over them until they can be read or you choose Save anyway. Export them to keep a copy.";
    StorageNewer "storage.newer" => Other "Your annotations here were saved by a newer version of the annotator (format {format}). This version shows what it can read and saves nothing over them unless you choose Save anyway.";
    StoragePartialKept "storage.partial_kept" => One "{n} saved annotation could not be read by this version and is not shown. The saved value was kept aside under \"{key}\"; new annotations are saved normally.", Other "{n} saved annotations could not be read by this version and are not shown. The saved value was kept aside under \"{key}\"; new annotations are saved normally.";
    StoragePartialFull "storage.partial_full" => One "{n} saved annotation could not be read by this version and is not shown, and there is no room to keep a copy, so nothing is saved over the saved annotations unless you choose Save anyway.", Other "{n} saved annotations could not be read by this version and are not shown, and there is no room to keep a copy, so nothing is saved over them unless you choose Save anyway.";
    StorageDamagedKept "storage.damaged_kept" => Other "Saved annotations for this article were damaged ({reason}). The saved value was kept aside under \"{key}\"; new annotations are saved normally.";
    StorageDamagedFull "storage.damaged_full" => Other "Saved annotations for this article were damaged ({reason}), and there is no room to keep a copy, so nothing is saved over them unless you choose Save anyway.";
    StorageLegacyUnread "storage.legacy_unread" => Other "Some annotations saved by an earlier version could not be read; they stay untouched under \"{key}\".";
    ArticleUntitled "article.untitled" => Other "Untitled article";
    ArticleUnavailable "article.unavailable" => Other "Article unavailable";
    ArticleUnreadable "article.unreadable" => Other "The article data on this page could not be read: {problem}";
    EmbedFailed "embed.failed" => Other "The annotator could not start: {reason}";
    // Shown by the reader page's intent loader (src/embed/intent.js, filled in by scripts/lazy.mjs)
    // when the wasm cannot be fetched; never by the wasm itself.
    PageLoadFailed "page.load-failed" => Other "The annotation tools could not be loaded. The article and its notes are still here; use a tool again to retry.";
}

impl Key {
    /// The key with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|k| k.id() == id)
    }

    /// The key naming `category` in `form`.
    pub fn category(category: Category, form: CategoryForm) -> Key {
        use CategoryForm as F;
        let keys = match category {
            Category::Claim => [
                Key::Claim,
                Key::ClaimShort,
                Key::Claims,
                Key::ClaimNoun,
                Key::ClaimA,
            ],
            Category::Demand => [
                Key::Demand,
                Key::DemandShort,
                Key::Demands,
                Key::DemandNoun,
                Key::DemandA,
            ],
            Category::Question => [
                Key::Question,
                Key::QuestionShort,
                Key::Questions,
                Key::QuestionNoun,
                Key::QuestionA,
            ],
        };
        let slot = match form {
            F::Label => 0,
            F::Short => 1,
            F::Plural => 2,
            F::Noun => 3,
            F::Indefinite => 4,
        };
        keys[slot]
    }

    /// The words for a placement status in the list ("approximate: please check").
    pub fn status(status: AnchorStatus) -> Key {
        match status {
            AnchorStatus::Exact => Key::StatusExact,
            AnchorStatus::Moved => Key::StatusMoved,
            AnchorStatus::Fuzzy => Key::StatusFuzzy,
            AnchorStatus::Orphaned => Key::StatusOrphaned,
        }
    }
}
