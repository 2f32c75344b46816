//! Small state types for what the reader sees: popover, pending selection, filters and notices.

use std::rc::Rc;

use crate::model::i18n::{Key, Msg, Strings};
use crate::model::import::ImportSummary;
use crate::model::{AnnotationId, Category, Placed, Span};

/// A set of categories, as a bit set: copying it is free and it compares by value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    fn bit(category: Category) -> u8 {
        1 << (category as u8)
    }

    /// True if `category` is in the set.
    pub fn contains(self, category: Category) -> bool {
        self.0 & Self::bit(category) != 0
    }

    /// The set with `category` added or removed.
    pub fn toggled(self, category: Category) -> CategorySet {
        CategorySet(self.0 ^ Self::bit(category))
    }

    /// Where `placed` is highlighted when this set is hidden: its span, if it has one and its
    /// category is shown. The one visibility rule of the article copy, in place and the state.
    pub fn visible_span(self, placed: &Placed) -> Option<Span> {
        placed
            .placement
            .span
            .filter(|_| !self.contains(placed.annotation.category))
    }
}

/// Where a highlight or a selection is on screen, in CSS pixels from the widget root's corner
/// (read by the shell), so the popover and the menu can be placed beside it. Screen geometry,
/// not text: anchoring text is `model::anchor`'s business.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScreenBox {
    /// Left edge of the thing it points at.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Bottom edge.
    pub bottom: f64,
}

/// What opened the popover: focus keeps it until blur or Esc, hover until the pointer leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// Keyboard focus (Tab) or a click.
    Focus,
    /// Pointer hover.
    Hover,
}

/// The open note popover: which annotations it shows and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Popover {
    /// Annotations covering the highlight, in display order.
    pub ids: Rc<[AnnotationId]>,
    /// Where the highlight is.
    pub on_screen: ScreenBox,
    /// What opened it.
    pub trigger: Trigger,
}

/// How the pending selection was made, which decides where its menu goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Mouse or pen: the menu goes below the selection.
    Pointer,
    /// Finger: the menu goes above, clear of the native selection handles.
    Touch,
    /// Keyboard caret mode.
    Keyboard,
}

/// A selection that waits for the reader to pick a category.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The snapped span.
    pub span: Span,
    /// Where the selection is on screen.
    pub on_screen: ScreenBox,
    /// How it was made.
    pub input: Input,
    /// A short hint when the selection had to be changed (e.g. clipped to the article).
    pub hint: Option<Key>,
}

/// Which origins the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OriginFilter {
    /// Editorial and the reader's own.
    #[default]
    All,
    /// Only the newsroom's.
    Editorial,
    /// Only the reader's own.
    Mine,
}

/// What the annotation list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Categories left out of the list.
    pub hidden: CategorySet,
    /// Origins shown.
    pub origin: OriginFilter,
}

impl ListFilter {
    /// True when `placed` passes the filter (the list and the "current filter" export agree).
    pub fn accepts(&self, placed: &Placed) -> bool {
        use crate::model::Origin;
        !self.hidden.contains(placed.annotation.category)
            && match self.origin {
                OriginFilter::All => true,
                OriginFilter::Editorial => placed.annotation.origin == Origin::Editorial,
                OriginFilter::Mine => placed.annotation.origin == Origin::Reader,
            }
    }
}

/// How a notice should look and sound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something was refused or failed.
    Error,
}

/// What a notice says, as data: the view renders it in the reader's language.
#[derive(Debug, PartialEq, Eq)]
pub enum Said {
    /// One message.
    Msg(Msg),
    /// Words already written in the reader's language: the editor's desk, whose own strings
    /// are English only for now (its reader parts use the table).
    Text(String),
    /// Clauses joined as one sentence (`Strings::sentence`).
    Sentence(Msg, Vec<Msg>),
    /// What an import did: the count imported, then the other non-zero counts.
    Import {
        /// The file name, or "pasted text".
        source: String,
        /// True when the reader's annotations were replaced.
        replaced: bool,
        /// The counts.
        summary: ImportSummary,
    },
}

/// A short message for the toast and the polite live region.
#[derive(Debug, PartialEq, Eq)]
pub struct Notice {
    /// Increases with every notice, so the same words are announced again.
    pub seq: u32,
    /// The message.
    pub said: Said,
    /// Info or error.
    pub tone: Tone,
    /// Whether the toast offers Undo.
    pub undoable: bool,
}

impl Notice {
    /// The notice in the language of `strings`.
    pub fn text(&self, strings: &Strings) -> String {
        self.said.text(strings)
    }
}

impl Said {
    /// The words in the language of `strings`.
    pub fn text(&self, strings: &Strings) -> String {
        match self {
            Said::Msg(msg) => strings.text(msg),
            Said::Text(text) => text.clone(),
            Said::Sentence(head, more) => strings.sentence(head, more),
            Said::Import {
                source,
                replaced,
                summary,
            } => strings.import_notice(source, *replaced, summary),
        }
    }
}

impl super::AppState {
    pub(super) fn show_notes(
        &mut self,
        ids: Rc<[AnnotationId]>,
        on_screen: ScreenBox,
        trigger: Trigger,
    ) -> super::Changed {
        // Hover must not steal a popover the keyboard opened.
        if trigger == Trigger::Hover
            && self
                .popover
                .as_ref()
                .is_some_and(|p| p.trigger == Trigger::Focus)
        {
            return super::Changed::No;
        }
        // Focusing a highlight also selects its annotation in the list.
        if trigger == Trigger::Focus {
            self.selected = ids.first().cloned();
        }
        super::set(
            &mut self.popover,
            Some(Popover {
                ids,
                on_screen,
                trigger,
            }),
        )
    }

    pub(super) fn hide_notes(&mut self, trigger: Option<Trigger>) -> super::Changed {
        match &self.popover {
            Some(open) if trigger.is_none_or(|t| t == open.trigger) => {
                self.popover = None;
                super::Changed::Yes
            }
            _ => super::Changed::No,
        }
    }
}
