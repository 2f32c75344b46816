//! Open Markdown lists: how deep an item or an indented paragraph sits, and each item's number.
//!
//! A stack of the open items, by the column where each one's content starts: a marker left of
//! that column closes the item (and any deeper ones), a marker at or right of it opens a list
//! nested inside. A sibling continues its list's numbering when it uses the same kind of
//! marker (`-` after `-`, `1.` after `1.`); a different marker starts a new list (CommonMark).

use super::lines::Marker;

#[derive(Clone, Copy, Debug)]
struct Item {
    /// Column where the item's content starts.
    content: usize,
    ordered: bool,
    delim: char,
    number: u32,
}

/// The list items open around the current line.
#[derive(Clone, Debug, Default)]
pub(super) struct Lists {
    open: Vec<Item>,
}

fn depth(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

impl Lists {
    /// A new item whose marker starts at column `column`: its depth (1 at the top level) and
    /// its number.
    pub(super) fn item(&mut self, column: usize, marker: &Marker<'_>) -> (u8, u32) {
        let mut sibling = None;
        while self.open.last().is_some_and(|top| column < top.content) {
            sibling = self.open.pop();
        }
        let same_list = |s: &Item| s.ordered == marker.ordered && s.delim == marker.delim;
        let number = match sibling.filter(same_list) {
            Some(previous) => previous.number.saturating_add(1),
            None if marker.ordered => marker.number,
            None => 1,
        };
        self.open.push(Item {
            content: column + marker.width,
            ordered: marker.ordered,
            delim: marker.delim,
            number,
        });
        (depth(self.open.len()), number)
    }

    /// The depth of a paragraph indented to column `column` that continues the open items
    /// (closing the nested ones it is not inside; the outermost stays, as the paragraph
    /// belongs to the list).
    pub(super) fn paragraph(&mut self, column: usize) -> u8 {
        while self.open.len() > 1 && self.open.last().is_some_and(|top| column < top.content) {
            self.open.pop();
        }
        depth(self.open.len())
    }

    /// Every list ends.
    pub(super) fn clear(&mut self) {
        self.open.clear();
    }
}
