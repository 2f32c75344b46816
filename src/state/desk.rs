//! The editor's desk: the suggester's proposals under review and the draft editorial layer, as
//! one pure reducer (`DeskState::apply`) beside the reader's `AppState`.
//!
//! Every proposal and every draft is an [`Item`]: a span, a category, a note and a [`Status`]
//! (open suggestion, accepted draft, rejected). Accepting, rejecting, recategorising, resizing,
//! noting, deciding a whole category and adding from a selection each replace the item list
//! and are recorded for undo (`history.rs`); hovering, moving between items and the selection
//! are not. Ids and timestamps arrive inside actions, so `apply` is deterministic; the draft is
//! written to and read from storage by the desk's hooks (`saved.rs` is its pure codec).

mod action;
mod decide;
mod edit;
mod history;
mod keys;
mod resize;
mod saved;
mod view;

use std::rc::Rc;

use super::{Notice, Pending, Popover, Said, Tone};
use crate::model::{AnnotationId, Article, Category, Placed, Span, Timestamp};

pub use action::DeskAction;
pub use history::DeskHistory;
pub use keys::{command_for, Command, KeyPress};
pub use resize::Edge;
pub use saved::{decode_draft, encode_draft, Draft, DraftError};
pub use view::{in_text_order, initial_items, item_of_view, shown, view_id, SUGGESTED_PREFIX};

/// The items, each behind an `Rc` so a snapshot for undo copies pointers, not text.
pub type Items = Rc<Vec<Rc<Item>>>;

/// Where an item stands in the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// A suggestion nobody decided on yet: drawn dashed, not published.
    Open,
    /// Part of the draft editorial layer: published.
    Accepted,
    /// Turned down: not drawn, not published, kept so the suggestion does not come back.
    Rejected,
}

impl Status {
    /// `open`, `accepted`, `rejected`: for storage and `data-status`.
    pub fn token(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
        }
    }

    /// The inverse of [`Status::token`].
    pub fn parse(token: &str) -> Option<Status> {
        [Status::Open, Status::Accepted, Status::Rejected]
            .into_iter()
            .find(|s| s.token() == token)
    }
}

/// What the suggester proposed, kept as it was while the editor changes the item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// The category it proposed.
    pub category: Category,
    /// The span it proposed.
    pub span: Span,
    /// Why, in an editor's words ("attributed statement: 'said'").
    pub reason: String,
    /// The rule family's id ("claim.attribution").
    pub rule: String,
    /// How sure it was, in percent.
    pub confidence: u8,
}

/// One suggestion or draft annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The id it is published under.
    pub id: AnnotationId,
    /// Where it is, in code points of the article.
    pub span: Span,
    /// Its category now.
    pub category: Category,
    /// The editorial note (one sentence, by convention).
    pub note: String,
    /// Open, accepted or rejected.
    pub status: Status,
    /// The suggestion it came from; `None` for the editor's own and earlier editorial ones.
    pub proposal: Option<Rc<Proposal>>,
    /// When it became a draft.
    pub created: Option<Timestamp>,
    /// When it last changed.
    pub modified: Option<Timestamp>,
}

/// Everything the desk draws.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskState {
    /// The article (immutable, shared).
    pub article: Rc<Article>,
    /// Suggestions and drafts, in the order they were found or added.
    pub items: Items,
    /// The item the review panel and the keys act on.
    pub current: Option<AnnotationId>,
    /// A selection waiting to become a new draft (or the current item's new span).
    pub pending: Option<Pending>,
    /// The popover under the pointer or the focused highlight.
    pub popover: Option<Popover>,
    /// Who publishes: the `creator` of every published annotation.
    pub editor: String,
    /// Undo and redo stacks.
    pub history: DeskHistory,
    /// The latest message for the toast and the live region.
    pub notice: Option<Rc<Notice>>,
    /// A persistent storage warning.
    pub storage_warning: Option<String>,
    /// True once the saved draft was read (or nothing is stored); nothing is saved before.
    pub restored: bool,
    /// Bumped when the current item's highlight should take keyboard focus.
    pub focus_request: u32,
}

/// Whether an action changed anything.
pub use super::Changed;

impl DeskState {
    /// A fresh review of `items` (see [`initial_items`]) by `editor`.
    pub fn new(article: Rc<Article>, items: Vec<Item>, editor: String) -> DeskState {
        DeskState {
            article,
            items: Rc::new(items.into_iter().map(Rc::new).collect()),
            current: None,
            pending: None,
            popover: None,
            editor,
            history: DeskHistory::default(),
            notice: None,
            storage_warning: None,
            restored: false,
            focus_request: 0,
        }
    }

    /// Applies one action in place.
    pub fn apply(&mut self, action: DeskAction) -> Changed {
        use DeskAction as A;
        match action {
            A::Accept { id, now } => self.accept(id, now),
            A::Reject { id } => self.reject(id),
            A::Recategorise { id, category, now } => self.recategorise(id, category, now),
            A::Resize {
                id,
                edge,
                direction,
                now,
            } => self.resize(id, edge, direction, now),
            A::UseSelection { id, now } => self.use_selection(id, now),
            A::SetNote { id, note, now } => self.set_note(id, note, now),
            A::DecideAll {
                category,
                accept,
                now,
            } => self.decide_all(category, accept, now),
            A::Add {
                id,
                category,
                note,
                now,
            } => self.add(id, category, note, now),
            A::Undo => self.undo(),
            A::Redo => self.redo(),
            A::Step { direction } => self.step(direction),
            A::Focus { id } => self.focus(id),
            A::Show { id } => {
                self.focus(Some(id));
                self.focus_request = self.focus_request.wrapping_add(1);
                Changed::Yes
            }
            A::Select { pending } => set(&mut self.pending, Some(pending)),
            A::ClearSelection => set(&mut self.pending, None),
            A::ShowNotes {
                ids,
                on_screen,
                trigger,
            } => self.show_notes(ids, on_screen, trigger),
            A::HideNotes { trigger } => self.hide_notes(trigger),
            A::SetEditor { name } => set(&mut self.editor, name.trim().chars().take(200).collect()),
            A::Restore { draft, warning } => self.restore(draft, warning),
            A::StorageProblem { message } => set(&mut self.storage_warning, Some(message)),
            A::StorageOk => set(&mut self.storage_warning, None),
            A::DismissNotice => set(&mut self.notice, None),
            A::Notify { text, tone } => {
                self.say(text, tone, false);
                Changed::Yes
            }
        }
    }

    /// The item with `id` (an item id or a highlight's id).
    pub fn find(&self, id: &AnnotationId) -> Option<&Rc<Item>> {
        let id = item_of_view(id);
        self.items.iter().find(|item| item.id == id)
    }

    /// The current item, if any.
    pub fn current_item(&self) -> Option<&Rc<Item>> {
        self.current.as_ref().and_then(|id| self.find(id))
    }

    /// How many items of `category` have `status`.
    pub fn count(&self, category: Category, status: Status) -> usize {
        self.items
            .iter()
            .filter(|i| i.category == category && i.status == status)
            .count()
    }

    /// The accepted drafts as editorial annotations, in text order: what Publish writes.
    pub fn published(&self) -> Vec<Placed> {
        view::published(self)
    }

    /// Sets the notice, numbering it so a repeated message is announced again.
    fn say(&mut self, text: String, tone: Tone, undoable: bool) {
        let seq = self.notice.as_ref().map_or(1, |n| n.seq.wrapping_add(1));
        self.notice = Some(Rc::new(Notice {
            seq,
            said: Said::Text(text),
            tone,
            undoable,
        }));
    }
}

/// Replaces `slot` with `value`, reporting whether that changed anything.
fn set<T: PartialEq>(slot: &mut T, value: T) -> Changed {
    if *slot == value {
        return Changed::No;
    }
    *slot = value;
    Changed::Yes
}
